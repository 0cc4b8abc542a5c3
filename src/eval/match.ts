// Matching primitives shared by every metric family. The rules follow the reference scorer
// (shared/tools/score.mjs): greedy one-to-one matching in gold order, each gold item taking the first
// still-unused prediction (in prediction order) that satisfies the test.

export interface Offsets {
  start: number;
  end: number;
}

/** Half-open spans share at least one character. */
export { spansOverlap as overlaps } from '../spans.js';

export const sameSpan = (a: Offsets, b: Offsets): boolean => a.start === b.start && a.end === b.end;

export interface Matching {
  /** [gold index, prediction index] pairs, in gold order. */
  pairs: [number, number][];
  /** gold index → prediction index, or -1. */
  goldTo: Int32Array;
  /** prediction index → gold index, or -1. */
  predTo: Int32Array;
}

/** Greedy one-to-one matching: gold items in order, each taking the first unused prediction that fits. */
export function matchGreedy<G, P>(golds: readonly G[], preds: readonly P[], fits: (g: G, p: P) => boolean): Matching {
  const goldTo = new Int32Array(golds.length).fill(-1);
  const predTo = new Int32Array(preds.length).fill(-1);
  const pairs: [number, number][] = [];
  golds.forEach((g, gi) => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (predTo[pi] === -1 && fits(g, preds[pi] as P)) {
        goldTo[gi] = pi;
        predTo[pi] = gi;
        pairs.push([gi, pi]);
        return;
      }
    }
  });
  return { pairs, goldTo, predTo };
}

/**
 * A name reduced for comparison: accents and case dropped, a leading article and a trailing
 * possessive removed, every run of non-letters/digits one space ("The Islamic State's" → "islamic state").
 */
export function normName(s: string | null | undefined): string {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Great-circle distance in kilometres (mean Earth radius 6371 km). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

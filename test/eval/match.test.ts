import { describe, expect, it } from 'vitest';
import { haversineKm, matchGreedy, normName, overlaps, sameSpan } from '../../src/eval/match.js';

const s = (start: number, end: number) => ({ start, end });

describe('span tests', () => {
  it.each([
    [s(0, 5), s(4, 9), true],
    [s(0, 5), s(5, 9), false], // half-open: touching is not overlapping
    [s(3, 4), s(0, 10), true],
    [s(0, 0), s(0, 5), false], // an empty span overlaps nothing
  ])('overlaps(%j, %j) = %s', (a, b, want) => {
    expect(overlaps(a, b)).toBe(want);
    expect(overlaps(b, a)).toBe(want);
  });

  it('sameSpan needs both offsets', () => {
    expect(sameSpan(s(1, 4), s(1, 4))).toBe(true);
    expect(sameSpan(s(1, 4), s(1, 5))).toBe(false);
  });
});

describe('matchGreedy', () => {
  it('takes gold in order, each the first unused prediction that fits (not an optimal assignment)', () => {
    // gold A overlaps p0 and p1; gold B overlaps only p0. Greedy: A→p0, B unmatched (optimal would match both).
    const golds = [s(0, 10), s(0, 3)];
    const preds = [s(2, 4), s(8, 12)];
    const m = matchGreedy(golds, preds, overlaps);
    expect(m.pairs).toEqual([[0, 0]]);
    expect([...m.goldTo]).toEqual([0, -1]);
    expect([...m.predTo]).toEqual([0, -1]);
  });

  it('is one-to-one: a duplicate prediction is used once, the copy stays unmatched', () => {
    const m = matchGreedy([s(0, 5)], [s(0, 5), s(0, 5)], sameSpan);
    expect(m.pairs).toEqual([[0, 0]]);
    expect([...m.predTo]).toEqual([0, -1]);
  });

  it('handles empty sides', () => {
    expect(matchGreedy([], [s(0, 1)], overlaps).pairs).toEqual([]);
    expect(matchGreedy([s(0, 1)], [], overlaps).pairs).toEqual([]);
  });
});

describe('normName', () => {
  it.each([
    ['The Islamic State', 'islamic state'],
    ["Islamic State's", 'islamic state'],
    ['Islamic State’s', 'islamic state'],
    ['São Paulo', 'sao paulo'],
    ['Hajar al-Aswad', 'hajar al aswad'],
    ['  U.N.  ', 'u n'],
    ['an Army unit', 'army unit'],
    [null, ''],
    // false positives: only a leading article is dropped, and only before a space
    ['Theodore', 'theodore'],
    ['Anbar', 'anbar'],
    ['the', 'the'],
  ])('%j → %j', (input, want) => {
    expect(normName(input)).toBe(want);
  });
});

describe('haversineKm', () => {
  it.each([
    [{ lat: 0, lon: 0 }, { lat: 1, lon: 0 }, 111.19],
    [{ lat: 33.5102, lon: 36.2913 }, { lat: 33.5102, lon: 36.2913 }, 0],
    [{ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.19], // across the antimeridian
  ])('%j to %j ≈ %f km', (a, b, km) => {
    expect(haversineKm(a, b)).toBeCloseTo(km, 1);
  });
});

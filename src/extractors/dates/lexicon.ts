// The dates extractor's word lists, read once per process from data/lexicons/dates-*.txt.
import { loadList, loadTable } from '../../lexicons/load.js';

export interface DatesLexicon {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number | 'X'>;
  /** singular or plural unit word → TIMEX3 letter, time unit?, days. */
  units: Map<string, { letter: string; time: boolean; days: number; plural: boolean }>;
  partsOfDay: Map<string, string>;
  seasons: Map<string, string>;
  vague: Map<string, string>;
  modifiers: Map<string, string>;
  notYearBefore: Set<string>;
  notYearAfter: Set<string>;
  futureCues: string[];
}

let cached: DatesLexicon | undefined;

export function datesLexicon(): DatesLexicon {
  if (cached) return cached;
  const pairs = (name: string): [string, string][] =>
    loadTable(name).map((row) => [row[0] ?? '', row[1] ?? ''] as [string, string]).filter(([k]) => k !== '');
  const units = new Map<string, { letter: string; time: boolean; days: number; plural: boolean }>();
  for (const [singular, plural, letter, kind, days] of loadTable('dates-units')) {
    if (!singular || !plural || !letter) continue;
    const info = { letter, time: kind === 'T', days: Number(days ?? 0) };
    units.set(singular, { ...info, plural: false });
    units.set(plural, { ...info, plural: true });
  }
  const notYear = loadTable('dates-not-year');
  cached = {
    months: new Map(pairs('dates-months').map(([k, v]) => [k, Number(v)])),
    weekdays: new Map(pairs('dates-weekdays').map(([k, v]) => [k.toLowerCase(), Number(v)])),
    numbers: new Map(pairs('dates-numbers').map(([k, v]) => [k, v === 'X' ? 'X' : Number(v)])),
    units,
    partsOfDay: new Map(pairs('dates-parts-of-day')),
    seasons: new Map(pairs('dates-seasons')),
    vague: new Map(pairs('dates-vague')),
    modifiers: new Map(pairs('dates-modifiers')),
    notYearBefore: new Set(notYear.filter((r) => r[0] === 'before').map((r) => r[1] ?? '')),
    notYearAfter: new Set(notYear.filter((r) => r[0] === 'after').map((r) => r[1] ?? '')),
    futureCues: loadList('dates-future-cues'),
  };
  return cached;
}

/** A regex alternation of the given phrases, longest first, with `.` and spaces escaped. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

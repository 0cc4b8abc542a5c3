import { analyse } from '../../src/document/analyse.js';
import { dayNumber } from '../../src/extractors/dates/calendar.js';
import { holidays } from '../../src/extractors/dates/holidays.js';
import { extractDates } from '../../src/extractors/dates/index.js';
import { datesLexicon } from '../../src/extractors/dates/lexicon.js';
import type { DateMention, Published } from '../../src/schema.js';

/** The injected clock for every test: never the real today. */
export const TODAY = dayNumber(2026, 1, 1);

export function run(text: string, published: string | null, today = TODAY): { dates: DateMention[]; published: Published } {
  const given: Published = published ? { value: published, source: 'input' } : { value: null, source: 'none' };
  const doc = analyse({ text }, { id: 'test', published: given });
  const out = extractDates(doc, today);
  return { dates: out.dates ?? [], published: out.published ?? given };
}

/** The mention whose text is exactly `span`, or undefined. */
export function mention(text: string, published: string | null, span: string): DateMention | undefined {
  return run(text, published).dates.find((d) => d.text === span);
}

/** a small deterministic generator (mulberry32), so that a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary(): string[] {
  const lex = datesLexicon();
  return [
    ...lex.months.keys(), ...lex.weekdays.keys(), ...lex.numbers.keys(), ...lex.units.keys(), ...lex.partsOfDay.keys(),
    ...lex.seasons.keys(), ...lex.vague.keys(), ...lex.modifiers.keys(), ...holidays().keys(), ...lex.futureCues,
    'the', 'of', 'a', 'last', 'next', 'this', 'past', 'coming', 'early', 'late', 'mid', 'in', 'on', 'at', 'for', 'since',
    'around', 'about', 'fiscal', 'calendar', 'first', 'third', '3rd', '20th', 'twenty-first', 'century', 'quarter', 'half',
    'period', 'year', 'weekend', 'end', 'start', 'beginning', 'middle', 'ago', 'earlier', 'later', 'old', 'long', 'every',
    'each', 'other', 'daily', 'weekly', 'biweekly', 'current', 'nineteen', 'ninety', 'six', 'two', 'thousand', 'and',
    '1990s', "1990's", "'80s", 'nineties', '1995', '2015', '1,000', '2.5', '2 1/2', '10:35', '10.35', '9', '10am', '10a.m.',
    'a.m.', 'p.m.', 'pm', "o'clock", 'EST', 'GMT', 'local time', 'year-end', "year's", 'year-ago', 'year-earlier',
    'just-ended', '-long', '-old', 'mid-', 'Sept.', 'Jan.', 'said', 'will', 'Route', 'people', '$', '#', 'X',
    '2018-04-27', '4/19/2018', '19th', '1st', '5May', 'McMay', 'Sept.5', 'Dec.31', 'mornings', "o'clockwise", '10:35am', 'AM',
  ];
}

/** Random strings of date words with odd spacing, case and punctuation: where an exact shortcut would slip. */
export function randomTexts(count: number, seed: number): string[] {
  const words = vocabulary();
  const gaps = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '\u2009', ', ', '. ', '-', "'", '’', '"', '(', ');', '', '/', ':', '–'];
  const next = random(seed);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const n = 5 + Math.floor(next() * 40);
    for (let j = 0; j < n; j++) {
      let w = pick(words);
      const shape = next();
      if (shape < 0.15) w = w.toUpperCase();
      else if (shape < 0.4) w = w.replace(/\b\w/g, (c) => c.toUpperCase());
      text += w + pick(gaps);
    }
    texts.push(text);
  }
  return texts;
}

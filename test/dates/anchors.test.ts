// The grammar's rules run only around their anchor words (anchors.ts); that must find exactly what each
// rule's regex finds over the whole text. Checked on the fixture articles and on random strings built from
// the dates vocabulary, odd spacing and punctuation, where a wrong anchor word or a missing lead character
// would show.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleMatches, rules } from '../../src/extractors/dates/grammar.js';
import { holidays } from '../../src/extractors/dates/holidays.js';
import { datesLexicon } from '../../src/extractors/dates/lexicon.js';

/** what the rule's /g regex finds over the whole text: offset and matched text of each match. */
function wholeText(re: RegExp, text: string): string[] {
  const copy = new RegExp(re.source, re.flags);
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = copy.exec(text)) !== null) {
    if (m[0].length === 0) copy.lastIndex++;
    else out.push(`${m.index}:${m[0]}`);
  }
  return out;
}

function compare(text: string): void {
  const found = new Map(ruleMatches(text).map(({ rule, matches }) => [rule.name, matches.map((m) => `${m.index}:${m[0]}`)]));
  for (const rule of rules()) expect([rule.name, found.get(rule.name) ?? []]).toEqual([rule.name, wholeText(rule.re, text)]);
}

function fixtureTexts(): string[] {
  const dir = new URL('../../fixtures/', import.meta.url);
  const texts: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = new URL(`${name}/article.json`, dir);
    if (existsSync(file)) texts.push((JSON.parse(readFileSync(file, 'utf8')) as { text: string }).text);
  }
  return texts;
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
  ];
}

function randomTexts(count: number, seed: number): string[] {
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

describe('anchored rule scans', () => {
  it('find what the whole-text regexes find in the fixture articles', () => {
    for (const text of fixtureTexts()) compare(text);
  });
  it('find what the whole-text regexes find in random strings of date words, spacing and punctuation', () => {
    for (const text of randomTexts(4000, 7)) compare(text);
  });
});

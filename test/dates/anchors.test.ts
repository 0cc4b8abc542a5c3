// The grammar's rules run only around their anchor words (scan.ts, anchors.ts); that must find exactly what
// each rule's regex finds over the whole text. Checked on the fixture articles and on random strings built from
// the dates vocabulary, odd spacing and punctuation, where a wrong anchor word or a missing lead character
// would show.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/extractors/dates/grammar.js';
import { textReaders } from '../../src/extractors/dates/index.js';
import { randomTexts } from './helpers.js';

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
  const found = textReaders().matches(text);
  rules().forEach(({ name, re }, i) => {
    expect([name, (found[i] ?? []).map((m) => `${m.index}:${m[0]}`)]).toEqual([name, wholeText(re, text)]);
  });
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

describe('anchored rule scans', () => {
  it('find what the whole-text regexes find in the fixture articles', () => {
    for (const text of fixtureTexts()) compare(text);
  });
  it('find what the whole-text regexes find in random strings of date words, spacing and punctuation', () => {
    for (const text of randomTexts(4000, 7)) compare(text);
  });
});

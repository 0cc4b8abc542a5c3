import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { ArticleResult } from '../src/schema.js';
import { allSpansHold, collectSpans, dropBadSpans, findBadSpan } from '../src/spans.js';
import { seedArticle } from './helpers.js';

// The span guard on every result: spans that slice back pass; one that does not is named by its path and
// only the record carrying it is dropped.
const seed = seedArticle();
const fresh = (): ArticleResult => {
  const r = extract(seed);
  if (!r.ok) throw new Error('the seed article must extract');
  return structuredClone(r);
};

describe('span guard', () => {
  it('passes the seed result, whose spans all slice back', () => {
    const r = fresh();
    expect(allSpansHold(r, seed.text)).toBe(true);
    expect(findBadSpan(r, seed.text)).toBeNull();
    expect(collectSpans(r).length).toBeGreaterThan(50);
    for (const [path, s] of collectSpans(r)) expect(seed.text.slice(s.start, s.end), path).toBe(s.text);
  });

  it.each([
    ['an actor mention shifted by one', (r: ArticleResult) => (r.actors[1]!.mentions[0]!.start += 1), /^actors\.1\.mentions\.0 /, 'actors', 1],
    ['a casualty trigger past the text', (r: ArticleResult) => (r.casualties[0]!.trigger!.end = seed.text.length + 5), /^casualties\.0\.trigger /, 'casualties', 0],
    ['a date with a negative start', (r: ArticleResult) => {
      const d = r.dates[2]!;
      d.start = -1;
      d.end = d.text.length - 1;
    }, /^dates\.2 /, 'dates', 2],
  ] as const)('names %s and drops only its record', (_what, corrupt, path, list, index) => {
    const r = fresh();
    corrupt(r);
    expect(allSpansHold(r, seed.text)).toBe(false);
    expect(findBadSpan(r, seed.text)).toMatch(path);
    const before = r[list].length;
    const kept = r[list].filter((_x, i) => i !== index);
    const warnings = dropBadSpans(r, seed.text);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^internal: dropped ${list}\\.${index}: `))]);
    expect(r[list]).toHaveLength(before - 1);
    expect(r[list]).toEqual(kept);
    expect(allSpansHold(r, seed.text)).toBe(true);
  });
});

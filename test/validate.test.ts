// The compiled validator (src/validate.ts) must give zod's verdict and zod's output: whatever it accepts, zod
// accepts with the same value (keys in schema order, unknown keys dropped); whatever zod refuses, it refuses.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { extract } from '../src/index.js';
import { ArticleResult, CasualtyFigure, DateMention, Place, Published, Span } from '../src/schema.js';
import { compile, FAIL } from '../src/validate.js';

/** The compiled check agrees with zod on this value: same verdict, and the same output, key order included. */
function agrees(schema: z.ZodType, value: unknown): void {
  const fast = compile(schema)(value);
  const zod = schema.safeParse(value);
  if (fast === FAIL) return; // a refusal is always safe: the caller then asks zod
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toEqual(zod.data);
}

const fixtureResults = (): unknown[] => {
  const dir = new URL('../fixtures/', import.meta.url);
  return readdirSync(dir).map((name) => {
    const article = JSON.parse(readFileSync(new URL(`${name}/article.json`, dir), 'utf8')) as { text: string; published?: string };
    return extract({ text: article.text, published: article.published });
  });
};

describe('compiled validator', () => {
  const results = fixtureResults();

  it('accepts every fixture result, giving what zod gives', () => {
    for (const r of results) {
      expect(compile(ArticleResult)(r)).not.toBe(FAIL);
      agrees(ArticleResult, r);
    }
  });

  it('drops unknown keys and writes keys in schema order, as zod does', () => {
    const out = compile(DateMention)({ anchor: 'published', extra: 1, value: '2018-04-27', type: 'date', text: 'Friday', end: 6, start: 0, anchored: true });
    expect(Object.keys(out as object)).toEqual(['start', 'end', 'text', 'type', 'value', 'anchored', 'anchor']);
  });

  it.each([
    ['a span', Span, { start: 0, end: 6, text: 'Friday' }],
    ['a place without its optional keys', Place, { id: 'p1', name: 'Kabul', country: 'AF', lat: 34.5, lon: 69.2, mentions: [] }],
    ['a place with an optional key present but undefined', Place, { id: 'p1', name: 'Kabul', country: null, lat: null, lon: null, kind: undefined, mentions: [] }],
    ['a published date', Published, { value: '2018-04-27', source: 'input' }],
    ['a null published date', Published, { value: null, source: 'none', confidence: 0.5, evidence: [] }],
  ])('accepts %s', (_, schema, value) => {
    expect(compile(schema)(value)).not.toBe(FAIL);
    agrees(schema, value);
  });

  // false positives: what zod refuses, the compiled check refuses too
  it.each([
    ['a negative offset', Span, { start: -1, end: 6, text: 'Friday' }],
    ['a fractional offset', Span, { start: 0.5, end: 6, text: 'Friday' }],
    ['an offset past the safe integers', Span, { start: 2 ** 60, end: 2 ** 61, text: 'x' }],
    ['NaN', Span, { start: Number.NaN, end: 6, text: 'x' }],
    ['a missing key', Span, { start: 0, end: 6 }],
    ['a number as text', Span, { start: 0, end: 6, text: 6 }],
    ['an array for an object', Span, [0, 6, 'Friday']],
    ['null for an object', Span, null],
    ['a latitude past the pole', Place, { id: 'p1', name: 'X', country: null, lat: 91, lon: 0, mentions: [] }],
    ['a three-letter country code', Place, { id: 'p1', name: 'X', country: 'AFG', lat: null, lon: null, mentions: [] }],
    ['an unknown place kind', Place, { id: 'p1', name: 'X', country: null, lat: null, lon: null, kind: 'planet', mentions: [] }],
    ['a span in mentions that is not one', Place, { id: 'p1', name: 'X', country: null, lat: null, lon: null, mentions: [{ start: 0 }] }],
    ['a date that is not YYYY-MM-DD', Published, { value: '2018-4-27', source: 'input' }],
    ['a confidence above one', Published, { value: null, source: 'none', confidence: 1.5 }],
    ['an unknown casualty kind', CasualtyFigure, {
      id: 'c1', kind: 'bored', count: { low: 1, high: 1, qualifier: 'exact', text: 'one' }, victims: { text: 'x', category: 'people' },
      reportedBy: null, evidence: { start: 0, end: 1, text: 'x' },
    }],
  ])('refuses %s', (_, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
    expect(compile(schema)(value)).toBe(FAIL);
  });

  it('a country code of two characters written with surrogate pairs is left to zod', () => {
    const value = { id: 'p1', name: 'X', country: '😀😀', lat: null, lon: null, mentions: [] };
    expect(compile(Place)(value)).toBe(FAIL);
  });

  // Replace one value anywhere in a real result with something else: the verdicts and outputs must agree.
  const replacements: unknown[] = [
    undefined, null, -1, 0, 1, 1.5, 2 ** 60, Number.NaN, Infinity, '', 'AF', 'AFG', '😀😀', '2018-04-27', 'killed', 'person',
    'published', 'exact', true, false, {}, [], [{ start: 0, end: 0, text: '' }], { start: 0, end: 0, text: '' },
  ];
  const paths = (value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const key = Array.isArray(value) ? Number(k) : k;
        out.push([...prefix, key]);
        paths(v, [...prefix, key], out);
      }
    }
    return out;
  };
  const mutate = (value: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown => {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let at = copy;
    for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (remove) delete at[last];
    else at[last] = replacement;
    return copy;
  };

  it('agrees with zod on results with one value replaced, removed or added', () => {
    const okResults = results.filter((r) => (r as { ok: boolean }).ok);
    fc.assert(
      fc.property(
        fc.nat({ max: okResults.length - 1 }), fc.nat(), fc.constantFrom(...replacements), fc.constantFrom('set', 'remove', 'add'),
        (which, pathPick, replacement, how) => {
          const r = okResults[which];
          const all = paths(r);
          const path = all[pathPick % all.length]!;
          const target = how === 'add' ? [...path.slice(0, -1), 'extra'] : path;
          agrees(ArticleResult, mutate(r, target, replacement, how === 'remove'));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

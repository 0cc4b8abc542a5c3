import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { Result } from '../../src/schema.js';
import { collectSpans } from '../../src/spans.js';
import { seedArticle } from '../helpers.js';

// News-like fragments mixed with arbitrary text, so the extractors' rules actually fire.
const fragments = [
  'At least 74 regime personnel and 59 IS fighters have been killed', 'the monitor said', 'on Friday morning',
  'DAMASCUS - ', 'since April 19', 'tens of thousands of people', 'in southern Damascus', '"', '“', '”', ',', '.', '\n',
  'President Bashar al-Assad', 'Route 30', 'a 12-year-old', 'the death toll rose to 30', 'according to the UN',
  'Hajar al-Aswad', '350,000', 'two dozen', 'last month', 'now', '😀', 'é', '\u0301', '\t', '  ',
];
const newsText = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

describe('extract on arbitrary text', () => {
  it('never throws, always passes the schema, and every span slices back to its text', () => {
    fc.assert(
      fc.property(newsText, fc.option(fc.constantFrom('2018-04-27', '1996-08-30', '2024-02-29'), { nil: undefined }), (text, published) => {
        const result = extract(published ? { text, published } : { text });
        expect(Result.safeParse(result).success).toBe(true);
        if (result.ok) {
          // the span guard drops broken records with an `internal:` warning: none may have been needed
          expect(result.warnings.filter((w) => w.startsWith('internal:'))).toEqual([]);
          for (const [path, span] of collectSpans(result)) {
            expect(text.slice(span.start, span.end), path).toBe(span.text);
          }
        } else {
          expect(result.error.code).not.toBe('INVALID_OUTPUT');
          expect(result.error.code).not.toBe('EXTRACTOR_FAILED');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds on sentences of the seed article shuffled together', () => {
    const sentences = seedArticle().text.split(/(?<=[.!?])\s+/);
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1 }), (picked) => {
        const text = picked.join(' ');
        const result = extract({ text, published: '2018-04-27' });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.warnings.filter((w) => w.startsWith('internal:'))).toEqual([]);
        if (result.ok) for (const [path, s] of collectSpans(result)) expect(text.slice(s.start, s.end), path).toBe(s.text);
      }),
      { numRuns: 100 },
    );
  });
});

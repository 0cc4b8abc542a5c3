// The seed article end to end: all 14 gold dates with their gold span and value, with and without a
// publication date (then inferred).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { dayNumber } from '../../src/extractors/dates/calendar.js';
import { createDatesStage } from '../../src/extractors/dates/index.js';
import type { ArticleInput } from '../../src/schema.js';
import { seedArticle, seedGold } from '../helpers.js';

const article: ArticleInput = seedArticle();
const gold = seedGold<{ dates: { start: number; end: number; text: string; value: string }[] }>().gold.dates;

describe('seed article dates', () => {
  for (const published of [article.published ?? null, null]) {
    describe(published ? 'with its publication date' : 'without a publication date', () => {
      // only the dates stage, with an injected clock
      const result = extract({ ...article, published }, { stages: [createDatesStage({ today: () => dayNumber(2026, 1, 1) })] });
      if (!result.ok) throw new Error(result.error.message);
      it.each(gold.map((g) => [g.text, g.start, g]))('%s at %i', (_text, _start, g) => {
        const found = result.dates.find((d) => d.start === g.start && d.end === g.end);
        expect(found, `missing ${g.text}`).toBeDefined();
        expect(found?.value).toBe(g.value);
      });
      it('finds nothing else', () => {
        const extra = result.dates.filter((d) => !gold.some((g) => g.start === d.start && g.end === d.end));
        expect(extra).toEqual([]);
      });
      if (!published) {
        it('infers 2018-04-27', () => {
          expect(result.published).toMatchObject({ value: '2018-04-27', source: 'inferred' });
          expect(result.dates.find((d) => d.text === 'Friday')?.anchor).toBe('inferred');
        });
      }
    });
  }
});

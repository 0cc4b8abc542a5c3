import { analyse } from '../../src/document/analyse.js';
import { dayNumber } from '../../src/extractors/dates/calendar.js';
import { extractDates } from '../../src/extractors/dates/index.js';
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

// Attributions inside another one's content that only echo its speaker: '"I want to assure our community,"
// the chief said' (the speaker's own "I" inside the quote) and "Stein said she plans to join …" (the
// speaker again, as a pronoun right after the cue). They add no new source, so the outer one stands alone.
import type { Attribution } from '../../schema.js';
import { quoteAt, type QuoteSpan } from './quotes.js';

const FIRST_SECOND = /^(?:i|we|you)$/i;
const THIRD = /^(?:he|she|it|they)$/i;
const ADJACENT = /^\s*(?:that\s*)?$/i;
/** how many neighbours on each side may hold the outer attribution (they are in text order). */
const REACH = 8;

export function dropEchoes(list: Attribution[], text: string, quotes: readonly QuoteSpan[]): Attribution[] {
  const keep = list.filter((x, i) => {
    const first = FIRST_SECOND.test(x.source.text);
    const third = THIRD.test(x.source.text);
    if (!first && !third) return true;
    // "I want to assure our community," inside a quotation: the quoted speaker talking about themselves
    if (first && quoteAt(quotes, x.source.start)) return false;
    for (let k = Math.max(0, i - REACH); k < Math.min(list.length, i + REACH + 1); k++) {
      const y = list[k];
      if (!y || k === i || y.content.start > x.source.start || x.cue.end > y.content.end) continue;
      if (first) return false;
      if (y.cue.end <= x.source.start && ADJACENT.test(text.slice(y.cue.end, x.source.start))) return false;
    }
    return true;
  });
  if (keep.length === list.length) return list;
  return keep.map((a, i) => ({ ...a, id: `attribution-${i + 1}` }));
}

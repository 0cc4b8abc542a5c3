// What the drafting rules share: a draft attribution, the window of words it is built in, and the small
// word classes (weekdays, time words, sentence-final marks) several rules test.
import type { Token } from '../../document/model.js';
import type { Cue } from './cues.js';
import type { Phrase } from './np.js';
import type { QuoteSpan } from './quotes.js';

export interface Draft {
  source: Phrase;
  cue: Cue;
  /** character offsets, half-open. */
  content: { start: number; end: number };
  direct: boolean;
}

export interface Context {
  w: readonly Token[];
  /** word range of the sentence, half-open. */
  s0: number;
  s1: number;
  quotes: readonly QuoteSpan[];
  text: string;
  /** the source of an earlier attribution in the same sentence, for participles (", adding …"). */
  prevSource?: Phrase | undefined;
  /** end offset of the dateline, if any. */
  dateline: number | null;
}

export const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|late|earlier|later)$/;

export const FINAL = new Set(['.', '?', '!', ';']);

export const TIME_WORDS = /^(?:week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|day|days|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/;

export function isTimeWord(t: Token | undefined): boolean {
  return t !== undefined && TIME_WORDS.test(t.lower);
}

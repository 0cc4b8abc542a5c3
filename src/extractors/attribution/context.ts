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

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'overnight', 'late', 'earlier', 'later']);

/** a weekday, or a word that stands where one does ("said today", "said late Friday"): lower-cased text. */
export const isWeekday = (lower: string): boolean => WEEKDAYS.has(lower);

export const FINAL = new Set(['.', '?', '!', ';']);

const TIME_WORDS = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening',
  'weekend', 'day', 'days', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december']);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** a word of time ("week", "Friday", "March") or a four-digit year. */
export function isTimeWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const w = t.lower;
  return TIME_WORDS.has(w) || (w.length === 4 && isDigit(w.charCodeAt(0)) && isDigit(w.charCodeAt(1)) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3)));
}

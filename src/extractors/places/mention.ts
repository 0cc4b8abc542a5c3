import type { GazEntry, PlaceKind } from '../../gazetteer/index.js';
import type { Token } from '../../document/model.js';

/** A candidate toponym in the text, before it is accepted and resolved. */
export interface Mention {
  start: number;
  end: number;
  /** token range, half-open. */
  t0: number;
  t1: number;
  surface: string;
  /** foldKey of the surface: mentions with the same key are one name in one article. */
  key: string;
  /** gazetteer candidates (empty for a name only a context pattern found). */
  entries: readonly GazEntry[];
  /** the kind a context pattern gives ("the district of X" → district). */
  kind?: PlaceKind;
  /** the country a trigger word implies ("Laurel County" → US), a weak anchor of the article's context. */
  countryHint?: string;
  /** evidence that this is a place (cues add, vetoes subtract); accepted at ACCEPT or above. */
  score: number;
  reasons: string[];
  /** a place that qualifies this one: "Alexandria, La." → Louisiana; "X, in southern Damascus" → Damascus. */
  qualifier?: Mention;
  /** the text locates this place inside another mention ("Route 30 in Hajar al-Aswad"). */
  insideOf?: Mention;
  /** strong negative evidence: the name is a person's or part of an organisation's name here. */
  vetoed?: boolean;
}

export const ACCEPT = 2;

/**
 * The entries of a name no gazetteer holds, one shared array: the memos keyed by an entries array (summary,
 * namePrior) then meet one key instead of a new one per mention.
 */
export const NO_ENTRIES: readonly GazEntry[] = [];

/** starts with a capital letter (ASCII fast path; the Unicode test only for other scripts' letters). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // the General Punctuation block (curly quotes, dashes: common tokens in news) holds no letter
  if (c < 128 || (c >= 0x2000 && c <= 0x206f)) return false;
  return /^\p{Lu}/u.test(t.text);
}

/** a lower-case ASCII letter at `index` ("Damascus" at 1): the text is no word in capitals, no Unicode test needed. */
export function lowerAsciiAt(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 97 && c <= 122;
}

export const isAllCaps = (t: Token): boolean => {
  if (lowerAsciiAt(t.text, 1)) return false;
  return /^[\p{Lu}.&'-]+$/u.test(t.text) && /\p{Lu}/u.test(t.text);
};
export const isWord = (t: Token | undefined): boolean => !!t && /\p{L}/u.test(t.text);

export function note(m: Mention, delta: number, reason: string): void {
  m.score += delta;
  m.reasons.push(reason);
}

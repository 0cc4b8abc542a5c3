import { looseKey, LOOSE_MIN_LENGTH, type GazEntry, type PlaceKind } from '../../gazetteer/index.js';
import type { AnalysedDoc, Token } from '../../document/model.js';

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
  /** the key up to transliteration (see mentionLooseKey), when known at the mention's making. */
  looseKey?: string | undefined;
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

/**
 * A new mention of tokens t0…t1-1, written `surface`, with no evidence yet. Every mention is made here, so that all
 * have one shape (the evidence rules read them in hot loops).
 */
export function newMention(doc: AnalysedDoc, t0: number, t1: number, surface: string, key: string, entries: readonly GazEntry[], looseKey?: string): Mention {
  const start = (doc.tokens[t0] as Token).start;
  const end = (doc.tokens[t1 - 1] as Token).end;
  return { start, end, t0, t1, surface, key, looseKey, entries, score: 0, reasons: [] };
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

/** The mention's key up to transliteration (looseKey for a long key, else the key), computed once. */
export function mentionLooseKey(m: Mention): string {
  m.looseKey ??= m.key.length >= LOOSE_MIN_LENGTH ? looseKey(m.key) : m.key;
  return m.looseKey;
}

export function note(m: Mention, delta: number, reason: string): void {
  m.score += delta;
  m.reasons.push(reason);
}

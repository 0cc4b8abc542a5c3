// Gazetteer recognition: every capitalised token starts a window of token n-grams, each folded and looked
// up in the gazetteer's Map; the longest hit wins. Cost is O(tokens × window), independent of the
// gazetteer's size.
import type { AnalysedDoc, Token } from '../../document/model.js';
import { foldAsciiWord, foldKey, slotLooseKey, usableEntries, writtenEntries, type Gazetteer, type GazEntry, type Slot } from '../../gazetteer/index.js';
import { NAME_JOINERS } from './lexicon.js';
import { isAllCaps, isCapWord, lowerAsciiAt, newMention, type Mention } from './mention.js';
import { summary } from './summary.js';

/** sentence openers that never begin a transliterated place name: no loose look-up for them */
const LOOSE_SKIP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'if', 'when', 'after',
  'this', 'that', 'there', 'his', 'her', 'their', 'mr', 'mrs', 'ms', 'dr', 'for', 'as', 'by', 'with', 'from', 'to',
]);

/**
 * The key of a one-token name, without foldKey's regexes for a word of ASCII letters. A capital and lower-case
 * letters, two or five and more, is taken as written; so are "St", "Mt" and "Ft", which foldKey would expand
 * (the matcher has always looked them up so).
 */
function oneTokenKey(t: Token): string {
  if (isPlainWord(t.text)) return t.lower;
  return isAsciiLetters(t.text) ? foldAsciiWord(t.lower) : foldKey(t.text);
}

/** a capital and lower-case ASCII letters, two or five and more in all. */
function isPlainWord(text: string): boolean {
  const n = text.length;
  if (n < 5 && n !== 2) return false;
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let k = 1; k < n; k++) if (!lowerAsciiAt(text, k)) return false;
  return true;
}

function isAsciiLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  return text.length > 0;
}

/** longest name in tokens: words, hyphens and dots ("Bosnia and Herzegovina", "Washington, D.C."). */
const MAX_TOKENS = 9;

/** may this token stand inside a multi-token place name? */
function continues(t: Token, next: Token | undefined): boolean {
  if (isCapWord(t)) return true;
  if (t.text === '-' || t.text === '.' || t.text === "'") return !!next && !next.newlineBefore;
  if (t.text === ',') return !!next && isCapWord(next);
  if (t.text === 'and' || t.text === 'of' || t.text === 'the' || t.text === 'upon' || t.text === 'on') return isCapWord(next);
  return NAME_JOINERS.has(t.lower);
}

/** Candidates as the gazetteer alone sees them (no evidence yet). */
export function gazetteerMentions(doc: AnalysedDoc, g: Gazetteer): Mention[] {
  const { tokens, text } = doc;
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapWord(first)) {
      i++;
      continue;
    }
    // the longest hit; `slot`: the slot its key was found under (none for a loose hit of several words)
    let best: { end: number; key: string; entries: readonly GazEntry[]; slot: Slot | undefined } | undefined;
    let firstSlot: Slot | undefined;
    let firstKey: string | undefined;
    const limit = Math.min(tokens.length, i + MAX_TOKENS);
    for (let j = i; j < limit; j++) {
      const t = tokens[j];
      if (!t) break;
      if (j > i && (t.newlineBefore || t.sentence !== first.sentence || !continues(t, tokens[j + 1]))) break;
      // "Washington, D.C.", "Paris, Texas": a town and its region written with a comma are two names
      if (t.text === ',' && best) break;
      if (!isCapWord(t)) continue;
      const surface = j === i ? t.text : text.slice(first.start, t.end);
      const key = j === i ? oneTokenKey(t) : foldKey(surface);
      const slot = g.probe(key);
      if (j === i) {
        firstSlot = slot;
        firstKey = key;
      }
      const entries = slot?.entries.length ? slot.entries : undefined;
      const more = slot?.prefix ?? false;
      if (entries && slot) {
        // an all-capital short token ("IS", "AP") is an acronym unless an alias is written that way
        const acronym = j === i && isAllCaps(first) && first.text.replace(/\./g, '').length <= 4;
        const kept = acronym ? writtenEntries(slot, surface) : usableEntries(slot, surface);
        if (kept.length) best = { end: j + 1, key, entries: kept, slot };
      }
      if (!more) break;
    }
    if (!best && !LOOSE_SKIP.has(first.lower) && !isAllCaps(first)) {
      // a transliteration variant of a long name ("Hajjar al-Aswad"): loose look-up of the whole name run
      const j = nameRun(tokens, i);
      const last = tokens[j - 1];
      if (last && j > i) {
        // a one-word name whose key is its own loose key was looked up already
        const key = j === i + 1 ? (firstKey ?? foldKey(first.text)) : foldKey(text.slice(first.start, last.end));
        const entries = j === i + 1 ? g.looseOfSlot(firstSlot, key) : g.lookupLoose(key);
        if (entries && !summary(entries).caseSensitive) best = { end: j, key, entries, slot: j === i + 1 ? firstSlot : undefined };
      }
    }
    if (best) {
      const surface = text.slice(first.start, (tokens[best.end - 1] as Token).end);
      out.push(newMention(doc, i, best.end, surface, best.key, best.entries, best.slot && slotLooseKey(best.slot, best.key)));
      i = best.end;
    } else i++;
  }
  return out;
}

/** The end (exclusive token index) of the capitalised name starting at token `i`, or i when none starts there. */
export function nameRun(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  if (!first || !isCapWord(first)) return i;
  let j = i + 1;
  while (j < tokens.length && j - i < MAX_TOKENS) {
    const t = tokens[j];
    if (!t || t.newlineBefore || t.sentence !== first.sentence) break;
    if (isCapWord(t)) {
      j++;
      continue;
    }
    const next = tokens[j + 1];
    // hyphens and particles continue a name only when a capitalised word or another particle follows
    if ((t.text === '-' || NAME_JOINERS.has(t.lower)) && next && !next.newlineBefore
      && (isCapWord(next) || NAME_JOINERS.has(next.lower) || next.text === '-')) {
      j++;
      continue;
    }
    break;
  }
  while (j > i + 1 && !isCapWord(tokens[j - 1])) j--;
  return j;
}

// Finding reporting cues in a sentence: lexicon forms, minus the non-reporting senses (stop phrases,
// nouns after a determiner, senses keyed on the next words).
import type { Token } from '../../document/model.js';
import { cueLexicon, type CueEntry } from './lexicon.js';
import { isCapitalised, isDeterminer, isPunct, isQuote } from './words.js';

const NONE: readonly never[] = [];

const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'each', 'all', 'several', 'two', 'three', 'both', 'none', 'any']);
const MODAL_OR_TO = new Set(['to', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', "'ll", "'d", 'shall']);

export interface Cue {
  /** inclusive word indices. */
  first: number;
  last: number;
  entry: CueEntry;
}

/** Cues among words [start, end) in text order, not overlapping. */
export function findCues(w: readonly Token[], start: number, end: number, headline = false): Cue[] {
  const lex = cueLexicon();
  const cues: Cue[] = [];
  for (let i = start; i < end; i++) {
    const t = w[i];
    if (!t) continue;
    const entries = lex.byForm.get(t.lower);
    if (!entries) continue;
    let entry: CueEntry | undefined;
    for (const e of entries) if (phraseMatches(w, i, e, end)) { entry = e; break; }
    if (!entry) continue;
    const last = i + entry.rest.length;
    if (!isReporting(w, i, last, entry, start, end, headline)) continue;
    cues.push({ first: i, last, entry });
    i = last;
  }
  return cues;
}

function phraseMatches(w: readonly Token[], i: number, e: CueEntry, end: number): boolean {
  if (i + e.rest.length >= end && e.rest.length > 0) return false;
  for (let k = 0; k < e.rest.length; k++) if (w[i + 1 + k]?.lower !== e.rest[k]) return false;
  return true;
}

/** a headline in title case capitalises its verb: "Graham Says …", "New Poll Shows …". */
function headlineVerb(t: Token, prev: Token | undefined): boolean {
  return prev !== undefined && isCapitalised(prev) && !isPunct(prev) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (t.lower.endsWith('s') || t.lower === 'said');
}

function isReporting(w: readonly Token[], first: number, last: number, e: CueEntry, start: number, end: number, headline: boolean): boolean {
  const t = w[first];
  if (!t) return false;
  // "said in a June report": the report is where the speaker said it, the verb's source speaks
  if (e.cls === 'venue') return venueFollows(w, last + 1, end) && !(first > start && cueLexicon().byForm.has(w[first - 1]?.lower ?? ''));
  if (insideStop(w, first, start, end)) return false;
  // "wants to", "plans to", "decided to": an intention is reported only with its infinitive
  if (e.cls === 'intent' && !infinitiveFollows(w, last + 1, end)) return false;
  // "his grand plan to", "a borrowing plan to": after a modifier the word is a noun
  if (e.cls === 'intent' && first > start && (w[first - 1]?.pos === 'ADJ' || (w[first - 1]?.lower ?? '').endsWith('ing'))) return false;
  if (e.cls !== 'prep') {
    const prev = w[first - 1];
    // "Islamic State", "the Joint Statement": a capitalised name, not a verb
    const titled = headline && headlineVerb(t, prev);
    if (!titled && (t.pos === 'PROPN' || (first > start && isCapitalised(t) && prev && !isPunct(prev)))) return false;
    // "a say in", "the report", "an estimated 300": a determiner makes the word a noun or an adjective
    if (prev && first > start && (isDeterminer(prev) || prev.lower === "'s" || prev.lower === '’s')) return false;
    // a verb form glued into a compound ("so-called", "self-declared") reports nothing
    if (prev && prev.text === '-' && prev.end === t.start) return false;
    if (t.pos === 'NOUN' && t.lower !== 'said') {
      // the tagger's noun is a verb only when a clause or an object follows ("officials fear the toll …");
      // "battleground states", "Republican claims as …", "a say in" stay nouns
      const next = w[last + 1];
      const objectFollows = next !== undefined && (e.cls === 'intent' || next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NUM' || next.lower === 'that' || isQuote(next) || (next.text === ':' && (prev?.pos === 'PROPN' || prev?.pos === 'PRON')));
      if (!objectFollows || e.lemma === 'say') return false;
      if (t.lower.endsWith('s') && prev && first > start && (prev.pos === 'ADJ' || prev.pos === 'NUM')) return false;
    }
  }
  const head = e.head;
  // "to ask", "would tell", "could show": an infinitive or a modal's verb is speech not (yet) made
  if (e.cls !== 'prep' && t.lower === head && head !== 'say') {
    let k = first - 1;
    while (k > start && w[k]?.pos === 'ADV') k--;
    if (k >= start && MODAL_OR_TO.has(w[k]?.lower ?? '')) return false;
  }
  for (const neg of cueLexicon().negatives.get(head) ?? NONE) {
    const span = neg.window === 'next' ? 1 : 5;
    for (let k = last + 1; k <= last + span && k < end; k++) {
      const n = w[k];
      if (!n || isPunct(n)) break;
      if (neg.words.has(n.lower)) return false;
    }
  }
  return true;
}

function insideStop(w: readonly Token[], i: number, start: number, end: number): boolean {
  const stops = cueLexicon().stops;
  for (let s = Math.max(start, i - 4); s <= i; s++) {
    const first = w[s];
    if (!first) continue;
    for (const phrase of stops.get(first.lower) ?? NONE) {
      if (s + phrase.length <= i || s + phrase.length > end) continue;
      if (wordsAt(w, s, phrase)) return true;
    }
  }
  return false;
}

/** whether words from `s` on read `phrase` (lower-cased words). */
function wordsAt(w: readonly Token[], s: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (w[s + k]?.lower !== phrase[k]) return false;
  return true;
}

/** "to" and a verb, past one adverb: "wants to run", "plans to quickly expand". */
function infinitiveFollows(w: readonly Token[], k: number, end: number): boolean {
  if (w[k]?.lower !== 'to' || k + 1 >= end) return false;
  let v = k + 1;
  if (w[v]?.pos === 'ADV' && v + 1 < end) v++;
  const verb = w[v];
  return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/** "in the latest Washington Post/ABC News poll,": a document noun ends the phrase after the cue. */
function venueFollows(w: readonly Token[], k: number, end: number): boolean {
  return venueEnd(w, k, end) >= 0;
}

/** the index of the document noun that ends the phrase starting at `k`, or -1. */
export function venueEnd(w: readonly Token[], k: number, end: number): number {
  const venues = cueLexicon().venues;
  if ((w[k]?.lower ?? '').endsWith('ing')) return -1; // "in offering analysis": a gerund, not a document
  let noun = -1;
  for (let i = k; i < end && i < k + 10; i++) {
    const t = w[i] as Token;
    if (t.text === '/' || t.text === '-') continue;
    // "one of the polls", not "the wake of the report"
    if (t.lower === 'of' && i === k + 1 && QUANTIFIERS.has(w[k]?.lower ?? '')) continue;
    if (isPunct(t) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = i;
  }
  return noun >= 0 && venues.has((w[noun] as Token).lower) ? noun : -1;
}

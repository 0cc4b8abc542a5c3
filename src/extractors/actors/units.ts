// Words as a reader sees them: wink splits "al-Assad" and "Russia-backed" at the hyphen; a unit glues the
// pieces back together when no space separates them, so that names and modifiers are judged whole.
import type { AnalysedDoc } from '../../document/model.js';
import { wordFacts, type WordFacts } from './word-facts.js';
import { isSpaceCode } from './words.js';

export interface Unit {
  /** index of this unit in the unit array. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `lower` without full stops ("u.s." → "us"): the form lexicons are looked up by. */
  key: string;
  /** what the lexicons say of `lower` and of `key`, once asked (factsOf, keyFactsOf). */
  facts: Readonly<WordFacts> | undefined;
  keyFacts: Readonly<WordFacts> | undefined;
  /** the pieces split at hyphens ("al", "Assad"); empty for a unit that is one token. */
  parts: readonly string[];
  /** POS of the first token (wink UPOS). */
  pos: string;
  /** segment index: a sentence, further cut at line breaks (headlines, table rows, datelines). */
  sentence: number;
  /** first unit of its segment, or first after an opening quote / bracket / dash. */
  initial: boolean;
  /** the first letter is a capital (or a particle-led name such as "al-Assad"). */
  cap: boolean;
}

const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'bint', 'ben', 'de', 'van', 'von', 'der', 'di', 'da', 'du', 'le', 'la', 'dos', 'del']);
export const isParticle = (w: string): boolean => PARTICLES.has(w.toLowerCase());

const upper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-']);
/** one shared (frozen) value for the units that were not glued: most of them. */
const NO_PARTS: readonly string[] = Object.freeze([]);

/** whitespace only (wink keeps some line breaks and odd spaces as tokens): what trim() would empty. */
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

// Units are recycled from one article to the next: the stage allocates no object per token, which spares the
// young-generation collections that would otherwise copy the whole analysed document again and again.
// buildUnits' result is therefore valid only until its next call (the actors stage never keeps it).
const pool: Unit[] = [];
const current: Unit[] = [];

function unitAt(n: number): Unit {
  let u = pool[n];
  if (!u) {
    u = {
      i: n, start: 0, end: 0, text: '', lower: '', key: '', facts: undefined, keyFacts: undefined, parts: NO_PARTS, pos: '', sentence: 0,
      initial: false, cap: false,
    };
    pool.push(u);
  }
  return u;
}

function setUnit(u: Unit, start: number, end: number, text: string, lower: string, parts: readonly string[], pos: string, sentence: number,
  initial: boolean, cap: boolean): void {
  u.start = start;
  u.end = end;
  u.text = text;
  u.lower = lower;
  u.key = dotless(lower);
  u.facts = undefined;
  u.keyFacts = undefined;
  u.parts = parts;
  u.pos = pos;
  u.sentence = sentence;
  u.initial = initial;
  u.cap = cap;
}

/** the article's units; the array and its units are reused by the next call. */
export function buildUnits(doc: AnalysedDoc): Unit[] {
  const { tokens, text } = doc;
  const units = current;
  let n = 0;
  let prevSentence = -1;
  let prevEnd = 0;
  let segment = -1;
  let afterOpener = false;
  let nl = text.indexOf('\n');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'SPACE' || blank(t.text)) continue;
    let end = t.end;
    let parts: string[] | null = null;
    // glue "x-y" (and "x-y-z") when the hyphen touches both sides
    let j = k;
    for (;;) {
      const h = tokens[j + 1];
      const n = tokens[j + 2];
      if (!h || h.start !== end || !n || n.start !== h.end || h.text !== '-' || !wordStart(n.text)) break;
      (parts ??= [t.text]).push(n.text);
      end = n.end;
      j += 2;
    }
    while (nl !== -1 && nl < prevEnd) nl = text.indexOf('\n', prevEnd);
    const newSegment = t.sentence !== prevSentence || (nl !== -1 && nl < t.start);
    if (newSegment) segment++;
    const initial = newSegment || afterOpener;
    prevSentence = t.sentence;
    prevEnd = end;
    if (parts !== null) {
      const s = text.slice(t.start, end);
      const lower = s.toLowerCase();
      const cap = upper(t.text) || (isParticle(t.text) && upper(parts[parts.length - 1] ?? ''));
      const u = unitAt(n);
      setUnit(u, t.start, end, s, lower, parts, t.pos, segment, initial, cap);
      units[n++] = u;
      afterOpener = false;
    } else {
      const u = unitAt(n);
      setUnit(u, t.start, end, t.text, t.lower, NO_PARTS, t.pos, segment, initial, upper(t.text));
      units[n++] = u;
      afterOpener = t.text.length === 1 && OPENERS.has(t.text);
    }
    k = j;
  }
  // cut to this article's length only now: emptying the array first would drop its storage, and regrow it unit by unit
  units.length = n;
  return units;
}

/** what the lexicons say of the unit's word (`lower`), looked up on the first question. */
export function factsOf(u: Unit): Readonly<WordFacts> {
  return (u.facts ??= wordFacts(u.lower));
}

/** what the lexicons say of the unit's look-up form (`key`: no full stops). */
export function keyFactsOf(u: Unit): Readonly<WordFacts> {
  return (u.keyFacts ??= u.key === u.lower ? factsOf(u) : wordFacts(u.key));
}

const dotless = (s: string): string => (s.includes('.') ? s.replace(/\./g, '') : s);

function wordStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** segments whose letters are nearly all capitals: a headline or a table in capitals ("SOCCER - SHEARER NAMED"). */
export function allCapsSegments(units: Unit[]): Set<number> {
  const out = new Set<number>();
  // units come in segment order: count each segment's capitals and small letters, one segment at a time
  let k = 0;
  while (k < units.length) {
    const seg = (units[k] as Unit).sentence;
    let e = k + 1;
    while (e < units.length && (units[e] as Unit).sentence === seg) e++;
    const segEnd = (units[e - 1] as Unit).end;
    let up = 0;
    let low = 0;
    for (let m = k; m < e; m++) {
      const u = units[m] as Unit;
      const t = u.text;
      for (let i = 0; i < t.length; i++) {
        const code = t.charCodeAt(i);
        if (code >= 97) { if (code <= 122) low++; } else if (code >= 65 && code <= 90) up++;
      }
      // the rest of the segment has at most segEnd - u.end more capitals: once that cannot outweigh the
      // small letters, the segment is no headline in capitals and the sweep moves on (most sentences stop early)
      if (low * 4 >= up + (segEnd - u.end)) break;
    }
    if (up >= 4 && low * 4 < up) out.add(seg);
    k = e;
  }
  return out;
}

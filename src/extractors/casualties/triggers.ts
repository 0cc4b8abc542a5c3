// Finding casualty triggers (verbs, adjectives, nouns and phrases of casualty-triggers.txt) in tokens.
import type { Sentence, Token } from '../../document/model.js';
import { casualtyLexicons, pluralForms, type TriggerEntry, type TriggerKind } from './lexicon.js';
import { loadTable } from '../../lexicons/load.js';
import { phraseWords } from '../../quantity/index.js';

export interface TriggerMatch extends TriggerEntry {
  /** token range, end exclusive. */
  start: number;
  end: number;
}

/** The longest trigger phrase starting at token i, or null. */
export function triggerAt(tokens: readonly Token[], i: number, limit: number): TriggerMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const list = casualtyLexicons().triggers.get(first.lower);
  if (!list) return null;
  for (const entry of list) {
    if (i + entry.words.length > limit) continue;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) if (tokens[i + k]?.lower !== entry.words[k]) { ok = false; break; }
    if (ok) return { ...entry, start: i, end: i + entry.words.length };
  }
  return null;
}

/** nouns of the custody phrases read in figures.ts ("in police custody", "behind bars"). */
const HELD = new Set(['custody', 'bars']);
/** Common first words of phrases ("hit by gunfire", "critical condition"): such a phrase is spotted by its longest
 * word instead, so that not every sentence with "hit" or "critical" becomes a candidate. */
const COMMON_FIRST = new Set(['hit', 'struck', 'critical', 'serious', 'stable', 'grave', 'double', 'triple', 'quadruple', 'committed']);
const keyOf = (words: readonly string[]): string => (COMMON_FIRST.has(words[0] ?? '') && words.length > 1
  ? words.slice(1).reduce((a, b) => (b.length > a.length ? b : a), '') : words[0] ?? '');

// What a word tells the sentence gate, as bit flags (one map look-up per token reads them all):
/** the key word of a trigger, a status noun or an uncounted phrase (isTriggerWord). */
const KEY = 1;
/** the first word of a trigger phrase: a predicate once the whole phrase is there. */
const PHRASE_START = 2;
/** a predicate word on its own: "fatally", a custody noun, a status noun's form, an uncounted phrase's first word. */
const PREDICATE = 4;

let wordFlags: Map<string, number> | undefined;

function flagsOfWords(): Map<string, number> {
  if (wordFlags) return wordFlags;
  const flags = new Map<string, number>();
  const mark = (word: string, flag: number): void => { flags.set(word, (flags.get(word) ?? 0) | flag); };
  const { triggers, status } = casualtyLexicons();
  for (const w of HELD) mark(w, KEY | PREDICATE);
  for (const [first, list] of triggers) {
    mark(first, PHRASE_START);
    for (const e of list) mark(keyOf(e.words), KEY);
  }
  for (const w of status.keys()) {
    for (const form of [w, `${w}s`, `${w}es`]) mark(form, KEY);
    for (const form of pluralForms(w)) mark(form, PREDICATE);
  }
  for (const [first, list] of implicitTable()) {
    mark(first, PREDICATE);
    for (const e of list) mark(keyOf(e.words), KEY);
  }
  // read by the predicate rules of figures.ts without a trigger phrase: "five were shot, one fatally", "in custody"
  for (const w of ['fatally', 'custody', 'arrest', 'bars']) mark(w, PREDICATE);
  wordFlags = flags;
  return flags;
}

/** Is this (lower-cased) word the key word of a trigger, a status noun or an uncounted phrase? */
export function isTriggerWord(lower: string): boolean {
  return ((flagsOfWords().get(lower) ?? 0) & KEY) !== 0;
}

/** In TriggerScan.nextKey: no key word further on in the sentence. */
export const NO_KEY = 2 ** 31 - 1;

/** The article's trigger words, read once (one map look-up per token). */
export interface TriggerScan {
  /** the sentences that may yield casualties, in text order. */
  candidates: Sentence[];
  /** nextKey[i]: the first token at or after token i, in its sentence, that is a trigger's key word, or NO_KEY. */
  nextKey: Int32Array;
  /** per-token marks findUnits sets; each sentence uses its own token range only. */
  covered: Uint8Array;
  taken: Uint8Array;
}

/**
 * Cheap pre-filter: the sentences that can yield a casualty figure or an uncounted casualty at all. A sentence must
 * hold a trigger's key word (findUnits reads counts only near one), and every figure needs a predicate: a trigger
 * phrase in full, "fatally", a custody phrase or a status noun; every uncounted casualty an implicit phrase. A
 * sentence without both yields nothing, so it is never read.
 */
export function scanTriggers(tokens: readonly Token[], sentences: readonly Sentence[]): TriggerScan {
  const flags = flagsOfWords();
  const nextKey = new Int32Array(tokens.length);
  const candidates: Sentence[] = [];
  for (const s of sentences) {
    let next = NO_KEY, predicate = false;
    for (let i = s.endToken - 1; i >= s.firstToken; i--) {
      const f = flags.get((tokens[i] as Token).lower) ?? 0;
      if (f & KEY) next = i;
      nextKey[i] = next;
      if (!predicate && (f & PREDICATE || f & PHRASE_START && triggerAt(tokens, i, s.endToken))) predicate = true;
    }
    if (predicate && next !== NO_KEY) candidates.push(s);
  }
  return { candidates, nextKey, covered: new Uint8Array(tokens.length), taken: new Uint8Array(tokens.length) };
}

const ATTEMPTED = new Set(['attempted', 'attempt', 'tried', 'plot', 'plotted']);

export interface ImplicitMatch { kind: TriggerKind; count: number; add: boolean; token: number }

let implicit: Map<string, { words: string[]; match: ImplicitMatch }[]> | undefined;

/** Kinds of the uncounted casualty phrases in tokens [from, to) ("a fatal shooting"): casualty-implicit.txt. */
export function implicitKinds(tokens: readonly Token[], from: number, to: number): ImplicitMatch[] {
  const table = implicitTable();
  const out: ImplicitMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const list = table.get(t?.lower ?? '');
    // "Homicide Unit", "Fatal Shooting Task Force": names, not events
    if (!t || !list || (i > from && /^[A-Z]/.test(t.text))) continue;
    if (i > from && ATTEMPTED.has(tokens[i - 1]?.lower ?? '')) continue; // "attempted murder of
    // the longest phrase here, and none inside it ("fatally shot himself" is not also "shot himself")
    const e = list.find((x) => x.words.every((w, k) => i + k < to && tokens[i + k]?.lower === w));
    if (e) { out.push({ ...e.match, token: i }); i += e.words.length - 1; }
  }
  return out;
}

function implicitTable(): Map<string, { words: string[]; match: ImplicitMatch }[]> {
  if (!implicit) {
    implicit = new Map();
    for (const [phrase, kind, count, mode] of loadTable('casualty-implicit')) {
      if (!phrase || !kind) continue;
      const words = phraseWords(phrase);
      const list = implicit.get(words[0] ?? '') ?? [];
      list.push({ words, match: { kind: kind as TriggerKind, count: Number(count ?? 1), add: mode === 'add', token: -1 } });
      implicit.set(words[0] ?? '', list);
    }
    for (const list of implicit.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return implicit;
}

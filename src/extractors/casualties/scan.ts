// The article read once, token by token, before any sentence is parsed: which sentences may hold casualties,
// where the trigger key words are, and a class per token (bit flags) that lets the figure rules pass over most
// tokens without reading them again. One map look-up per token reads every class of its word.
import type { Sentence, Token } from '../../document/model.js';
import { quantityStarters } from '../../quantity/index.js';
import { casualtyLexicons, pluralForms } from './lexicon.js';
import { implicitPhrases, triggerAt } from './triggers.js';
import { CLAUSE_OPENERS, PERSONAL_PRONOUNS, POSSESSIVES, SINGULAR_DETERMINERS } from './words.js';

// Token classes (bits of ArticleScan.classes):
/** the key word of a trigger, a status noun or an uncounted phrase: counts are read only near one. */
const KEY = 1;
/** the first word of a trigger phrase: a predicate once the whole phrase is there (triggerAt finds none elsewhere). */
export const PHRASE_START = 2;
/** a predicate on its own: "fatally", a custody noun, a status noun's form, an uncounted phrase's first word. */
const PREDICATE = 4;
/** the last word of a trigger phrase. */
export const PHRASE_END = 8;
/** may start a quantity: a digit, a number word, a qualifier's or vague amount's first word, a hyphenated word. */
export const QUANTITY_START = 16;
/** "a", "an", "another", "the" (SINGULAR_DETERMINERS). */
export const SINGULAR_DETERMINER = 32;
/** "he", "she" (PERSONAL_PRONOUNS). */
export const PERSONAL_PRONOUN = 64;
/** a word a victim's name may follow: a verb, "of", a possessive or a clause opener (findUnits' names). */
export const BEFORE_NAME = 128;

/** In ArticleScan.nextKey: no key word further on in the sentence. */
const NO_KEY = 2 ** 31 - 1;

export interface ArticleScan {
  /** the sentences that may yield casualties, in text order. */
  candidates: Sentence[];
  /** per token, its classes (the bits above); those read from more than the word only in candidate sentences. */
  classes: Uint8Array;
  /** nextKey[i]: the first token at or after token i, in its sentence, that is a trigger's key word, or NO_KEY. */
  nextKey: Int32Array;
  /** per-token marks findUnits sets; each sentence uses its own token range only. */
  covered: Uint8Array;
  taken: Uint8Array;
}

/** nouns of the custody phrases read in figures.ts ("in police custody", "behind bars"). */
const HELD = new Set(['custody', 'bars']);
/** Common first words of phrases ("hit by gunfire", "critical condition"): such a phrase is spotted by its longest
 * word instead, so that not every sentence with "hit" or "critical" becomes a candidate. */
const COMMON_FIRST = new Set(['hit', 'struck', 'critical', 'serious', 'stable', 'grave', 'double', 'triple', 'quadruple', 'committed']);
const keyOf = (words: readonly string[]): string => (COMMON_FIRST.has(words[0] ?? '') && words.length > 1
  ? words.slice(1).reduce((a, b) => (b.length > a.length ? b : a), '') : words[0] ?? '');

let wordClasses: Map<string, number> | undefined;

/** The classes of every word that has any, from the lexicons and word lists. */
function classesOfWords(): Map<string, number> {
  if (wordClasses) return wordClasses;
  const classes = new Map<string, number>();
  const mark = (word: string, flag: number): void => { classes.set(word, (classes.get(word) ?? 0) | flag); };
  const { triggers, status } = casualtyLexicons();
  for (const w of HELD) mark(w, KEY | PREDICATE);
  for (const [first, list] of triggers) {
    mark(first, PHRASE_START);
    for (const e of list) {
      mark(keyOf(e.words), KEY);
      mark(e.words[e.words.length - 1] ?? '', PHRASE_END);
    }
  }
  for (const w of status.keys()) {
    for (const form of [w, `${w}s`, `${w}es`]) mark(form, KEY);
    for (const form of pluralForms(w)) mark(form, PREDICATE);
  }
  for (const [first, list] of implicitPhrases()) {
    mark(first, PREDICATE);
    for (const e of list) mark(keyOf(e.words), KEY);
  }
  // read by the predicate rules of figures.ts without a trigger phrase: "five were shot, one fatally", "in custody"
  for (const w of ['fatally', 'custody', 'arrest', 'bars']) mark(w, PREDICATE);
  for (const w of quantityStarters()) mark(w, QUANTITY_START);
  for (const w of SINGULAR_DETERMINERS) mark(w, SINGULAR_DETERMINER);
  for (const w of PERSONAL_PRONOUNS) mark(w, PERSONAL_PRONOUN);
  for (const w of [...POSSESSIVES, ...CLAUSE_OPENERS, 'of']) mark(w, BEFORE_NAME);
  wordClasses = classes;
  return classes;
}

const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

/**
 * Reads the article's tokens once. Cheap pre-filter: a sentence is a candidate only when it can yield a casualty
 * figure or an uncounted casualty at all. It must hold a trigger's key word (findUnits reads counts only near one),
 * and every figure needs a predicate: a trigger phrase in full, "fatally", a custody phrase or a status noun; every
 * uncounted casualty an implicit phrase. A sentence without both yields nothing, so it is never read.
 */
export function scanArticle(tokens: readonly Token[], sentences: readonly Sentence[]): ArticleScan {
  const words = classesOfWords();
  const classes = new Uint8Array(tokens.length);
  const nextKey = new Int32Array(tokens.length);
  const candidates: Sentence[] = [];
  for (const s of sentences) {
    // every token: its lower-cased text only (a token read is costly, most sentences end here)
    let next = NO_KEY, predicate = false;
    for (let i = s.endToken - 1; i >= s.firstToken; i--) {
      const c = words.get((tokens[i] as Token).lower) ?? 0;
      classes[i] = c;
      if (c & KEY) next = i;
      nextKey[i] = next;
      if (!predicate && (c & PREDICATE || c & PHRASE_START && triggerAt(tokens, i, s.endToken))) predicate = true;
    }
    if (!predicate || next === NO_KEY) continue;
    candidates.push(s);
    // a candidate's tokens: the classes read from more than the word
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i] as Token;
      // canStart (quantity/parse.ts) also takes digits and hyphenated number words ("fifty-nine"); a digit
      // opens the text if and only if it opens the lower-cased text
      let c = classes[i] as number;
      if (startsWithDigit(t.lower) || t.lower.includes('-')) c |= QUANTITY_START;
      if (t.pos === 'VERB') c |= BEFORE_NAME;
      classes[i] = c;
    }
  }
  return { candidates, classes, nextKey, covered: new Uint8Array(tokens.length), taken: new Uint8Array(tokens.length) };
}

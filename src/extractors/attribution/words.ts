// A whitespace-free view of the document's tokens with the word-class tests the attribution rules share.
import type { AnalysedDoc, Token } from '../../document/model.js';

export interface Words {
  list: Token[];
  /** per sentence: [first, end) indices into `list`. */
  sentences: { start: number; end: number; index: number }[];
}

/** a changed copy with the same field order as the analyser's tokens, so every token keeps one shape. */
function retoken(t: Token, change: { end: number; text: string; pos: string }): Token {
  return {
    index: t.index,
    start: t.start,
    end: change.end,
    text: change.text,
    lower: change.text.toLowerCase(),
    pos: change.pos,
    newlineBefore: t.newlineBefore,
    sentence: t.sentence,
  };
}

export function wordsOf(doc: AnalysedDoc): Words {
  const tokens = doc.tokens;
  const list: Token[] = [];
  const sentences: Words['sentences'] = [];
  for (const s of doc.sentences) {
    const start = list.length;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i];
      if (!t) continue;
      const text = t.text;
      if (t.pos === 'SPACE' || text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) continue;
      // two glued apostrophes or backticks are one quotation mark: '' ``
      if ((text === "'" || text === '`') && list.length > start) {
        const prev = list[list.length - 1] as Token;
        if (prev.text === text && prev.end === t.start) {
          list[list.length - 1] = retoken(prev, { end: t.end, text: prev.text + text, pos: prev.pos });
          continue;
        }
      }
      // the tagger calls some names verbs ("Lynch said", "Josh Earnest"): a capitalised word inside a sentence is a name
      if (t.pos === 'VERB' && opensUpperLower(text)) {
        const prev = list[list.length - 1];
        if (prev && list.length > start ? !(isQuote(prev) && list.length - 1 === start) && prev.text !== ':' : nameOpens(doc, i, s.endToken)) {
          list.push(retoken(t, { end: t.end, text, pos: 'PROPN' }));
          continue;
        }
      }
      list.push(t);
    }
    if (list.length === start) continue;
    const last = sentences[sentences.length - 1];
    const first = list[start] as Token;
    // the splitter breaks after abbreviations and brackets ("Rep. Gwen Moore (D-Wis.) | said Friday"):
    // a sentence that opens in lower case, with no line break before it, continues the previous one
    // and one that breaks inside a parenthesis ("Sen. Lindsey Graham (R-S. | C.) told …") continues it too
    if (last && !first.newlineBefore && (/^\p{Ll}/u.test(first.text) || openParen(list, last.start, start))) last.end = list.length;
    else sentences.push({ start, end: list.length, index: s.index });
  }
  return { list, sentences };
}

/** whether words [from, to) leave a parenthesis open (only the last few words are looked at). */
function openParen(list: readonly Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= from && to - k <= 8; k--) {
    const t = list[k] as Token;
    if (t.text === ')') return false;
    if (t.text === '(') return true;
  }
  return false;
}

const SAID = new Set(['said', 'says', 'told', 'added']);

/** a sentence opening with a name the tagger took for a verb: "Ted Cruz has …", "Lynch said …". */
function nameOpens(doc: AnalysedDoc, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const next = doc.tokens[k];
    if (!next || next.pos === 'SPACE' || next.text.trim() === '') continue;
    return SAID.has(next.lower) || (next.pos === 'PROPN' && opensUpperLower(next.text));
  }
  return false;
}

const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»', "''", '``', '„']);
export const isQuote = (t: Token | undefined): boolean => t !== undefined && QUOTE_CHARS.has(t.text);

export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us', 'whom', 'what', 'there', 'this', 'these', 'those',
  'that', 'itself', 'himself', 'herself', 'themselves', 'something', 'nothing', 'anything', 'everything',
  'one', 'whoever', 'whatever', 'where', 'when', 'why', 'how', 'whose']);
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'some', 'several',
  'many', 'most', 'all', 'both', 'each', 'every', 'no', 'any', 'other', 'few', 'two', 'three']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "'m"]);
const AUX = new Set(['has', 'have', 'had', "'ve", "'d", 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'shall', 'did', 'does', 'do', 'not', "n't", 'also', 'never', 'later', 'then', 'previously',
  'earlier', 'recently', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'further', 'once',
  'often', 'still', 'already', 'just', 'only', 'now', 'first', 'initially', 'subsequently', 'quickly',
  'immediately', 'simply', 'even', 'frequently', 'reportedly', 'allegedly', 'apparently', 'has', 'always',
  'yet', 'too', 'however', 'has', 'been', 'be', 'being', 'is', 'are', 'was', 'were', 'am']);

/** adverbs and auxiliaries that may stand between a source and its verb ("has also said"). */
export function isAuxLike(t: Token): boolean {
  return AUX.has(t.lower) || t.pos === 'AUX' || (t.pos === 'ADV' && t.lower.endsWith('ly'));
}

// The word-class tests run on most words, several times each: their regexes are kept for what ASCII does not settle.
const NON_WORD = /^\W+$/u;
const UPPER = /^\p{Lu}/u;
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || isAsciiUpper(c) || (c >= 97 && c <= 122) || c === 95;

/** /^\p{Lu}/u: the text opens with a capital. */
export function opensUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER.test(text);
}

/** /^\p{Lu}\p{Ll}/u: a capital, then a lower-case letter ("Lynch", not "US" or "A."). */
export function opensUpperLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && !isAsciiUpper(c)) return false;
  const d = text.charCodeAt(1);
  return c < 128 && d < 128 ? d >= 97 && d <= 122 : UPPER_LOWER.test(text);
}

/** punctuation or symbols only (/^\W+$/u: no ASCII letter, digit or underscore). */
export const isPunct = (t: Token): boolean => t.pos === 'PUNCT' || t.pos === 'SYM' || (!isAsciiWordChar(t.text.charCodeAt(0)) && NON_WORD.test(t.text));
export const isDeterminer = (t: Token): boolean => DETERMINERS.has(t.lower) || POSSESSIVES.has(t.lower);
export const isObjectPronoun = (t: Token): boolean => OBJECT_PRONOUNS.has(t.lower);
export const isCapitalised = (t: Token): boolean => opensUpper(t.text);

/** a word that can head a noun phrase: noun, name, number, or a word the tagger took for a verb after a modifier. */
export function isNominal(t: Token): boolean {
  if (isPunct(t)) return false;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'X';
}

/** glued by no whitespace: "Britain-based", "Nations'". */
export const glued = (a: Token, b: Token): boolean => a.end === b.start;

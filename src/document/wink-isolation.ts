// wink-nlp keeps every out-of-vocabulary word it has ever read in one process-wide lexicon, and its tokenizer
// asks that lexicon whether a piece of text is a known word before deciding how to split it ("U.S.-led",
// "al-Aswad", "(D-Wis.)"). So the tokens of an article — and everything built on them — depended on which
// articles the process had read before: 30 of 1,500 dev articles came out differently when read in reverse
// order, and `--jobs 2` wrote different records from `--jobs 1`.
//
// wink-nlp has no option for this and keeps the lexicon private, so we wrap its per-document data wrapper
// (`src/dd-wrapper.js`, one per readDoc) before wink-nlp loads it: the two tokenizer questions ("is this text
// in the cache?") answer "no" for words that only earlier documents added, exactly as a fresh instance would.
// Words the current document added are still found, as they are in a fresh instance. Lexeme features do not
// depend on history (they are computed from the word's text alone), so the documents' tokens, tags and
// entities are now the same whatever was read before. See test/document/wink-isolation.test.ts.
import type { createRequire } from 'node:module';

type Require = ReturnType<typeof createRequire>;

interface WinkCache {
  lookup(text: string): number[] | null;
  currentSize(): number;
}
interface DocData {
  cache: WinkCache;
}
interface DocDataMethods {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: unknown): unknown;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): unknown;
  isLexeme(text: string): number[] | null;
}
export type DocDataWrapper = (data: DocData) => DocDataMethods;

/** wink's `UNK`: what `_addTokenIfInCache` returns when it did not add the token. */
const NOT_ADDED = 0;

/** The lexicon size of each wink instance before it read any document: the words every document may know. */
const sizeBeforeDocuments = new WeakMap<WinkCache, number>();

/** Wraps wink-nlp's require.cache entry of its data wrapper before wink-nlp loads it (unbundled code). */
export function isolateDocuments(require: Require): void {
  const path = require.resolve('wink-nlp/src/dd-wrapper.js');
  if (require.cache[path]) return; // already wrapped (or wink-nlp loaded elsewhere first)
  const original = require(path) as DocDataWrapper;
  require.cache[path]!.exports = isolated(original);
}

/**
 * wink-nlp's data wrapper, isolated: what isolateDocuments puts in require.cache, and what the CLI bundle
 * (scripts/bundle.mjs) puts in place of the module it bundles.
 */
export function isolated(original: DocDataWrapper): DocDataWrapper {
  return (data) => {
    const methods = original(data);
    const cache = data.cache;
    let known = sizeBeforeDocuments.get(cache);
    if (known === undefined) {
      known = cache.currentSize() + 1; // index 0 is wink's OOV symbol
      sizeBeforeDocuments.set(cache, known);
    }
    const base = known;
    const addedHere = new Set<string>();
    const fromEarlierDocument = (text: string): boolean => {
      const found = cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! >= base && !addedHere.has(text);
    };
    const { _addToken: addToken, _addTokenIfInCache: addTokenIfInCache, isLexeme } = methods;
    methods._addToken = (text, category, precedingSpaces, nbsp) => {
      // wink adds the text and its lower-case form as lexemes
      addedHere.add(text);
      addedHere.add(text.toLowerCase());
      return addToken(text, category, precedingSpaces, nbsp);
    };
    methods._addTokenIfInCache = (text, precedingSpaces, nbsp) =>
      fromEarlierDocument(text) ? NOT_ADDED : addTokenIfInCache(text, precedingSpaces, nbsp);
    methods.isLexeme = (text) => (fromEarlierDocument(text) ? null : isLexeme(text));
    return methods;
  };
}

// How wink-nlp is loaded: through Node's require, after wink-isolation.ts has wrapped its per-document data
// wrapper. The command-line bundle (scripts/bundle.mjs) replaces this module with one that returns wink-nlp
// bundled with the rest (and so compiled from V8's code cache), its data wrapper isolated the same way.
import { createRequire } from 'node:module';
import { isolateDocuments } from './wink-isolation.js';

const require = createRequire(import.meta.url);

export type WinkNLP = typeof import('wink-nlp').default;

/** wink-nlp's constructor, its documents isolated from each other. */
export function loadWinkNLP(): WinkNLP {
  isolateDocuments(require);
  return require('wink-nlp') as WinkNLP;
}

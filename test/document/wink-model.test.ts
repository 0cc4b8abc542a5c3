import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, winkModel } from '../../src/document/wink-model.js';
import { seedArticle } from '../helpers.js';

const require = createRequire(import.meta.url);
type Model = Record<string, unknown> & { core: () => Record<string, unknown> };
const packaged = require('wink-eng-lite-web-model') as Model;
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;

describe('wink model loader', () => {
  it('builds the same core model as the package (lexicon, hashes, clusters, packing)', () => {
    const ours = loadCoreModel() as unknown as Record<string, unknown>;
    const theirs = packaged.core();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
  });

  it('gives every other part of the model from the package', () => {
    const ours = winkModel();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const key of Object.keys(packaged)) if (key !== 'core') expect(ours[key], key).toEqual(packaged[key]);
  });

  it('reads a document exactly as the packaged model does', () => {
    const pipe = ['sbd', 'pos', 'ner'];
    const a = winkNLP(packaged as never, pipe);
    const b = winkNLP(winkModel() as never, pipe);
    const text = seedArticle().text + '\nUnseenwordzz Qwxyz-77 met O\'Brien-Smith at 5.30pm on 3/4/2021.';
    const read = (nlp: typeof a) => {
      const doc = nlp.readDoc(text);
      return {
        tokens: doc.tokens().out(),
        pos: doc.tokens().out(nlp.its.pos),
        spaces: doc.tokens().out(nlp.its.precedingSpaces),
        sentences: doc.sentences().out(nlp.its.span),
        entities: doc.entities().out(nlp.its.detail),
      };
    };
    expect(read(b)).toEqual(read(a));
  });
});

// wink-eng-lite-web-model's core model, loaded faster. The package's own loader parses its 3 MB core model
// (require of the JSON), then deep-copies it with JSON.parse(JSON.stringify(…)) so that several instances
// never share state, and decodes the packed lexicon byte by byte from atob(). This loader reads and parses
// the JSON afresh on each call (so each instance still gets its own lexicon; nlp.ts renews the instance
// every 20,000 documents), skips the copy, and decodes the lexicon with Buffer: the same model
// (test/document/wink-model.test.ts compares them), loaded in 0.52 s of CPU instead of 0.64 s, 81 MB instead of 97.
// Everything else (SBD, POS, NER, … machines and add-ons) is the package's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

type Packing = { layout: Record<string, number[]>; efList?: string[] };
type Feature = { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number };
interface CoreModel {
  packing: Packing;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [key: string]: unknown;
}

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // a private, 4-byte aligned copy: Buffer may hand out a slice of a shared pool
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** The package's read-core-model + load-core-model, minus the deep copy. */
export function loadCoreModel(): CoreModel {
  const file = require.resolve(DIST + 'languages/cur/models/eng-core-web-model.json');
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  for (const f in packing.layout) {
    const feature = features[f];
    if (packing.layout[f]?.[3] === 0 && feature) {
      const hash: Record<string, number> = Object.create(null) as Record<string, number>;
      for (let k = 0; k < feature.list.length; k += 1) hash[feature.list[k] as string] = k;
      feature.hash = hash;
    }
  }
  const lexeme = features['lexeme'] as Feature;
  const lexHash: Record<string, number> = Object.create(null) as Record<string, number>;
  for (let k = 0; k < lexeme.list.length; k += 1) lexHash[lexeme.list[k] as string] = k;
  lexeme.hash = lexHash;
  const clusters = (features['posClusters'] as Feature).list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f] as Feature;
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/**
 * The model object wink-nlp takes, as the package's dist/model.js builds it, with `core` from
 * loadCoreModel. Pass it to winkNLP(model, pipe) in place of require('wink-eng-lite-web-model').
 */
export function winkModel(): Record<string, unknown> {
  const model = Object.create(null) as Record<string, unknown>;
  model['core'] = loadCoreModel;
  model['sbd'] = require(DIST + 'load-sbd-model.js');
  model['pos'] = require(DIST + 'load-pos-model.js');
  model['ner'] = require(DIST + 'load-ner-model.js');
  model['negation'] = require(DIST + 'load-negation-model.js');
  model['sa'] = require(DIST + 'load-sa-model.js');
  model['metaCER'] = require(DIST + 'load-cer-meta-model.js');
  model['featureFn'] = require(DIST + 'feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons['stem'] = require(DIST + 'porter-stemmer.js');
  addons['lemmatize'] = require(DIST + 'lemmatize.js');
  addons['readabilityStats'] = require(DIST + 'readability-stats.js');
  addons['wordVectors'] = undefined;
  model['addons'] = addons;
  return model;
}

// wink-eng-lite-web-model's model, loaded faster. The package's own loader parses its 3 MB core model
// (require of the JSON), then deep-copies it with JSON.parse(JSON.stringify(…)) so that several instances
// never share state, and decodes the packed lexicon byte by byte from atob(). This loader skips the copy and
// reads the core model afresh on each call (so each instance still gets its own lexicon; nlp.ts renews the
// instance every 20,000 documents), from one of two sources:
// - dist/wink-core.bin, written at build time (scripts/build-wink-model.mjs) from the package's JSON: the
//   lexicon and contractions as raw little-endian words, the rest (87,593 lexemes…) as 1 MB of ASCII JSON. JSON
//   stays the fastest way to make the lexeme strings (V8 allocates them in the old generation and interns
//   them, which the lexeme hash then needs; splitting one long string was slower), but 2 MB of base64 are
//   no longer copied, scanned and decoded. It is used only when it was made from the installed package
//   (version and JSON size recorded in it); otherwise, or when it is missing,
// - the package's JSON, parsed, its lexicon decoded with Buffer.
// Either way the same model (test/document/wink-model.test.ts compares both with the package's).
// The parts of the model the pipe does not use are not loaded: the sentiment machine (0.4 MB of JSON) unless
// the pipe has 'sentiment', and the lemmatiser's WordNet tables (0.2 MB of code) until `its.lemma` is asked.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';

const require = createRequire(import.meta.url);
const PACKAGE = 'wink-eng-lite-web-model';
const DIST = `${PACKAGE}/dist/`;
const CORE_JSON = DIST + 'languages/cur/models/eng-core-web-model.json';
/** Where the build writes the pre-decoded core model (src/document/ and dist/<dir>/ sit at the same depth). */
export const CORE_BINARY = new URL('../../dist/wink-core.bin', import.meta.url);
const FORMAT = 'sitrep-wink-core/1';

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

/** The binary file's header: where each section is, and what the file was made from. */
interface BinaryHeader {
  format: string;
  source: string;
  endianness: string;
  /** [byte offset, byte length] of each section, from the first 4-byte boundary after the header. */
  lexicon: [number, number];
  xpansions: [number, number];
  /** the core model without lexicon and xpansions. */
  model: CoreModel;
}

const pad4 = (n: number): number => (n + 3) & ~3;

function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // a private, 4-byte aligned copy: Buffer may hand out a slice of a shared pool
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/** What the binary file must have been made from: the installed package's version and core JSON size. */
function sourceStamp(): string {
  const pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8')) as { version: string };
  return `${PACKAGE}@${pkg.version}:${statSync(require.resolve(CORE_JSON)).size}`;
}

/** The core model as the package stores it (lexicon and xpansions still base64 strings). */
function readPackagedCore(): CoreModel {
  return JSON.parse(readFileSync(require.resolve(CORE_JSON), 'utf8')) as CoreModel;
}

/** The core model from the binary file, decoded; undefined when the file is missing or not from this package. */
function readBinaryCore(file: URL | string): CoreModel | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length < 4) return undefined;
  const headerEnd = 4 + buf.readUInt32LE(0);
  if (headerEnd > buf.length) return undefined;
  let header: BinaryHeader;
  try {
    header = JSON.parse(buf.toString('latin1', 4, headerEnd)) as BinaryHeader; // ASCII: see writeCoreBinary
  } catch {
    return undefined;
  }
  if (header.format !== FORMAT || header.endianness !== endianness() || header.source !== sourceStamp()) return undefined;
  const start = pad4(headerEnd);
  if (start + header.xpansions[0] + header.xpansions[1] !== buf.length) return undefined; // cut short
  // private copies of the word arrays, so the file's buffer is not kept alive by the model
  const words = ([offset, length]: [number, number]) => new Uint32Array(buf.buffer.slice(buf.byteOffset + start + offset, buf.byteOffset + start + offset + length));
  const model = header.model;
  model.lexicon = words(header.lexicon);
  model.xpansions = words(header.xpansions);
  return model;
}

/** Writes the binary core model (build time); returns its size in bytes. */
export function writeCoreBinary(file: URL | string = CORE_BINARY): number {
  const model = readPackagedCore();
  const lexicon = Buffer.from(model.lexicon as string, 'base64');
  const xpansions = Buffer.from(model.xpansions as string, 'base64');
  const rest: Record<string, unknown> = { ...model };
  delete rest['lexicon'];
  delete rest['xpansions'];
  const header: BinaryHeader = {
    format: FORMAT,
    source: sourceStamp(),
    endianness: endianness(),
    lexicon: [0, lexicon.length],
    xpansions: [pad4(lexicon.length), xpansions.length],
    model: rest as CoreModel,
  };
  // ASCII only (\u escapes): read back as latin1 it makes a one-byte string, decoded and parsed faster than UTF-8
  const json = JSON.stringify(header).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const headerBytes = Buffer.from(json, 'latin1');
  const start = pad4(4 + headerBytes.length);
  const out = Buffer.alloc(start + header.xpansions[0] + xpansions.length);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  lexicon.copy(out, start + header.lexicon[0]);
  xpansions.copy(out, start + header.xpansions[0]);
  writeFileSync(file, out);
  return out.length;
}

/**
 * The package's read-core-model + load-core-model, minus the deep copy: from the binary file when it is
 * there and current (pass null to always use the package's JSON), else from the package's JSON.
 */
export function loadCoreModel(binary: URL | string | null = CORE_BINARY): CoreModel {
  let model = binary === null ? undefined : readBinaryCore(binary);
  if (!model) {
    model = readPackagedCore();
    model.lexicon = uint32FromBase64(model.lexicon as string);
    model.xpansions = uint32FromBase64(model.xpansions as string);
  }
  const { packing, features, pos } = model;
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

/** wink-nlp's annotations; all of them when no pipe is given (as the package's model offers). */
const ALL_ANNOTATIONS = ['sbd', 'negation', 'sentiment', 'pos', 'ner', 'cer'] as const;

/** wink-nlp builds a sentiment machine at every instance whatever its pipe: without 'sentiment', an empty one. */
function emptySentimentModel(): { machines: string[]; setter: () => void } {
  return { machines: ['[100,0,{"0":{}},{},{},{}]'], setter: () => {} };
}

/** wink-nlp also builds its entity machines whatever its pipe: without 'ner', none (~1/6 of what it compiles). */
function noEntityModel(): { machines: string[]; transformers: unknown[] } {
  return { machines: [], transformers: [] };
}

/** An add-on that loads its module on first use (the lemmatiser alone is 0.2 MB of WordNet tables). */
function lazyAddon(file: string): (...args: unknown[]) => unknown {
  let fn: ((...args: unknown[]) => unknown) | undefined;
  return (...args) => (fn ??= require(DIST + file) as (...args: unknown[]) => unknown)(...args);
}

/**
 * The model object wink-nlp takes, as the package's dist/model.js builds it, with `core` from
 * loadCoreModel. Pass it to winkNLP(model, pipe) in place of require('wink-eng-lite-web-model'), with the
 * same pipe.
 */
export function winkModel(pipe: readonly string[] = ALL_ANNOTATIONS): Record<string, unknown> {
  const model = Object.create(null) as Record<string, unknown>;
  model['core'] = () => loadCoreModel();
  model['sbd'] = require(DIST + 'load-sbd-model.js');
  model['pos'] = require(DIST + 'load-pos-model.js');
  model['ner'] = pipe.includes('ner') ? require(DIST + 'load-ner-model.js') : noEntityModel;
  model['negation'] = require(DIST + 'load-negation-model.js');
  model['sa'] = pipe.includes('sentiment') ? require(DIST + 'load-sa-model.js') : emptySentimentModel;
  model['metaCER'] = require(DIST + 'load-cer-meta-model.js');
  model['featureFn'] = require(DIST + 'feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons['stem'] = lazyAddon('porter-stemmer.js');
  addons['lemmatize'] = lazyAddon('lemmatize.js');
  addons['readabilityStats'] = lazyAddon('readability-stats.js');
  addons['wordVectors'] = undefined;
  model['addons'] = addons;
  return model;
}

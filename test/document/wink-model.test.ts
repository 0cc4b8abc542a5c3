import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCoreModel, winkModel, writeCoreBinary } from '../../src/document/wink-model.js';
import { seedArticle } from '../helpers.js';

const require = createRequire(import.meta.url);
type Model = Record<string, unknown> & { core: () => Record<string, unknown>; addons: Record<string, unknown> };
const packaged = require('wink-eng-lite-web-model') as Model;
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-wink-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const binary = join(dir, 'wink-core.bin');
writeCoreBinary(binary);

describe('wink model loader', () => {
  it.each([
    ['the pre-decoded binary file', binary],
    ["the package's JSON", null],
  ])('builds the same core model as the package from %s (lexicon, hashes, clusters, packing)', (_, file) => {
    const ours = loadCoreModel(file) as unknown as Record<string, unknown>;
    const theirs = packaged.core();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
    for (const key of Object.keys(theirs)) expect(ours[key], key).toEqual(theirs[key]);
  });

  // false positives: a file that is not from the installed package is never used
  it.each([
    ['missing', () => rmSync(join(dir, 'gone.bin'), { force: true })],
    ['from another version of the package', () => {
      const bytes = readFileSync(binary);
      const end = 4 + bytes.readUInt32LE(0);
      const header = bytes.toString('utf8', 4, end).replace(/"source":"wink-eng-lite-web-model@/, '"source":"wink-eng-lite-web-model@0.');
      const changed = Buffer.from(header);
      const out = Buffer.alloc(4 + changed.length);
      out.writeUInt32LE(changed.length, 0);
      changed.copy(out, 4);
      writeFileSync(join(dir, 'gone.bin'), Buffer.concat([out, bytes.subarray(end)]));
    }],
    ['not a model file', () => writeFileSync(join(dir, 'gone.bin'), 'hello')],
  ])('falls back to the JSON when the binary file is %s', (_, make) => {
    make();
    const ours = loadCoreModel(join(dir, 'gone.bin')) as unknown as Record<string, unknown>;
    expect(ours['lexicon']).toEqual(packaged.core()['lexicon']);
  });

  it('gives every other part of the model from the package', () => {
    const ours = winkModel() as Model;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const key of Object.keys(packaged)) if (key !== 'core' && key !== 'addons') expect(ours[key], key).toEqual(packaged[key]);
    expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(packaged.addons).sort());
  });

  it('loads the sentiment machine only for a pipe with sentiment', () => {
    const sa = (pipe: string[]) => (winkModel(pipe)['sa'] as () => { machines: string[] })().machines[0]!.length;
    expect(sa(['sbd', 'pos', 'ner'])).toBeLessThan(100);
    expect(sa(['sbd', 'pos', 'sentiment'])).toBeGreaterThan(100_000);
  });

  it("loads the entity machines only for a pipe with 'ner'; without them tokens, tags and sentences are the same", () => {
    const ner = (pipe: string[]) => (winkModel(pipe)['ner'] as () => { machines: unknown[] })().machines.length;
    expect(ner(['sbd', 'pos'])).toBe(0);
    expect(ner(['sbd', 'pos', 'ner'])).toBeGreaterThan(0);
    const withEntities = winkNLP(packaged as never, ['sbd', 'pos', 'ner']);
    const without = winkNLP(winkModel(['sbd', 'pos']) as never, ['sbd', 'pos']);
    const read = (n: typeof without) => {
      const doc = n.readDoc(seedArticle().text + '\nOn 3 March 2021, 12 people died at 5.30pm, police said.');
      return [doc.tokens().out(), doc.tokens().out(n.its.pos), doc.sentences().out(n.its.span)];
    };
    expect(read(without)).toEqual(read(withEntities));
  });

  it("loads the add-ons on first use and gives the package's results", () => {
    const nlp = winkNLP(winkModel(['sbd', 'pos']) as never, ['sbd', 'pos']);
    const theirs = winkNLP(packaged as never, ['sbd', 'pos']);
    const read = (n: typeof nlp) => {
      const doc = n.readDoc('The children were running faster than the geese; 12 wolves ate berries.');
      return [doc.tokens().out(n.its.lemma as never), doc.tokens().out(n.its.stem as never), doc.out(n.its.readabilityStats)];
    };
    expect(read(nlp)).toEqual(read(theirs));
  });

  it.each([
    ['the pre-decoded binary file', binary],
    ["the package's JSON", null],
  ])('reads a document exactly as the packaged model does, from %s', (_, file) => {
    const pipe = ['sbd', 'pos', 'ner'];
    const a = winkNLP(packaged as never, pipe);
    const b = winkNLP({ ...winkModel(pipe), core: () => loadCoreModel(file) } as never, pipe);
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

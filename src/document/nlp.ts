// One wink-nlp instance per process, created on first use: loading the model costs ~300 ms, reading a
// document ~1 ms. Commands that never read an article (schema, eval --pred, --help) never pay for it.
import type { WinkMethods } from 'wink-nlp';
import { winkModel } from './wink-model.js';
import { loadWinkNLP } from './wink-nlp-loader.js';

/**
 * wink-nlp's lexicon keeps every new word it reads, so a process reading an archive of millions of articles
 * would grow without bound. Documents are isolated from each other (wink-isolation.ts), so a fresh instance
 * gives the same results; making one costs ~0.3 s, under 0.1 % of the time these documents take.
 */
export const DOCUMENTS_PER_INSTANCE = 20_000;

/**
 * The annotations every document gets (see analyse.ts); the model loads only what they need. No 'ner': the
 * extractors recognise their own mentions and none read wink's entities, which cost ~0.25 ms an article.
 */
const PIPE = ['sbd', 'pos'];

let instance: WinkMethods | undefined;
let uses = 0;

type WinkModel = Parameters<typeof import('wink-nlp').default>[0];
let model: WinkModel | undefined;

/**
 * The model, made safe to instantiate more than once. Its core loader parses a fresh lexicon on every
 * call (good: each instance starts clean), but the package's custom-entity loader re-stringifies an already
 * stringified value on every call, so the n-th instance would parse a string escaped n times (it grows ~4×
 * per instance and fails at the 10th). We call that loader once and hand its result to every instance.
 */
function loadModel(): WinkModel {
  if (!model) {
    // the package's model with a faster core loader (wink-model.ts): same model, ~0.2 s less start-up
    const raw = winkModel(PIPE) as unknown as WinkModel & { metaCER: () => unknown };
    const metaCER: unknown = raw.metaCER();
    model = Object.assign(Object.create(null) as WinkModel, raw, { metaCER: () => metaCER });
  }
  return model;
}

function createInstance(): WinkMethods {
  return loadWinkNLP()(loadModel(), PIPE);
}

/** Start a fresh instance at the next use (tests; long-running hosts that want memory back now). */
export function renewWink(): void {
  instance = undefined;
}

/** The shared instance; call once per document read. */
export function wink(): WinkMethods {
  if (!instance || uses >= DOCUMENTS_PER_INSTANCE) {
    instance = createInstance();
    uses = 0;
  }
  uses++;
  return instance;
}

// One wink-nlp instance per process, created on first use: loading the model costs ~300 ms, reading a
// document ~1 ms. Commands that never read an article (schema, eval --pred, --help) never pay for it.
import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';

const require = createRequire(import.meta.url);
let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  if (!instance) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0];
    instance = winkNLP(model, ['sbd', 'pos', 'ner']);
  }
  return instance;
}

// The public API: everything the CLI does is importable from here.
export { extract, extractMany, errorResult, contentId, type ExtractOptions } from './extract.js';
export { analyse } from './document/analyse.js';
export type { AnalysedDoc, Sentence, Token } from './document/model.js';
export { defaultStages, runStages, type Found, type Stage } from './pipeline.js';
export * from './schema.js';
export { collectSpans, findBadSpan } from './spans.js';

// The public API: everything the CLI does is importable from here.
export { extract, extractMany, errorResult, contentId, type ExtractOptions } from './extract.js';
export { analyse } from './document/analyse.js';
export type { AnalysedDoc, Sentence, Token } from './document/model.js';
export { defaultStages, runStages, type Found, type Stage } from './pipeline.js';
export * from './schema.js';
export { collectSpans, findBadSpan } from './spans.js';
export * as evaluation from './eval/index.js';
export { evaluate, checkGates, readGoldFile, type EvalReport } from './eval/index.js';
export { runBatch, DEFAULT_TIMEOUT_MS, type BatchOptions, type BatchRun, type BatchStats, type Done } from './batch/run.js';
export { parseShard, inShard, type Shard } from './batch/shard.js';
export { loadResumeState, type ResumeState } from './batch/resume.js';
export { expandSources, type ExpandedSource } from './io/sources.js';

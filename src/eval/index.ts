// Scoring sitrep output against gold files (shared/eval/README.md format).
export { evaluate, extractionPredictor, type EvaluateOptions } from './evaluate.js';
export { checkGates, findConfig, mergeGates, parseGate, readConfig, validMetricList, GateError, CONFIG_NAME, type Gate, type GateResult } from './gates.js';
export { parseGold, readGoldFile, EvalInputError, GoldRecord } from './gold.js';
export { METRICS, metricValues, prfNames, type MetricInfo } from './names.js';
export { readPredictionFile, toPrediction, type Prediction } from './prediction.js';
export { scoreDocument, scoreRecords, combine, type SetScore } from './score.js';
export { Tallies, prf } from './tallies.js';
export type { Explanation } from './explain.js';
export type { EvalReport } from './report/model.js';
export { formatJson } from './report/json.js';
export { formatJunit } from './report/junit.js';
export { formatTable } from './report/table.js';

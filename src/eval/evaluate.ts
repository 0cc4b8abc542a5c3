// `sitrep eval` as a library call: gold files in, scores and gate results out.
import { resolve } from 'node:path';
import { checkGates, type Gate } from './gates.js';
import { readGoldFile, EvalInputError, type GoldRecord } from './gold.js';
import { metricValues } from './names.js';
import { emptyPrediction, readPredictionFile, toPrediction, type Prediction, type PredictionFile } from './prediction.js';
import type { EvalReport } from './report/model.js';
import { combine, scoreRecords } from './score.js';

export interface EvaluateOptions {
  gold: readonly string[];
  /** NDJSON prediction files: one for all gold files (matched by id), or one per gold file, in order. */
  pred?: readonly string[];
  explain?: boolean;
  gates?: readonly Gate[];
}

/** sitrep's own extraction on a gold record, with the gold publication date. */
export async function extractionPredictor(): Promise<(record: GoldRecord) => Prediction> {
  // imported on demand: a library caller scoring a prediction file never loads the NLP models
  const { extract } = await import('../extract.js');
  return (record) => toPrediction(extract({ id: record.id, text: record.text, published: record.published ?? null })) ?? emptyPrediction(record.id);
}

function predictionSources(gold: readonly string[], pred: readonly string[]): PredictionFile[] {
  if (pred.length !== 1 && pred.length !== gold.length) {
    throw new EvalInputError(`give one --pred file for all gold files, or one per gold file (${gold.length}); got ${pred.length}`);
  }
  const files = new Map<string, PredictionFile>();
  return gold.map((_, i) => {
    const path = pred[pred.length === 1 ? 0 : i] as string;
    let file = files.get(path);
    if (!file) {
      try {
        file = readPredictionFile(path);
      } catch (err) {
        throw new EvalInputError(`cannot read predictions ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
      files.set(path, file);
    }
    return file;
  });
}

/** Scores every gold file, then all together, and checks the gates on the total (or on their own file). */
export async function evaluate(options: EvaluateOptions): Promise<EvalReport> {
  const goldSets = options.gold.map((path) => ({ path, records: readGoldFile(path) }));
  const predFiles = options.pred?.length ? predictionSources(options.gold, options.pred) : null;
  const byExtraction = predFiles ? null : await extractionPredictor();
  const sets = goldSets.map(({ path, records }, i) => {
    const file = predFiles?.[i];
    const predict = file ? (r: GoldRecord) => file.byId.get(r.id) : (byExtraction as (r: GoldRecord) => Prediction);
    return scoreRecords(path, records, predict, { explain: options.explain ?? false });
  });
  const overall = sets.length === 1 && sets[0] ? sets[0] : combine('all', sets);
  const badPredictionLines = [...new Set(predFiles ?? [])].map((f) => ({ path: f.path, lines: f.badLines }));
  const fileValues = new Map(sets.map((set) => [resolve(set.label), metricValues(set.tallies)]));
  return { sets, overall, gates: checkGates(options.gates ?? [], metricValues(overall.tallies), fileValues), badPredictionLines };
}

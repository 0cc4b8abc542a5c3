// Scores predictions against gold records: each gold key present in a record is scored by its metric
// family; counts add up over documents (micro-averages).
import { explainer, type DocContext, type Explanation } from './explain.js';
import type { GoldRecord } from './gold.js';
import { scoreActors } from './metrics/actors.js';
import { scoreAttributions } from './metrics/attributions.js';
import { scoreCasualties } from './metrics/casualties.js';
import { scoreDates } from './metrics/dates.js';
import { scoreEntities } from './metrics/entities.js';
import { scorePlaces } from './metrics/places.js';
import { scoreTally } from './metrics/tally.js';
import { scoreToponyms } from './metrics/toponyms.js';
import { emptyPrediction, type Prediction } from './prediction.js';
import { Tallies } from './tallies.js';

export interface ScoreOptions {
  /** collect an explanation for every miss, false positive and wrong attribute. */
  explain?: boolean;
}

export interface SetScore {
  /** what was scored: a gold file's path, or "all" for several together. */
  label: string;
  tallies: Tallies;
  explanations: Explanation[];
}

/**
 * Scores one document. A missing prediction is scored as one that found nothing (every gold item a
 * miss), so that a crash cannot raise a score; it is counted in `run.missing`.
 */
export function scoreDocument(record: GoldRecord, prediction: Prediction | undefined, ctx: DocContext): void {
  const t = ctx.tallies;
  t.addCount('run.docs', 1);
  t.addCount('run.missing', prediction ? 0 : 1);
  const p = prediction ?? emptyPrediction(record.id);
  t.addCount('run.failed', p.ok ? 0 : 1);
  t.addCount('run.spanErrors', p.spans.filter((s) => record.text.slice(s.start, s.end) !== s.text).length);
  const g = record.gold;
  if (g.dates) scoreDates(g.dates, p.dates, ctx);
  if (g.entities) scoreEntities(g.entities, p.actors, p.places, ctx);
  if (g.toponyms) scoreToponyms(g.toponyms, p.places, ctx);
  if (g.places) scorePlaces(g.places, p.places, ctx);
  if (g.actors) scoreActors(g.actors, p.actors, ctx);
  if (g.casualties) scoreCasualties(g.casualties, g, p.casualties, ctx);
  if (g.tally) scoreTally(g.tally, p.tally, ctx);
  if (g.attributions) scoreAttributions(g.attributions, p.attributions, ctx);
}

/** Scores a set of gold records, asking `predict` for each one's prediction (undefined: none). */
export function scoreRecords(
  label: string,
  records: Iterable<GoldRecord>,
  predict: (record: GoldRecord) => Prediction | undefined,
  options: ScoreOptions = {},
): SetScore {
  const tallies = new Tallies();
  const explanations: Explanation[] = [];
  for (const record of records) {
    const prediction = predict(record);
    const note = options.explain ? explainer(record.id, record.text, explanations) : undefined;
    if (prediction && !prediction.ok && note) note('run', 'miss', `the prediction is an error record, nothing was extracted: ${prediction.error ?? 'no message'}`);
    if (!prediction && note) note('run', 'miss', 'no prediction with this id');
    scoreDocument(record, prediction, { tallies, text: record.text, ...(note ? { note } : {}) });
  }
  return { label, tallies, explanations };
}

/** Several sets together: counts summed, explanations kept in order. */
export function combine(label: string, sets: readonly SetScore[]): SetScore {
  const tallies = new Tallies();
  for (const s of sets) tallies.merge(s.tallies);
  return { label, tallies, explanations: sets.flatMap((s) => s.explanations) };
}

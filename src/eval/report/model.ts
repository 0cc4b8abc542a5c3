// What `sitrep eval` reports: the scores of each gold file, of all of them together, and the gates.
import type { GateResult } from '../gates.js';
import { METRIC_BY_NAME, metricValues } from '../names.js';
import type { SetScore } from '../score.js';
import type { Tallies } from '../tallies.js';

export interface EvalReport {
  /** one per gold file. */
  sets: SetScore[];
  /** all gold files together: what the gates check (but those set on one gold file, which check its own). */
  overall: SetScore;
  gates: GateResult[];
  /** prediction lines that were not JSON or had no id, per prediction file. */
  badPredictionLines: { path: string; lines: number }[];
}

export const failedGates = (r: EvalReport): GateResult[] => r.gates.filter((g) => g.status === 'fail');

/** Numbers for machines: 6 decimals is more than any gold set can distinguish. */
export const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1e6) / 1e6);

export function metricsObject(t: Tallies): Record<string, number | null> {
  return Object.fromEntries([...metricValues(t)].map(([k, v]) => [k, round(v)]));
}

/** The raw counts behind the metrics, keyed by family (P/R/F1) or metric name. */
export function countsObject(t: Tallies): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [k, c] of t.prf) out[k] = { ...c };
  for (const [k, c] of t.rate) out[k] = { ...c };
  for (const [k, c] of t.mean) out[k] = { sum: round(c.sum) ?? 0, n: c.n };
  for (const [k, n] of t.count) out[k] = { count: n };
  return out;
}

export { describeGate } from '../gates.js';

/** A value for people: ratios with 3 decimals (4 with `precise`), counts and errors as they are. */
export function formatValue(metric: string, value: number, precise = false): string {
  if (METRIC_BY_NAME.get(metric)?.ratio) return value.toFixed(precise ? 4 : 3);
  return String(Math.round(value * 1000) / 1000);
}

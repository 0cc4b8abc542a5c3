import type { SetScore } from '../score.js';
import { countsObject, metricsObject, type EvalReport } from './model.js';

function setJson(s: SetScore, withExplanations: boolean) {
  return {
    label: s.label,
    metrics: metricsObject(s.tallies),
    counts: countsObject(s.tallies),
    ...(withExplanations ? { explanations: s.explanations } : {}),
  };
}

/** The whole report as one JSON document (`sitrep eval --json`). */
export function formatJson(r: EvalReport, withExplanations: boolean): string {
  return JSON.stringify({
    files: r.sets.map((s) => setJson(s, withExplanations)),
    overall: setJson(r.overall, false),
    gates: r.gates.map((g) => ({ ...g.gate, value: g.value, status: g.status })),
    passed: r.gates.every((g) => g.status !== 'fail'),
    badPredictionLines: r.badPredictionLines,
  }, null, 2) + '\n';
}

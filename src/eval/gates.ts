// Gates for CI: `dates.valueF1>=0.8` style thresholds on the scores of all gold files together.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { METRIC_BY_NAME, METRICS } from './names.js';

export type GateOp = '>=' | '<=';

export interface Gate {
  metric: string;
  op: GateOp;
  threshold: number;
  /** where it was set: "--min", "--max" or the config file's path. */
  origin: string;
}

export type GateStatus = 'pass' | 'fail' | 'skip';

export interface GateResult {
  gate: Gate;
  /** the measured value; null when the gold given does not measure it. */
  value: number | null;
  status: GateStatus;
}

/** A gate that names no metric, or a threshold that is not a number in range. */
export class GateError extends Error {}

export const validMetricList = (): string =>
  METRICS.map((m) => `  ${m.name.padEnd(34)} ${m.describe}`).join('\n');

/** `dates.valueF1=0.8` → a gate; throws GateError with the reason (and, for a bad name, the valid ones). */
export function parseGate(spec: string, op: GateOp, origin: string): Gate {
  const eq = spec.lastIndexOf('=');
  if (eq <= 0) throw new GateError(`expected METRIC=VALUE (for example dates.valueF1=0.8), got "${spec}"`);
  return makeGate(spec.slice(0, eq).trim(), spec.slice(eq + 1).trim(), op, origin);
}

export function makeGate(metric: string, value: unknown, op: GateOp, origin: string): Gate {
  const info = METRIC_BY_NAME.get(metric);
  if (!info) throw new GateError(`unknown metric "${metric}" (in ${origin}); valid metric names:\n${validMetricList()}`);
  const threshold = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(threshold) || threshold < 0 || (info.ratio && threshold > 1)) {
    const range = info.ratio ? 'a number from 0 to 1' : 'a number ≥ 0';
    throw new GateError(`bad threshold ${JSON.stringify(value)} for ${metric} (in ${origin}): expected ${range}`);
  }
  return { metric, op, threshold, origin };
}

export function checkGates(gates: readonly Gate[], values: ReadonlyMap<string, number | null>): GateResult[] {
  return gates.map((gate) => {
    const value = values.get(gate.metric) ?? null;
    if (value === null) return { gate, value, status: 'skip' };
    const ok = gate.op === '>=' ? value >= gate.threshold : value <= gate.threshold;
    return { gate, value, status: ok ? 'pass' : 'fail' };
  });
}

export const CONFIG_NAME = 'sitrep.eval.json';

export interface EvalConfig {
  path: string;
  /** gold files, resolved against the config file's folder. */
  gold: string[];
  gates: Gate[];
}

/**
 * `sitrep.eval.json`: `{ "gold": ["eval/x.jsonl"], "min": { "dates.valueF1": 0.8 }, "max": { "run.failed": 0 } }`.
 * Every key is optional; unknown keys are an error (a typo must not silently disable a gate).
 */
export function readConfig(path: string): EvalConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new GateError(`cannot read the eval config ${path}: ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new GateError(`${path}: expected a JSON object`);
  const obj = raw as Record<string, unknown>;
  const unknown = Object.keys(obj).filter((k) => !['gold', 'min', 'max', '$schema', 'description'].includes(k));
  if (unknown.length) throw new GateError(`${path}: unknown key(s) ${unknown.join(', ')}; expected gold, min, max`);
  const gold = obj['gold'] ?? [];
  if (!Array.isArray(gold) || gold.some((g) => typeof g !== 'string')) throw new GateError(`${path}: "gold" must be a list of file paths`);
  const gates: Gate[] = [];
  for (const [key, op] of [['min', '>='], ['max', '<=']] as const) {
    const table = obj[key] ?? {};
    if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new GateError(`${path}: "${key}" must be an object of metric: threshold`);
    for (const [metric, value] of Object.entries(table)) gates.push(makeGate(metric, value, op, path));
  }
  const base = dirname(resolve(path));
  return { path, gold: (gold as string[]).map((g) => resolve(base, g)), gates };
}

/** The config to use: the one named, else `sitrep.eval.json` in `cwd` when there is one. */
export function findConfig(named: string | undefined, cwd: string): EvalConfig | null {
  if (named) return readConfig(named);
  const local = resolve(cwd, CONFIG_NAME);
  return existsSync(local) ? readConfig(local) : null;
}

/** Command-line gates replace config gates on the same metric and direction. */
export function mergeGates(fromConfig: readonly Gate[], fromFlags: readonly Gate[]): Gate[] {
  const key = (g: Gate) => `${g.metric} ${g.op}`;
  const flagged = new Set(fromFlags.map(key));
  return [...fromConfig.filter((g) => !flagged.has(key(g))), ...fromFlags];
}

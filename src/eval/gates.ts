// Gates for CI: `dates.valueF1>=0.8` style thresholds on the scores of all gold files together, or, set
// beside one gold file in the config, on that file's scores alone.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { METRIC_BY_NAME, METRICS } from './names.js';

export type GateOp = '>=' | '<=';

export interface Gate {
  metric: string;
  op: GateOp;
  threshold: number;
  /** where it was set: "--min", "--max" or the config file's path. */
  origin: string;
  /** the gold file (resolved path) whose scores alone it checks; absent: all gold files together. */
  file?: string;
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

/**
 * `values`: the metrics of all gold files together; `fileValues`: each gold file's own, by resolved path,
 * for the gates set on one file (a file not scored this time leaves its gates unmeasured: skipped).
 */
export function checkGates(
  gates: readonly Gate[],
  values: ReadonlyMap<string, number | null>,
  fileValues: ReadonlyMap<string, ReadonlyMap<string, number | null>> = new Map(),
): GateResult[] {
  return gates.map((gate) => {
    const measured = gate.file === undefined ? values : fileValues.get(gate.file);
    const value = measured?.get(gate.metric) ?? null;
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
 * A gold entry may also be `{ "path": "eval/seed.jsonl", "min": {…}, "max": {…} }`: gates on that file alone.
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
  if (!Array.isArray(gold)) throw new GateError(`${path}: "gold" must be a list of file paths`);
  const base = dirname(resolve(path));
  const gates = thresholdTables(obj, path, path);
  const files = gold.map((entry: unknown) => {
    if (typeof entry === 'string') return resolve(base, entry);
    const where = `${path}, gold entry ${JSON.stringify(entry)}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry) || typeof (entry as { path?: unknown }).path !== 'string') {
      throw new GateError(`${where}: expected a file path, or { "path": …, "min": {…}, "max": {…} }`);
    }
    const fields = entry as Record<string, unknown>;
    const unknownFields = Object.keys(fields).filter((k) => !['path', 'min', 'max', 'description'].includes(k));
    if (unknownFields.length) throw new GateError(`${where}: unknown key(s) ${unknownFields.join(', ')}; expected path, min, max`);
    const file = resolve(base, fields['path'] as string);
    gates.push(...thresholdTables(fields, where, path).map((g) => ({ ...g, file })));
    return file;
  });
  return { path, gold: files, gates };
}

/** The gates of an object's "min" and "max" tables; `where` names it in errors. */
function thresholdTables(obj: Record<string, unknown>, where: string, origin: string): Gate[] {
  const gates: Gate[] = [];
  for (const [key, op] of [['min', '>='], ['max', '<=']] as const) {
    const table = obj[key] ?? {};
    if (typeof table !== 'object' || table === null || Array.isArray(table)) throw new GateError(`${where}: "${key}" must be an object of metric: threshold`);
    for (const [metric, value] of Object.entries(table)) gates.push(makeGate(metric, value, op, origin));
  }
  return gates;
}

/** "dates.valueF1 >= 0.8", with " on seed.jsonl" for a gate set on one gold file. */
export const describeGate = (g: Gate): string => `${g.metric} ${g.op} ${g.threshold}${g.file === undefined ? '' : ` on ${basename(g.file)}`}`;

/** The config to use: the one named, else `sitrep.eval.json` in `cwd` when there is one. */
export function findConfig(named: string | undefined, cwd: string): EvalConfig | null {
  if (named) return readConfig(named);
  const local = resolve(cwd, CONFIG_NAME);
  return existsSync(local) ? readConfig(local) : null;
}

/** Command-line gates replace config gates on the same metric, direction and scope. */
export function mergeGates(fromConfig: readonly Gate[], fromFlags: readonly Gate[]): Gate[] {
  const key = (g: Gate) => `${g.metric} ${g.op} ${g.file ?? ''}`;
  const flagged = new Set(fromFlags.map(key));
  return [...fromConfig.filter((g) => !flagged.has(key(g))), ...fromFlags];
}

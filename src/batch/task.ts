import { errorResult } from '../extract.js';
import { fail, type Failure } from '../input/failure.js';
import { extractRecord } from '../io/extract-sources.js';
import type { InputRecord } from '../io/read.js';
import type { InputOrigin } from '../schema.js';
import { batchStages } from './faults.js';

/** What a worker needs to extract a record, the same for every record of a run. */
export interface TaskSettings {
  published?: string;
  maxChars: number;
}

/** One record to extract, with the id decided up front (shard and resume need it before extraction). */
export interface Task {
  id: string;
  record: InputRecord;
}

/** One output record, already serialised (in the worker, off the main thread). */
export interface Done {
  id: string;
  ok: boolean;
  /** the error code of a failed record. */
  code?: string;
  /** the result as one line of JSON, without the newline. */
  json: string;
  origin: InputOrigin;
  /** dropped unfinished when the run was abandoned: not written. */
  abandoned?: true;
}

/** Extracts one record in this thread. */
export function runTask(task: Task, settings: TaskSettings): Done {
  const stages = batchStages();
  const record: InputRecord = task.record.failure
    ? { ...task.record, id: task.id }
    : { ...task.record, article: { ...task.record.article, id: task.id } };
  const result = extractRecord(record, { ...settings, ...(stages ? { stages } : {}) });
  return {
    id: result.id,
    ok: result.ok,
    ...(result.ok ? {} : { code: result.error.code }),
    json: JSON.stringify(result),
    origin: task.record.origin,
  };
}

/** The output record of a task that failed outside the extractor (timeout, crashed worker). */
export function failedTask(task: Task, failure: Failure): Done {
  const result = errorResult(task.id, failure, task.record.origin);
  return { id: task.id, ok: false, code: failure.code, json: JSON.stringify(result), origin: task.record.origin };
}

export function timeoutFailure(ms: number): Failure {
  return fail('TIMEOUT', `extraction took longer than ${ms.toLocaleString('en')} ms and was stopped (raise the limit with --timeout-ms)`);
}

// Touches every stage once, so lazily built tables (gazetteer, lexicons) are loaded before the first
// real article: their load time must not count against that article's --timeout-ms.
const WARM_UP_TEXT = 'KABUL, Monday - Police said two people were killed and 12 injured on Monday when a bomb exploded near a market in Kabul, Afghanistan, the Health Ministry said.';

let warm = false;

/** Loads the model and the extractors' tables in this thread (once). */
export function warmUp(settings: TaskSettings): void {
  if (warm) return;
  warm = true;
  runTask({ id: 'warm-up', record: { article: { text: WARM_UP_TEXT }, origin: {} } }, settings);
}

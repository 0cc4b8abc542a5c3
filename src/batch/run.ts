import { availableParallelism } from 'node:os';
import { fail } from '../input/failure.js';
import { DEFAULT_MAX_CHARS } from '../input/checks.js';
import { recordId } from '../io/extract-sources.js';
import type { InputFormat, ConcreteFormat } from '../io/format.js';
import { readRecords, type Source } from '../io/read.js';
import type { InputOrigin } from '../schema.js';
import { mapOrdered } from './ordered.js';
import { WorkerPool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { failedTask, runTask, timeoutFailure, warmUp, type Done, type Task, type TaskSettings } from './task.js';

export type { Done } from './task.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface BatchOptions {
  format?: InputFormat;
  maxChars?: number;
  /** YYYY-MM-DD for articles that carry no date. */
  published?: string;
  /** worker threads; 1 runs in this thread. Default: the number of cores. */
  jobs?: number;
  /** an article taking longer becomes a TIMEOUT record (its worker is ended and replaced). */
  timeoutMs?: number;
  /** records in flight at once (read, extracting, or waiting for their turn to be written). */
  window?: number;
  /** process only this shard of the records. */
  shard?: Shard;
  /** records to skip, e.g. those an earlier run already wrote (`--resume`). */
  skip?: (id: string, origin: InputOrigin) => boolean;
  /** stop reading; the records in flight are finished and yielded. */
  stop?: AbortSignal;
  /** stop now; records in flight are dropped (the output stays an unbroken prefix of the input). */
  abandon?: AbortSignal;
  onFormat?: (format: ConcreteFormat) => void;
}

export interface BatchStats {
  /** records written (ok + failed). */
  done: number;
  ok: number;
  failed: number;
  failedByCode: Record<string, number>;
  /** skipped because `skip` said so (already done). */
  skipped: number;
  /** belonging to other shards. */
  otherShards: number;
  /** raw input bytes read so far, and the total when every source is a file of known size. */
  bytesRead: number;
  bytesTotal: number | null;
  /** worker threads used (0: in this thread). */
  workers: number;
  startedAt: number;
  interrupted: boolean;
}

/** The records of a batch run, as an ordered async iterable of results, with live counts in `stats`. */
export interface BatchRun extends AsyncIterable<Done> {
  readonly stats: BatchStats;
}

type SizedSource = Source & { size?: number };

/**
 * Runs the extractor over every record of every source, on `jobs` worker threads, and yields exactly
 * one result per record (errors included) in input order, with memory bounded by the window.
 */
export function runBatch(sources: readonly SizedSource[], options: BatchOptions = {}): BatchRun {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const settings: TaskSettings = { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS, ...(options.published ? { published: options.published } : {}) };
  const sizes = sources.map((s) => (s.path !== undefined && s.stream === undefined ? s.size : undefined));
  const stats: BatchStats = {
    done: 0, ok: 0, failed: 0, failedByCode: {}, skipped: 0, otherShards: 0, bytesRead: 0,
    bytesTotal: sizes.every((n) => n !== undefined) ? sizes.reduce<number>((a, n) => a + (n ?? 0), 0) : null,
    workers: 0, startedAt: Date.now(), interrupted: false,
  };

  async function* tasks(): AsyncGenerator<Task> {
    const read = {
      format: options.format ?? 'auto',
      maxChars: settings.maxChars,
      onBytes: (n: number) => (stats.bytesRead += n),
      ...(options.onFormat ? { onFormat: options.onFormat } : {}),
    };
    for (const source of sources) {
      for await (const record of readRecords(source, read)) {
        const id = recordId(record);
        if (options.shard && !inShard(id, options.shard)) stats.otherShards++;
        else if (options.skip?.(id, record.origin)) stats.skipped++;
        else yield { id, record };
        if (options.stop?.aborted || options.abandon?.aborted) return;
      }
    }
  }

  async function* results(): AsyncGenerator<Done> {
    const it = tasks();
    // one article alone is not worth starting threads for (~150 ms of model loading each)
    const first = await it.next();
    const second = first.done ? first : await it.next();
    const pool = jobs > 1 && !second.done ? new WorkerPool(jobs, settings, timeoutMs) : undefined;
    stats.workers = pool ? jobs : 0;
    const abandoned = (task: Task): Done => ({ ...failedTask(task, fail('EXTRACTOR_FAILED', 'abandoned')), abandoned: true });
    const onAbandon = () => void pool?.close(abandoned);
    options.abandon?.addEventListener('abort', onAbandon, { once: true });
    const inThread = async (task: Task): Promise<Done> => {
      if (!task.record.failure) warmUp(settings);
      const start = performance.now();
      const done = runTask(task, settings);
      // a thread cannot interrupt itself: an article over the limit is reported after the fact
      return performance.now() - start > timeoutMs && !task.record.failure ? failedTask(task, timeoutFailure(timeoutMs)) : done;
    };
    const exec = (task: Task): Promise<Done> =>
      pool && !task.record.failure ? pool.run(task) : inThread(task);
    const all = (async function* () {
      if (!first.done) yield first.value;
      if (!second.done) yield second.value;
      yield* it;
    })();
    const stop = anySignal(options.stop, options.abandon);
    try {
      for await (const done of mapOrdered(all, exec, pool ? options.window ?? Math.max(16, jobs * 16) : 4, stop)) {
        if (done.abandoned || options.abandon?.aborted) break;
        stats.done++;
        if (done.ok) stats.ok++;
        else {
          stats.failed++;
          const code = done.code ?? 'UNKNOWN';
          stats.failedByCode[code] = (stats.failedByCode[code] ?? 0) + 1;
        }
        yield done;
      }
    } finally {
      stats.interrupted = Boolean(options.stop?.aborted || options.abandon?.aborted);
      options.abandon?.removeEventListener('abort', onAbandon);
      await pool?.close(abandoned);
    }
  }

  const iterable = results();
  return { stats, [Symbol.asyncIterator]: () => iterable };
}

function anySignal(...signals: (AbortSignal | undefined)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => s !== undefined);
  if (present.length <= 1) return present[0];
  return AbortSignal.any(present);
}

import { Worker } from 'node:worker_threads';
import { fail } from '../input/failure.js';
import { failedTask, timeoutFailure, type Done, type Task, type TaskSettings } from './task.js';
import type { TaskMessage, WorkerMessage } from './worker.js';

// Why node:worker_threads directly rather than a pool library: the needs are narrow and exact — a fixed
// number of threads, one task per thread at a time (so a timeout knows which article to blame), and on
// timeout the thread is ended (a stuck synchronous extractor cannot be interrupted any other way) and a
// fresh one started. Ordering and the in-flight bound are handled above the pool.

interface Job {
  seq: number;
  task: Task;
  resolve: (done: Done) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Job | undefined;
  timer?: NodeJS.Timeout | undefined;
  /** the slot was replaced or the pool closed: ignore what this worker still says. */
  retired: boolean;
  /** it has finished at least one task: a death at startup is a broken installation, not an article. */
  proven: boolean;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private seq = 0;
  private startupFailures = 0;
  private fatal: Error | undefined;
  private closed = false;

  constructor(
    size: number,
    private readonly settings: TaskSettings,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Extracts one record on some worker; never rejects for an article's sake (it becomes a failed record). */
  run(task: Task): Promise<Done> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, task, resolve: (d) => (this.fatal ? reject(this.fatal) : resolve(d)) });
      this.pump();
    });
  }

  /** Ends every worker. Tasks still running or queued are resolved with `abandoned(task)`. */
  async close(abandoned?: (task: Task) => Done): Promise<void> {
    this.closed = true;
    const pending = [...this.queue.splice(0), ...this.slots.flatMap((s) => (s.job ? [s.job] : []))];
    for (const slot of this.slots) {
      slot.retired = true;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = undefined;
    }
    if (abandoned) for (const job of pending) job.resolve(abandoned(job.task));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.settings });
    const slot: Slot = { worker, ready: false, retired: false, proven: false };
    worker.on('message', (msg: WorkerMessage) => {
      if (slot.retired) return;
      if (msg.type === 'ready') {
        slot.ready = true;
      } else {
        const job = slot.job;
        if (slot.timer) clearTimeout(slot.timer);
        slot.job = undefined;
        slot.proven = true;
        this.startupFailures = 0;
        if (job && job.seq === msg.seq) job.resolve(msg.done);
      }
      this.pump();
    });
    worker.on('error', (err) => this.died(slot, err));
    worker.on('exit', (code) => this.died(slot, new Error(`worker exited with code ${code}`)));
    return slot;
  }

  /** A worker died on its own (an uncaught error, out of memory): blame its article, start another. */
  private died(slot: Slot, err: Error): void {
    if (slot.retired || this.closed) return;
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = undefined;
    if (!slot.proven && ++this.startupFailures >= 3) {
      this.fatal = new Error(`sitrep batch workers fail to start: ${err.message}`);
      if (job) job.resolve(failedTask(job.task, fail('EXTRACTOR_FAILED', err.message)));
      for (const queued of this.queue.splice(0)) queued.resolve(failedTask(queued.task, fail('EXTRACTOR_FAILED', err.message)));
      return;
    }
    if (job) job.resolve(failedTask(job.task, fail('EXTRACTOR_FAILED', `the extractor crashed: ${err.message}`)));
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (!slot.ready || slot.job || slot.retired) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => this.timedOut(slot), this.timeoutMs);
      slot.worker.postMessage({ seq: job.seq, task: job.task } satisfies TaskMessage);
    }
  }

  private timedOut(slot: Slot): void {
    const job = slot.job;
    if (!job || slot.retired) return;
    slot.retired = true;
    slot.job = undefined;
    job.resolve(failedTask(job.task, timeoutFailure(this.timeoutMs)));
    void slot.worker.terminate();
    this.replace(slot);
  }
}

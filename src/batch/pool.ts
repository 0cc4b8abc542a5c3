import { Worker } from 'node:worker_threads';
import { fail } from '../input/failure.js';
import { failedTask, timeoutFailure, type Done, type Task, type TaskSettings } from './task.js';
import type { TaskMessage, WorkerMessage } from './worker.js';

// Why node:worker_threads directly rather than a pool library: the needs are narrow and exact — a fixed
// number of threads, tasks handed to a thread in order so that a timeout knows which article to blame,
// and on timeout the thread is ended (a stuck synchronous extractor cannot be interrupted any other way)
// and a fresh one started. Ordering and the in-flight bound are handled above the pool.
//
// Each thread holds up to TASKS_PER_WORKER tasks: the next one waits in the thread's own message queue,
// so the thread starts it the moment it posts a result instead of idling for the round trip through the
// main thread (measured: ~7 % idle per worker with one task each). Only the head task runs; its timeout
// starts when the previous result arrives. If the thread is ended, the tasks queued behind the head go
// back to the front of the pool's queue, unblamed.
const TASKS_PER_WORKER = 2;

interface Job {
  seq: number;
  task: Task;
  resolve: (done: Done) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** tasks sent to this worker, in the order it runs them; the first is the one running. */
  jobs: Job[];
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
    const pending = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.jobs.splice(0))];
    for (const slot of this.slots) {
      slot.retired = true;
      if (slot.timer) clearTimeout(slot.timer);
    }
    pending.sort((a, b) => a.seq - b.seq);
    if (abandoned) for (const job of pending) job.resolve(abandoned(job.task));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.settings });
    const slot: Slot = { worker, ready: false, jobs: [], retired: false, proven: false };
    worker.on('message', (msg: WorkerMessage) => {
      if (slot.retired) return;
      if (msg.type === 'ready') {
        slot.ready = true;
      } else {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = undefined;
        slot.proven = true;
        this.startupFailures = 0;
        const job = slot.jobs[0];
        if (job && job.seq === msg.seq) {
          slot.jobs.shift();
          job.resolve(msg.done);
        }
        this.startTimer(slot);
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
    const job = this.retire(slot);
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

  /**
   * Takes the worker out of service: its running task is returned for the caller to settle; the tasks it had
   * not started go back to the front of the queue, in their order.
   */
  private retire(slot: Slot): Job | undefined {
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const [running, ...waiting] = slot.jobs.splice(0);
    if (waiting.length) this.queue.unshift(...waiting);
    return running;
  }

  private startTimer(slot: Slot): void {
    if (slot.jobs.length && !slot.timer) slot.timer = setTimeout(() => this.timedOut(slot), this.timeoutMs);
  }

  private pump(): void {
    if (this.closed) return;
    // fill every worker's first place before any second place, so a short run still uses every thread
    for (let depth = 1; depth <= TASKS_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (!this.queue.length) return;
        if (!slot.ready || slot.retired || slot.jobs.length >= depth) continue;
        const job = this.queue.shift() as Job;
        slot.jobs.push(job);
        this.startTimer(slot);
        slot.worker.postMessage({ seq: job.seq, task: job.task } satisfies TaskMessage);
      }
    }
  }

  private timedOut(slot: Slot): void {
    slot.timer = undefined;
    if (slot.retired || !slot.jobs.length) return;
    const job = this.retire(slot) as Job;
    job.resolve(failedTask(job.task, timeoutFailure(this.timeoutMs)));
    void slot.worker.terminate();
    this.replace(slot);
  }
}

// A batch worker thread: loads the language model once, then extracts the records it is sent, one at
// a time, and sends each result back already serialised.
import { parentPort, workerData } from 'node:worker_threads';
import { wink } from '../document/nlp.js';
import { runTask, warmUp, type Task, type TaskSettings } from './task.js';

export interface TaskMessage {
  seq: number;
  task: Task;
}

export type WorkerMessage = { type: 'ready' } | { type: 'done'; seq: number; done: ReturnType<typeof runTask> };

const settings = workerData as TaskSettings;
const port = parentPort;
if (!port) throw new Error('sitrep batch worker: must run as a worker thread');

wink(); // the ~150 ms model load and the extractors' tables are loaded before the first task, not in its timeout
warmUp(settings);
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
port.on('message', (msg: TaskMessage) => {
  port.postMessage({ type: 'done', seq: msg.seq, done: runTask(msg.task, settings) } satisfies WorkerMessage);
});

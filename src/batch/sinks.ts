import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/** Where batch output lines go: one stream, or one file per input file. */
export interface LineSink {
  write(line: string, originPath: string | undefined): Promise<void>;
  close(): Promise<void>;
}

/** Writing the output failed (disk full, no permission): the run cannot go on. */
export class OutputError extends Error {}

/** Writes with backpressure honoured: resolves when the stream may take more; rejects if it failed. */
export function writeLine(out: NodeJS.WritableStream, s: string): Promise<void> {
  const failed = (out as Writable).errored;
  if (failed) return Promise.reject(new OutputError(failed.message));
  if (out.write(s)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: unknown) => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      if (err instanceof Error) reject(new OutputError(err.message));
      else resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

/** Opens an output file; `within` (an existing directory) lets missing directories below it be created. */
export function openFile(path: string, append: boolean, within?: string): WriteStream {
  // only below a directory known to exist: Node's recursive mkdir can spin forever on paths like /proc/x
  if (within !== undefined) mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path, { flags: append ? 'a' : 'w', highWaterMark: 1 << 16 });
  out.on('error', () => {}); // kept in out.errored and reported by the next write or the close
  return out;
}

export function closeFile(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.errored) {
      reject(new OutputError(out.errored.message));
      return;
    }
    out.end(() => (out.errored ? reject(new OutputError(out.errored.message)) : resolve()));
  });
}

/**
 * `--out DIR`: one NDJSON file per input file, named after it ("a/b.jsonl.gz" → "DIR/a/b.ndjson").
 * Input order keeps each file's records together, so only one output file is open at a time.
 */
export function dirSink(dir: string, names: ReadonlyMap<string, string>, append: boolean): LineSink {
  try {
    mkdirSync(dir); // one level: the parent must exist
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError((err as Error).message);
  }
  let current: { key: string; out: WriteStream } | undefined;
  return {
    async write(line, originPath) {
      const name = outputName(originPath, names);
      if (current?.key !== name) {
        if (current) await closeFile(current.out);
        current = { key: name, out: openFile(join(dir, name), append, dir) };
      }
      await writeLine(current.out, line);
    },
    async close() {
      if (current) await closeFile(current.out);
      current = undefined;
    },
  };
}

export function outputName(originPath: string | undefined, names: ReadonlyMap<string, string>): string {
  if (originPath === undefined) return 'stdin.ndjson';
  return names.get(originPath) ?? toNdjsonName(basename(originPath));
}

/** "x/report.txt" → "x/report.ndjson"; "day.jsonl.gz" → "day.ndjson"; "notes" → "notes.ndjson". */
export function toNdjsonName(relativePath: string): string {
  return relativePath.replace(/\.gz$/i, '').replace(/\.(?:txt|text|json|ndjson|jsonl)$/i, '') + '.ndjson';
}

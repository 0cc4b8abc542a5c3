import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where batch output lines go: one stream, or one file per input file. */
export interface LineSink {
  write(line: string, originPath: string | undefined): Promise<void>;
  close(): Promise<void>;
}

/** A writable with backpressure honoured: resolves when it may take more. */
export function writeLine(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (out.write(s)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      out.off('error', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
    out.once('error', done);
  });
}

export function openFile(path: string, append: boolean): WriteStream {
  mkdirSync(dirname(path), { recursive: true });
  return createWriteStream(path, { flags: append ? 'a' : 'w', highWaterMark: 1 << 16 });
}

export function closeFile(out: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

/**
 * `--out DIR`: one NDJSON file per input file, named after it ("a/b.jsonl.gz" → "DIR/a/b.ndjson").
 * Input order keeps each file's records together, so only one output file is open at a time.
 */
export function dirSink(dir: string, names: ReadonlyMap<string, string>, append: boolean): LineSink {
  let current: { key: string; out: WriteStream } | undefined;
  return {
    async write(line, originPath) {
      const name = outputName(originPath, names);
      if (current?.key !== name) {
        if (current) await closeFile(current.out);
        current = { key: name, out: openFile(join(dir, name), append) };
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

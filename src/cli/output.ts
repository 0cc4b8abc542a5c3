import type { Writable } from 'node:stream';
import type { Result } from '../schema.js';
import { formatPretty, type Painter } from './pretty.js';

export const OUTPUT_FORMATS = ['json', 'ndjson', 'pretty'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface ResultWriter {
  write(result: Result): Promise<void>;
  end(): Promise<void>;
}

/**
 * Writes results as they come, honouring backpressure. `json` prints one record as a bare object and
 * several as an array (decided when the second arrives, so nothing is buffered beyond one record).
 */
export function createWriter(out: Writable, format: OutputFormat, paint: Painter): ResultWriter {
  const put = (s: string) => writeWithBackpressure(out, s);
  if (format === 'ndjson') {
    return { write: (r) => put(JSON.stringify(r) + '\n'), end: async () => {} };
  }
  if (format === 'pretty') {
    let n = 0;
    return {
      write: (r) => put((n++ ? '\n' : '') + formatPretty(r, paint) + '\n'),
      end: async () => {},
    };
  }
  let first: Result | undefined;
  let count = 0;
  const indent = (r: Result) => JSON.stringify(r, null, 2);
  return {
    async write(r) {
      count++;
      if (count === 1) first = r;
      else if (count === 2 && first) await put('[\n' + indentBy(indent(first)) + ',\n' + indentBy(indent(r)));
      else await put(',\n' + indentBy(indent(r)));
    },
    async end() {
      if (count === 1 && first) await put(indent(first) + '\n');
      else if (count > 1) await put('\n]\n');
    },
  };
}

function indentBy(s: string): string {
  return s.replace(/^/gm, '  ');
}

function writeWithBackpressure(out: Writable, s: string): Promise<void> {
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

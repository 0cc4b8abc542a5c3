import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { splitLines } from '../io/lines.js';

export interface ResumeState {
  /** ids already written. */
  ids: Set<string>;
  /** bytes of an unfinished last line that were cut off (a run killed in the middle of a write). */
  repairedBytes: number;
  /** complete lines that were not an output record (left in place, not counted as done). */
  unreadable: number;
}

/**
 * Reads an earlier run's NDJSON output before resuming: cuts off an unfinished last line (so appending
 * starts on a fresh line) and collects the ids already written. A missing file is an empty start.
 */
export async function loadResumeState(path: string): Promise<ResumeState> {
  const state: ResumeState = { ids: new Set(), repairedBytes: 0, unreadable: 0 };
  const info = await stat(path).catch(() => null);
  if (!info || info.size === 0) return state;
  state.repairedBytes = await cutUnfinishedLine(path, info.size);
  for await (const raw of splitLines(createReadStream(path, { highWaterMark: 1 << 16 }), 1 << 30)) {
    if (raw.bytes.length === 0) continue;
    const id = idOf(raw.bytes);
    if (id === undefined) state.unreadable++;
    else state.ids.add(id);
  }
  return state;
}

function idOf(bytes: Buffer): string | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as { id?: unknown };
    return typeof value.id === 'string' ? value.id : undefined;
  } catch {
    return undefined;
  }
}

/** Truncates the file after its last newline; returns how many bytes were cut. */
async function cutUnfinishedLine(path: string, size: number): Promise<number> {
  const fh = await open(path, 'r+');
  try {
    const buf = Buffer.alloc(1 << 16);
    let end = size;
    while (end > 0) {
      const from = Math.max(0, end - buf.length);
      const { bytesRead } = await fh.read(buf, 0, end - from, from);
      const nl = buf.subarray(0, bytesRead).lastIndexOf(10);
      if (nl >= 0) {
        const keep = from + nl + 1;
        if (keep < size) await fh.truncate(keep);
        return size - keep;
      }
      end = from;
    }
    await fh.truncate(0);
    return size;
  } finally {
    await fh.close();
  }
}

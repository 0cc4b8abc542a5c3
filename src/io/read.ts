import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { decodeText } from '../input/decode.js';
import { fail, isFailure, type Failure } from '../input/failure.js';
import { toArticle } from '../input/record.js';
import type { ArticleInput, InputOrigin } from '../schema.js';
import { formatFromPath, sniffFormat, type ConcreteFormat, type InputFormat } from './format.js';
import { countBytes, gunzipIfCompressed } from './gzip.js';
import { splitLines } from './lines.js';

/** One input record: an article to extract, or the reason it could not be read. Never both. */
export type InputRecord =
  | { article: ArticleInput; origin: InputOrigin; failure?: undefined }
  | { failure: Failure; origin: InputOrigin; article?: undefined; id?: string };

export interface Source {
  /** a file path, or undefined for standard input. */
  path?: string;
  /** the bytes; defaults to the file's contents. */
  stream?: AsyncIterable<Uint8Array>;
}

export interface ReadOptions {
  format: InputFormat;
  /** largest article, in characters; larger NDJSON lines are reported without being buffered whole. */
  maxChars: number;
  /** told the concrete format of each source once it is known (sniffed or named). */
  onFormat?: (format: ConcreteFormat) => void;
  /** told how many raw (possibly compressed) bytes were read, chunk by chunk: for progress. */
  onBytes?: (n: number) => void;
}

/** Reads the records of one source, streaming NDJSON line by line; order is the input's order. */
export async function* readRecords(source: Source, options: ReadOptions): AsyncGenerator<InputRecord> {
  const origin: InputOrigin = source.path !== undefined ? { path: source.path } : {};
  let stream: AsyncIterable<Uint8Array>;
  try {
    stream = source.stream ?? (await openFile(source.path ?? ''));
  } catch (err) {
    yield { failure: fail('READ_FAILED', `cannot read ${source.path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`), origin };
    return;
  }
  try {
    if (options.onBytes) stream = countBytes(stream, options.onBytes);
    // gzip is recognised by its magic bytes, so `archive.jsonl.gz`, a renamed file or gzip on stdin all work
    const { format, chunks } = await resolveFormat(await gunzipIfCompressed(stream), source.path, options.format);
    options.onFormat?.(format);
    if (format === 'ndjson') {
      yield* readNdjson(chunks, origin, options);
    } else {
      const bytes = await collect(chunks, options.maxChars * 4 + 1024);
      if (bytes === null) {
        yield { failure: fail('TOO_LARGE', `the input is larger than ${(options.maxChars * 4).toLocaleString('en')} bytes (raise the limit with --max-chars)`), origin };
        return;
      }
      const text = decodeText(bytes);
      if (isFailure(text)) yield { failure: text, origin };
      else if (format === 'json') yield* readJson(text, origin);
      else yield { article: { text: text.replace(/^\uFEFF/, '') }, origin };
    }
  } catch (err) {
    yield { failure: fail('READ_FAILED', `reading ${source.path ?? 'standard input'} failed: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`), origin };
  }
}

async function openFile(path: string): Promise<AsyncIterable<Uint8Array>> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR (a directory; give files, or use batch mode)' });
  return createReadStream(path, { highWaterMark: 1 << 16 });
}

async function* readNdjson(chunks: AsyncIterable<Uint8Array>, base: InputOrigin, options: ReadOptions): AsyncGenerator<InputRecord> {
  for await (const raw of splitLines(chunks, options.maxChars * 4 + 4096)) {
    const origin = { ...base, line: raw.line };
    if (raw.overflow) {
      yield { failure: fail('TOO_LARGE', `line ${raw.line} is longer than the limit (raise it with --max-chars)`), origin };
      continue;
    }
    if (raw.bytes.every((b) => b === 32 || b === 9 || b === 13)) continue; // blank lines separate nothing
    const text = decodeText(raw.bytes);
    if (isFailure(text)) {
      yield { failure: text, origin };
      continue;
    }
    yield parseRecord(text, origin);
  }
}

function* readJson(text: string, origin: InputOrigin): Generator<InputRecord> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { failure: fail('MALFORMED_JSON', `the input is not valid JSON: ${(err as Error).message}`), origin };
    return;
  }
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) yield toRecord(item, origin);
}

function parseRecord(line: string, origin: InputOrigin): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const failure = fail('MALFORMED_JSON', `line ${origin.line} is not valid JSON: ${(err as Error).message}`);
    const id = leadingId(line);
    return id !== undefined ? { failure, origin, id } : { failure, origin };
  }
  return toRecord(value, origin);
}

/**
 * The id of a broken record whose first field is a readable "id" (`{"id": "x7", "text": "…` cut short),
 * so its error record keeps the id it would have had: resume, shards and joins stay keyed on it.
 */
export function leadingId(line: string): string | undefined {
  const m = /^\s*\{\s*"id"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,500})"|(-?\d{1,20})\s*[,}])/.exec(line.slice(0, 1100));
  if (!m) return undefined;
  if (m[2] !== undefined) return m[2];
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return undefined;
  }
}

function toRecord(value: unknown, origin: InputOrigin): InputRecord {
  const article = toArticle(value);
  if (isFailure(article)) {
    const id = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? { failure: article, origin, id: String(id) } : { failure: article, origin };
  }
  return { article, origin };
}

/** Decides the format, peeking at the first chunk when the name says nothing; returns the chunks unconsumed. */
async function resolveFormat(
  stream: AsyncIterable<Uint8Array>,
  path: string | undefined,
  requested: InputFormat,
): Promise<{ format: ConcreteFormat; chunks: AsyncIterable<Uint8Array> }> {
  if (requested !== 'auto') return { format: requested, chunks: stream };
  const byName = path !== undefined ? formatFromPath(path) : null;
  if (byName) return { format: byName, chunks: stream };
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  // enough to see the first line of an NDJSON file
  while (size < 1 << 16) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const b = Buffer.from(next.value);
    head.push(b);
    size += b.length;
    if (b.includes(10) && size > 64) break;
  }
  const headBuf = Buffer.concat(head);
  const chunks = (async function* () {
    if (headBuf.length) yield headBuf;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  return { format: sniffFormat(headBuf), chunks };
}

/** All bytes, or null once more than `limit` arrive. */
async function collect(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) return null;
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

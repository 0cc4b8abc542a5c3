import { contentId, errorResult, extract, type ExtractOptions } from '../extract.js';
import type { InputOrigin, Result } from '../schema.js';
import { readRecords, type InputRecord, type ReadOptions, type Source } from './read.js';

export interface SourcesOptions extends ReadOptions {
  published?: string;
}

/** Every record of every source, extracted in order: one result per input record, errors included. */
export async function* extractSources(sources: Iterable<Source> | AsyncIterable<Source>, options: SourcesOptions): AsyncGenerator<Result> {
  for await (const source of sources) {
    for await (const record of readRecords(source, options)) yield extractRecord(record, options);
  }
}

export function extractRecord(
  record: InputRecord,
  options: Pick<SourcesOptions, 'published' | 'maxChars'> & Pick<ExtractOptions, 'stages'>,
): Result {
  const id = recordId(record);
  if (record.failure) return errorResult(id, record.failure, record.origin);
  const extractOptions: ExtractOptions = { origin: record.origin, maxChars: options.maxChars };
  if (options.published !== undefined) extractOptions.published = options.published;
  if (options.stages !== undefined) extractOptions.stages = options.stages;
  return extract({ ...record.article, id }, extractOptions);
}

/** The id a record's result will carry: its own id, else where it came from, else a hash of its text. */
export function recordId(record: InputRecord): string {
  if (record.failure) return record.id ?? originId(record.origin) ?? 'stdin';
  return record.article.id ?? originId(record.origin) ?? contentId(record.article.text);
}

/** A stable id from where a record came from: "path:line", "path", or "stdin:line". */
export function originId(origin: InputOrigin): string | undefined {
  if (origin.path !== undefined) return origin.line !== undefined ? `${origin.path}:${origin.line}` : origin.path;
  return origin.line !== undefined ? `stdin:${origin.line}` : undefined;
}

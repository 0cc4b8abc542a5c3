import { createHash } from 'node:crypto';
import { analyse } from './document/analyse.js';
import { checkText, DEFAULT_MAX_CHARS } from './input/checks.js';
import { fail, type Failure } from './input/failure.js';
import { normaliseDate } from './input/record.js';
import { allSpansHold, dropBadSpans, findBadSpan } from './spans.js';
import { compile, FAIL } from './validate.js';
import { defaultStages, runStages, type Stage } from './pipeline.js';
import {
  ArticleResult,
  SCHEMA_VERSION,
  type ArticleInput,
  type ErrorResult,
  type InputOrigin,
  type Published,
  type Result,
} from './schema.js';

export interface ExtractOptions {
  /** YYYY-MM-DD: the reference date when the article itself carries none (the CLI's --published). */
  published?: string;
  /** id to use when the article has none; otherwise one is derived from the text. */
  id?: string;
  /** where the article came from, carried into the result. */
  origin?: InputOrigin;
  maxChars?: number;
  /** replace the pipeline (tests, or a user's own extractor). */
  stages?: readonly Stage[];
}

const validArticleResult = (value: unknown): ArticleResult | typeof FAIL => compile(ArticleResult)(value) as ArticleResult | typeof FAIL;

/** One article → one validated result. Content problems become an ErrorResult; only misuse throws. */
export function extract(article: ArticleInput | string, options: ExtractOptions = {}): Result {
  const input: ArticleInput = typeof article === 'string' ? { text: article } : article;
  if (typeof input.text !== 'string') {
    throw new TypeError('extract(article): article must be a string or an object with a string "text" field');
  }
  const id = input.id ?? options.id ?? contentId(input.text);
  const origin = options.origin ?? {};
  const problem = checkText(input.text, options.maxChars ?? DEFAULT_MAX_CHARS);
  if (problem) return errorResult(id, problem, origin);

  const warnings: string[] = [];
  const published = choosePublished(input, options, warnings);
  let found;
  try {
    const doc = analyse(input, { id, published });
    found = runStages(doc, options.stages ?? defaultStages);
    const result = {
      schemaVersion: SCHEMA_VERSION,
      id,
      ok: true as const,
      title: doc.title,
      ...(input.url !== undefined ? { url: input.url } : {}),
      published: found.published,
      dateline: doc.dateline,
      places: found.places,
      actors: found.actors,
      dates: found.dates,
      casualties: found.casualties,
      attributions: found.attributions,
      ...(found.tally !== undefined ? { tally: found.tally } : {}),
      warnings: [...warnings, ...found.warnings],
      ...(origin.path !== undefined || origin.line !== undefined ? { input: origin } : {}),
    };
    // the schema compiled to plain checks (validate.ts); zod itself gives the verdict and message when they refuse
    let data = validArticleResult(result);
    if (data === FAIL) {
      const checked = ArticleResult.safeParse(result);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        return errorResult(id, fail('INVALID_OUTPUT', `internal error: the result failed schema validation at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`), origin);
      }
      data = checked.data;
    }
    if (!allSpansHold(data, input.text)) {
      data.warnings.push(...dropBadSpans(data, input.text));
      const badSpan = findBadSpan(data, input.text);
      if (badSpan) return errorResult(id, fail('INVALID_OUTPUT', `internal error: ${badSpan}`), origin);
    }
    return data;
  } catch (err) {
    return errorResult(id, fail('EXTRACTOR_FAILED', `internal error while extracting: ${(err as Error)?.message ?? String(err)}`), origin);
  }
}

/** Many articles → results in the same order, one for each. */
export async function* extractMany(
  articles: AsyncIterable<ArticleInput | string> | Iterable<ArticleInput | string>,
  options: Omit<ExtractOptions, 'id' | 'origin'> = {},
): AsyncGenerator<Result> {
  for await (const article of articles) yield extract(article, options);
}

export function errorResult(id: string, failure: Failure, origin: InputOrigin = {}): ErrorResult {
  return { schemaVersion: SCHEMA_VERSION, id, ok: false, error: { code: failure.code, message: failure.message }, input: origin };
}

export function contentId(text: string): string {
  return 'sha1-' + createHash('sha1').update(text).digest('hex').slice(0, 16);
}

function choosePublished(input: ArticleInput, options: ExtractOptions, warnings: string[]): Published {
  if (input.published) {
    const value = normaliseDate(input.published);
    if (value) return { value, source: 'input' };
    warnings.push(`unreadable publication date "${input.published}" in the input; ignored`);
  }
  if (options.published) {
    const value = normaliseDate(options.published);
    if (value) return { value, source: 'flag' };
    throw new TypeError(`published must be a date such as 2018-04-27, got "${options.published}"`);
  }
  const wireDate = /^[A-Z][A-Z .,'-]{1,40}\s(\d{4}-\d{2}-\d{2})\s*$/m.exec(input.text.slice(0, 600));
  const fromDateline = wireDate?.[1] ? normaliseDate(wireDate[1]) : null;
  if (fromDateline) return { value: fromDateline, source: 'dateline' };
  return { value: null, source: 'none' };
}

import type { ArticleInput } from '../schema.js';
import { fail, type Failure } from './failure.js';

const TEXT_FIELDS = ['text', 'body', 'content'] as const;
const DATE_FIELDS = ['published', 'date', 'publishedAt', 'published_at', 'pubDate'] as const;

/** A JSON value from an input file → an article, or the reason it is not one. */
export function toArticle(value: unknown): ArticleInput | Failure {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('NO_TEXT', 'each JSON record must be an object with a "text" (or "body"/"content") field');
  }
  const rec = value as Record<string, unknown>;
  const textField = TEXT_FIELDS.find((f) => typeof rec[f] === 'string');
  if (!textField) return fail('NO_TEXT', 'the record has no "text", "body" or "content" string field');
  const article: ArticleInput = { text: rec[textField] as string };
  const id = rec['id'];
  if (typeof id === 'string' || typeof id === 'number') article.id = String(id);
  if (typeof rec['title'] === 'string') article.title = rec['title'];
  if (typeof rec['url'] === 'string') article.url = rec['url'];
  for (const f of DATE_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' && v.trim()) {
      article.published = v.trim();
      break;
    }
  }
  return article;
}

/** "2018-04-27", "2018-04-27T10:00:00Z", "Fri, 27 Apr 2018 10:00:00 GMT" → "2018-04-27"; else null. */
export function normaliseDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // other forms only with a month name ("Fri, 27 Apr 2018 10:00:00 GMT"): bare numbers are not dates
  if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(value) || !/\d{4}/.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 10);
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

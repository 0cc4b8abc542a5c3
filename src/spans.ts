import { SCHEMA_VERSION, type ArticleResult, type Span } from './schema.js';

/** Two half-open spans share at least one character. */
export const spansOverlap = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean =>
  a.start < b.end && b.start < a.end;

/** Every evidence span a result carries, wherever it sits, with a path for messages. */
export function collectSpans(result: ArticleResult): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (path: string, s: Span | null | undefined) => {
    if (s) out.push([path, s]);
  };
  if (result.dateline) {
    add('dateline.span', result.dateline.span);
    add('dateline.place', result.dateline.place);
    add('dateline.agency', result.dateline.agency);
  }
  result.published.evidence?.forEach((s, i) => add(`published.evidence.${i}`, s));
  result.dates.forEach((d, i) => add(`dates.${i}`, d));
  result.places.forEach((p, i) => p.mentions.forEach((m, j) => add(`places.${i}.mentions.${j}`, m)));
  result.actors.forEach((a, i) => a.mentions.forEach((m, j) => add(`actors.${i}.mentions.${j}`, m)));
  result.attributions?.forEach((a, i) => {
    add(`attributions.${i}.source`, a.source);
    add(`attributions.${i}.cue`, a.cue);
    add(`attributions.${i}.content`, a.content);
  });
  result.casualties.forEach((c, i) => {
    add(`casualties.${i}.evidence`, c.evidence);
    add(`casualties.${i}.reportedBy.mention`, c.reportedBy?.mention);
    add(`casualties.${i}.trigger`, c.trigger);
    add(`casualties.${i}.period`, c.period);
    add(`casualties.${i}.place`, c.place);
    add(`casualties.${i}.cause`, c.cause);
  });
  return out;
}

/**
 * Does every evidence span slice back out of the text? The same spans as collectSpans, read without building
 * a path for each: this runs on every result, the paths are needed only for the message when one fails.
 */
export function allSpansHold(result: ArticleResult, text: string): boolean {
  // offsets are integers by now (the schema said so): comparing in place spares a slice per span
  const ok = (s: Span | null | undefined): boolean =>
    !s || (s.start <= s.end && s.end <= text.length && s.end - s.start === s.text.length && text.startsWith(s.text, s.start));
  const d = result.dateline;
  if (d && !(ok(d.span) && ok(d.place) && ok(d.agency))) return false;
  for (const s of result.published.evidence ?? []) if (!ok(s)) return false;
  for (const s of result.dates) if (!ok(s)) return false;
  for (const p of result.places) for (const m of p.mentions) if (!ok(m)) return false;
  for (const a of result.actors) for (const m of a.mentions) if (!ok(m)) return false;
  for (const a of result.attributions ?? []) if (!(ok(a.source) && ok(a.cue) && ok(a.content))) return false;
  for (const c of result.casualties) {
    if (!(ok(c.evidence) && ok(c.reportedBy?.mention) && ok(c.trigger) && ok(c.period) && ok(c.place) && ok(c.cause))) return false;
  }
  return true;
}

/** The first span that does not slice back out of the text, as a message; null when all hold. */
export function findBadSpan(result: ArticleResult, text: string): string | null {
  for (const [path, s] of collectSpans(result)) {
    if (!(s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text)) {
      return `${path} [${s.start}, ${s.end}) does not slice back to ${JSON.stringify(s.text)}`;
    }
  }
  return null;
}

const LISTS = ['places', 'actors', 'dates', 'casualties', 'attributions'] as const;

/**
 * Removes every record that carries a span not slicing back out of `text` (an extractor bug), so one
 * broken record costs a warning, not the whole article. Returns the warnings.
 */
export function dropBadSpans(result: ArticleResult, text: string): string[] {
  const warnings: string[] = [];
  const ok = (s: Span) => s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text;
  for (const key of LISTS) {
    const list = result[key];
    if (!list) continue;
    const kept = (list as unknown[]).filter((item, i) => {
      const probe = { ...emptyResult(), [key]: [item] } as ArticleResult;
      const bad = collectSpans(probe).find(([, s]) => !ok(s));
      if (bad) {
        const field = bad[0].replace(/^\w+\.0\.?/, '') || 'span';
        warnings.push(`internal: dropped ${key}.${i}: ${field} [${bad[1].start}, ${bad[1].end}) does not slice back to its text`);
      }
      return !bad;
    });
    (result as Record<string, unknown>)[key] = kept;
  }
  return warnings;
}

function emptyResult(): Omit<ArticleResult, 'dateline'> {
  return {
    schemaVersion: SCHEMA_VERSION, id: '', ok: true, title: null, published: { value: null, source: 'none' },
    places: [], actors: [], dates: [], casualties: [], attributions: [], warnings: [],
  };
}

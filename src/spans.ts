import { SCHEMA_VERSION, type ArticleResult, type Span } from './schema.js';

/** Two half-open spans share at least one character. */
export const spansOverlap = (a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * Visits every evidence span a result carries, wherever it sits, until `visit` returns false; `path` builds
 * the span's path for a message only when asked (this runs on every result). The one list of where spans live.
 */
function visitSpans(result: ArticleResult, visit: (s: Span, path: () => string) => boolean): boolean {
  const at = (s: Span | null | undefined, path: () => string) => !s || visit(s, path);
  const d = result.dateline;
  if (d && !(at(d.span, () => 'dateline.span') && at(d.place, () => 'dateline.place') && at(d.agency, () => 'dateline.agency'))) return false;
  const evidence = result.published.evidence ?? [];
  for (let i = 0; i < evidence.length; i++) if (!at(evidence[i], () => `published.evidence.${i}`)) return false;
  for (let i = 0; i < result.dates.length; i++) if (!at(result.dates[i], () => `dates.${i}`)) return false;
  for (const [key, list] of [['places', result.places], ['actors', result.actors]] as const) {
    for (let i = 0; i < list.length; i++) {
      const mentions = list[i]!.mentions;
      for (let j = 0; j < mentions.length; j++) if (!at(mentions[j], () => `${key}.${i}.mentions.${j}`)) return false;
    }
  }
  const attributions = result.attributions ?? [];
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i]!;
    const path = (field: string) => () => `attributions.${i}.${field}`;
    if (!(at(a.source, path('source')) && at(a.cue, path('cue')) && at(a.content, path('content')))) return false;
  }
  for (let i = 0; i < result.casualties.length; i++) {
    const c = result.casualties[i]!;
    const path = (field: string) => () => `casualties.${i}.${field}`;
    if (
      !(at(c.evidence, path('evidence')) && at(c.reportedBy?.mention, path('reportedBy.mention')) && at(c.trigger, path('trigger')) &&
        at(c.period, path('period')) && at(c.place, path('place')) && at(c.cause, path('cause')))
    ) return false;
  }
  return true;
}

/** The span slices back out of the text. Compared in place: no slice per span. */
function spanHolds(s: Span, text: string): boolean {
  return 0 <= s.start && s.start <= s.end && s.end <= text.length && s.end - s.start === s.text.length && text.startsWith(s.text, s.start);
}

/** Every evidence span a result carries, wherever it sits, with a path for messages. */
export function collectSpans(result: ArticleResult): [string, Span][] {
  const out: [string, Span][] = [];
  visitSpans(result, (s, path) => out.push([path(), s]) > 0);
  return out;
}

/** Does every evidence span slice back out of the text? */
export function allSpansHold(result: ArticleResult, text: string): boolean {
  return visitSpans(result, (s) => spanHolds(s, text));
}

/** The first span that does not slice back out of the text, as a message; null when all hold. */
export function findBadSpan(result: ArticleResult, text: string): string | null {
  let bad: string | null = null;
  visitSpans(result, (s, path) => {
    if (spanHolds(s, text)) return true;
    bad = `${path()} [${s.start}, ${s.end}) does not slice back to ${JSON.stringify(s.text)}`;
    return false;
  });
  return bad;
}

const LISTS = ['places', 'actors', 'dates', 'casualties', 'attributions'] as const;

/**
 * Removes every record that carries a span not slicing back out of `text` (an extractor bug), so one
 * broken record costs a warning, not the whole article. Returns the warnings.
 */
export function dropBadSpans(result: ArticleResult, text: string): string[] {
  const warnings: string[] = [];
  for (const key of LISTS) {
    const list = result[key];
    if (!list) continue;
    const kept = (list as unknown[]).filter((item, i) => {
      const probe = { ...emptyResult(), [key]: [item] } as ArticleResult;
      const bad = collectSpans(probe).find(([, s]) => !spanHolds(s, text));
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

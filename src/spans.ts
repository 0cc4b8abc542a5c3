import type { ArticleResult, Span } from './schema.js';

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

/** The first span that does not slice back out of the text, as a message; null when all hold. */
export function findBadSpan(result: ArticleResult, text: string): string | null {
  for (const [path, s] of collectSpans(result)) {
    if (!(s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text)) {
      return `${path} [${s.start}, ${s.end}) does not slice back to ${JSON.stringify(s.text)}`;
    }
  }
  return null;
}

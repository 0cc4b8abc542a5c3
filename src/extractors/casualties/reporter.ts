// Who reported a figure, from the attribution stage's output (found.attributions):
//   1. a figure inside an attribution's content gets its source (the innermost content wins);
//   2. otherwise a figure in the sentence of an attribution's cue gets that source (the nearest cue);
//   3. a figure restated later (a headline's figure told again in the body) takes the restatement's source
//      when its own statement has none (index.ts);
//   4. otherwise the figure is the article's own voice: null. A sentence without a cue inherits a source
//      only through the text itself, i.e. when an attribution's content (a quotation running over several
//      sentences, "…," it said) covers it — rule 1.
// The name is the actor's canonical name (found.actors) when the source resolves to an actor.
import type { Sentence } from '../../document/model.js';
import type { Actor, Attribution, ReportedBy, Span } from '../../schema.js';
import { spansOverlap as overlaps } from '../../spans.js';

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export function linkReporter(
  evidence: Span,
  sentence: Pick<Sentence, 'start' | 'end'> | undefined,
  attributions: readonly Attribution[],
  actors: readonly Actor[],
  trigger?: Span,
): ReportedBy | null {
  // an attribution whose source is the victims themselves, or whose cue is the casualty verb ("the war
  // claimed 125,000 lives"), reports nothing about the figure
  const usable = attributions.filter((a) => !overlaps(a.source, evidence) && !(trigger && overlaps(a.cue, trigger)));
  let best: Attribution | undefined;
  for (const a of usable) {
    if (!inside(evidence, a.content)) continue;
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  if (!best && sentence) {
    let bestDistance = Infinity;
    for (const a of usable) {
      if (a.cue.start < sentence.start || a.cue.end > sentence.end) continue;
      const distance = a.cue.start >= evidence.end ? a.cue.start - evidence.end : Math.abs(evidence.start - a.cue.end);
      if (distance < bestDistance) { best = a; bestDistance = distance; }
    }
  }
  if (!best) return null;
  const actor = best.source.actor ? actors.find((x) => x.id === best.source.actor) : undefined;
  return {
    name: actor?.name ?? best.source.name,
    actor: best.source.actor ?? null,
    mention: { start: best.source.start, end: best.source.end, text: best.source.text },
    cue: best.cue.text,
  };
}

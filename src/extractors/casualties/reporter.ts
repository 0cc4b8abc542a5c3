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
import { loadList } from '../../lexicons/load.js';
import type { Actor, Attribution, ReportedBy, Span } from '../../schema.js';
import { spansOverlap as overlaps } from '../../spans.js';

const inside = (inner: Span, outer: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

let nonReporting: Set<string> | undefined;
const reportsMemo = new Map<string, boolean>();
/**
 * "accused", "denounced", "responded" (casualty-nonreporting-cues.txt): cues that credit no figure. Every figure
 * asks about every cue, and cue texts repeat ("said"), so answers are memoised.
 */
function reports(cue: Span): boolean {
  let yes = reportsMemo.get(cue.text);
  if (yes === undefined) {
    nonReporting ??= new Set(loadList('casualty-nonreporting-cues'));
    yes = !nonReporting.has(cue.text.toLowerCase().split(/\s/)[0] ?? '');
    if (reportsMemo.size > 10_000) reportsMemo.clear();
    reportsMemo.set(cue.text, yes);
  }
  return yes;
}

const PRONOUN_OR_DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|he|she|it|they|we|i|you)\b/i;
const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/**
 * The reporter's name: the resolved actor's canonical name ("the monitor" → Syrian Observatory for Human Rights),
 * except when the source is itself a name or a bare noun phrase that shares no word with that actor's name
 * ("government newspapers" linked to "Egypt police"): the link is then less sure than the words written.
 */
function reporterName(source: Attribution['source'], actor: Actor | undefined): string {
  if (!actor) return source.name;
  const text = source.text.trim();
  if (PRONOUN_OR_DETERMINER.test(text)) return actor.name;
  const own = new Set(words(actor.name));
  for (const a of actor.aliases) for (const w of words(a)) own.add(w);
  return words(text).some((w) => own.has(w)) ? actor.name : text;
}

export function linkReporter(
  evidence: Span,
  sentence: Pick<Sentence, 'start' | 'end'> | undefined,
  attributions: readonly Attribution[],
  actors: readonly Actor[],
  trigger?: Span,
): ReportedBy | null {
  // an attribution whose source is the victims themselves, or whose cue is the casualty verb ("the war
  // claimed 125,000 lives"), reports nothing about the figure
  const usable = attributions.filter((a) => !overlaps(a.source, evidence) && !(trigger && overlaps(a.cue, trigger)) && reports(a.cue));
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
  return best ? reportedBy(best, actors) : null;
}

/** The reporter an attribution gives (usable: its cue credits figures). */
export function reportedBy(best: Attribution, actors: readonly Actor[]): ReportedBy | null {
  if (!reports(best.cue)) return null;
  const actor = best.source.actor ? actors.find((x) => x.id === best.source.actor) : undefined;
  return {
    name: reporterName(best.source, actor),
    actor: best.source.actor ?? null,
    mention: { start: best.source.start, end: best.source.end, text: best.source.text },
    cue: best.cue.text,
  };
}

// The casualties stage: figures (kind, bounds, victims, evidence), who reported each, and the tally.
// Only sentences holding a casualty trigger word are read at all (a set look-up per token); in them,
// figures.ts ties counts to triggers, reporter.ts links reporters, tally.ts sums the article's figures.
import type { AnalysedDoc } from '../../document/model.js';
import type { Found, Stage } from '../../pipeline.js';
import type { Actor, CasualtyFigure, CasualtyKind } from '../../schema.js';
import { readContext } from './context.js';
import { sentenceFigures, type RawFigure } from './figures.js';
import { linkReporter } from './reporter.js';
import { computeTally, type TallyItem } from './tally.js';
import { hasTriggerWord } from './triggers.js';

/** Figures that restate an earlier one are dropped ("the 30 victims", "the driver" again). */
function isRepeat(f: RawFigure, kept: readonly RawFigure[], doc: AnalysedDoc): boolean {
  const c = f.unit.count;
  const head = (x: RawFigure): string => (x.unit.victims.head >= 0 ? doc.tokens[x.unit.victims.head]?.lower ?? '' : '');
  return kept.some((k) => {
    if (k.chain === f.chain) return false;
    const same = k.unit.count.low === c.low && k.unit.count.high === c.high;
    if (f.unit.definite && f.unit.quantity && same) return true;
    if (f.unit.definite && !f.unit.quantity && k.kind === f.kind) return true;
    return same && k.kind === f.kind && head(k) === head(f);
  });
}

/** An actor whose mention overlaps the victims phrase ("IS fighters" → Islamic State group). */
function victimActor(start: number, end: number, actors: readonly Actor[]): string | null {
  for (const a of actors) if (a.mentions.some((m) => m.start < end && start < m.end)) return a.id;
  return null;
}

export function extractCasualties(doc: AnalysedDoc, found: Readonly<Pick<Found, 'actors' | 'attributions' | 'places'>>):
  Pick<Found, 'casualties' | 'tally'> {
  const raw: RawFigure[] = [];
  for (const s of doc.sentences) {
    if (!hasTriggerWord(doc.tokens, s.firstToken, s.endToken)) continue;
    raw.push(...sentenceFigures(doc.tokens, s.firstToken, s.endToken, doc.text, s.index));
  }
  const kept: RawFigure[] = [];
  for (const f of raw) if (!isRepeat(f, kept, doc)) kept.push(f);

  const casualties: CasualtyFigure[] = [];
  const items: TallyItem[] = [];
  kept.forEach((f, n) => {
    const { unit } = f;
    const tokens = doc.tokens;
    const first = tokens[unit.start], last = tokens[unit.end - 1];
    if (!first || !last) return;
    let evEnd = last.end;
    if (f.adjacent && f.trigger && f.trigger.start === unit.end) evEnd = tokens[f.trigger.end - 1]?.end ?? evEnd;
    const evidence = doc.span(first.start, evEnd);
    const v = unit.victims;
    const vFirst = tokens[v.start], vLast = tokens[v.end - 1];
    const hasVictims = v.end > v.start && vFirst && vLast;
    const victimsText = hasVictims ? doc.text.slice(vFirst.start, vLast.end) : 'people';
    const kind: CasualtyKind = f.kind === 'shot' ? 'injured' : f.kind;
    const sentence = doc.sentences[f.sentence];
    const actor = hasVictims ? victimActor(vFirst.start, vLast.end, found.actors) : null;
    const fig: CasualtyFigure = {
      id: `casualty-${n + 1}`,
      kind,
      count: unit.count,
      victims: { text: victimsText, category: hasVictims ? v.category : 'people', actor },
      reportedBy: linkReporter(evidence, sentence, found.attributions, found.actors),
      evidence,
    };
    if (f.trigger) {
      const a = tokens[f.trigger.start], b = tokens[f.trigger.end - 1];
      if (a && b) fig.trigger = doc.span(a.start, b.end);
    }
    const after = Math.max(unit.end, f.trigger?.end ?? 0);
    const ctx = sentence ? readContext(tokens, after, sentence.endToken, doc.span, found.places) : { background: false };
    if (ctx.period) fig.period = ctx.period;
    if (ctx.place) fig.place = ctx.place;
    if (ctx.cause) fig.cause = ctx.cause;
    if (f.cumulative || ctx.background) fig.cumulative = true;
    casualties.push(fig);
    items.push({
      kind: f.kind, low: unit.count.low, high: unit.count.high, best: unit.count.best ?? unit.count.low,
      chain: f.chain, additive: f.additive, background: ctx.background,
    });
  });
  return { casualties, tally: computeTally(items) };
}

export const casualtiesStage: Stage = {
  name: 'casualties',
  run: (doc, found) => extractCasualties(doc, found),
};

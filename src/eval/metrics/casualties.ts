// Casualty figures. Strict: same kind, low and high. Loose: same kind, overlapping bounds and (when
// both have one) overlapping evidence. On loose matches: victim category and reporter accuracy.
// Figures whose evidence overlaps a gold non-casualty number are counted apart as well (they are
// already false positives of the figure precision).
import { quote, type DocContext } from '../explain.js';
import type { Gold, GoldFigure, GoldSpan } from '../gold.js';
import { matchGreedy, normName, overlaps } from '../match.js';
import type { PredFigure } from '../prediction.js';
import { namesOf } from './doc-match.js';

const bounds = (low: number | null, high: number | null) => `${low ?? '?'}..${high ?? '∞'}`;
const inRange = (g: GoldFigure, p: PredFigure) => g.low <= (p.high ?? Infinity) && (p.low ?? 0) <= (g.high ?? Infinity);

export function strictFit(g: GoldFigure, p: PredFigure): boolean {
  return g.kind === p.kind && g.low === p.low && g.high === p.high;
}

export function looseFit(g: GoldFigure, p: PredFigure): boolean {
  return g.kind === p.kind && inRange(g, p) && (!g.evidence || !p.evidence || overlaps(g.evidence, p.evidence));
}

/**
 * The reporter is right when both are null, or when the extracted name equals (normalised) a name or
 * alias of the gold source/actor that the gold figure names, or the gold name itself.
 */
export function reporterFits(g: GoldFigure, p: PredFigure, gold: Pick<Gold, 'sources' | 'actors'>): boolean {
  if (g.reportedBy == null) return p.reporter === null;
  if (p.reporter === null) return false;
  const known = [...(gold.sources ?? []), ...(gold.actors ?? [])].find((x) => x.name === g.reportedBy);
  const names = known ? namesOf(known) : new Set([normName(g.reportedBy)]);
  return names.has(normName(p.reporter));
}

/** `golds`: the document's gold figures; `gold`: the rest of its gold, for sources and non-casualty numbers. */
export function scoreCasualties(golds: readonly GoldFigure[], gold: Pick<Gold, 'sources' | 'actors' | 'notCasualties'>, pred: readonly PredFigure[], ctx: DocContext): void {
  const t = ctx.tallies;
  const strict = matchGreedy(golds, pred, strictFit);
  const loose = matchGreedy(golds, pred, looseFit);
  t.addPrf('casualties', strict.pairs.length, pred.length, golds.length);
  t.addPrf('casualties.loose', loose.pairs.length, pred.length, golds.length);
  let reporterOk = 0;
  let categoryOk = 0;
  for (const [gi, pi] of loose.pairs) {
    const g = golds[gi] as GoldFigure;
    const p = pred[pi] as PredFigure;
    if (reporterFits(g, p, gold)) reporterOk++;
    else ctx.note?.('casualties', 'wrong', `${g.kind} ${quote(g.evidence?.text ?? g.victims ?? '')}: reported by ${p.reporter ?? 'nobody'} for gold ${g.reportedBy ?? 'nobody (own voice)'}`, g.evidence);
    if (g.category === p.category) categoryOk++;
    else ctx.note?.('casualties', 'wrong', `${g.kind} ${quote(g.evidence?.text ?? g.victims ?? '')}: victims ${p.category ?? 'none'} for gold ${g.category ?? 'none'}`, g.evidence);
  }
  t.addRate('casualties.reporterAccuracy', reporterOk, loose.pairs.length);
  t.addRate('casualties.categoryAccuracy', categoryOk, loose.pairs.length);
  const negatives: readonly GoldSpan[] | undefined = gold.notCasualties;
  const onNegative = (p: PredFigure) => p.evidence !== null && (negatives ?? []).some((n) => overlaps(n, p.evidence as GoldSpan));
  if (negatives) t.addCount('casualties.notCasualtyFP', pred.filter(onNegative).length);

  const note = ctx.note;
  if (!note) return;
  golds.forEach((g, i) => {
    if (strict.goldTo[i] !== -1) return;
    const near = loose.goldTo[i] === -1 ? undefined : pred[loose.goldTo[i] as number];
    const what = `${g.kind} ${bounds(g.low, g.high)} ${quote(g.evidence?.text ?? g.victims ?? '')}`;
    if (near) note('casualties', 'wrong', `${what}: extracted with bounds ${bounds(near.low, near.high)}`, g.evidence);
    else note('casualties', 'miss', `${what} not found`, g.evidence);
  });
  pred.forEach((p, i) => {
    if (strict.predTo[i] !== -1 || loose.predTo[i] !== -1) return;
    const why = onNegative(p) ? ' (a gold non-casualty number)' : '';
    note('casualties', 'false positive', `${p.kind} ${bounds(p.low, p.high)} ${quote(p.text)} is not a gold figure${why}`, p.evidence);
  });
}

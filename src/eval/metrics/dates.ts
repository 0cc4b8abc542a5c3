// TempEval-3 temporal expressions: strict (exact offsets) and relaxed (overlap) span matching, value
// accuracy on relaxed matches and value P/R/F1 (a relaxed match with the gold value counts).
import { quote, type DocContext } from '../explain.js';
import type { GoldDate } from '../gold.js';
import { matchGreedy, overlaps, sameSpan } from '../match.js';
import type { PredDate } from '../prediction.js';

export function scoreDates(gold: readonly GoldDate[], pred: readonly PredDate[], ctx: DocContext): void {
  const t = ctx.tallies;
  const strict = matchGreedy(gold, pred, sameSpan);
  const relaxed = matchGreedy(gold, pred, overlaps);
  const valueOk = ([g, p]: [number, number]) => String(gold[g]?.value) === String(pred[p]?.value);
  const typeOk = ([g, p]: [number, number]) => gold[g]?.type.toUpperCase() === pred[p]?.type?.toUpperCase();
  const values = relaxed.pairs.filter(valueOk).length;
  t.addPrf('dates.strict', strict.pairs.length, pred.length, gold.length);
  t.addPrf('dates.relaxed', relaxed.pairs.length, pred.length, gold.length);
  t.addPrf('dates.value', values, pred.length, gold.length);
  t.addRate('dates.valueAccuracy', values, relaxed.pairs.length);
  t.addRate('dates.typeAccuracy', relaxed.pairs.filter(typeOk).length, relaxed.pairs.length);

  const note = ctx.note;
  if (!note) return;
  gold.forEach((g, i) => {
    if (relaxed.goldTo[i] === -1) note('dates', 'miss', `${quote(g.text)} ${g.type} ${g.value ?? 'null'} not found`, g);
  });
  pred.forEach((p, i) => {
    if (relaxed.predTo[i] === -1) note('dates', 'false positive', `${quote(p.text)} ${p.type ?? ''} ${p.value ?? 'null'} is not a gold date`, p);
  });
  for (const pair of relaxed.pairs) {
    const g = gold[pair[0]] as GoldDate;
    const p = pred[pair[1]] as PredDate;
    const problems: string[] = [];
    if (!sameSpan(g, p)) problems.push(`span ${quote(p.text)}`);
    if (!valueOk(pair)) problems.push(`value ${p.value ?? 'null'} for gold ${g.value ?? 'null'}`);
    if (!typeOk(pair)) problems.push(`type ${p.type ?? '?'} for gold ${g.type}`);
    if (problems.length) note('dates', 'wrong', `${quote(g.text)}: ${problems.join('; ')}`, g);
  }
}

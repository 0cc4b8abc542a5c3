// Document totals (the single event a short text describes): exact-match rate and mean absolute
// error per kind; a kind the prediction leaves out counts as 0.
import type { DocContext } from '../explain.js';
import type { GoldTally } from '../gold.js';

const KINDS = ['killed', 'injured'] as const;

export function scoreTally(gold: GoldTally, pred: Readonly<Record<string, number>>, ctx: DocContext): void {
  const t = ctx.tallies;
  for (const kind of KINDS) {
    const g = gold[kind];
    if (g == null) continue;
    const p = pred[kind] ?? 0;
    const exact = p === g ? 1 : 0;
    for (const key of [`tally.${kind}`, 'tally']) {
      t.addRate(`${key}.exact`, exact, 1);
      t.addMean(`${key}.mae`, Math.abs(p - g), 1);
    }
    if (!exact) ctx.note?.('tally', 'wrong', `${kind} ${p} for gold ${g}`);
  }
}

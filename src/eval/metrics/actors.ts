// Distinct actors of a document (name/alias/mention match), the type of each found gold actor, and
// alias merging errors.
import { quote, type DocContext } from '../explain.js';
import type { GoldActor } from '../gold.js';
import type { PredActor } from '../prediction.js';
import { matchByName, tallyDocMatch } from './doc-match.js';

export function scoreActors(gold: readonly GoldActor[], pred: readonly PredActor[], ctx: DocContext): void {
  const m = matchByName(gold, pred);
  tallyDocMatch('actors', m, ctx.tallies);
  gold.forEach((g, i) => {
    const first = m.goldHits[i]?.[0];
    if (first === undefined) return;
    const p = pred[first] as PredActor;
    const ok = p.type === g.type;
    ctx.tallies.addRate('actors.typeAccuracy', ok ? 1 : 0, 1);
    if (!ok) ctx.note?.('actors', 'wrong', `${g.name}: type ${p.type} for gold ${g.type}`, p.mentions[0]);
  });

  const note = ctx.note;
  if (!note) return;
  gold.forEach((g, i) => {
    const hits = m.goldHits[i] ?? [];
    if (!hits.length) note('actors', 'miss', `${g.name} (${g.type}) not found`);
    if (hits.length > 1) note('actors', 'wrong', `${g.name} split over ${hits.map((j) => quote(pred[j]?.name ?? '')).join(', ')}`, pred[hits[1] as number]?.mentions[0]);
  });
  pred.forEach((p, j) => {
    const hits = m.predHits[j] ?? [];
    if (!hits.length) note('actors', 'false positive', `${p.name} (${p.type}) is not a gold actor`, p.mentions[0]);
    if (hits.length > 1) note('actors', 'wrong', `${p.name} merges gold ${hits.map((i) => quote(gold[i]?.name ?? '')).join(', ')}`, p.mentions[0]);
  });
}

// Distinct places of a document (name/alias/mention match) and the country of each found gold place.
import { quote, type DocContext } from '../explain.js';
import type { GoldPlace } from '../gold.js';
import type { PredPlace } from '../prediction.js';
import { matchByName, tallyDocMatch } from './doc-match.js';

export function scorePlaces(gold: readonly GoldPlace[], pred: readonly PredPlace[], ctx: DocContext): void {
  const m = matchByName(gold, pred);
  tallyDocMatch('places', m, ctx.tallies);
  gold.forEach((g, i) => {
    const first = m.goldHits[i]?.[0];
    if (first === undefined || !g.country) return;
    const p = pred[first] as PredPlace;
    const ok = p.country === g.country;
    ctx.tallies.addRate('places.countryAccuracy', ok ? 1 : 0, 1);
    if (!ok) ctx.note?.('places', 'wrong', `${g.name}: country ${p.country ?? 'none'} for gold ${g.country}`, p.mentions[0]);
  });

  const note = ctx.note;
  if (!note) return;
  gold.forEach((g, i) => {
    const hits = m.goldHits[i] ?? [];
    if (!hits.length) note('places', 'miss', `${g.name} not found`, g.mentions?.[0]);
    if (hits.length > 1) note('places', 'wrong', `${g.name} split over ${hits.map((j) => quote(pred[j]?.name ?? '')).join(', ')}`, g.mentions?.[0]);
  });
  pred.forEach((p, j) => {
    const hits = m.predHits[j] ?? [];
    if (!hits.length) note('places', 'false positive', `${p.name} is not a gold place`, p.mentions[0]);
    if (hits.length > 1) note('places', 'wrong', `${p.name} merges gold ${hits.map((i) => quote(gold[i]?.name ?? '')).join(', ')}`, p.mentions[0]);
  });
}

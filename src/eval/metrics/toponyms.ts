// Geoparsing: place mentions against gold toponyms, strict and relaxed; on relaxed matches, accuracy
// within 161 km (100 miles) of the gold coordinates and country accuracy.
import { quote, type DocContext } from '../explain.js';
import type { GoldToponym } from '../gold.js';
import { haversineKm, matchGreedy, overlaps, sameSpan } from '../match.js';
import type { PredPlace, PredSpan } from '../prediction.js';

export const ACC_KM = 161;

interface PlaceMention extends PredSpan {
  place: PredPlace;
}

const located = (x: { lat?: number | null | undefined; lon?: number | null | undefined }): x is { lat: number; lon: number } =>
  Number.isFinite(x.lat) && Number.isFinite(x.lon);

export function scoreToponyms(gold: readonly GoldToponym[], places: readonly PredPlace[], ctx: DocContext): void {
  const t = ctx.tallies;
  const mentions: PlaceMention[] = places.flatMap((place) => place.mentions.map((m) => ({ ...m, place })));
  t.addPrf('toponyms.strict', matchGreedy(gold, mentions, sameSpan).pairs.length, mentions.length, gold.length);
  const relaxed = matchGreedy(gold, mentions, overlaps);
  t.addPrf('toponyms.relaxed', relaxed.pairs.length, mentions.length, gold.length);
  let geo = 0;
  let near = 0;
  let withCountry = 0;
  let sameCountry = 0;
  for (const [gi, pi] of relaxed.pairs) {
    const g = gold[gi] as GoldToponym;
    const p = (mentions[pi] as PlaceMention).place;
    if (located(g)) {
      geo++;
      const km = located(p) ? haversineKm(g, p) : null;
      if (km !== null && km <= ACC_KM) near++;
      else ctx.note?.('toponyms', 'wrong', `${quote(g.text)} resolved to ${p.name} ${km === null ? 'without coordinates' : `${Math.round(km)} km away`}`, g);
    }
    if (g.country) {
      withCountry++;
      if (g.country === p.country) sameCountry++;
      else ctx.note?.('toponyms', 'wrong', `${quote(g.text)} given country ${p.country ?? 'none'} for gold ${g.country}`, g);
    }
  }
  t.addRate('toponyms.acc161', near, geo);
  t.addRate('toponyms.countryAccuracy', sameCountry, withCountry);

  const note = ctx.note;
  if (!note) return;
  gold.forEach((g, i) => {
    if (relaxed.goldTo[i] === -1) note('toponyms', 'miss', `${quote(g.text)} not found`, g);
  });
  mentions.forEach((m, i) => {
    if (relaxed.predTo[i] === -1) note('toponyms', 'false positive', `${quote(m.text)} (${m.place.name}) is not a gold toponym`, m);
  });
}

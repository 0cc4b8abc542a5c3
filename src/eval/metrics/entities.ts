// CoNLL-2003 named entities: PER and ORG from actors' name mentions (person → PER, any other actor
// type → ORG), LOC from places' mentions; MISC is not scored. Strict and relaxed P/R/F1 per type, and
// their micro-average over the three types.
import { quote, type DocContext } from '../explain.js';
import type { GoldEntity } from '../gold.js';
import { matchGreedy, overlaps, sameSpan } from '../match.js';
import type { PredActor, PredPlace, PredSpan } from '../prediction.js';

const TYPES = ['PER', 'ORG', 'LOC'] as const;
type EntityType = (typeof TYPES)[number];

export function entityMentions(actors: readonly PredActor[], places: readonly PredPlace[]): Record<EntityType, PredSpan[]> {
  const out: Record<EntityType, PredSpan[]> = { PER: [], ORG: [], LOC: places.flatMap((p) => p.mentions) };
  for (const a of actors) {
    const into = a.type === 'person' ? out.PER : out.ORG;
    for (const m of a.mentions) if (m.kind === 'name') into.push(m);
  }
  return out;
}

export function scoreEntities(gold: readonly GoldEntity[], actors: readonly PredActor[], places: readonly PredPlace[], ctx: DocContext): void {
  const byType = entityMentions(actors, places);
  for (const type of TYPES) {
    const gs = gold.filter((e) => e.type === type);
    const ps = byType[type];
    const strict = matchGreedy(gs, ps, sameSpan).pairs.length;
    const relaxed = matchGreedy(gs, ps, overlaps);
    for (const key of [`entities.${type}`, 'entities']) {
      ctx.tallies.addPrf(`${key}.strict`, strict, ps.length, gs.length);
      ctx.tallies.addPrf(`${key}.relaxed`, relaxed.pairs.length, ps.length, gs.length);
    }
    const note = ctx.note;
    if (!note) continue;
    const typedAs = (g: GoldEntity) => TYPES.filter((t) => t !== type && byType[t].some((p) => overlaps(g, p)));
    gs.forEach((g, i) => {
      if (relaxed.goldTo[i] !== -1) {
        const p = ps[relaxed.goldTo[i] as number] as PredSpan;
        if (!sameSpan(g, p)) note('entities', 'wrong', `${type} span ${quote(p.text)} for gold ${quote(g.text)}`, g);
        return;
      }
      const other = typedAs(g);
      note('entities', 'miss', `${type} ${quote(g.text)} not found${other.length ? ` (found as ${other.join('/')})` : ''}`, g);
    });
    ps.forEach((p, i) => {
      if (relaxed.predTo[i] !== -1) return;
      const gType = gold.find((g) => overlaps(g, p))?.type;
      note('entities', 'false positive', `${type} ${quote(p.text)} is not a gold ${type}${gType ? ` (gold ${gType})` : ''}`, p);
    });
  }
}

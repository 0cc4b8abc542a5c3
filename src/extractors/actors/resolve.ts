// Helpers for later stages (attribution, casualties): which actor a span of text refers to.
import type { Actor, ActorType } from '../../schema.js';

/** the actor one of whose mentions overlaps [start, end) — the tightest such mention wins. */
export function actorAt(actors: readonly Actor[], start: number, end: number): Actor | null {
  let best: Actor | null = null;
  let bestLen = Infinity;
  for (const a of actors) {
    for (const m of a.mentions) {
      if (m.start < end && start < m.end && m.end - m.start < bestLen) { best = a; bestLen = m.end - m.start; }
    }
  }
  return best;
}

/**
 * the actor mentioned last before `offset` (a pronoun's likeliest antecedent: "…, it said"), optionally
 * restricted to some types; people are skipped for "it" when `types` leaves them out.
 */
export function actorBefore(actors: readonly Actor[], offset: number, types?: readonly ActorType[]): Actor | null {
  let best: Actor | null = null;
  let bestEnd = -1;
  for (const a of actors) {
    if (types && !types.includes(a.type)) continue;
    for (const m of a.mentions) if (m.end <= offset && m.end > bestEnd) { best = a; bestEnd = m.end; }
  }
  return best;
}

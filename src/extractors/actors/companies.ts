// Firms and media named bare: what one mention of a name proves ("NationsBank Corp.", "Cofinec CEO …",
// "shares of Jones", "Zycie Warszawy daily said") holds for every mention of it in the article, even where
// a sentence alone would read a person ("Cofinec said …", "Mercantile and Commerce did not return calls").
import type { ActorType } from '../../schema.js';
import { contextWords } from './context-words.js';
import { nameFacts, type NameCandidate } from './names.js';
import { keyFactsOf, type Unit } from './units.js';

/** the words of a lower-cased name, a closing full stop dropped. */
const words = (lower: string): string[] => lower.replace(/\.$/, '').split(/\s+/);

/** lower-cased name → the type the article proves for it somewhere. */
export function provenFirms(names: readonly NameCandidate[], units: Unit[]): Map<string, ActorType> {
  const suffixes = contextWords('firm-suffix');
  const firmAfter = contextWords('firm-after');
  const results = contextWords('firm-results');
  const firmOf = contextWords('firm-of');
  const mediaAfter = contextWords('media-after');
  const mediaBefore = contextWords('media-before');
  const officers = contextWords('officers');
  const markets = contextWords('market');
  const out = new Map<string, ActorType>();
  for (const n of names) {
    // "NationsBank Corp." proves "NationsBank"; "Magna International Inc" proves "Magna"
    if (n.type && n.type !== 'person' && n.last > n.first) {
      const w = words(n.lower);
      let k = w.length;
      while (k > 1 && suffixes.has((w[k - 1] ?? '').replace(/\.$/, ''))) k--;
      if (k < w.length) {
        const stem = w.slice(0, k).join(' ');
        if (!out.has(stem)) out.set(stem, 'organization');
      }
    }
    const seg = units[n.first]?.sentence;
    const next = units[n.last + 1];
    const nextIn = next && next.sentence === seg ? next : undefined;
    const poss = nextIn && (nextIn.text === "'s" || nextIn.text === '’s') ? units[n.last + 2] : undefined;
    const prev = units[n.first - 1];
    const prevIn = prev && prev.sentence === seg ? prev : undefined;
    const prev2 = units[n.first - 2];
    const low = n.lower;
    const first = units[n.first];
    // a place, a nationality ("Algerian newspapers", "percent of Poland") or a common word opening a sentence
    // proves nothing by its neighbours
    if (out.has(low) || n.evidence === 'place' || nameFacts(n, units).country !== undefined || !first || (first.initial && first.pos !== 'PROPN')) continue;
    if (nextIn && markets.has(units[n.last + 2]?.lower ?? '')) continue;
    if (nextIn && !nextIn.cap && mediaAfter.has(nextIn.lower)) out.set(low, 'media');
    else if (prevIn && !prevIn.cap && mediaBefore.has(prevIn.lower)) out.set(low, 'media');
    // "Net profit", "Operating revenue": one word opening a sentence before a results noun proves nothing
    else if (first.initial && n.last === n.first && nextIn && results.has(nextIn.lower)) continue;
    else if ((nextIn && firmAfter.has(nextIn.lower)) || (poss && poss.sentence === seg && firmAfter.has(poss.lower))
      || ((prevIn?.lower === 'of' || prevIn?.lower === 'in') && prev2 && firmOf.has(prev2.lower))) out.set(low, 'organization');
    else if (nextIn && officers.has(nextIn.lower) && n.last === n.first && !keyFactsOf(first).surname && !keyFactsOf(first).firstName
      && !keyFactsOf(first).title) out.set(low, 'organization');
  }
  return out;
}

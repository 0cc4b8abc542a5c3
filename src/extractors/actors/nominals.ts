// Descriptive actors: "regime forces", "the army", "the Britain-based monitor", "state media", "civilians".
// Phrases come from data/lexicons/actors-nominals.txt; a phrase may be preceded by "the", a country
// ("Syria regime", "Syrian government" → its country) or a "<place>-based" modifier.
import type { ActorType } from '../../schema.js';
import { actorLexicon, type NominalClass } from './lexicon.js';
import { mayHold, wordSieve, type WordSieve } from './sieve.js';
import type { Unit } from './units.js';

export interface NominalCandidate {
  /** the mention span, from "the" or the modifier to the head. */
  start: number;
  end: number;
  /** the phrase itself, without determiner or modifiers. */
  headStart: number;
  phrase: string;
  type: ActorType;
  cls: NominalClass;
  country: string | null;
  definite: boolean;
  /** unit indices of the whole mention. */
  first: number;
  last: number;
}

const DETERMINERS = new Set(['the']);

let firstWords: WordSieve | undefined;

export function findNominals(units: Unit[], source: string): NominalCandidate[] {
  const lex = actorLexicon();
  const sieve = (firstWords ??= wordSieve(lex.nominals.keys()));
  const out: NominalCandidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    // lower case only: a capitalised "Army" inside a sentence is part of a name
    if (u.cap && !u.initial) continue;
    const w = u.lower;
    if (!mayHold(sieve, w)) continue;
    const entries = lex.nominals.get(w);
    if (!entries) continue;
    let match: { last: number; phrase: string; type: ActorType; cls: NominalClass } | null = null;
    for (const e of entries) {
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        const x = units[i + k];
        ok = !!x && x.sentence === u.sentence && x.lower === e.words[k];
      }
      if (ok) { match = { last: i + e.words.length - 1, phrase: e.phrase, type: e.type, cls: e.cls }; break; }
    }
    if (!match) continue;
    // a noun used as a modifier of another listed noun is left to the longer phrase ("army units" vs "army")
    let first = i;
    let country: string | null = null;
    let definite = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const p = units[k];
      if (!p || p.sentence !== u.sentence) break;
      const c = lex.countries.get(p.lower);
      if (c && !country) { country = c.code; first = k; continue; }
      if (p.parts.length > 1 && /^based$/i.test(p.parts[p.parts.length - 1] ?? '')) { first = k; continue; }
      if (DETERMINERS.has(p.lower)) { definite = true; first = k; }
      break;
    }
    const last = units[match.last];
    const firstU = units[first];
    if (!last || !firstU) continue;
    out.push({
      start: firstU.start, end: last.end, headStart: u.start, phrase: source.slice(u.start, last.end),
      type: match.type, cls: match.cls, country, definite, first, last: match.last,
    });
    i = match.last;
  }
  return out;
}

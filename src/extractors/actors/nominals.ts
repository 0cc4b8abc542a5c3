// Descriptive actors: "regime forces", "the army", "the Britain-based monitor", "state media", "civilians".
// Phrases come from data/lexicons/actors-nominals.txt; a phrase may be preceded by "the", a country
// ("Syria regime", "Syrian government" → its country) or a "<place>-based" modifier.
import type { ActorType } from '../../schema.js';
import { actorLexicon, type NominalClass } from './lexicon.js';
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

/** a cheap sieve before the phrase look-up: the first letters and lengths the phrases' first words have. */
interface Sieve { letters: number; min: number; max: number }
let sieve: Sieve | undefined;
function firstWordSieve(): Sieve {
  if (sieve) return sieve;
  const s: Sieve = { letters: 0, min: Infinity, max: 0 };
  for (const w of actorLexicon().nominals.keys()) {
    const c = w.charCodeAt(0) - 97;
    // a first word that does not start with a-z disables the letter sieve
    s.letters |= c >= 0 && c < 26 ? 1 << c : -1;
    s.min = Math.min(s.min, w.length);
    s.max = Math.max(s.max, w.length);
  }
  sieve = s;
  return s;
}

export function findNominals(units: Unit[], source: string): NominalCandidate[] {
  const lex = actorLexicon();
  const { letters, min, max } = firstWordSieve();
  const out: NominalCandidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (!u) continue;
    // lower case only: a capitalised "Army" inside a sentence is part of a name
    if (u.cap && !u.initial) continue;
    const w = u.lower;
    const c = w.charCodeAt(0) - 97;
    if (w.length < min || w.length > max || (letters !== -1 && (c < 0 || c >= 26 || (letters & (1 << c)) === 0))) continue;
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

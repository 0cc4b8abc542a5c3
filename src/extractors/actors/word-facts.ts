// What the actor lexicons say of one word, every table at once. A unit looks its word up on the first question
// a rule asks of it (units.ts: factsOf) and the rules read the answers off the unit, instead of asking table
// after table for the same word again: a capitalised word was looked up a dozen times or more, and every
// look-up hashes and probes (a third of the stage went into Map and Set look-ups).
import type { ActorType } from '../../schema.js';
import { actorLexicon, type CountryEntry, type NominalEntry, type OrgEntry } from './lexicon.js';

export interface OrgPhrase {
  phrase: string;
  entry: OrgEntry;
}

export interface WordFacts {
  firstName: boolean;
  surname: boolean;
  title: boolean;
  notName: boolean;
  notPerson: boolean;
  /** a mined place name of this one word. */
  place: boolean;
  /** an organisation head word, and the type it gives. */
  head: ActorType | undefined;
  country: CountryEntry | undefined;
  /** the organisation named by this word alone (orgsByName). */
  org: OrgEntry | undefined;
  /** the nominal phrases this word opens, longest first. */
  nominals: NominalEntry[] | undefined;
  /** the organisations' names of several words this word opens, longest first ("un agency for palestinian refugees"). */
  orgPhrases: OrgPhrase[] | undefined;
  /** the word opens an entry of several words: an organisation's name, a country's, a mined place's. */
  opensOrg: boolean;
  opensCountry: boolean;
  opensPlace: boolean;
}

// one object shape for every word, so that the rules' property reads stay monomorphic
const blank = (): WordFacts => ({
  firstName: false, surname: false, title: false, notName: false, notPerson: false, place: false,
  head: undefined, country: undefined, org: undefined, nominals: undefined, orgPhrases: undefined,
  opensOrg: false, opensCountry: false, opensPlace: false,
});

/** the facts of a word that no lexicon lists (never to be changed). */
export const NO_FACTS: Readonly<WordFacts> = blank();

let table: Map<string, WordFacts> | undefined;

/** the facts of a word as the lexicons spell it (lower case). */
export function wordFacts(word: string): Readonly<WordFacts> {
  table ??= build();
  return table.get(word) ?? NO_FACTS;
}

function build(): Map<string, WordFacts> {
  const lex = actorLexicon();
  const out = new Map<string, WordFacts>();
  const of = (w: string): WordFacts => {
    let f = out.get(w);
    if (!f) out.set(w, (f = blank()));
    return f;
  };
  for (const w of lex.firstNames) of(w).firstName = true;
  for (const w of lex.surnames) of(w).surname = true;
  for (const w of lex.titles) of(w).title = true;
  for (const w of lex.notNames) of(w).notName = true;
  for (const w of lex.notPerson) of(w).notPerson = true;
  for (const w of lex.places) of(w).place = true;
  for (const [w, type] of lex.heads) of(w).head = type;
  for (const [w, c] of lex.countries) of(w).country = c;
  for (const [w, e] of lex.orgsByName) of(w).org = e;
  for (const [w, list] of lex.nominals) of(w).nominals = list;
  for (const w of lex.orgNameStarts) of(w).opensOrg = true;
  for (const w of lex.countryStarts) of(w).opensCountry = true;
  for (const w of lex.placeStarts) of(w).opensPlace = true;
  for (const [phrase, entry] of lex.orgsByName) {
    if (phrase.includes(' ')) (of(phrase.split(' ')[0] ?? '').orgPhrases ??= []).push({ phrase, entry });
  }
  // longest first; the sort is stable: names of one length keep the lexicon's order
  for (const f of out.values()) f.orgPhrases?.sort((a, b) => b.phrase.length - a.phrase.length);
  return out;
}

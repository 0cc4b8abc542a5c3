// The places extractor's word lists (data/lexicons/places-*.txt), read once per process.
import { loadList, loadTable } from '../../lexicons/load.js';
import type { PlaceKind } from '../../gazetteer/index.js';

export interface Trigger {
  kind: PlaceKind;
  position: 'of' | 'after';
}

export interface PlacesLexicon {
  /** "district" → kind and position, for "the district of X" / "X district". Multi-word keys are joined by a space. */
  triggersOf: Map<string, PlaceKind>;
  triggersAfter: Map<string, PlaceKind>;
  /** the first words of the multi-word triggers after a name ("refugee" of "refugee camp"). */
  triggersAfterFirstWords: Set<string>;
  /** "county" → "US": the country a capitalised trigger implies. */
  triggerCountry: Map<string, string>;
  titles: Set<string>;
  orgHeads: Set<string>;
  notAlone: Set<string>;
  /** lower-case nouns after a town's name that make it the home of people or services ("Grovetown police"). */
  localNouns: Set<string>;
  /** "Ky." → "US-KY" */
  usStates: Map<string, string>;
  /** given names (read from the actors' list, not edited here): "Mary Jones" is a person, "Rodeo Gainesville" need not be. */
  firstNames: Set<string>;
}

let cached: PlacesLexicon | undefined;

export function placesLexicon(): PlacesLexicon {
  if (!cached) {
    const triggersOf = new Map<string, PlaceKind>();
    const triggersAfter = new Map<string, PlaceKind>();
    const triggerCountry = new Map<string, string>();
    for (const [word, kind, position, country] of loadTable('places-triggers')) {
      if (!word || !kind) continue;
      if (country) triggerCountry.set(word.toLowerCase(), country);
      (position === 'after' ? triggersAfter : triggersOf).set(word.toLowerCase(), kind as PlaceKind);
    }
    const triggersAfterFirstWords = new Set([...triggersAfter.keys()].filter((w) => w.includes(' ')).map((w) => w.slice(0, w.indexOf(' '))));
    const usStates = new Map<string, string>();
    for (const [abbr, code] of loadTable('places-us-state-abbreviations')) if (abbr && code) usStates.set(abbr, `US-${code}`);
    cached = {
      triggersOf,
      triggersAfter,
      triggersAfterFirstWords,
      triggerCountry,
      titles: new Set(loadList('places-titles').map((w) => w.toLowerCase())),
      orgHeads: new Set(loadList('places-org-heads').map((w) => w.toLowerCase())),
      notAlone: new Set(loadList('places-not-alone').map((w) => w.toLowerCase())),
      localNouns: new Set(loadList('places-local-nouns')),
      usStates,
      firstNames: new Set(loadList('actors-first-names').map((w) => w.toLowerCase())),
    };
  }
  return cached;
}

/** Lower-case words before a name that make it a location: "in Damascus", "near Aleppo", "from Iraq". */
export const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'across', 'toward', 'towards', 'around',
  'throughout', 'through', 'via', 'within', 'between', 'across', 'off', 'onto', 'of', 'and', 'visit', 'visited',
  'entered', 'reached', 'besieged', 'captured', 'seized', 'retook', 'shelled', 'bombed',
]);

/** The subset that is strong on its own (not "of", "and", "to"). */
export const STRONG_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'from', 'into', 'outside', 'inside', 'across', 'toward', 'towards', 'around', 'throughout',
  'via', 'within', 'besieged', 'captured', 'seized', 'retook', 'shelled', 'bombed', 'entered', 'reached',
]);

/** "north of X", "southern X": compass words that locate what follows. */
export const COMPASS_OF = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east',
  'north-west', 'south-east', 'south-west', 'outskirts', 'edge', 'edges', 'heart', 'centre', 'center', 'suburbs',
]);
export const COMPASS_ADJ = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'rural', 'downtown',
  'neighbouring', 'neighboring', 'war-torn', 'upstate',
]);

/** Lower-case particles that may stand inside a place name: "Hajar al-Aswad", "Rio de Janeiro". */
export const NAME_JOINERS = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'es', 'ez', 'bin', 'ibn', 'bani', 'beni', 'abu',
  'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'van', 'von',
  'der', 'den', 'upon', 'sur', 'y',
]);

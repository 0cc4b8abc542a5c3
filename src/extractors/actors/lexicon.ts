// The actor lexicons, read once per process on first use and turned into look-up maps.
// Data files (data/lexicons/actors-*.txt) say what each one holds; this file only indexes them.
import { loadList, loadTable as loadRows } from '../../lexicons/load.js';

// empty fields ("name | type | | SY") are allowed in the actor tables: re-split each row on bare bars
const loadTable = (name: string): string[][] =>
  loadRows(name).map((row) => row.join(' | ').split('|').map((f) => f.trim()));
import type { ActorType } from '../../schema.js';

export interface OrgEntry {
  id: string;
  name: string;
  type: ActorType;
  country: string | null;
  /** every other name and acronym, as written. */
  aliases: string[];
  /** nouns that refer back to it ("monitor", "jihadists"). */
  descriptors: Set<string>;
  /** a state news medium: "state media" may refer to it. */
  stateMedia: boolean;
}

export type NominalClass = 'state' | 'resolve' | 'statemedia' | 'own';
export interface NominalEntry {
  phrase: string;
  words: string[];
  type: ActorType;
  cls: NominalClass;
}

export interface CountryEntry {
  /** ISO alpha-2. */
  code: string;
  form: 'country' | 'demonym';
}

export interface ActorLexicon {
  firstNames: Set<string>;
  surnames: Set<string>;
  titles: Set<string>;
  notNames: Set<string>;
  /** words that make a capitalised sequence something other than a person (events, laws, streets). */
  notPerson: Set<string>;
  sportsWords: Set<string>;
  places: Set<string>;
  heads: Map<string, ActorType>;
  /** lower-cased full names and non-acronym aliases → entry. */
  orgsByName: Map<string, OrgEntry>;
  /** acronyms as written (case-sensitive) → entry. */
  orgsByAcronym: Map<string, OrgEntry>;
  /** lower-cased country names / demonyms → ISO alpha-2 and form. */
  countries: Map<string, CountryEntry>;
  /** nominal phrases by their first word, longest first. */
  nominals: Map<string, NominalEntry[]>;
  /** the opening words of the entries of several words, in orgsByName, countries and places (see phraseStarts). */
  orgNameStarts: Set<string>;
  countryStarts: Set<string>;
  placeStarts: Set<string>;
}

/**
 * Every string that stands before a space in some key ("bank", "bank of" for "bank of england"). A name of
 * several words can be a key only when its first word is one of these: the look-up tells so before the
 * words are joined into a new string.
 */
function phraseStarts(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let at = k.indexOf(' '); at !== -1; at = k.indexOf(' ', at + 1)) out.add(k.slice(0, at));
  return out;
}

const ACTOR_TYPES = new Set<string>([
  'person', 'armed_group', 'state_forces', 'government', 'state', 'media', 'ngo', 'igo', 'civilians', 'organization', 'other',
]);
const asType = (s: string | undefined, fallback: ActorType): ActorType =>
  (s && ACTOR_TYPES.has(s) ? s : fallback) as ActorType;

/** an acronym: two or more capitals, digits or dots, no lower case ("UN", "U.N.", "SOHR", "M23"). */
export const isAcronym = (s: string): boolean =>
  /^[A-Z][A-Z0-9.&]+$/.test(s) && /[A-Z].*[A-Z0-9]/.test(s) && s.replace(/\./g, '').length <= 5;

let cached: ActorLexicon | undefined;

export function actorLexicon(): ActorLexicon {
  if (cached) return cached;
  const lower = (name: string) => new Set(loadList(name).map((w) => w.toLowerCase()));

  const orgsByName = new Map<string, OrgEntry>();
  const orgsByAcronym = new Map<string, OrgEntry>();
  loadTable('actors-orgs').forEach((row, i) => {
    const [name = '', type, aliasField = '', country = '', descField = ''] = row;
    const aliases = aliasField.split(',').map((s) => s.trim()).filter(Boolean);
    const descriptors = new Set(descField.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
    const entry: OrgEntry = {
      id: `org${i}`,
      name,
      type: asType(type, 'organization'),
      country: /^[A-Z]{2}$/.test(country) ? country : null,
      aliases,
      descriptors,
      stateMedia: descriptors.has('state media'),
    };
    for (const n of [name, ...aliases]) {
      if (isAcronym(n)) orgsByAcronym.set(n, entry);
      else if (!orgsByName.has(n.toLowerCase())) orgsByName.set(n.toLowerCase(), entry);
    }
  });
  loadTable('actors-orgs-mined').forEach((row, i) => {
    const [name = '', type] = row;
    if (!name || orgsByName.has(name)) return;
    orgsByName.set(name, {
      id: `mined${i}`, name, type: asType(type, 'organization'), country: null, aliases: [], descriptors: new Set(), stateMedia: false,
    });
  });

  const countries = new Map<string, CountryEntry>();
  for (const file of ['actors-countries-extra', 'actors-countries']) {
    for (const [name = '', code = '', form] of loadTable(file)) {
      if (name && !countries.has(name)) countries.set(name, { code, form: form === 'demonym' ? 'demonym' : 'country' });
    }
  }

  const heads = new Map<string, ActorType>();
  for (const [w = '', t] of loadTable('actors-heads')) if (!heads.has(w)) heads.set(w, asType(t, 'organization'));

  const nominals = new Map<string, NominalEntry[]>();
  for (const [phrase = '', t, cls] of loadTable('actors-nominals')) {
    const words = phrase.split(' ');
    const entry: NominalEntry = {
      phrase, words, type: asType(t, 'other'),
      cls: (['state', 'resolve', 'statemedia', 'own'].includes(cls ?? '') ? cls : 'own') as NominalClass,
    };
    const first = words[0] ?? '';
    const list = nominals.get(first) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    nominals.set(first, list);
  }

  const places = lower('actors-places-mined');
  cached = {
    firstNames: lower('actors-first-names'),
    surnames: lower('actors-surnames'),
    titles: lower('actors-titles'),
    notNames: lower('actors-not-names'),
    notPerson: lower('actors-not-person'),
    sportsWords: lower('actors-sports-words'),
    places,
    heads,
    orgsByName,
    orgsByAcronym,
    countries,
    nominals,
    orgNameStarts: phraseStarts(orgsByName.keys()),
    countryStarts: phraseStarts(countries.keys()),
    placeStarts: phraseStarts(places),
  };
  return cached;
}

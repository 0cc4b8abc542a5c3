// Named actors: capitalised word sequences (wink's lite model has no person/org NER), typed by lexicons
// (organisations, acronyms, organisation head words, titles, given names, surnames) and by context
// ("coach Glenn Hoddle", "Tim Henman (Britain)", a team in a results table).
import { loadList } from '../../lexicons/load.js';
import type { ActorType } from '../../schema.js';
import { actorLexicon, isAcronym, type CountryEntry, type OrgEntry } from './lexicon.js';
import { factsOf, isParticle, keyFactsOf, type Unit } from './units.js';
import { wordFacts, type WordFacts } from './word-facts.js';

export interface NameCandidate {
  /** the name itself, titles and a leading country adjective stripped ("Bashar al-Assad"). */
  start: number;
  end: number;
  text: string;
  /** `text` in lower case: the form every article-level comparison and look-up uses. */
  lower: string;
  /** the whole phrase as written, with its title ("President Bashar al-Assad"). */
  fullStart: number;
  fullText: string;
  first: number;
  last: number;
  type: ActorType | null;
  country: string | null;
  entry: OrgEntry | null;
  /** why the type was chosen: 'lexicon', 'title', 'head', 'given', 'surname', 'context', 'table', 'default', … */
  evidence: string;
  /** from a sentence in capitals or title case: kept only when the article names it elsewhere. */
  shouted: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'and', '&', 'on']);
const TITLE_MODIFIERS = new Set(['financial', 'agriculture', 'high', 'assistant', 'under', 'privatisation', 'privatization', 'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'deputy', 'vice', 'former', 'acting', 'first', 'state', 'supreme', 'grand', 'crown', 'opposition', 'security', 'health', 'justice', 'trade', 'economy', 'information', 'senior', 'top', 'army', 'military', 'police', 'chief', 'general', 'secretary']);
const COMPANY_SUFFIX = new Set(['corp', 'inc', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'spa', 'bv', 'ab', 'bhd', 'tbk']);
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'towards', 'toward', 'outside', 'around', 'across', 'inside', 'via', 'of', 'for', 'leave', 'left', 'reach', 'reached', 'visit', 'visited', 'arrived', 'arrive']);
const MATCH_WORDS = new Set(['v', 'vs', 'vs.', 'beat', 'beats', 'drew', 'against', 'defeated', 'overpowered', 'thrashed', 'edged', 'routed', 'lost', 'trailed', 'led', 'hosts', 'host', 'visit', 'visiting']);
const BACKED = new Set(['backed', 'led', 'sponsored', 'supported', 'allied', 'funded', 'armed', 'brokered']);

/** what the lexicons say of a name's whole text, read off its unit when the name is that one unit. */
export function nameFacts(n: NameCandidate, units: Unit[]): Readonly<WordFacts> {
  const u = units[n.first];
  return u && n.first === n.last && u.lower === n.lower ? factsOf(u) : wordFacts(n.lower);
}

/** a unit's look-up form (lower case, no full stops); '' past either end. */
const key = (u: Unit | undefined): string => u?.key ?? '';
const isInitial = (w: string): boolean => /^[A-Z]\.(?:[A-Z]\.)*$/.test(w);
const isInt = (u: Unit | undefined): boolean => !!u && /^\d{1,3}$/.test(u.text);
/** a score: "2", "429-7", "195". */
const isScore = (u: Unit | undefined): boolean => !!u && /^\d{1,3}(?:-\d{1,2})?$/.test(u.text);

export interface NameContext {
  /** the article text. */
  source: string;
  units: Unit[];
  /** sentences written in capitals or title case. */
  shouted: Set<number>;
  /** char offset → true when a place mention covers it. */
  isPlace(start: number, end: number): boolean;
  /** results-table lines: a team name stands between scores. */
  tableDoc: boolean;
  /** a sports report: a place next to a score or a match verb is a team. */
  sportsDoc: boolean;
}

function startable(u: Unit): boolean {
  if (!u.cap || factsOf(u).notName) return false;
  if (!u.initial) return true;
  if (u.pos === 'PROPN' || u.pos === 'X' || isAcronym(u.text)) return true;
  const f = factsOf(u);
  const k = keyFactsOf(u);
  return k.firstName || k.title || f.country !== undefined || f.org !== undefined;
}

const sameSentence = (a: Unit | undefined, b: Unit): a is Unit => !!a && a.sentence === b.sentence;

function hasHead(units: Unit[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const u = units[k];
    if (u && keyFactsOf(u).head !== undefined) return true;
  }
  return false;
}

/** end index of the capitalised run starting at k (particles allowed inside), or k-1 if none. */
function capRun(units: Unit[], k: number, anchor: Unit): number {
  let j = k - 1;
  for (;;) {
    const n = units[j + 1];
    if (!sameSentence(n, anchor)) break;
    if (n.cap && !factsOf(n).notName && !lowerHyphenAdjective(n)) { j++; continue; }
    if (isParticle(n.lower)) {
      let m = j + 1;
      while (sameSentence(units[m], anchor) && isParticle(units[m]?.lower ?? '')) m++;
      const c = units[m];
      if (j >= k && sameSentence(c, anchor) && c.cap) { j = m; continue; }
    }
    break;
  }
  return j;
}

/** Capitalised sequences of each sentence, joined over "of"/"for"/"and" where an organisation needs it. */
export function findNames(ctx: NameContext): NameCandidate[] {
  const { units } = ctx;
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (!u || !(startable(u) || (ctx.tableDoc && rowName(units, i))) || lowerHyphenAdjective(u)) { i++; continue; }
    let j = capRun(units, i, u);
    if (j < i) { i++; continue; }
    // join over a connector when an organisation head word is on either side ("Observatory for Human Rights")
    for (;;) {
      const c = units[j + 1];
      if (!sameSentence(c, u) || !CONNECTORS.has(c.lower)) break;
      const k = capRun(units, j + 2, u);
      if (k < j + 2) break;
      const left = hasHead(units, i, j);
      const right = hasHead(units, j + 2, k);
      const known = orgNamed(units, i, k) !== undefined;
      // "Bank of England", "Observatory for Human Rights": the head is on the left; "Naroff of First Union" is two names
      const ok = known || (c.lower === 'and' ? right && !left : c.lower === '&' || (left && !COMPANY_SUFFIX.has(key(units[j]))));
      if (!ok) break;
      j = k;
    }
    // "Federal Reserve Governor Lawrence Lindsey": an organisation, then a titled person
    const split = innerTitle(units, i, j);
    if (split > i) {
      const org = makeCandidate(ctx, i, split - 1);
      if (org) out.push(org);
    }
    const cand = makeCandidate(ctx, split > i ? split : i, j);
    if (cand) out.push(cand);
    i = Math.max(j + 1, cand ? indexAfter(units, cand.end, i) : j + 1);
  }
  return out;
}

function innerTitle(units: Unit[], i: number, j: number): number {
  const titleish = (k: number) => {
    const u = units[k] as Unit;
    return keyFactsOf(u).title || TITLE_MODIFIERS.has(u.key);
  };
  for (let k = i + 1; k < j; k++) {
    if (!titleish(k) || titleish(k - 1) || keyFactsOf(units[k] as Unit).head !== undefined) continue;
    // a run of modifiers and titles ("Financial Secretary") with a name after it
    let m = k;
    let hasTitle = false;
    while (m <= j && titleish(m)) {
      const u = units[m] as Unit;
      if (keyFactsOf(u).title && !TITLE_MODIFIERS.has(u.key)) hasTitle = true;
      m++;
    }
    if (hasTitle && m <= j) return k;
  }
  return -1;
}

function indexAfter(units: Unit[], end: number, from: number): number {
  let k = from;
  while (k < units.length && (units[k]?.start ?? Infinity) < end) k++;
  return k;
}

// "Russia-backed", "pro-government": a hyphenated modifier is not a name
function lowerHyphenAdjective(u: Unit): boolean {
  return u.parts.length > 1 && /^[a-z]/.test(u.parts[u.parts.length - 1] ?? '');
}

function makeCandidate(ctx: NameContext, i: number, j: number): NameCandidate | null {
  const { units } = ctx;
  const lex = actorLexicon();
  const first = units[i];
  if (!first) return null;
  const shouted = ctx.shouted.has(first.sentence);

  // a lexicon name that runs on in lower case ("UN agency for Palestinian refugees")
  const lexPhrase = matchPhrase(ctx, i);
  if (lexPhrase) {
    return make(ctx, i, lexPhrase.last, first.start, lexPhrase.entry.type, lexPhrase.entry.country, lexPhrase.entry, 'lexicon', false);
  }
  const byName = orgNamed(units, i, j);
  // acronyms have no spaces: only a one-unit name can be one
  const byAcr = i === j ? lex.orgsByAcronym.get(first.text) : undefined;
  if (byName || byAcr) {
    const entry = (byName ?? byAcr) as OrgEntry;
    return make(ctx, i, j, first.start, entry.type, entry.country, entry, 'lexicon', shouted);
  }

  // strip leading titles and a country adjective before a title ("Syrian President …")
  let a = i;
  let titled = false;
  let country: string | null = null;
  for (; a < j; a++) {
    const u = units[a] as Unit;
    if (keyFactsOf(u).title) { titled = true; continue; }
    if (TITLE_MODIFIERS.has(u.key)) continue;
    const demonym = factsOf(u).country;
    if (a === i && (demonym || lex.orgsByAcronym.has(u.text))) { country = demonym?.code ?? null; continue; }
    break;
  }
  if (!titled) {
    // "American Tom Johnson", "Fullback Andre Joubert", "Former Wallaby …": a leading word before a given name
    let b = i;
    while (b < j && (factsOf(units[b] as Unit).country !== undefined || TITLE_MODIFIERS.has(key(units[b])) || (b === i && first.initial))) b++;
    if (b > i && b < j && keyFactsOf(units[b] as Unit).firstName && !keyFactsOf(first).firstName) {
      titled = true;
      a = b;
      country = factsOf(first).country?.code ?? null;
    } else { a = i; country = null; }
  }
  else if (keyFactsOf(units[a] as Unit).title || TITLE_MODIFIERS.has(key(units[a]))) return null;
  const prev = units[i - 1];
  // "coach Glenn Hoddle" — but not "the rival Patriotic Union of Kurdistan", whose own head word says organisation
  if (!titled && prev && prev.sentence === first.sentence && keyFactsOf(prev).title && !prev.cap && !hasHead(units, i, j)) titled = true;

  const cand = make(ctx, a, j, first.start, null, country, null, '', shouted);
  const is = (type: ActorType | null, evidence: string, loud = shouted): NameCandidate => typedAs(cand, type, evidence, loud);
  // the name's units are a..j; `words` of them, looked up by their keys
  const words = j - a + 1;
  const head0 = units[a] as Unit;
  const firstKey = head0.key;
  const inPlace = ctx.isPlace(cand.start, cand.end);
  const next = units[j + 1];
  const after2 = units[j + 2];
  const after3 = units[j + 3];

  if (titled) return is('person', 'title');
  // results tables: a team between scores ("Lotte 6 Hyundai 2", "NEW YORK 74 59 .556")
  const before = units[i - 1];
  const rowStart = first.initial || isInt(before) || before?.text === ',' || before?.text === ':';
  const isCountry = countryNamed(units, a, j) !== undefined;
  // national sides stay places (CoNLL: "France beat Italy" → LOC); clubs and counties are teams; a given
  // name ("Chester", "Clyde") is a team too where the row is a standings line or a result between two sides
  if (ctx.tableDoc && !isCountry && sameSentence(next, first) && isScore(next) && rowStart && j - a < 3
    && (!keyFactsOf(head0).firstName || teamRow(units, j + 1)) && !isInitial(head0.text)) {
    return is('organization', 'table', false);
  }
  // an athlete and their country: "Tim Henman (Britain)"
  if (next?.text === '(' && after2 && factsOf(after2).country !== undefined && after3?.text === ')' && !hasHead(units, a, j)) {
    return is('person', 'context', false);
  }
  if (isCountry) return is(null, 'place');
  // "Douglas & Lomason": an ampersand joins firms, not people
  for (let m = a; m <= j; m++) if ((units[m] as Unit).text === '&') return is('organization', 'head');
  for (let k = words - 1; k >= 0; k--) {
    const head = keyFactsOf(units[a + k] as Unit).head;
    if (head && (k > 0 || words === 1 || head !== 'organization' || CONNECTORS.has((units[a + 1] as Unit).key))) {
      const c = factsOf(head0).country;
      cand.country = c ? c.code : null;
      // "German Foreign Ministry": the adjective gives the country, the name is "Foreign Ministry" (but the
      // adjective belongs to "Iraqi National Congress": only a portfolio word after it makes it a modifier)
      if (c?.form === 'demonym' && head === 'government' && words > 1 && keyFactsOf(units[a + 1] as Unit).country === undefined
        && (words === 2 || TITLE_MODIFIERS.has((units[a + 1] as Unit).key))) {
        const u1 = units[a + 1] as Unit;
        cand.start = u1.start;
        cand.text = ctx.source.slice(cand.start, cand.end);
        cand.lower = cand.text.toLowerCase();
        cand.first = u1.i;
      }
      // "National Disaster Management Authority": a public body, not a private organisation
      if (head === 'organization' && k > 0 && stateMarkers().has(firstKey)) return is('government', 'head');
      return is(head, 'head');
    }
  }
  if (words === 1 && (isAcronym(head0.text) || (/^[A-Z]{6,8}$/.test(head0.text) && next?.text !== ':')) && !/\d/.test(head0.text) && !/^[IVXLC]+$/.test(head0.text) && keyFactsOf(head0).country === undefined && !inPlace) {
    return is('organization', 'acronym');
  }
  const placeLike = inPlace || isCountry || placeNamed(units, a, j);
  // in a sports report a club or county is a team wherever it is not where something happens ("at Headingley")
  if (placeLike && !isCountry && (MATCH_WORDS.has(next?.lower ?? '') || MATCH_WORDS.has(before?.lower ?? '') || isScore(next)
    || (!LOCATIVE.has(before?.lower ?? '') && !first.initial && words === 1
      && (next?.pos === 'VERB' || next?.pos === 'AUX' || (!!next && factsOf(next).title)))) && ctx.sportsDoc) {
    return is('organization', 'team', false);
  }
  // a place by itself is no actor, unless the article shows it is a team elsewhere (see decide)
  if (placeLike) return is(null, 'place');
  if (words >= 2) {
    if (keyFactsOf(head0).firstName || isInitial(head0.text)) return is('person', 'given');
    // "Reynard Honda", "LM Ericsson AB": a known firm's name inside the sequence
    for (let m = a + 1; m <= j; m++) if (keyFactsOf(units[m] as Unit).org !== undefined) return is('organization', 'lexicon-part');
    // "International Red Cross": a known organisation's name closes the sequence
    for (let m = a + 1; m < j; m++) if (orgNamed(units, m, j)) return is('organization', 'lexicon-part');
    if (keyFactsOf(units[j] as Unit).surname) return is('person', 'surname');
    if (ageFollows(units, j)) return is('person', 'context');
    return is(null, 'multi');
  }
  if (ageFollows(units, j)) return is('person', 'context');
  return is(null, 'single');
}

function typedAs(cand: NameCandidate, type: ActorType | null, evidence: string, shouted: boolean): NameCandidate {
  cand.type = type;
  cand.evidence = evidence;
  cand.shouted = shouted;
  return cand;
}

/**
 * After a name, at unit k: a standings line ("3 1 0 2 2 5 3": four numbers or more) or one side of a result
 * with the other side after the score ("6 Hyundai 2"). Athletes' results ("Smith 10.21") are neither.
 */
function teamRow(units: Unit[], k: number): boolean {
  const u = units[k];
  if (!u) return false;
  const same = (x: Unit | undefined): x is Unit => !!x && x.sentence === u.sentence;
  let ints = 0;
  while (same(units[k + ints]) && isInt(units[k + ints])) ints++;
  if (ints >= 4) return true;
  const other = units[k + 1];
  return ints === 1 && same(other) && other.cap && !isInitial(other.text) && capRunScore(units, k + 1);
}

/** a capitalised run from k followed by a score on the same line. */
function capRunScore(units: Unit[], k: number): boolean {
  const seg = units[k]?.sentence;
  let m = k;
  while (units[m]?.sentence === seg && units[m]?.cap && m - k < 4) m++;
  return units[m]?.sentence === seg && isInt(units[m]);
}

/** a table row's opening word, which wink may tag as a verb or noun ("Stoke 4 3 1 0 7 4 10", "Bury 4 Bristol City 0"). */
function rowName(units: Unit[], i: number): boolean {
  const u = units[i] as Unit;
  if (!u.cap || !u.initial || u.text.length < 3 || factsOf(u).notName) return false;
  const next = units[i + 1];
  return !!next && next.sentence === u.sentence && isInt(next) && teamRow(units, i + 1);
}

/** the lower-cased units a..b joined by single spaces. */
function joinLower(units: Unit[], a: number, b: number): string {
  let s = (units[a] as Unit).lower;
  for (let k = a + 1; k <= b; k++) s += ' ' + (units[k] as Unit).lower;
  return s;
}

// A name of several words is joined into one string for a look-up only when its first word opens an entry of
// several words: most names open none and need no string at all.

/** the organisation the lexicon names by units a..b ("bank of england"). */
function orgNamed(units: Unit[], a: number, b: number): OrgEntry | undefined {
  const first = factsOf(units[a] as Unit);
  if (a === b) return first.org;
  return first.opensOrg ? actorLexicon().orgsByName.get(joinLower(units, a, b)) : undefined;
}

/** the country (or nationality) units a..b name ("united states"). */
function countryNamed(units: Unit[], a: number, b: number): CountryEntry | undefined {
  const first = factsOf(units[a] as Unit);
  if (a === b) return first.country;
  return first.opensCountry ? actorLexicon().countries.get(joinLower(units, a, b)) : undefined;
}

/** do units a..b, by their look-up forms, name a mined place? */
function placeNamed(units: Unit[], a: number, b: number): boolean {
  const first = units[a] as Unit;
  if (a === b) return keyFactsOf(first).place;
  if (!keyFactsOf(first).opensPlace) return false;
  let s = first.key;
  for (let k = a + 1; k <= b; k++) s += ' ' + (units[k] as Unit).key;
  return actorLexicon().places.has(s);
}

// "Alan Shearer, 26," — an age in commas after a name
function ageFollows(units: Unit[], j: number): boolean {
  return units[j + 1]?.text === ',' && /^\d{1,2}$/.test(units[j + 2]?.text ?? '') && units[j + 3]?.text === ',';
}

/** a candidate for units a..b, typed as `like` (a name in a capitals headline the body has typed). */
export function subCandidate(source: string, units: Unit[], a: number, b: number, like: NameCandidate): NameCandidate {
  return make({ source, units, shouted: new Set(), isPlace: () => false, tableDoc: false, sportsDoc: false }, a, b, units[a]?.start ?? 0,
    like.type, like.country, like.entry, 'same', true);
}

// one explicit object shape for every candidate (object spread is an order of magnitude slower here)
function make(ctx: NameContext, a: number, b: number, fullStart: number, type: ActorType | null, country: string | null,
  entry: OrgEntry | null, evidence: string, shouted: boolean): NameCandidate {
  const start = ctx.units[a]?.start ?? 0;
  let end = ctx.units[b]?.end ?? start;
  // "… Lear Corp." closing a sentence: the full stop ends the sentence, not the name
  const nextUnit = ctx.units[b + 1];
  if (b > a && ctx.source.charAt(end - 1) === '.' && (!nextUnit || nextUnit.sentence !== ctx.units[b]?.sentence)) end--;
  const text = ctx.source.slice(start, end);
  return {
    start, end, text, lower: text.toLowerCase(), fullStart, fullText: fullStart === start ? text : ctx.source.slice(fullStart, end),
    first: a, last: b, type, country, entry, evidence, shouted,
  };
}

function matchPhrase(ctx: NameContext, i: number): { entry: OrgEntry; last: number } | null {
  const { units, source } = ctx;
  const u = units[i];
  if (!u) return null;
  const list = factsOf(u).orgPhrases;
  if (!list) return null;
  for (const { phrase, entry } of list) {
    const end = u.start + phrase.length;
    if (source.slice(u.start, end).toLowerCase() !== phrase || /[\p{L}\d]/u.test(source.charAt(end))) continue;
    let last = i;
    while ((units[last + 1]?.end ?? Infinity) <= end) last++;
    if (units[last]?.sentence === u.sentence) return { entry, last };
  }
  return null;
}

/** "Russia-backed": the country in front of a backing modifier is a state actor. */
export function backingStates(units: Unit[]): { start: number; end: number; text: string; code: string }[] {
  const lex = actorLexicon();
  const out: { start: number; end: number; text: string; code: string }[] = [];
  for (const u of units) {
    if (u.parts.length < 2 || !BACKED.has((u.parts[u.parts.length - 1] ?? '').toLowerCase())) continue;
    const head = u.parts.slice(0, -1).join('-');
    const c = lex.countries.get(head.toLowerCase());
    if (c && c.form === 'country') out.push({ start: u.start, end: u.start + head.length, text: head, code: c.code });
  }
  return out;
}

let markers: Set<string> | undefined;
function stateMarkers(): Set<string> {
  markers ??= new Set(loadList('actors-state-markers'));
  return markers;
}

// Named actors: capitalised word sequences (wink's lite model has no person/org NER), typed by lexicons
// (organisations, acronyms, organisation head words, titles, given names, surnames) and by context
// ("coach Glenn Hoddle", "Tim Henman (Britain)", a team in a results table).
import { loadList } from '../../lexicons/load.js';
import type { ActorType } from '../../schema.js';
import { actorLexicon, isAcronym, type OrgEntry } from './lexicon.js';
import { isParticle, type Unit } from './units.js';

export interface NameCandidate {
  /** the name itself, titles and a leading country adjective stripped ("Bashar al-Assad"). */
  start: number;
  end: number;
  text: string;
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

/** Multi-word lexicon names with lower-case words ("UN agency for Palestinian refugees"), by first word. */
let phraseIndex: Map<string, { phrase: string; entry: OrgEntry }[]> | undefined;
function phrases(): Map<string, { phrase: string; entry: OrgEntry }[]> {
  if (phraseIndex) return phraseIndex;
  phraseIndex = new Map();
  for (const [phrase, entry] of actorLexicon().orgsByName) {
    if (!phrase.includes(' ')) continue;
    const first = phrase.split(' ')[0] ?? '';
    const list = phraseIndex.get(first) ?? [];
    list.push({ phrase, entry });
    list.sort((a, b) => b.phrase.length - a.phrase.length);
    phraseIndex.set(first, list);
  }
  return phraseIndex;
}

function startable(u: Unit): boolean {
  const lex = actorLexicon();
  if (!u.cap || lex.notNames.has(u.lower)) return false;
  if (!u.initial) return true;
  if (u.pos === 'PROPN' || u.pos === 'X' || isAcronym(u.text)) return true;
  const l = key(u);
  return lex.firstNames.has(l) || lex.titles.has(l) || lex.countries.has(u.lower) || lex.orgsByName.has(u.lower);
}

const sameSentence = (a: Unit | undefined, b: Unit): a is Unit => !!a && a.sentence === b.sentence;

function hasHead(units: Unit[], from: number, to: number): boolean {
  const heads = actorLexicon().heads;
  for (let k = from; k <= to; k++) if (heads.has(key(units[k]))) return true;
  return false;
}

/** end index of the capitalised run starting at k (particles allowed inside), or k-1 if none. */
function capRun(units: Unit[], k: number, anchor: Unit): number {
  let j = k - 1;
  for (;;) {
    const n = units[j + 1];
    if (!sameSentence(n, anchor)) break;
    if (n.cap && !actorLexicon().notNames.has(n.lower) && !lowerHyphenAdjective(n)) { j++; continue; }
    if (isParticle(n.text)) {
      let m = j + 1;
      while (sameSentence(units[m], anchor) && isParticle(units[m]?.text ?? '')) m++;
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
      const lex = actorLexicon();
      const known = lookUpJoined(lex.orgsByName, lex.orgNameStarts, units, i, k) !== undefined;
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
  const lex = actorLexicon();
  const titleish = (k: number) => {
    const w = key(units[k]);
    return lex.titles.has(w) || TITLE_MODIFIERS.has(w);
  };
  for (let k = i + 1; k < j; k++) {
    if (!titleish(k) || titleish(k - 1) || lex.heads.has(key(units[k]))) continue;
    // a run of modifiers and titles ("Financial Secretary") with a name after it
    let m = k;
    let hasTitle = false;
    while (m <= j && titleish(m)) {
      const w = key(units[m]);
      if (lex.titles.has(w) && !TITLE_MODIFIERS.has(w)) hasTitle = true;
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
  const byName = lookUpJoined(lex.orgsByName, lex.orgNameStarts, units, i, j);
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
    const w = key(units[a]);
    const demonym = lex.countries.get(units[a]?.lower ?? '');
    if (lex.titles.has(w)) { titled = true; continue; }
    if (TITLE_MODIFIERS.has(w)) continue;
    if (a === i && (demonym || lex.orgsByAcronym.has(units[a]?.text ?? ''))) { country = demonym?.code ?? null; continue; }
    break;
  }
  if (!titled) {
    // "American Tom Johnson", "Fullback Andre Joubert", "Former Wallaby …": a leading word before a given name
    let b = i;
    while (b < j && (lex.countries.has(units[b]?.lower ?? '') || TITLE_MODIFIERS.has(key(units[b])) || (b === i && first.initial))) b++;
    if (b > i && b < j && lex.firstNames.has(key(units[b])) && !lex.firstNames.has(key(first))) {
      titled = true;
      a = b;
      country = lex.countries.get(first.lower)?.code ?? null;
    } else { a = i; country = null; }
  }
  else if (lex.titles.has(key(units[a])) || TITLE_MODIFIERS.has(key(units[a]))) return null;
  const prev = units[i - 1];
  // "coach Glenn Hoddle" — but not "the rival Patriotic Union of Kurdistan", whose own head word says organisation
  if (!titled && prev && prev.sentence === first.sentence && lex.titles.has(key(prev)) && !prev.cap && !hasHead(units, i, j)) titled = true;

  const cand = make(ctx, a, j, first.start, null, country, null, '', shouted);
  const is = (type: ActorType | null, evidence: string, loud = shouted): NameCandidate => typedAs(cand, type, evidence, loud);
  // the name's units are a..j; `words` of them, looked up by their keys
  const words = j - a + 1;
  const head0 = units[a] as Unit;
  const firstKey = head0.key;
  const lastKey = (units[j] as Unit).key;
  const inPlace = ctx.isPlace(cand.start, cand.end);
  const next = units[j + 1];
  const after2 = units[j + 2];
  const after3 = units[j + 3];

  if (titled) return is('person', 'title');
  // results tables: a team between scores ("Lotte 6 Hyundai 2", "NEW YORK 74 59 .556")
  const before = units[i - 1];
  const rowStart = first.initial || isInt(before) || before?.text === ',' || before?.text === ':';
  const isCountry = lookUpJoined(lex.countries, lex.countryStarts, units, a, j) !== undefined;
  // national sides stay places (CoNLL: "France beat Italy" → LOC); clubs and counties are teams; a given
  // name ("Chester", "Clyde") is a team too where the row is a standings line or a result between two sides
  if (ctx.tableDoc && !isCountry && sameSentence(next, first) && isScore(next) && rowStart && j - a < 3
    && (!lex.firstNames.has(firstKey) || teamRow(units, j + 1)) && !isInitial(head0.text)) {
    return is('organization', 'table', false);
  }
  // an athlete and their country: "Tim Henman (Britain)"
  if (next?.text === '(' && after2 && lex.countries.has(after2.lower) && after3?.text === ')' && !hasHead(units, a, j)) {
    return is('person', 'context', false);
  }
  if (isCountry) return is(null, 'place');
  // "Douglas & Lomason": an ampersand joins firms, not people
  for (let m = a; m <= j; m++) if ((units[m] as Unit).text === '&') return is('organization', 'head');
  for (let k = words - 1; k >= 0; k--) {
    const head = lex.heads.get((units[a + k] as Unit).key);
    if (head && (k > 0 || words === 1 || head !== 'organization' || CONNECTORS.has((units[a + 1] as Unit).key))) {
      const c = lex.countries.get(head0.lower);
      cand.country = c ? c.code : null;
      // "German Foreign Ministry": the adjective gives the country, the name is "Foreign Ministry" (but the
      // adjective belongs to "Iraqi National Congress": only a portfolio word after it makes it a modifier)
      if (c?.form === 'demonym' && head === 'government' && words > 1 && !lex.countries.has((units[a + 1] as Unit).key)
        && (words === 2 || TITLE_MODIFIERS.has((units[a + 1] as Unit).key))) {
        const u1 = units[a + 1] as Unit;
        cand.start = u1.start;
        cand.text = ctx.source.slice(cand.start, cand.end);
        cand.first = u1.i;
      }
      // "National Disaster Management Authority": a public body, not a private organisation
      if (head === 'organization' && k > 0 && stateMarkers().has(firstKey)) return is('government', 'head');
      return is(head, 'head');
    }
  }
  if (words === 1 && (isAcronym(head0.text) || (/^[A-Z]{6,8}$/.test(head0.text) && next?.text !== ':')) && !/\d/.test(head0.text) && !/^[IVXLC]+$/.test(head0.text) && !lex.countries.has(firstKey) && !inPlace) {
    return is('organization', 'acronym');
  }
  const placeLike = inPlace || isCountry || lookUpJoinedKeys(lex.places, lex.placeStarts, units, a, j);
  // in a sports report a club or county is a team wherever it is not where something happens ("at Headingley")
  if (placeLike && !isCountry && (MATCH_WORDS.has(next?.lower ?? '') || MATCH_WORDS.has(before?.lower ?? '') || isScore(next)
    || (!LOCATIVE.has(before?.lower ?? '') && !first.initial && words === 1
      && (next?.pos === 'VERB' || next?.pos === 'AUX' || lex.titles.has(next?.lower ?? '')))) && ctx.sportsDoc) {
    return is('organization', 'team', false);
  }
  // a place by itself is no actor, unless the article shows it is a team elsewhere (see decide)
  if (placeLike) return is(null, 'place');
  if (words >= 2) {
    if (lex.firstNames.has(firstKey) || isInitial(head0.text)) return is('person', 'given');
    // "Reynard Honda", "LM Ericsson AB": a known firm's name inside the sequence
    for (let m = a + 1; m <= j; m++) if (lex.orgsByName.has((units[m] as Unit).key)) return is('organization', 'lexicon-part');
    // "International Red Cross": a known organisation's name closes the sequence
    for (let m = a + 1; m < j; m++) if (lookUpJoined(lex.orgsByName, lex.orgNameStarts, units, m, j)) return is('organization', 'lexicon-part');
    if (lex.surnames.has(lastKey)) return is('person', 'surname');
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
  if (!u.cap || !u.initial || u.text.length < 3 || actorLexicon().notNames.has(u.lower)) return false;
  const next = units[i + 1];
  return !!next && next.sentence === u.sentence && isInt(next) && teamRow(units, i + 1);
}

/** the lower-cased units a..b joined by single spaces. */
function joinLower(units: Unit[], a: number, b: number): string {
  let s = (units[a] as Unit).lower;
  for (let k = a + 1; k <= b; k++) s += ' ' + (units[k] as Unit).lower;
  return s;
}

/**
 * `table`'s value for the lower-cased units a..b joined by spaces. The joined string is built only when the
 * first unit opens some entry of several words (`starts`): most names open none, and need no string at all.
 */
function lookUpJoined<V>(table: ReadonlyMap<string, V>, starts: ReadonlySet<string>, units: Unit[], a: number, b: number): V | undefined {
  const first = (units[a] as Unit).lower;
  if (a === b) return table.get(first);
  return starts.has(first) ? table.get(joinLower(units, a, b)) : undefined;
}

/** is the units a..b's look-up forms (no full stops), joined by spaces, in `set`? (see lookUpJoined) */
function lookUpJoinedKeys(set: ReadonlySet<string>, starts: ReadonlySet<string>, units: Unit[], a: number, b: number): boolean {
  const first = (units[a] as Unit).key;
  if (a === b) return set.has(first);
  if (!starts.has(first)) return false;
  let s = first;
  for (let k = a + 1; k <= b; k++) s += ' ' + (units[k] as Unit).key;
  return set.has(s);
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
  return {
    start, end, text: ctx.source.slice(start, end), fullStart, fullText: ctx.source.slice(fullStart, end),
    first: a, last: b, type, country, entry, evidence, shouted,
  };
}

function matchPhrase(ctx: NameContext, i: number): { entry: OrgEntry; last: number } | null {
  const { units, source } = ctx;
  const u = units[i];
  if (!u) return null;
  const list = phrases().get(u.lower);
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

// Evidence for and against each candidate: the gazetteer's prior (a country or a big city is a place
// by itself; a village name needs a cue), cues from the context (locative preposition, "X, St.", a
// context pattern, the dateline) and vetoes (a title before it, a longer capitalised name around it).
import type { AnalysedDoc, Token } from '../../document/model.js';
import { foldKey, usableEntries, type Gazetteer, type GazEntry } from '../../gazetteer/index.js';
import { COMPASS_ADJ, placesLexicon, STRONG_PREPOSITIONS } from './lexicon.js';
import { nameRun } from './match.js';
import { ACCEPT, isAllCaps, isCapWord, lowerAsciiAt, newMention, NO_ENTRIES, note, type Mention } from './mention.js';

import type { PatternHit } from './patterns.js';
import { inResultsRow, isSportsReport, sportsWords } from './sports.js';
import { summary } from './summary.js';

const WEAK_PREPOSITIONS = new Set(['of', 'to', 'and', 'for', 'on', 'by', 'across', 'over', 'with', 'than']);
const DAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** namePrior with the gazetteer, by entries array (a gazetteer slot's own array is reused across articles). */
const priorMemo = new WeakMap<readonly GazEntry[], number>();

/** How much a name is a place by itself, from its best gazetteer entry. */
export function namePrior(entries: readonly GazEntry[], g?: Gazetteer): number {
  if (!g) return namePriorOf(entries, g);
  let p = priorMemo.get(entries);
  if (p === undefined) {
    p = namePriorOf(entries, g);
    priorMemo.set(entries, p);
  }
  return p;
}

function namePriorOf(entries: readonly GazEntry[], g?: Gazetteer): number {
  let best = 0;
  for (const e of entries) {
    let s: number;
    if (e.kind === 'country') s = 3;
    else if (e.feature === 'AREA') s = 2.5;
    // a region of a large country ("Texas", "Idlib") stands alone; one of a micro-state ("Michael") does not
    else if (e.kind === 'admin_region') s = !g || g.area(e.country) >= LARGE_COUNTRY_KM2 ? 2.5 : 1;
    else if (e.feature === 'PPLC' || e.population >= 1_000_000) s = 3;
    else if (e.population >= 100_000) s = 2.5;
    else if (e.population >= 20_000) s = 1.5;
    else if (e.population >= 5_000) s = 1;
    else s = 0.5;
    if (s > best) best = s;
  }
  return best;
}

const LARGE_COUNTRY_KM2 = 100_000;

function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Capitalised words that may precede a place name without making it part of another name. */
const PLACE_PREFIXES = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper',
  'lower', 'greater', 'downtown', 'metro', 'metropolitan', 'rural', 'suburban', 'inner', 'outer', 'coastal',
  'the', 'a', 'an', 'in', 'at', 'from', 'to', 'for', 'and', 'but', 'of', 'on', 'by', 'with', 'as', 'near',
  'across', 'around', 'throughout', 'outside', 'inside', 'into', 'since', 'while', 'when', 'after', 'before',
  'both', 'all', 'every', 'across', 'between', 'like', 'unlike', 'including', 'about', 'over', 'under', 'within',
]);

const LOCATING_COMPOUNDS = new Set(['based', 'born', 'bred', 'made', 'controlled', 'held', 'occupied', 'registered', 'listed', 'led', 'area']);
const AGENT_COMPOUNDS = new Set(['backed', 'sponsored', 'funded', 'financed', 'brokered', 'allied', 'supported', 'armed', 'aligned']);

const REPORTING_VERBS = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'stated', 'asked', 'replied', 'wrote']);

function mentionFromRange(doc: AnalysedDoc, g: Gazetteer, t0: number, t1: number): Mention {
  const a = doc.tokens[t0] as Token;
  const b = doc.tokens[t1 - 1] as Token;
  const surface = doc.text.slice(a.start, b.end);
  const key = foldKey(surface);
  const slot = g.slot(key);
  const entries = slot?.entries.length ? usableEntries(slot, surface) : looseUsable(g.lookupLoose(key), surface);
  return newMention(doc, t0, t1, surface, key, entries);
}

/** loose entries usable as `surface` is written (see usableEntries): the gazetteer's own array when all are. */
function looseUsable(loose: readonly GazEntry[] | undefined, surface: string): readonly GazEntry[] {
  if (!loose) return NO_ENTRIES;
  return loose.some((e) => e.caseSensitive) ? loose.filter((e) => !e.caseSensitive || e.caseSensitive === surface) : loose;
}

/** Merge pattern hits into the gazetteer's candidates, then score every candidate. */
export function weigh(doc: AnalysedDoc, g: Gazetteer, found: Mention[], hits: PatternHit[]): Mention[] {
  const lex = placesLexicon();
  const { tokens } = doc;
  let mentions = found.slice();
  const byToken = (): Map<number, Mention> => {
    const m = new Map<number, Mention>();
    for (const x of mentions) for (let t = x.t0; t < x.t1; t++) m.set(t, x);
    return m;
  };

  for (const m of mentions) {
    note(m, namePrior(m.entries, g), 'prior');
  }

  // pattern hits: confirm a gazetteer candidate with the same span, or replace overlapping ones by the hit
  for (const h of hits) {
    if (h.isRegion) {
      // the hit is a state's abbreviation ("D-Pa.", "Ga. pastor"): a mention of that region
      const region = h.region ? g.region(h.region) : undefined;
      if (!region) continue;
      const surface = doc.text.slice((tokens[h.t0] as Token).start, (tokens[h.t1 - 1] as Token).end);
      const q = newMention(doc, h.t0, h.t1, surface, foldKey(region.name), [region]);
      note(q, 3, h.pattern);
      mentions = mentions.filter((m) => !(m.t0 < q.t1 && q.t0 < m.t1));
      mentions.push(q);
      continue;
    }
    const same = mentions.find((m) => m.t0 === h.t0 && m.t1 === h.t1);
    let target = same;
    if (!target) {
      const overlapping = mentions.filter((m) => m.t0 < h.t1 && h.t0 < m.t1);
      // a gazetteer name longer than the hit ("Gaza City" under "city") keeps its span
      if (overlapping.some((m) => m.t0 <= h.t0 && m.t1 >= h.t1)) continue;
      mentions = mentions.filter((m) => !overlapping.includes(m));
      target = mentionFromRange(doc, g, h.t0, h.t1);
      note(target, namePrior(target.entries, g), 'prior');
      mentions.push(target);
    }
    if (h.kind && !target.kind) target.kind = h.kind;
    if (h.countryHint) target.countryHint = h.countryHint;
    note(target, h.pattern === 'compass' ? 1.5 : 2.5, h.pattern);
    if (h.region && h.regionT0 !== undefined && h.regionT1 !== undefined) {
      const region = g.region(h.region);
      if (region) {
        const surface = doc.text.slice((tokens[h.regionT0] as Token).start, (tokens[h.regionT1 - 1] as Token).end);
        const q = newMention(doc, h.regionT0, h.regionT1, surface, foldKey(region.name), [region]);
        note(q, 3, 'state-abbreviation');
        mentions = mentions.filter((m) => !(m.t0 < q.t1 && q.t0 < m.t1));
        mentions.push(q);
        target.qualifier = q;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);

  // "X, Y" where Y is a country or a region: Y qualifies X (and an unknown X preceded by a preposition is
  // a place: "in Kelleyland, Texas")
  let at = byToken();
  for (const y of mentions.slice()) {
    const comma = tokens[y.t0 - 1];
    if (comma?.text !== ',' || !summary(y.entries).countryOrAdmin) continue;
    const x = at.get(y.t0 - 2);
    if (x) {
      if (!x.qualifier && summary(x.entries).cityOrDistrict && x !== y) {
        x.qualifier = y;
        note(x, 2, 'comma-qualifier');
      }
      continue;
    }
    // an unknown name right before the comma
    let s = y.t0 - 2;
    while (s > 0 && isCapWord(tokens[s - 1]) && tokens[s - 1]?.sentence === tokens[s]?.sentence) s--;
    const prev = tokens[s - 1];
    if (s >= 0 && isCapWord(tokens[s]) && nameRun(tokens, s) === y.t0 - 1 && prev && (STRONG_PREPOSITIONS.has(prev.lower) || prev.lower === 'of')) {
      const m = mentionFromRange(doc, g, s, y.t0 - 1);
      m.kind = 'city';
      m.qualifier = y;
      note(m, ACCEPT + 0.5, 'unknown-comma-qualifier');
      mentions.push(m);
    }
  }
  // "on Kafr Batna, in southern Damascus": an unknown name that the text puts inside a known place
  for (const y of mentions.slice()) {
    if (!y.entries.length) continue;
    let k = y.t0 - 1;
    if (COMPASS_ADJ.has(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower === 'the') k--;
    if (tokens[k]?.lower !== 'in' && tokens[k]?.lower !== 'near') continue;
    if (tokens[k - 1]?.text !== ',') continue;
    const end = k - 1;
    let s = end - 1;
    while (s > 0 && tokens[s - 1] && tokens[s - 1]?.sentence === tokens[s]?.sentence && end - s < 8 && nameRun(tokens, s - 1) === end) s--;
    const known = at.get(s);
    if (known && known.t0 === s && known.t1 === end && known !== y) {
      note(known, 2, 'inside-known');
      known.insideOf = y;
      continue;
    }
    if (!isCapWord(tokens[s]) || nameRun(tokens, s) !== end || known) continue;
    const prev = tokens[s - 1];
    if (!prev || !(STRONG_PREPOSITIONS.has(prev.lower) || prev.lower === 'on' || prev.lower === 'of')) continue;
    const m = mentionFromRange(doc, g, s, end);
    if (m.entries.length) continue;
    m.insideOf = y;
    note(m, ACCEPT + 0.5, 'unknown-inside-known');
    mentions.push(m);
  }
  mentions.sort((a, b) => a.start - b.start);
  at = byToken();

  const dl = doc.dateline?.place;
  const dlEnd = dl ? dl.end : -1;
  const sports = isSportsReport(doc);
  for (const m of mentions) {
    const first = tokens[m.t0] as Token;
    const prev = tokens[m.t0 - 1];
    const prev2 = tokens[m.t0 - 2];
    const next = tokens[m.t1];
    const sameSentence = (t: Token | undefined): t is Token => !!t && t.sentence === first.sentence && !t.newlineBefore;
    const datelined = (!!dl && m.start >= dl.start && m.end <= dlEnd) || (!sports && inlineDateline(doc, m));
    if (datelined) note(m, 3, 'dateline');
    if (sameSentence(prev) && !first.newlineBefore) {
      if (STRONG_PREPOSITIONS.has(prev.lower)) note(m, 1.5, 'preposition');
      else if (WEAK_PREPOSITIONS.has(prev.lower)) note(m, 0.5, 'weak-preposition');
      // a title before the name makes it a person: "President Jordan", "Sen. Lincoln"
      const title = prev.text === '.' && prev2 ? prev2.lower : withoutFinalDot(prev.lower);
      if (lex.titles.has(title) && (isCapWord(prev) || isCapWord(prev2))) {
        note(m, -6, 'title');
        m.vetoed = true;
      } else if (prev.text.endsWith('.') && /^\p{Lu}\.$/u.test(prev.text) && !first.newlineBefore) {
        // a middle initial: "Tyrise M. Bell"
        note(m, -6, 'after-initial');
        m.vetoed = true;
      } else if (isCapWord(prev) && !first.newlineBefore && !PLACE_PREFIXES.has(prev.lower) && !g.demonymOfLower(prev.lower)
        && !lex.orgHeads.has(prev.lower) && !prev.text.endsWith('.')
        && !(prev.index === doc.sentences[first.sentence]?.firstToken && prev.pos !== 'PROPN')) {
        // inside a longer capitalised name: "Chiquita Raquel Henry", "United Russia"
        note(m, -3, 'after-capitalised');
        // a first name before it ("Mary Jones", "Elizabeth Fairfield"): the name is a person's here and,
        // by one sense per article, wherever it stands alone
        // A name of country or big-city weight is vetoed only after a given name ("Michael Jordan"), not after
        // any capitalised word ("Former US ambassador", "Historic Dublin", "Education Minnesota").
        if (prev.pos === 'PROPN' && !isAllCaps(prev) && (lex.firstNames.has(prev.lower) || namePrior(m.entries, g) < 2.5)
          && !summary(m.entries).caseSensitive) m.vetoed = true;
      }
    }
    if (sameSentence(next) && isCapWord(next) && (lowerAsciiAt(first.text, 1) || !/^\p{Lu}+$/u.test(first.text))) {
      const head = next.lower;
      // a name ended by a capitalised trigger ("Walker County Fair", "Henderson County Jail") is complete as it is
      const triggered = isCapWord(tokens[m.t1 - 1]) && lex.triggersAfter.get((tokens[m.t1 - 1] as Token).lower) === 'admin_region' && m.t1 - m.t0 >= 2;
      if (!triggered && !lex.orgHeads.has(head) && !lex.triggersAfter.has(head) && !DAYS_MONTHS.has(head) && !g.demonymOfLower(next.lower)) {
        // followed by another name: "Georgia Stevens", "Jordan Henderson", "Houston Rockets"
        note(m, -2, 'before-capitalised');
      }
    }
    if (m.t1 - m.t0 === 1 && REPORTING_VERBS.has(next?.lower ?? '') && !(prev && STRONG_PREPOSITIONS.has(prev.lower))
      && !summary(m.entries).countryOrBig) {
      note(m, -1.5, 'before-reporting-verb');
    }
    const sentenceFirst = doc.sentences[first.sentence]?.firstToken === m.t0 || first.newlineBefore;
    if (sentenceFirst && m.t1 - m.t0 === 1 && first.pos !== 'PROPN') note(m, -1.5, 'sentence-first-common');
    if (m.t1 - m.t0 === 1 && lex.notAlone.has(first.lower)) note(m, -2.5, 'not-alone');
    // a shouted word outside the dateline ("CRICKET - LEICESTERSHIRE TAKE OVER") is a headline's, not a place's
    if (first.text.length > 4 && !datelined && !lowerAsciiAt(first.text, 1) && /^[\p{Lu}\s.'-]+$/u.test(m.surface)
      && !summary(m.entries).countryAdminOrBig) {
      note(m, -1.5, 'all-capitals');
    }
    // "Grovetown police", "Vicksburg residents", "the Lindsay area": a town named as the home of what follows
    if (next && sameSentence(next) && placesLexicon().localNouns.has(next.text) && m.entries.length && !m.vetoed && !g.demonymOfLower(first.lower)
      && !(prev && sameSentence(prev) && (isCapWord(prev) || prev.text === '-'))) note(m, 1.5, 'local-noun');
    teamEvidence(m, tokens, sports, datelined);
    const compound = next?.text === '-' ? (tokens[m.t1 + 1]?.lower ?? '') : '';
    // "Britain-based monitor" locates; "Russia-backed deals" names a state as an agent, not a place
    if (LOCATING_COMPOUNDS.has(compound)) note(m, 1, 'x-based');
    else if (AGENT_COMPOUNDS.has(compound)) {
      note(m, -6, 'x-backed');
      m.vetoed = true;
    }
  }
  listEvidence(tokens, mentions, g, lex.firstNames);
  return mentions;
}

/**
 * Places named in a list with an accepted place are places: "Sulphur Springs, Greenville and Dallas", "in Moonbi,
 * Parkes, Berry and Wyong". A gazetteer name joined by a comma, "and" or "or" to a mention already accepted gains
 * the cue; the list is walked both ways so a whole chain follows one cue.
 */
function listEvidence(tokens: readonly Token[], mentions: readonly Mention[], g: Gazetteer, firstNames: ReadonlySet<string>): void {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  for (const m of mentions) {
    byStart.set(m.t0, m);
    byEnd.set(m.t1, m);
  }
  const joiner = (t: Token | undefined): boolean => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');
  const neighbours = (m: Mention): Mention[] => {
    const out: Mention[] = [];
    // after: "X, Y", "X and Y", "X, and Y"
    if (joiner(tokens[m.t1])) {
      const y = byStart.get(m.t1 + 1) ?? (tokens[m.t1]?.text === ',' && (tokens[m.t1 + 1]?.lower === 'and' || tokens[m.t1 + 1]?.lower === 'or') ? byStart.get(m.t1 + 2) : undefined);
      if (y) out.push(y);
    }
    if (joiner(tokens[m.t0 - 1])) {
      const x = byEnd.get(m.t0 - 1) ?? (tokens[m.t0 - 2]?.text === ',' ? byEnd.get(m.t0 - 2) : undefined);
      if (x) out.push(x);
    }
    return out;
  };
  const placeLike = (m: Mention): boolean => !m.vetoed && m.score >= ACCEPT && (m.entries.length > 0 || !!m.kind);
  for (const order of [mentions, mentions.slice().reverse()]) {
    for (const m of order) {
      // a name with no joiner on either side has no neighbour in a list
      if (!joiner(tokens[m.t1]) && !joiner(tokens[m.t0 - 1])) continue;
      if (m.vetoed || m.score >= ACCEPT || !m.entries.length || m.reasons.includes('list')) continue;
      // only a name nothing speaks against: not inside a longer name ("Martin Court", "Old Trafford", "Chad Foster"),
      // no team, no given name ("Peter, Paul and Mary")
      if (isCapWord(tokens[m.t1]) || /^\d/.test(tokens[m.t0 - 1]?.text ?? '') || m.score < namePrior(m.entries, g)) continue;
      if (m.t1 - m.t0 === 1 && (firstNames.has((tokens[m.t0] as Token).lower) || g.demonymOfLower((tokens[m.t0] as Token).lower))) continue;
      if (tokens[m.t0]?.sentence !== tokens[m.t1 - 1]?.sentence) continue;
      const near = neighbours(m).filter((n) => n.t0 !== m.t0 && tokens[n.t0]?.sentence === tokens[m.t0]?.sentence);
      if (near.some(placeLike)) note(m, 1.5, 'list');
    }
  }
}

const DASHES = new Set(['-', '–', '—', '--']);

/**
 * A dateline the document analysis did not take for one, inside the first lines: a name in capitals that opens a
 * sentence and is followed by a dash, maybe after a state or country ("ATLANTA - …", "CHARLESTON, W.Va. — …").
 */
export function inlineDateline(doc: AnalysedDoc, m: Mention): boolean {
  const { tokens } = doc;
  const first = tokens[m.t0] as Token;
  if (first.sentence > 2 || !isAllCaps(first) || first.text.length < 3) return false;
  if (doc.sentences[first.sentence]?.firstToken !== m.t0 && !first.newlineBefore) return false;
  for (let k = m.t1; k < m.t1 + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (DASHES.has(t.text)) return true;
    if (t.newlineBefore || !(t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')' || isCapWord(t))) return false;
  }
  return false;
}

/** prepositions after which even a sports report names a place, not a team: "at Trent Bridge", "in Leeds". */
const SPORTS_LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'within', 'throughout', 'between']);

/** a country (or a curated area: England, Europe) keeps its sense in a sports report; towns and states do not. */
function isNationLike(m: Mention): boolean {
  return summary(m.entries).nationLike;
}

/**
 * Teams named after towns: in a results table row, or anywhere in a sports report unless a locative cue,
 * a dateline or a qualifier ("Leeds, England") makes it the place. A sport's own name ("CRICKET -") is no place.
 */
function teamEvidence(m: Mention, tokens: readonly Token[], sports: boolean, inDateline: boolean): void {
  if (m.t1 - m.t0 <= 2 && sportsWords().has(m.key)) {
    note(m, -6, 'sport-name');
    return;
  }
  if (inDateline) return;
  const resultsRow = inResultsRow(tokens, m.t0, m.t1);
  // (the rules below are for results rows and sports reports: other names skip the look-up of their kinds)
  if (!resultsRow && (!sports || m.qualifier || m.kind)) return;
  if (isNationLike(m)) return;
  if (resultsRow) {
    note(m, -4, 'results-row');
    return;
  }
  if (!placeInSportsReport(tokens, m)) note(m, -3.5, 'sports-team');
}

/** cues that keep a town a place in a sports report: "at Headingley (Leeds)", "Hove: Sussex 363", "the Berlin stadium". */
function placeInSportsReport(tokens: readonly Token[], m: Mention): boolean {
  const prev = tokens[m.t0 - 1];
  const next = tokens[m.t1];
  const first = tokens[m.t0] as Token;
  if (prev && !first.newlineBefore && (SPORTS_LOCATIVES.has(prev.lower) || COMPASS_ADJ.has(prev.lower) || prev.text === ',' || prev.text === '(')) return true;
  if (!next) return false;
  if (next.text === ':' || next.text === ')') return true;
  // a name used as a modifier: "the Moscow club", "Texas manager Johnny Oates", "the Berlin stadium"
  if (!next.newlineBefore && next.pos === 'NOUN' && next.text === next.lower) return true;
  // a dateline on its own line: "LONDON 1996-08-30", "MILWAUKEE, Wisconsin"
  return first.newlineBefore && (/^\d{4}-\d\d-\d\d$/.test(next.text) || next.text === ',');
}

/** "X in Y", "X, in southern Y": the text puts X inside Y (run after propagation, when every Y is known). */
export function locateInside(doc: AnalysedDoc, mentions: readonly Mention[]): void {
  const { tokens } = doc;
  const at = new Map<number, Mention>();
  for (const m of mentions) at.set(m.t0, m);
  for (const x of mentions) {
    let k = x.t1;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.lower !== 'in') continue;
    k++;
    if (tokens[k]?.lower === 'the') k++;
    if (COMPASS_ADJ.has(tokens[k]?.lower ?? '')) k++;
    const y = at.get(k);
    if (y && y !== x) x.insideOf = y;
  }
}

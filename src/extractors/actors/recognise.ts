// Recognition: units → name candidates + descriptive mentions → doc-level typing of the undecided ones
// (a surname seen in full earlier, an acronym, a name in a capitals headline seen in the body) → merging.
import type { AnalysedDoc } from '../../document/model.js';
import type { Actor, ActorType, Place } from '../../schema.js';
import { actorLexicon, isAcronym } from './lexicon.js';
import { mergeActors, nameRecord, initials } from './merge.js';
import { backingStates, findNames, nameFacts, subCandidate, type NameCandidate } from './names.js';
import { findNominals } from './nominals.js';
import { provenFirms } from './companies.js';
import { teamCue } from './teams.js';
import { isSportsReport } from '../places/sports.js';
import { mayHold, wordSieve, type WordSieve } from './sieve.js';
import { allCapsSegments, buildUnits, factsOf, type Unit } from './units.js';
import { wordFacts } from './word-facts.js';
import { firstWord, lastWord } from './words.js';

// a name right after one of these is a place, unless something else says otherwise
const LOCATIVE = new Set(['in', 'at', 'near', 'into', 'towards', 'toward', 'outside', 'around', 'across', 'inside', 'throughout', 'via', 'reach', 'reached', 'entered']);
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|north-?east|north-?west|south-?east|south-?west)(?:ern)?$/;
// "the district of X", "the outskirts of X": a place
const PLACE_NOUNS = new Set(['district', 'districts', 'city', 'town', 'village', 'villages', 'province', 'region', 'governorate', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'suburb', 'suburbs', 'outskirts', 'edges', 'edge', 'centre', 'center', 'camp', 'area', 'areas', 'south', 'north', 'east', 'west', 'capital', 'state', 'county', 'island', 'port', 'border']);
const ORG_BEFORE = new Set(['giant', 'firm', 'company', 'maker', 'carrier', 'airline', 'bank', 'broadcaster', 'newspaper', 'daily', 'agency', 'insurer', 'retailer', 'conglomerate', 'group', 'unit', 'subsidiary', 'club']);
const ORG_AFTER = new Set(['shares', 'stock', 'stake', 'subsidiary', 'unit', 'spokesman', 'spokeswoman', 'executives', 'shareholders', 'board']);
const ORG_ARTICLES = new Set(['el', 'le', 'la', 'les', 'il', 'lo', 'die', 'der', 'das', 'het']);
const ORG_NOUNS = new Set(['chain', 'company', 'firm', 'concern', 'consortium', 'conglomerate', 'carrier', 'airline', 'brewer', 'bank', 'insurer', 'retailer', 'group']);
const ORG_PREFIX = new Set(['air', 'radio', 'bank', 'banco', 'banque', 'telecom', 'credit', 'petro']);
const TEAM_CUES = new Set(['v', 'vs', 'vs.', 'beat', 'beats', 'drew', 'against']);
// evidence that settles a name's type for the whole article, and evidence another mention may overrule
const STRONG = new Set(['company', 'firm', 'team', 'table', 'head', 'lexicon', 'acronym', 'acronym-seen', 'default-org', 'plural']);
const WEAK = new Set(['speaker', 'default', 'surname', 'same']);
const SPEECH = new Set(['said', 'says', 'told', 'added', 'wrote', 'denied', 'stated', 'announced']);

export function recognise(doc: AnalysedDoc, places: readonly Place[]): Actor[] {
  const units = buildUnits(doc);
  const shouted = allCapsSegments(units);
  for (const s of titleCaseSegments(units)) shouted.add(s);
  const isPlace = placeCover(places);
  const tableDoc = isTableDoc(units);
  let sports: boolean | undefined = tableDoc || undefined;
  const ctx = {
    source: doc.text, units, shouted, isPlace, tableDoc,
    // asked only for names that could be teams: most articles never need it
    get sportsDoc(): boolean { return (sports ??= isSportsDoc(units)); },
  };

  const nominals = findNominals(units, doc.text);
  let names = findNames(ctx);
  // a sentence-initial capitalised descriptor ("Regime forces", "Army units") is not a name
  // the dateline's place ("LONDON 1996-08-30", "DAMASCUS -") is where, not who
  const dl = doc.dateline?.place;
  if (dl) names = names.filter((n) => n.end <= dl.start || n.start >= dl.end);
  names = names.filter((n) => n.end - n.start > 1);
  if (nominals.length) {
    const heads = new Set<number>();
    const reach = new Map<number, number>();
    for (const m of nominals) {
      heads.add(m.headStart);
      if ((reach.get(m.start) ?? -1) < m.end) reach.set(m.start, m.end);
    }
    names = names.filter((n) => !heads.has(n.start) && (reach.get(n.start) ?? -1) < n.end);
  }
  let report: boolean | undefined;
  const kept = decide(names, units, () => ctx.sportsDoc, doc.text, isPlace, () => (report ??= isSportsReport(doc)));
  const states = backingStates(units);
  return mergeActors({ source: doc.text, units, names: kept.map(nameRecord), nominals: outside(nominals, kept), states });
}

/** (start, end) → true when one place mention covers it: binary search over mentions sorted by start, with the running maximum end. */
function placeCover(places: readonly Place[]): (start: number, end: number) => boolean {
  const spans: { start: number; end: number }[] = [];
  for (const p of places) for (const m of p.mentions) spans.push(m);
  if (!spans.length) return () => false;
  spans.sort((a, b) => a.start - b.start);
  // plain number arrays for the searches: the mentions come in several object shapes
  const starts: number[] = [];
  const maxEnd: number[] = [];
  let run = -1;
  for (const m of spans) { run = Math.max(run, m.end); starts.push(m.start); maxEnd.push(run); }
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxEnd[lo - 1] as number) >= end;
  };
}

/** the descriptive mentions no kept name overlaps. */
function outside<T extends { start: number; end: number }>(nominals: T[], names: readonly { start: number; end: number }[]): T[] {
  if (!nominals.length || !names.length) return nominals;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let run = -1;
  for (const n of sorted) { run = Math.max(run, n.end); maxEnd.push(run); }
  return nominals.filter((m) => {
    // names starting before m ends; one of them overlaps when the furthest end passes m's start
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as { start: number }).start < m.end) lo = mid + 1;
      else hi = mid;
    }
    return !(lo > 0 && (maxEnd[lo - 1] as number) > m.start);
  });
}

/** Types the candidates the sentence alone could not: by what the rest of the article says. */
export function decide(names: NameCandidate[], units: Unit[], sportsDoc: () => boolean = () => false, source = '',
  isPlace: (start: number, end: number) => boolean = () => false, sportsReport: () => boolean = () => false): NameCandidate[] {
  const lex = actorLexicon();
  const typed = names.filter((n) => n.type && !n.shouted);
  const byLower = new Map<string, NameCandidate>();
  for (const n of typed) if (!byLower.has(n.lower)) byLower.set(n.lower, n);
  const personParts = new Set<string>();
  for (const n of typed) {
    if (n.type !== 'person' || n.last === n.first) continue;
    personParts.add(lastOf(n.text));
    personParts.add(firstOf(n.text));
  }
  // a name the article puts after "in" / "district of" anywhere is a place everywhere, unless typed otherwise
  const placeTexts = new Set<string>();
  for (const n of names) {
    const prev = units[n.first - 1];
    const prev2 = units[n.first - 2];
    if ((prev && LOCATIVE.has(prev.lower)) || (prev?.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower))) placeTexts.add(n.lower);
  }
  // what one mention proves of a firm or a medium ("NationsBank Corp.", "Jones stock") holds for the bare name
  const firms = provenFirms(names, units);
  const out: NameCandidate[] = [];
  const dropped: NameCandidate[] = [];
  for (const n of names) {
    const low = n.lower;
    if (n.type && !n.shouted) {
      // a person read from a surname or a given name alone yields to a firm the article proves ("Jones stock")
      const firm = n.type === 'person' && (n.evidence === 'surname' || n.evidence === 'given') ? firms.get(low) : undefined;
      out.push(firm && !personParts.has(low) ? retype(n, firm, 'firm') : n);
      continue;
    }
    const same = byLower.get(low);
    const before = units[n.first - 1];
    // asked by several of the rules below: after "in", "at", …; a part of a person's full name
    const locative = LOCATIVE.has(before?.lower ?? '');
    const personPart = personParts.has(low);
    if (same && (n.evidence !== 'place' || ((same.evidence === 'team' || same.evidence === 'table') && !locative))) { n.entry = same.entry; n.country = same.country; out.push(retype(n, same.type, 'same')); continue; }
    const firm = n.shouted ? undefined : firms.get(low);
    if (firm && !personPart && !locative) { out.push(retype(n, firm, 'firm')); continue; }
    const key = lastOf(n.text);
    // a club or county in a sports report: "Derbyshire kept up the hunt", "Surrey all-rounder …", "joined Newcastle"
    if (!n.shouted && !locative && !personPart && !personParts.has(key) && (sportsDoc() || sportsReport()) && teamCue(n, units, isPlace(n.start, n.end), sportsReport)) {
      out.push(retype(n, 'organization', 'team'));
      continue;
    }
    if (n.evidence === 'place') {
      // in a sports report the same name may be proved a team elsewhere
      if (!locative && !n.shouted && sportsDoc()) dropped.push(n);
      continue;
    }
    const single = n.last === n.first;
    if (single && (personParts.has(key) || personPart)) {
      out.push(retype(n, 'person', 'surname-seen'));
      continue;
    }
    if (single && isAcronym(n.text) && typed.some((o) => o.type !== 'person' && initials(o.text) === n.text.replace(/\./g, ''))) {
      out.push(retype(n, 'organization', 'acronym-seen'));
      continue;
    }
    if (n.shouted) {
      if (n.type && n.evidence === 'lexicon') out.push(n);
      else dropped.push(n);
      continue;
    }
    // "cables giant Pirelli", "Boatmen's shares": a company
    const nx = units[n.last + 1];
    const nx2 = units[n.last + 2];
    if (single && (ORG_BEFORE.has(before?.lower ?? '') || ORG_AFTER.has(nx?.lower ?? '') || (nx?.text === "'s" && ORG_AFTER.has(nx2?.lower ?? ''))
      || (!units[n.first]?.initial && !/(?:ean|ian|ic|ish|ese)$/.test(low) && ((nx && !nx.cap && ORG_NOUNS.has(nx2?.lower ?? '')) || ORG_NOUNS.has(nx?.lower ?? ''))))) {
      out.push(retype(n, 'organization', 'company'));
      continue;
    }
    if (placeTexts.has(low) || COMPASS.test(firstOf(n.text))) continue;
    if (!single) {
      const words = low.split(/[\s-]+/);
      const facts = words.map(wordFacts);
      // "Air France", "Radio Free Asia", "Bank Indonesia": a firm named after its country
      if (ORG_PREFIX.has(words[0] ?? '') && facts.some((f, k) => k > 0 && (f.country !== undefined || f.place))) {
        out.push(retype(n, 'organization', 'default-org'));
        continue;
      }
      if (facts.some((f) => f.notPerson || f.country !== undefined)) continue;
      // "SC Freiburg", "Rotor Volgograd", "Le Matin": an acronym, a place or a foreign article makes it no person
      const parts = n.text.split(/\s+/);
      if (parts.some((w) => /^[A-Z]{2,4}$/.test(w)) || facts.some((f) => f.place) || ORG_ARTICLES.has(words[0] ?? '')) {
        out.push(retype(n, 'organization', 'default-org'));
      } else out.push(retype(n, 'person', 'default'));
      continue;
    }
    const next = units[n.last + 1];
    const prev = units[n.first - 1];
    if (next && SPEECH.has(next.lower)) { out.push(retype(n, 'person', 'speaker')); continue; }
    // "26-year-old O'Brien", "104th-ranked Tarango"
    if (prev && /(?:year-old|-ranked|-seeded)$/.test(prev.lower)) { out.push(retype(n, 'person', 'context')); continue; }
    // "the Orioles", "the Eagles": a capitalised plural after "the" that is no nationality is a group
    if (prev?.lower === 'the' && /[^s]s$/.test(n.text) && !lex.countries.has(low.slice(0, -1)) && !lex.countries.has(low.replace(/e?s$/, ''))) {
      out.push(retype(n, 'organization', 'plural'));
      continue;
    }
    // a side in a sports report: "v Worcestershire", "Kent 108-3"
    if ((TEAM_CUES.has(prev?.lower ?? '') || TEAM_CUES.has(next?.lower ?? '') || /^\d{1,3}(?:-\d{1,2})?$/.test(next?.text ?? '')
      || (!units[n.first]?.initial && !locative && !!next && factsOf(next).title))
      && !nameFacts(n, units).firstName && !nameFacts(n, units).surname && sportsDoc()) {
      out.push(retype(n, 'organization', 'team'));
      continue;
    }
    if (nameFacts(n, units).surname) out.push(retype(n, 'person', 'surname'));
    else dropped.push(n);
  }
  // one name, one referent: a person read only from "X said" or by default yields to an organisation that
  // another mention's context proved ("Ericsson spokesman …" → "Ericsson said" is the firm too)
  const orgs = new Map<string, ActorType>();
  for (const o of out) if (o.type && o.type !== 'person' && STRONG.has(o.evidence)) orgs.set(o.lower, o.type);
  if (orgs.size) {
    for (const o of out) {
      if (o.type !== 'person' || !WEAK.has(o.evidence)) continue;
      const low = o.lower;
      const t = orgs.get(low);
      if (t && !personParts.has(low)) retype(o, t, 'same');
    }
  }
  // what one mention's context proved ("giant Pirelli") holds for the same name elsewhere in the article
  if (dropped.length) {
    const proved = new Map<string, NameCandidate>();
    for (const o of out) if (o.type && !proved.has(o.lower)) proved.set(o.lower, o);
    // a surname stands for its person in a capitals headline too
    for (const o of out) if (o.type === 'person' && o.last > o.first && !proved.has(lastOf(o.text))) proved.set(lastOf(o.text), o);
    for (const n of dropped) {
      const p = proved.get(n.lower);
      if (p) { n.entry = p.entry; out.push(retype(n, p.type, 'same')); continue; }
      // a capitals headline runs names together ("SHEARER NAMED AS ENGLAND CAPTAIN"): look for known ones inside
      if (!n.shouted || !source || n.last === n.first) continue;
      for (let a = n.first; a <= n.last; a++) {
        for (let b = Math.min(n.last, a + 2); b >= a; b--) {
          const key = units.slice(a, b + 1).map((u) => u.lower).join(' ');
          const q = proved.get(key);
          if (q) { out.push(subCandidate(source, units, a, b, q)); a = b; break; }
        }
      }
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** a name's last word, lower-cased, without an Arabic article ("Bashar al-Assad" → "assad"). */
const lastOf = (s: string): string => withoutArticle(lastWord(s).toLowerCase());
const firstOf = (s: string): string => firstWord(s).toLowerCase();

/** "al-assad" → "assad": the Arabic article is no part of the surname. */
function withoutArticle(w: string): string {
  return w.startsWith('al-') || w.startsWith('el-') ? w.slice(3) : w;
}

function retype(n: NameCandidate, type: ActorType | null, evidence: string): NameCandidate {
  n.type = type;
  n.evidence = evidence;
  return n;
}

// A headline in title case ("Syria Regime Advances Against IS"): capitals say nothing there.
function titleCaseSegments(units: Unit[]): number[] {
  const counts = new Map<number, [number, number]>();
  for (const u of units) {
    if (u.sentence > 0) break;
    if (!/^\p{L}/u.test(u.text) || u.lower.length < 4) continue;
    const c = counts.get(u.sentence) ?? [0, 0];
    c[0]++;
    if (u.cap) c[1]++;
    counts.set(u.sentence, c);
  }
  // only the opening line: further down, a line of capitalised names is a list or a table
  const c = counts.get(0);
  return c && c[0] >= 3 && c[1] === c[0] ? [0] : [];
}

let sportsSieve: WordSieve | undefined;
function isSportsDoc(units: Unit[]): boolean {
  const words = actorLexicon().sportsWords;
  const sieve = (sportsSieve ??= wordSieve(words));
  let n = 0;
  for (const u of units) if (mayHold(sieve, u.lower) && words.has(u.lower) && ++n >= 3) return true;
  return false;
}

// Results tables: several lines where a capitalised name is followed by a score.
function isTableDoc(units: Unit[]): boolean {
  let lines = 0;
  for (let k = 0; k + 1 < units.length; k++) {
    const u = units[k];
    const n = units[k + 1];
    if (u?.initial && u.cap && n && n.sentence === u.sentence && /^\d{1,3}$/.test(n.text)) lines++;
    if (lines >= 3) return true;
  }
  return false;
}

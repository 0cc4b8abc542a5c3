// The victims: the noun phrase a number counts ("74 regime personnel", "tens of thousands of people",
// "1,523 of the 2,200 passengers and crew", "two missing Belgian teenagers") and its category.
import type { Token } from '../../document/model.js';
import { parseQuantityAt, quantityLexicons } from '../../quantity/index.js';
import type { VictimCategory } from '../../schema.js';
import { loadList } from '../../lexicons/load.js';
import { casualtyLexicons, isPlural, singulars } from './lexicon.js';
import { triggerAt, type TriggerMatch } from './triggers.js';

export interface VictimPhrase {
  /** token range, end exclusive; empty (start === end) for a bare number ("two were killed"). */
  start: number;
  end: number;
  /** the head noun's token, or -1. */
  head: number;
  category: VictimCategory;
  /** the head names people (a lexicon noun, a demonym, an agent noun, a name, a pronoun). */
  person: boolean;
  /** the head names no people at all: units, things, animals ("12 years", "30 houses", "50 cows"). */
  nonVictim: boolean;
  plural: boolean;
  /** how many coordinated heads the phrase has ("her aunt and companion": 2). */
  heads: number;
  /** a trigger used as a modifier inside the phrase ("two missing teenagers"). */
  prenominal?: TriggerMatch;
}

const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'those', 'these', 'a', 'an']);
const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'us', 'these', 'which']);
const AGE_UNITS = new Set(['year', 'month', 'week', 'day']);
const AGE_TOKEN = /^\d+-(?:year|month|week|day)s?-old$/;
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
const AGENT = /(?:ers|ors|ists|ians|ants|ents|ees|ites)$/;

let firstNames: Set<string> | undefined;
/** Given names (actors-first-names.txt): "Jaquise Lewis" is one person, not a plural like "Iraqis". */
const isFirstName = (t: Token | undefined): boolean =>
  !!t && /^[A-Z]/.test(t.text) && (firstNames ??= new Set(loadList('actors-first-names'))).has(t.lower);

const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };
const startsWithCapital = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 65 && c <= 90; };
const isCaps = (t: Token): boolean => t.text.length >= 2 && startsWithCapital(t.text) && /^[A-Z]+$/.test(t.text);
const isNominal = (t: Token | undefined): boolean =>
  !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || isCaps(t)) && !CALENDAR.has(t.lower);

/** Tokens of an age compound at i ("20 - year - old", "12-year-old"): how many, or 0. */
export function ageCompoundLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  // both patterns open with a digit: most tokens are settled by two character tests and a look-up
  if (startsWithDigit(t.lower) && AGE_TOKEN.test(t.lower)) return 1;
  if (!(startsWithDigit(t.text) && /^\d+$/.test(t.text) || quantityLexicons().numbers.has(t.lower))) return 0;
  if (tokens[i + 1]?.lower === '-' && AGE_UNITS.has((tokens[i + 2]?.lower ?? '').replace(/s$/, ''))
    && tokens[i + 3]?.lower === '-' && tokens[i + 4]?.lower === 'old') return 5;
  // unhyphenated: "2 year old dies", "the two year old"
  if (AGE_UNITS.has((tokens[i + 1]?.lower ?? '').replace(/s$/, '')) && tokens[i + 2]?.lower === 'old') return 3;
  return 0;
}

/** Scans the bare noun phrase starting at i (no determiner, no number). */
function scanPhrase(tokens: readonly Token[], i: number, limit: number): { end: number; prenominal?: TriggerMatch } {
  let j = i;
  let prenominal: TriggerMatch | undefined;
  while (j < limit) {
    const t = tokens[j];
    if (!t) break;
    const age = ageCompoundLength(tokens, j);
    if (age) { j += age; continue; }
    const trig = triggerAt(tokens, j, limit);
    if (trig) {
      // a trigger inside the phrase only as a modifier: "two missing teenagers", "wounded soldiers"
      const next = trig.end + ageCompoundLength(tokens, trig.end);
      if ((trig.role === 'adj' || trig.role === 'verb') && next < limit && isNominal(tokens[next])
        && !triggerAt(tokens, trig.end, limit)) {
        prenominal = trig; j = trig.end; continue;
      }
      break;
    }
    if (t.lower === 'who' || t.lower === 'that') break;
    if (isNominal(t)) { j++; continue; }
    // "the first democratically elected president": adverbs inside a modifier
    if (t.pos === 'ADV') {
      let m = j + 1;
      while (m < limit && m - j <= 2 && tokens[m]?.pos === 'ADV') m++;
      const nx = tokens[m];
      if (nx && m + 1 < limit && (nx.pos === 'ADJ' || nx.pos === 'VERB' && nx.lower.endsWith('ed'))
        && !triggerAt(tokens, m, limit) && isNominal(tokens[m + 1])) { j = m + 1; continue; }
    }
    // "suspected militants", "armed men": a participle before a noun
    if (t.pos === 'VERB' && t.lower.endsWith('ed') && isNominal(tokens[j + 1]) && j + 1 < limit) { j++; continue; }
    // "pro-government", "Suu Kyi's supporters"
    if (t.text === '-' && j > i && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) { j++; continue; }
    if ((t.lower === "'s" || t.lower === '’s') && j > i && isNominal(tokens[j + 1])) { j++; continue; }
    break;
  }
  // a phrase never ends on a hyphen or possessive
  while (j > i && (tokens[j - 1]?.text === '-' || tokens[j - 1]?.lower === "'s")) j--;
  return prenominal ? { end: j, prenominal } : { end: j };
}

function headOf(tokens: readonly Token[], start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    const t = tokens[k];
    if (t && (t.pos === 'NOUN' || t.pos === 'PROPN' || isCaps(t))) return k;
  }
  return end > start ? end - 1 : -1;
}

export interface HeadInfo { category: VictimCategory; person: boolean; nonVictim: boolean; plural: boolean }

/** What the head noun (with its modifiers) says about the people counted. */
export function classifyHead(tokens: readonly Token[], start: number, head: number): HeadInfo {
  const { victims, modifiers, nonVictims } = casualtyLexicons();
  const t = tokens[head];
  if (!t) return { category: 'people', person: true, nonVictim: false, plural: true };
  const forms = singulars(t.lower);
  let category: VictimCategory | undefined;
  // compound heads in the lexicon: "aid worker", "police officer"
  const prev = tokens[head - 1];
  if (prev && head - 1 >= start) for (const f of forms) category ??= victims.get(`${prev.lower} ${f}`);
  for (const f of forms) category ??= victims.get(f);
  const nonVictim = !category && forms.some((f) => nonVictims.has(f));
  let person = !!category;
  const capital = /^[A-Z]/.test(t.text);
  // a surname after a given name is one person even when it ends in -s ("Jaquise Lewis", "Carlos Reyes")
  const named = capital && t.pos === 'PROPN' && head > start && isFirstName(tokens[head - 1]);
  if (!category && !nonVictim) {
    if (capital && t.pos === 'PROPN' && /s$/.test(t.text) && !named) { category = 'people'; person = true; } // Iraqis, Kurds
    else if (capital && t.pos === 'PROPN') { category = 'civilians'; person = true; } // a named person
    else if (AGENT.test(t.lower)) { category = 'civilians'; person = true; }
  }
  for (let k = start; k < head; k++) {
    const m = modifiers.get(tokens[k]?.lower ?? '');
    if (m && person) category = m;
  }
  return { category: category ?? 'unknown', person, nonVictim, plural: !named && isPlural(t.lower) };
}

/** The victims phrase right after a quantity ending at token i. */
export function parseVictims(tokens: readonly Token[], i: number, limit: number, text: string): VictimPhrase {
  let start = i;
  // partitives: "two of them", "1,523 of the 2,200 passengers", "tens of thousands of people"
  if (tokens[i]?.lower === 'of' && i + 1 < limit) {
    const k = i + 1;
    const next = tokens[k];
    if (next && PARTITIVE_PRONOUNS.has(next.lower)) {
      return { start: k, end: k + 1, head: k, category: 'people', person: true, nonVictim: false, plural: true, heads: 1 };
    }
    let m = k;
    while (m < limit && DETERMINERS.has(tokens[m]?.lower ?? '')) m++;
    const inner = parseQuantityAt(tokens, m, limit, text);
    if (inner) m = inner.end;
    if (m > k || isNominal(next)) start = m;
  }
  let { end, prenominal } = scanPhrase(tokens, start, limit);
  if (end === start && start !== i) { start = i; ({ end, prenominal } = scanPhrase(tokens, i, limit)); }
  if (end === start) {
    return { start, end, head: -1, category: 'people', person: true, nonVictim: false, plural: true, heads: 0 };
  }
  // a bare age is a person: "a 6-year-old", "the 17-year-old"
  const age = ageCompoundLength(tokens, start);
  if (age && start + age === end) {
    const out: VictimPhrase = { start, end, head: end - 1, category: 'people', person: true, nonVictim: false, plural: false, heads: 1 };
    if (prenominal) out.prenominal = prenominal;
    return out;
  }
  let head = headOf(tokens, start, end);
  let info = classifyHead(tokens, start, head);
  let heads = 1;
  // coordinated heads: "passengers and crew", "women, children and men"
  while (info.person && end + 1 < limit) {
    const joiner = tokens[end]?.lower;
    let k = end + 1;
    if (joiner === ',' && tokens[k]?.lower === 'and') k++;
    if (joiner !== 'and' && joiner !== 'or' && joiner !== ',') break;
    if (parseQuantityAt(tokens, k, limit, text) || DETERMINERS.has(tokens[k]?.lower ?? '')) break;
    const more = scanPhrase(tokens, k, limit);
    if (more.end === k) break;
    // a comma joins heads only inside a list that goes on: "women, children and men", not "two people, police said"
    const after = tokens[more.end]?.lower;
    if (joiner === ',' && k === end + 1 && after !== ',' && after !== 'and' && after !== 'or') break;
    const h2 = headOf(tokens, k, more.end);
    const info2 = classifyHead(tokens, k, h2);
    if (!info2.person || more.prenominal) break;
    end = more.end; head = h2; heads++;
    if (info2.category !== info.category) info = { ...info, category: 'people' };
  }
  // "Jaquise Lewis, 17, was killed": a name with an age in apposition is one person
  if (info.plural && heads === 1 && /^[A-Z]/.test(tokens[head]?.text ?? '') && tokens[head]?.pos === 'PROPN'
    && tokens[end]?.text === ',' && /^\d{1,2}$/.test(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ',') {
    info = { ...info, plural: false, category: info.category === 'people' ? 'civilians' : info.category };
  }
  // the fields one by one: an object spread here costs more than the rest of the phrase
  const out: VictimPhrase = {
    start, end, head, category: info.category, person: info.person, nonVictim: info.nonVictim, plural: info.plural, heads,
  };
  if (prenominal) out.prenominal = prenominal;
  return out;
}

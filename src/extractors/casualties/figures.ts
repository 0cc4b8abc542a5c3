// Casualty figures in one sentence: a count of people (a quantity, or a singular noun such as "a
// policeman") tied to a casualty trigger by the syntax around it.
//   subject:  "At least 74 regime personnel and 59 IS fighters have been killed", "two soldiers died",
//             "59 people killed in …", "30 dead", "millions displaced", "five were shot, one fatally"
//   object:   "killing five people and wounding 12", "police arrested seven Iraqis"
//   nominal:  "35 deaths", "the deaths of 30 people", "the death toll rose to 30"
// Counts coordinated with "and"/","/"or" form a chain: the predicate and the first count's qualifier
// apply to every member. Numbers that are not about people (ages, years, money, units, things, animals),
// hypothetical ("could kill thousands") and negated ("no one was hurt") statements give no figure.
import type { Token } from '../../document/model.js';
import { parseQuantityAt, requalify, type QuantityMatch } from '../../quantity/index.js';
import type { Count, VictimCategory } from '../../schema.js';
import { casualtyLexicons, isPlural, singulars, type TriggerKind } from './lexicon.js';
import { BEFORE_NAME, PERSONAL_PRONOUN, PHRASE_END, PHRASE_START, QUANTITY_START, SINGULAR_DETERMINER, type ArticleScan } from './scan.js';
import { triggerAt, type TriggerMatch } from './triggers.js';
import { CLAUSE_OPENERS, POSSESSIVES } from './words.js';
import { ageCompoundLength, parseVictims, type VictimPhrase } from './victims.js';

export interface Unit {
  /** first token (qualifier or determiner) and the token after the victims phrase. */
  start: number;
  end: number;
  count: Count;
  quantity: QuantityMatch | null;
  victims: VictimPhrase;
  /** "the 30 victims", "the driver": a figure that may repeat an earlier one. */
  definite: boolean;
  /** a name or a bare noun phrase without number or determiner ("Wang Donghai", "veteran dissident X"). */
  named?: boolean;
  /** counts for the tally only, not as a figure ("he was shot"). */
  implicit?: boolean;
  /** a bare count's category, taken from the counted noun it leaves out ("killing one soldier and wounding two"). */
  inherits?: VictimCategory;
}

export interface RawFigure {
  unit: Unit;
  kind: TriggerKind;
  trigger: TriggerMatch | null;
  /** the trigger directly follows the count ("millions displaced"): the evidence takes it in. */
  adjacent: boolean;
  cumulative: boolean;
  /** figures of one coordination share a chain id. */
  chain: number;
  /** "also", "another", "other", "more": the figure adds to those before it. */
  additive: boolean;
  sentence: number;
}

const BE = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', "'s", 'am', 'remain', 'remained', 'remains', 'got', 'get', 'gets']);
const HAVE = new Set(['have', 'has', 'had', "'ve"]);
const MODAL = new Set(['could', 'would', 'may', 'might', 'will', "'ll", 'shall', 'should', 'can', 'must', 'to']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const SKIPPABLE = new Set(['also', 'reportedly', 'all', 'later', 'since', 'so', 'far', 'now', 'already', 'allegedly',
  'apparently', 'just', 'both', 'each', 'each', 'then', 'subsequently', 'still', 'either', 'either', 'too', 'who', 'that',
  'had', 'initially', 'reported', 'believed', 'feared', 'said', 'thought', 'known', 'confirmed', 'officially',
  'pronounced', 'found', 'critically', 'seriously', 'fatally', 'badly', 'slightly', 'severely']);
const ADDITIVE = new Set(['also', 'another', 'other', 'others', 'more', 'further', 'additional']);
/** words before a number that make it a label, a price or an age rather than a count. */
const BAD_PREFIX = new Set(['$', '£', '€', 'us$', 'no', 'no.', 'number', 'aged', 'age', 'ages', 'nos', 'route', 'page',
  'article', 'chapter', 'section', 'paragraph', 'resolution', 'flight', 'channel', 'gate', 'room', 'apartment', 'unit',
  'interstate', 'highway', 'road', 'street', 'avenue', 'block', 'hwy', 'i-', 'rs', 'rs.', 'dm', 'yen', 'won', 'score']);
const BAD_SUFFIX = new Set(['%', 'percent', 'per', 'pc', 'a.m.', 'p.m.', 'am', 'pm', "o'clock", 'gmt', 'times', 'th']);
const ATTEMPT = new Set(['attempted', 'attempt', 'attempting', 'tried', 'try', 'trying', 'plot', 'plotted', 'plotting', 'threatened', 'threat', 'conspiracy']);
const SPEECH = new Set(['said', 'says', 'say', 'told', 'reported', 'added', 'stated', 'confirmed']);
const YEAR = /^(?:1[89]|20)\d\d$/;

function isYear(q: QuantityMatch, tokens: readonly Token[]): boolean {
  const t = tokens[q.numberStart];
  return !!t && q.end === q.numberStart + 1 && YEAR.test(t.text);
}

/** Is this quantity a count of something that could be people? */
function plausibleCount(tokens: readonly Token[], q: QuantityMatch, victims: VictimPhrase, from: number): boolean {
  const before = tokens[q.start - 1];
  if (before && q.start > from) {
    if (BAD_PREFIX.has(before.lower)) return false;
    // "Route 30", "Resolution 242": a capitalised word labelling the number
    if (/^[A-Z][a-z]/.test(before.text) && (before.pos === 'PROPN' || before.pos === 'NOUN') && q.start === q.numberStart) return false;
  }
  const after = tokens[q.end];
  if (after && (BAD_SUFFIX.has(after.lower) || (after.text === '-' && after.start === tokens[q.end - 1]?.end))) return false;
  if (ageCompoundLength(tokens, q.numberStart)) return false;
  if (isYear(q, tokens) && !(victims.person && victims.end > victims.start)) return false;
  if (victims.nonVictim) return false;
  // "11700 Robertson", "911 caller": a count above one needs a plural noun
  if (victims.end > victims.start && !victims.plural && q.count.low > 1 && victims.heads < 2) return false;
  // "Smith, 42, was shot": an age in apposition to a name
  if (victims.end === victims.start && before?.text === ',' && tokens[q.start - 2]?.pos === 'PROPN'
    && [',', '.', 'and'].includes(after?.lower ?? '')) return false;
  if (victims.end > victims.start && !victims.person) return false;
  // "about 100 refugees a week", "50 people per day": a rate, not a count of victims
  const next = tokens[victims.end > victims.start ? victims.end : q.end], unit = tokens[(victims.end > victims.start ? victims.end : q.end) + 1];
  if (next && unit && (next.lower === 'a' || next.lower === 'per' || next.lower === 'each' || next.lower === 'every')
    && /^(?:day|week|month|year|hour)$/.test(unit.lower)) return false;
  return true;
}

/** Counts in the sentence: quantities with their victims, and singular people ("a policeman"). */
export function findUnits(tokens: readonly Token[], from: number, to: number, text: string, scan: ArticleScan,
  isNonPerson?: (start: number, end: number) => boolean): Unit[] {
  const units: Unit[] = [];
  // A count is read only when a trigger's key word stands close enough to be tied to it (a chain of counts and a
  // short predicate: 30 tokens after it, 8 before), so most tokens are passed over at once; the token classes
  // of the article scan pass over the others that cannot start a count of each kind.
  const { classes, nextKey, covered, taken } = scan;
  const within = (k: number, before: number, after: number): boolean => (nextKey[Math.max(from, k - before)] as number) <= k + after;
  const near = (k: number): boolean => within(k, 5, 16);
  const quantities: QuantityMatch[] = [];
  for (let k = from; k < to; k++) {
    if (!((classes[k] as number) & QUANTITY_START) || !within(k, 8, 30)) continue;
    const m = parseQuantityAt(tokens, k, to, text);
    if (m) { quantities.push(m); k = m.end - 1; }
  }
  covered.fill(0, from, to);
  let inside = -1; // end of the last unit: "1,523 of the 2,200 passengers" is one count, not two
  for (const q of quantities) {
    // an age ("10-Year-Old Girl Dies") is no count, and may start a singular phrase read below
    if (!ageCompoundLength(tokens, q.numberStart)) for (let k = q.start; k < q.end; k++) covered[k] = 1;
    if (q.start < inside) continue;
    const victims = parseVictims(tokens, q.end, to, text);
    if (!plausibleCount(tokens, q, victims, from)) continue;
    const det = tokens[q.start - 1]?.lower;
    const end = victims.end > victims.start ? victims.end : q.end;
    units.push({ start: q.start, end, count: q.count, quantity: q, victims, definite: det === 'the' || det === 'these' || det === 'those' });
    inside = end;
  }
  // a count without a number needs a trigger closer still
  for (let k = from; k < to - 1; k++) {
    if (!((classes[k] as number) & SINGULAR_DETERMINER) || covered[k] || !near(k)) continue;
    const t = tokens[k] as Token;
    if (tokens[k - 1]?.lower === 'of') continue; // "one of the victims" is counted by "one"
    const victims = parseVictims(tokens, k + 1, to, text);
    if (victims.end === victims.start || !victims.person || victims.plural || victims.head < 0) continue;
    if (units.some((u) => u.start <= k + 1 && k + 1 < u.end)) continue;
    const count: Count = { low: 1, high: 1, best: 1, qualifier: 'exact', text: t.text };
    units.push({ start: k, end: victims.end, count, quantity: null, victims, definite: t.lower === 'the' });
  }
  // "he was shot", "she died": one person, for the tally only (a pronoun is no figure of its own)
  for (let k = from; k < to; k++) {
    if (!((classes[k] as number) & PERSONAL_PRONOUN)) continue;
    const t = tokens[k] as Token;
    if (!(k === from || CLAUSE_OPENERS.has(tokens[k - 1]?.lower ?? ''))) continue;
    const victims: VictimPhrase = { start: k, end: k + 1, head: k, category: 'people', person: true, nonVictim: false, plural: false, heads: 1 };
    const count: Count = { low: 1, high: 1, best: 1, qualifier: 'exact', text: t.text };
    units.push({ start: k, end: k + 1, count, quantity: null, victims, definite: false, named: true, implicit: true });
  }
  // names and bare singular phrases: "Hen Vipheak was arrested", "police detained veteran dissident Wang Donghai"
  taken.fill(0, from, to);
  for (const u of units) for (let k = Math.max(u.start, from); k < Math.min(u.end, to); k++) taken[k] = 1;
  for (let k = from; k < to; k++) {
    if (taken[k] || covered[k] || !near(k)) continue;
    // neither right after a trigger nor at a clause's start (both tested below) without such a word before it
    if (k > from && !((classes[k - 1] as number) & BEFORE_NAME)) continue;
    const t = tokens[k] as Token;
    const prev = tokens[k - 1];
    // "the shooting death of Collins": a name right after an event noun with "of"
    const afterTrigger = k > from && prev && (prev.pos === 'VERB' && endsTrigger(tokens, k, from, scan)
      || prev.lower === 'of' && /^[A-Z]/.test(t.text) && t.pos === 'PROPN' && endsTrigger(tokens, k, from, scan)
      || POSSESSIVES.has(prev.lower) && (endsTrigger(tokens, k - 1, from, scan)
        || tokens[k - 2]?.lower === 'and' && units.some((u) => u.named && u.end === k - 2)));
    const clauseStart = k === from || CLAUSE_OPENERS.has(prev?.lower ?? '');
    if (!afterTrigger && !clauseStart) continue;
    const age = ageCompoundLength(tokens, k);
    if (!/^[A-Z]/.test(t.text) && !afterTrigger && !age) continue;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && !age && triggerAt(tokens, k, to)?.role !== 'adj') continue;
    const victims = parseVictims(tokens, k, to, text);
    if (victims.end === victims.start || !victims.person || victims.plural || victims.head < 0) continue;
    if (isNonPerson?.(tokens[k]?.start ?? 0, tokens[victims.end - 1]?.end ?? 0)) continue;
    if (SPEECH.has(tokens[victims.end]?.lower ?? '')) continue; // "killing Winslow, Goodyear said
    const n = Math.max(1, victims.heads);
    const start = prev && POSSESSIVES.has(prev.lower) ? k - 1 : k;
    const count: Count = { low: n, high: n, best: n, qualifier: 'exact', text: tokens[start]?.text ?? t.text };
    units.push({ start, end: victims.end, count, quantity: null, victims, definite: false, named: true });
    for (let m = Math.max(start, from); m < victims.end && m < to; m++) taken[m] = 1;
    k = victims.end - 1;
  }
  return units.sort((a, b) => a.start - b.start);
}

/** Does a trigger phrase end right before token k ("detained", "the killing of")? */
function endsTrigger(tokens: readonly Token[], k: number, from: number, scan: ArticleScan): boolean {
  const first = Math.max(from, k - 4);
  // the phrase ends in a phrase's last word and holds its key word
  if (first >= k || !((scan.classes[k - 1] as number) & PHRASE_END) || (scan.nextKey[first] as number) >= k) return false;
  for (let b = first; b < k; b++) if ((scan.classes[b] as number) & PHRASE_START && triggerAt(tokens, b, k)?.end === k) return true;
  return false;
}

const isJoiner = (tokens: readonly Token[], from: number, to: number): boolean => {
  const a = tokens[from]?.lower, b = tokens[from + 1]?.lower;
  if (to - from === 1) return a === ',' || a === 'and' || a === 'or';
  if (to - from === 2) return a === ',' && (b === 'and' || b === 'while');
  return to - from === 3 && a === 'as' && b === 'well' && tokens[from + 2]?.lower === 'as';
};

interface Predicate {
  kind: TriggerKind; trigger: TriggerMatch | null; adjacent: boolean; cumulative: boolean; additive: boolean;
  /** a passive subject ("was arrested") or an active object ("arrested X"). */
  passive?: boolean; object?: boolean;
}

/**
 * The trigger to the right of a chain ending at token p (subject reading). After a relative clause the main
 * verb decides ("the girl who was shot … has died" → killed), unless it says nothing about casualties, when the
 * clause's own trigger stands ("the man who was shot is in stable condition" → shot).
 */
function rightPredicate(tokens: readonly Token[], p: number, to: number, bare: boolean): Predicate | null | 'reject' {
  const own = rightPredicateAt(tokens, p, to, bare);
  const main = afterRelativeClause(tokens, p, to);
  if (main < 0) return own;
  const outer = rightPredicateAt(tokens, main, to, false);
  if (!outer || outer === 'reject') return own ?? outer;
  if (!own || own === 'reject' || outer.kind === 'killed' && (own.kind === 'shot' || own.kind === 'injured')) return outer;
  return own;
}

function rightPredicateAt(tokens: readonly Token[], p: number, to: number, bare: boolean): Predicate | null | 'reject' {
  const direct = triggerAt(tokens, p, to);
  // "35 deaths" counts the event noun itself; "his killing of" does not make "his" a victim
  const nounOk = direct?.role === 'noun' && direct.words[direct.words.length - 1] !== 'of' && bare;
  if (direct && direct.role !== 'toll' && (direct.role !== 'noun' || nounOk)) {
    if (direct.role === 'verb' && activeObjectFollows(tokens, direct.end, to)) return 'reject';
    return { kind: direct.kind, trigger: direct, adjacent: true, cumulative: false, additive: false };
  }
  if (tokens[p]?.lower === 'fatally') return { kind: 'killed', trigger: null, adjacent: true, cumulative: false, additive: false };
  let k = skipParenthetical(tokens, p, to);
  // an age or aside, then the participle or adjective at once (a headline): "Boy, 10, dead in Miami shooting"
  const afterAside = k > p ? triggerAt(tokens, k, to) : null;
  if (afterAside && (afterAside.role === 'adj' || afterAside.role === 'intrans'
    || afterAside.role === 'verb' && /ed$|en$|ain$/.test(afterAside.words[afterAside.words.length - 1] ?? '') && !activeObjectFollows(tokens, afterAside.end, to))) {
    return { kind: afterAside.kind, trigger: afterAside, adjacent: false, cumulative: false, additive: false, passive: true };
  }
  // a short prepositional phrase: "two men inside the car were shot"
  if (tokens[k]?.pos === 'ADP' && tokens[k]?.lower !== 'of') {
    let m = k + 1;
    while (m < to && m - k <= 4 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[m]?.pos ?? '')) m++;
    if (m > k + 1 && (BE.has(tokens[m]?.lower ?? '') || HAVE.has(tokens[m]?.lower ?? ''))) k = m;
  }
  let passive = false, perfect = false, hypothetical = false, negated = false, additive = false;
  const start = k;
  while (k < to && k - start < 7) {
    const t = tokens[k];
    if (!t) break;
    // "were on Friday charged": a weekday between the auxiliary and the verb
    if (k > start && (t.lower === 'on' || t.lower === 'last') && WEEKDAYS.has(tokens[k + 1]?.lower ?? '')) { k += 2; continue; }
    if (BE.has(t.lower)) passive = true;
    else if (HAVE.has(t.lower)) perfect = true;
    else if (MODAL.has(t.lower)) hypothetical = true;
    else if (NEGATION.has(t.lower)) negated = true;
    else if (!SKIPPABLE.has(t.lower) && t.pos !== 'ADV' && t.pos !== 'AUX' && t.pos !== 'PART') break;
    if (ADDITIVE.has(t.lower)) additive = true;
    k++;
  }
  if (k === start) return null;
  // "two policemen were among the dead"
  if (passive && tokens[k]?.lower === 'among' && (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'those')) k += 2;
  // "had been in police custody", "was under house arrest": held, i.e. arrested
  // (not "several dozen remain in custody": people remaining are no figure)
  if (passive && !tokens.slice(start, k).some((t) => t.lower.startsWith('remain') || t.lower === 'still')) {
    const held = custodyAt(tokens, k, to);
    if (held) return hypothetical || negated ? 'reject' : { kind: 'arrested', trigger: held, adjacent: false, cumulative: false, additive, passive };
  }
  // "two of his sons were now refugees": a status noun as the predicate
  const status = passive && !hypothetical && !negated ? statusNoun(tokens, k) : null;
  if (status) return { kind: status.kind, trigger: status, adjacent: false, cumulative: false, additive, passive };
  const trig = triggerAt(tokens, k, to);
  if (!trig || trig.role === 'toll' || trig.role === 'noun') {
    // "was taken to a hospital but later died": a death coordinated with a first, non-casualty verb
    const died = passive && !hypothetical && !negated ? laterDied(tokens, k, to, true) : null;
    return died ? { kind: 'killed', trigger: died, adjacent: false, cumulative: false, additive, passive } : null;
  }
  if (hypothetical || negated) return 'reject';
  if (trig.role === 'verb' && !passive) {
    if (perfect || activeObjectFollows(tokens, trig.end, to)) return 'reject';
  }
  const died = trig.kind === 'shot' || trig.kind === 'injured' ? laterDied(tokens, trig.end, to) : null;
  if (died) return { kind: 'killed', trigger: died, adjacent: false, cumulative: false, additive, passive };
  return { kind: trig.kind, trigger: trig, adjacent: false, cumulative: false, additive, passive };
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night']);
const CUSTODY_MODIFIERS = new Set(['police', 'protective', 'federal', 'military', 'israeli', 'state', 'government', 'house', 'army']);

/** "in (police) custody", "under (house) arrest" at token k: a state of being held, as a trigger match. */
export function custodyAt(tokens: readonly Token[], k: number, to: number): TriggerMatch | null {
  const p = tokens[k]?.lower;
  const noun = p === 'in' ? 'custody' : p === 'under' ? 'arrest' : p === 'behind' ? 'bars' : '';
  if (!noun) return null;
  let m = k + 1;
  if (CUSTODY_MODIFIERS.has(tokens[m]?.lower ?? '')) m++;
  if (m >= to || tokens[m]?.lower !== noun) return null;
  return { words: tokens.slice(k, m + 1).map((t) => t.lower), kind: 'arrested', role: 'adj', start: k, end: m + 1 };
}

/**
 * Past a relative clause to the main verb: "Seven Iraqis who seized an airliner … were charged", "The girl who was
 * shot … has died". The clause ends where an auxiliary follows a word that can end a phrase (a noun, name, number,
 * adverb); the position of that auxiliary, or -1.
 */
function afterRelativeClause(tokens: readonly Token[], p: number, to: number): number {
  const w = tokens[p]?.lower;
  if (w !== 'who' && w !== 'that') return -1;
  for (let m = p + 2; m < Math.min(to, p + 25); m++) {
    const t = tokens[m], prev = tokens[m - 1];
    if (!t || !prev || t.text === ';' || t.text === '"' || t.text === '“' || t.text === '”') return -1;
    if (!(BE.has(t.lower) || HAVE.has(t.lower) || t.lower === 'later') || t.lower === "'s") continue;
    if (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM' || prev.text === ',' && m > p + 3) return m;
  }
  return -1;
}

/** A plural status noun of the lexicon at token k ("refugees", "hostages"), as a trigger match. */
function statusNoun(tokens: readonly Token[], k: number): TriggerMatch | null {
  const t = tokens[k];
  if (!t || !isPlural(t.lower)) return null;
  const kind = singulars(t.lower).map((f) => casualtyLexicons().status.get(f)).find(Boolean);
  return kind ? { words: [t.lower], kind, role: 'status', start: k, end: k + 1 } : null;
}

const OPENERS: Record<string, string> = { ',': ',', '--': '--', '(': ')', '—': '—', '–': '–' };

/** Past an apposition or aside: "The driver, aged 51, was arrested", "Some 150,000 people -- mostly civilians -- have died". */
export function skipParenthetical(tokens: readonly Token[], p: number, to: number): number {
  const close = OPENERS[tokens[p]?.lower ?? ''];
  if (!close) return p;
  for (let k = p + 1; k < Math.min(to, p + 14); k++) {
    const t = tokens[k];
    if (!t || t.pos === 'AUX' || t.text === '"' || t.text === '“' || t.text === '”' || triggerAt(tokens, k, to)) return p;
    if (t.lower === close) return k > p + 1 ? k + 1 : p;
  }
  return p;
}

/**
 * "were shot multiple times and died at the scene": the wounded died, so the figure is of the dead. With `wide`
 * (after a verb that is no trigger: "was taken to a hospital but later died") the clause may be longer and
 * "but" joins too; only adverbs and auxiliaries may stand between the joiner and the death, so that the death
 * has the same subject.
 */
function laterDied(tokens: readonly Token[], k: number, to: number, wide = false): TriggerMatch | null {
  for (let m = k; m < Math.min(to, k + (wide ? 14 : 8)); m++) {
    const w = tokens[m];
    if (!w || w.text === ';' || w.text === ',' && !wide || w.pos === 'AUX' && w.lower !== 'were' && w.lower !== 'was' || w.text === '"') return null;
    if (wide && (SPEECH.has(w.lower) || w.lower === 'who' || w.lower === 'which' || w.lower === 'when')) return null;
    if (w.lower !== 'and' && !(wide && w.lower === 'but')) continue;
    for (let n = m + 1; n < Math.min(to, m + 4); n++) {
      const t = triggerAt(tokens, n, to);
      if (t && t.kind === 'killed' && (t.role === 'intrans' || t.role === 'adj' || t.role === 'subj')) return t;
      // only adverbs and auxiliaries between: "and a teenager died" has a subject of its own
      const x = tokens[n];
      if (t || x?.pos === 'VERB' || x?.pos !== 'ADV' && x?.pos !== 'AUX' && x?.pos !== 'PART' && !SKIPPABLE.has(x?.lower ?? '')) return null;
    }
    return null;
  }
  return null;
}

/** After an active verb: does an object follow ("gunmen killed 20 people")? Then its subject is no victim. */
function activeObjectFollows(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  if (!t || k >= to) return false;
  if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM' || t.pos === 'PROPN') return !['in', 'on'].includes(t.lower);
  return !!parseQuantityAt(tokens, k, to, '');
}

/** The trigger to the left of a chain starting at token s (object reading, nominal "deaths of"). */
function leftPredicate(tokens: readonly Token[], s: number, from: number, scan: ArticleScan): Predicate | null | 'reject' {
  // leftmost start first, so the longest trigger wins ("fatally shot", not "shot")
  for (let b = Math.max(from, s - 3); b < s; b++) {
    if (!((scan.classes[b] as number) & PHRASE_START)) continue;
    const trig = triggerAt(tokens, b, s);
    if (!trig || trig.end !== s) continue;
    // "attempted murder of two deputies", "tried to kill": no casualty
    if (ATTEMPT.has(tokens[b - 1]?.lower ?? '') || ATTEMPT.has(tokens[b - 2]?.lower ?? '')) return 'reject';
    if (trig.role === 'noun' && trig.words[trig.words.length - 1] === 'of') {
      return { kind: trig.kind, trigger: trig, adjacent: false, cumulative: false, additive: false };
    }
    if (trig.role !== 'verb') return null;
    const prev = tokens[b - 1]?.lower ?? '';
    if (BE.has(prev) || HAVE.has(prev) && BE.has(tokens[b]?.lower ?? '')) return null; // passive: "was killed two days ago"
    // "could kill thousands", "would have killed 50", "threatened to kill"
    for (let m = b - 1; m >= Math.max(from, b - 4); m--) {
      const w = tokens[m];
      if (!w) break;
      if (MODAL.has(w.lower)) return 'reject';
      if (w.pos !== 'AUX' && w.pos !== 'ADV' && w.pos !== 'PART') break;
    }
    return { kind: trig.kind, trigger: trig, adjacent: false, cumulative: false, additive: false, object: true };
  }
  // "the deaths of 30 people": a plural event noun and "of"
  if (tokens[s - 1]?.lower === 'of' && s - 2 >= from) {
    const trig = triggerAt(tokens, s - 2, s - 1);
    if (trig && trig.role === 'noun') return { kind: trig.kind, trigger: trig, adjacent: false, cumulative: false, additive: false };
  }
  return null;
}

/** "the death toll rose to 30", "a toll of 30": a toll noun a few words before the count. */
function tollPredicate(tokens: readonly Token[], s: number, from: number, scan: ArticleScan): Predicate | null {
  for (let b = s - 1; b >= Math.max(from, s - 7); b--) {
    const t = tokens[b];
    if (!t) break;
    if (t.lower === '.' || t.lower === ';') break;
    const trig = (scan.classes[b] as number) & PHRASE_START ? triggerAt(tokens, b, s) : null;
    if (trig?.role === 'toll') return { kind: trig.kind, trigger: trig, adjacent: false, cumulative: true, additive: false };
  }
  return null;
}

/** "no one", "none of the other eight people", "neither of the two men": a count that is denied. */
function negatedBefore(tokens: readonly Token[], s: number, from: number): boolean {
  for (let k = s - 1; k >= Math.max(from, s - 4); k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'no' || w === 'none' || w === 'neither' || w === 'nobody') return true;
    if (w !== 'of' && w !== 'the' && w !== 'other' && w !== 'those' && w !== 'these') return false;
  }
  return false;
}

const POLICE = new Set(['police', 'policemen', 'policeman', 'officers', 'detectives', 'deputies', 'raid', 'constables', 'gendarmes']);
const hasPoliceWord = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (POLICE.has(tokens[k]?.lower ?? '')) return true;
  return false;
};

/**
 * A count whose noun is left out after a place: "1.1 million refugees in Zaire and nearly 600,000 in Tanzania".
 * Between the two counts, a short prepositional phrase of names then "and"; the bare count is followed by the
 * same kind of phrase. Returns true when `next` continues the list of `prev`.
 */
function elidedAfterPlace(tokens: readonly Token[], prev: Unit, next: Unit, to: number): boolean {
  if (next.victims.end > next.victims.start || prev.victims.end === prev.victims.start) return false;
  const prep = tokens[prev.end];
  if (!prep || (prep.lower !== 'in' && prep.lower !== 'from' && prep.lower !== 'at')) return false;
  let k = prev.end + 1;
  while (k < next.start - 1 && tokens[k]?.pos === 'PROPN' && k - prev.end <= 4) k++;
  if (k === prev.end + 1 || k !== next.start - 1 || tokens[k]?.lower !== 'and') return false;
  return next.end < to && tokens[next.end]?.lower === prep.lower && tokens[next.end + 1]?.pos === 'PROPN';
}

const AGE_WORD = /^(?:\d+-)?(?:year|month|week|day)s?-?old$|^old$/;

/** A person noun of the victims lexicon ("man", "teen") or a bare age, not a name. */
function commonPersonNoun(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  if (t && AGE_WORD.test(t.lower)) return true; // "3-year-old shot in South Toledo"
  return !!t && t.pos !== 'PROPN' && singulars(t.lower).some((f) => casualtyLexicons().victims.has(f));
}

let chainCounter = 0;

/** Casualty figures of the sentence spanning tokens [from, to). */
export function sentenceFigures(tokens: readonly Token[], from: number, to: number, text: string, sentence: number,
  scan: ArticleScan, isNonPerson?: (start: number, end: number) => boolean): RawFigure[] {
  const units = findUnits(tokens, from, to, text, scan, isNonPerson);
  const out: RawFigure[] = [];
  let i = 0;
  while (i < units.length) {
    // a chain of coordinated counts
    const chain: Unit[] = [units[i] as Unit];
    let j = i + 1;
    const joiners: string[] = [];
    while (j < units.length) {
      const prev = chain[chain.length - 1] as Unit, next = units[j] as Unit;
      if (next.start <= prev.end || !isJoiner(tokens, prev.end, next.start) && !elidedAfterPlace(tokens, prev, next, to)) break;
      // "20 wounded patients, five of them children": a subset, not a further group
      if (tokens[next.victims.start - 1]?.lower === 'of' && tokens[next.victims.start]?.pos === 'PRON') break;
      joiners.push(tokens[next.start - 1]?.lower ?? '');
      chain.push(next); j++;
    }
    // a comma joins a list only when it closes with "and"/"or" ("three policemen, two soldiers and a
    // civilian"); otherwise it opens an apposition ("a suspect, a 24-year-old man, was arrested")
    if (chain.length > 1 && joiners[joiners.length - 1] === ',') {
      const cut = joiners.indexOf(',') + 1;
      chain.length = cut;
      j = i + cut;
    }
    i = j;
    const first = chain[0] as Unit, last = chain[chain.length - 1] as Unit;
    if (negatedBefore(tokens, first.start, from)) continue;
    let pred: Predicate | null | 'reject' = null;
    // a trigger that modifies the noun: "two missing Belgian teenagers"
    const pre = first.victims.prenominal;
    const left = leftPredicate(tokens, first.start, from, scan);
    if (left === 'reject') continue;
    pred = left ?? tollPredicate(tokens, first.start, from, scan);
    if (!pred) {
      const right = rightPredicate(tokens, last.end, to, last.victims.end === last.victims.start);
      if (right === 'reject') continue;
      pred = right;
    }
    if (!pred && pre) pred = { kind: pre.kind, trigger: pre, adjacent: false, cumulative: false, additive: false };
    if (!pred && chain.some((u) => u.victims.prenominal)) {
      // no predicate for the whole list: each count with a trigger as modifier stands alone ("two slain victims")
      for (const u of chain) {
        const p = u.victims.prenominal;
        if (!p || u.implicit) continue;
        out.push({ unit: u, kind: p.kind, trigger: p, adjacent: false, cumulative: false, chain: ++chainCounter, additive: false, sentence });
      }
      continue;
    }
    if (!pred && first.quantity) {
      const head = tokens[last.victims.head >= 0 ? last.victims.head : first.victims.head]?.lower;
      const kind = head ? singulars(head).map((f) => casualtyLexicons().status.get(f)).find(Boolean) : undefined;
      if (kind) pred = { kind, trigger: null, adjacent: false, cumulative: false, additive: false };
    }
    // a name or a bare noun counts only in the plainest syntax: "X was arrested", "police detained X"
    // or a headline's bare common noun and participle: "Man gunned down in car", "St. Louis woman killed"
    const headline = first.start === from && pred?.adjacent === true && chain.length === 1 && commonPersonNoun(tokens, first.victims.head);
    if (pred && first.named && !headline && !(pred.trigger && (pred.trigger.role !== 'verb' || pred.passive || pred.object))) continue;
    if (!pred) continue;
    // "shot his 6-year-old brother to death": the object's fate follows it
    if (pred.kind === 'shot' && pred.object && tokens[last.end]?.lower === 'to' && tokens[last.end + 1]?.lower === 'death') pred = { ...pred, kind: 'killed' };
    // captures by police are arrests: "police arrested the militants after capturing their leader"
    if (pred.kind === 'captured' && hasPoliceWord(tokens, from, to)) pred = { ...pred, kind: 'arrested' };
    const chainId = ++chainCounter;
    const lead = first.count.qualifier;
    for (const u of chain) {
      // singular nouns only count as figures when they are people the lexicon knows (not names)
      const count = u === first ? u.count : requalify(u.count, lead);
      const additive = pred.additive || u.victims.start < u.victims.end
        && tokens.slice(u.start, u.end).some((t) => ADDITIVE.has(t.lower));
      const bare = u.victims.end === u.victims.start;
      const unit: Unit = bare && first.victims.end > first.victims.start ? { ...u, count, inherits: first.victims.category } : { ...u, count };
      out.push({
        unit, kind: pred.kind, trigger: pred.trigger, adjacent: pred.adjacent && u === last,
        cumulative: pred.cumulative, chain: chainId, additive, sentence,
      });
    }
  }
  inheritElidedNouns(tokens, out);
  return out;
}

const PARTITIVE = new Set(['them', 'those', 'whom']);

/**
 * "killing one soldier and wounding two": the bare count counts the noun of the figure just before it;
 * "… 61 democracy supporters …, and about 30 of them": a part of the group counted just before.
 */
function inheritElidedNouns(tokens: readonly Token[], figures: RawFigure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const f = figures[i] as RawFigure, prev = figures[i - 1] as RawFigure;
    if (f.unit.inherits || prev.unit.victims.end === prev.unit.victims.start) continue;
    // "at least 61 democracy supporters had been arrested, and about 30 of them had been sentenced"
    const v = f.unit.victims;
    if (v.end === v.start + 1 && tokens[v.start - 1]?.lower === 'of' && PARTITIVE.has(tokens[v.start]?.lower ?? '')) {
      f.unit = { ...f.unit, inherits: prev.unit.victims.category };
      continue;
    }
    if (v.end > v.start) continue;
    if (!f.trigger || f.trigger.end !== f.unit.start || f.chain === prev.chain) continue;
    const gap = f.trigger.start - prev.unit.end;
    if (gap < 1 || gap > 2 || tokens[f.trigger.start - 1]?.lower !== 'and') continue;
    f.unit = { ...f.unit, inherits: prev.unit.victims.category };
  }
}

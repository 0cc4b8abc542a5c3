// The news date grammar: one regex per expression family, each turning a match into a Candidate (span +
// Frame). Spans follow TimeML: determiners and modifiers are inside ("the past three months", "more than a
// week", "early next year"), prepositions are outside ("on Friday", "since 2015", "at dawn").
// Regexes are built once from the lexicons; every repetition is bounded by literal words, so matching
// stays linear on hostile input. A rule names the words all its matches hold (its anchors) and reads only
// the text around them (scan.ts).
import type { DateType } from '../../schema.js';
import type { Candidate, Frame, Unit } from './frames.js';
import type { Anchors } from './anchors.js';
import { alternation, datesLexicon, type DatesLexicon } from './lexicon.js';
import { holidays } from './holidays.js';
import { numberPattern, numberValue } from './numbers.js';
import { Prefix, type Match } from './prefix.js';


export interface Rule {
  name: string;
  /** optional words before the core match, tried only where the core matched. */
  prefix?: Prefix;
  /** the words every match holds: the rule's regex runs only around them (anchors.ts). */
  anchors?: Anchors;
  rank: number;
  re: RegExp;
  build(m: Match, text: string): Candidate | Candidate[] | null;
}

const YEAR = '1[5-9]\\d\\d|20\\d\\d';
const ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const PERIOD_MOD: Record<string, string> = {
  early: 'START', late: 'END', mid: 'MID', end: 'END', 'the end of': 'END', 'the beginning of': 'START',
  'the start of': 'START', 'the middle of': 'MID', 'the first half of': 'START', 'the second half of': 'END',
};
const PERIOD_MODS = 'early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of';
const SPOKEN_TENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SPOKEN_ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const WORD_DECADES: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const VAGUE_PLURALS = ['hours', 'days', 'weeks', 'months', 'quarters', 'years', 'decades', 'centuries'];
const SET_ADVERBS = ['daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'biweekly', 'fortnightly'];
/** the parts of the day the part-of-day rule reads, in the order its regex tries them. */
const PARTS_OF_DAY = [
  'morning', 'afternoon', 'evening', 'night', 'dawn', 'dusk', 'daybreak', 'sunrise', 'sunset', 'nightfall', 'midday', 'noon',
  'midnight', 'overnight', 'mid-afternoon', 'midafternoon',
];
/** A word right before a bare month name that shows it is the month ("in May", not "may"). */
const MONTH_CUE = new Set([
  'in', 'since', 'by', 'until', 'till', 'during', 'from', 'through', 'to', 'before', 'after', 'of', 'between',
  'and', 'or', 'for', 'on', 'around', 'about', 'than', 'early', 'late', 'mid', 'last', 'this', 'next', 'that',
  'throughout', 'into', 'as', 'until', 'mid-', 'starting', 'beginning', 'ending', 'ended', 'in early', 'in late',
]);

const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/** lead characters (anchors.ts) of the many rules whose words before the anchor are plain words. */
const WORDS_LEAD = 'A-Za-z\\s';
/** the whole words of a phrase, lower-cased: "New Year's Day" → new, year, s, day. */
const runsOf = (phrase: string): string[] => phrase.toLowerCase().split(/\W+/).filter(Boolean);
/** lead characters for phrases from a lexicon: letters, spaces and whatever else the phrases hold. */
const phrasesLead = (phrases: Iterable<string>): string =>
  `\\w\\s${[...new Set([...phrases].join('').replace(/[\w\s]/g, ''))].map((c) => `\\${c}`).join('')}`;

function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const end = i + 1;
  while (i >= 0 && /[\w.'-]/.test(text[i] ?? '')) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** true when only spaces, quotes or an opening bracket separate `at` from the start of a sentence. */
function atSentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?\n]["'“”)\]]?)\s*["'“(]?$/.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
}

function wordAfter(text: string, at: number): string {
  const m = /^[ \t]{0,3}([A-Z][\w.'-]{0,30})/i.exec(text.slice(at, at + 40));
  return m?.[1] ?? '';
}

function cand(start: number, end: number, type: DateType, frame: Frame, rank: number, mod?: string): Candidate {
  return mod ? { start, end, type, frame, rank, mod } : { start, end, type, frame, rank };
}

/** the unit letter for frames: month is "MO" so that it differs from minute ("M"). */
function unitOf(lex: DatesLexicon, word: string): { unit: Unit; time: boolean; plural: boolean } | null {
  const info = lex.units.get(word.toLowerCase());
  if (!info) return null;
  if (info.letter === 'M' && !info.time) return { unit: 'MO', time: false, plural: info.plural };
  if (info.letter === 'W2') return { unit: 'W', time: false, plural: info.plural };
  return { unit: info.letter as Unit, time: info.time, plural: info.plural };
}

export function durationValue(n: number | 'X', unit: Unit, fortnight = false): string {
  // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M
  if (n !== 'X' && !Number.isInteger(n) && (unit === 'Y' || unit === 'H' || unit === 'D')) {
    const whole = Math.floor(n);
    const part = n - whole;
    if (unit === 'Y') return `P${whole}Y${Math.round(part * 12)}M`;
    if (unit === 'H') return `PT${whole}H${Math.round(part * 60)}M`;
    return `P${whole}DT${Math.round(part * 24)}H`;
  }
  const count = n === 'X' ? 'X' : fortnight ? String(n * 2) : formatCount(n);
  switch (unit) {
    case 'H': case 'M': case 'S': return `PT${count}${unit}`;
    case 'MO': return `P${count}M`;
    case 'E': return n === 'X' ? 'PXE' : `P${formatCount(n * 10)}Y`;
    case 'C': return n === 'X' ? 'PXC' : `P${formatCount(n * 100)}Y`;
    default: return `P${count}${unit}`;
  }
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

let compiled: Rule[] | undefined;

export function rules(): Rule[] {
  if (compiled) return compiled;
  const lex = datesLexicon();
  const MONTHS = alternation([...lex.months.keys()].map((k) => (k.endsWith('.') ? k : `${k}`))).replace(/(\w)(?=\||$)/g, '$1\\b');
  const WD = alternation(lex.weekdays.keys());
  const WD_CAPITALISED = alternation([...lex.weekdays.keys()].map((w) => w[0]?.toUpperCase() + w.slice(1)));
  const MODS = alternation(lex.modifiers.keys());
  const UNITS = alternation(lex.units.keys());
  const SEASONS = alternation(lex.seasons.keys());
  const POD = 'morning|afternoon|evening|night|overnight';
  const UNIT_WORDS = [...lex.units.keys()].map((u) => u.toLowerCase());
  const HOLIDAY_NAMES = [...holidays().keys()].map((h) => h.replace(/\b\w/g, (c) => c.toUpperCase()).replace(/'S\b/g, "'s"));
  const WEEKDAY_WORDS = [...lex.weekdays.keys()];
  const r: Rule[] = [];

  // ── durations and offsets: "more than a week", "the past three months", "eight days", "two years ago"
  r.push({
    name: 'duration',
    rank: 3,
    // the number before the unit: "eight", "2 1/2", "1,000", "a couple of"
    anchors: { words: UNIT_WORDS, lead: 'A-Za-z\\d\\s-', leadBetweenDigits: ',./' },
    prefix: new Prefix([
      `\\b(?<mod>${MODS})\\s+`,
      '\\b(?<det>the|its|their|his|her|these|those)\\s+',
      '\\b(?<adj>past|last|next|first|coming|previous|following|final|latest|remaining|initial|ensuing|preceding|same)\\s+',
      `\\b(?<mod2>${MODS})\\s+`,
    ]),
    re: new RegExp(
      `\\b(?<num>${numberPattern()})(?:\\s+|-)(?:(?:more|additional|full|straight|consecutive|trading|working|business|whole|entire|long)\\s+)?` +
        `(?<unit>${UNITS})\\b(?<tail>\\s+(?:ago|earlier|later|from\\s+now|hence)\\b|-old\\b|-long\\b|\\s+old\\b)?`,
      'dgi',
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const gi = m.indices.groups ?? {};
      const unitWord = (g.unit ?? '').toLowerCase();
      const u = unitOf(lex, unitWord);
      const n = numberValue(g.num ?? '');
      if (!u || n === null) return null;
      const numWord = norm(g.num);
      if ((numWord === 'a' || numWord === 'an' || numWord === 'one') && u.plural) return null;
      if (n === 'X' && !u.plural) return null; // "some day" is no length of time
      if ((numWord === 'a' || numWord === 'an') && (u.unit === 'S' || u.unit === 'M') && !g.mod && !g.tail) return null;
      if (/^\d/.test(numWord) && /[$£€#]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) return null;
      let start = m.index;
      let mod = g.mod ? lex.modifiers.get(norm(g.mod)) : g.mod2 ? lex.modifiers.get(norm(g.mod2)) : undefined;
      // "over the past three months": "over" is a preposition here, not a modifier
      if (g.mod && g.det) {
        start = gi.det?.[0] ?? start;
        mod = g.mod2 ? lex.modifiers.get(norm(g.mod2)) : undefined;
      }
      const tail = norm(g.tail);
      const end = m.index + m[0].length;
      if (tail === 'old' || tail === '-old') return null; // ages: "a 6-year-old boy", "52 years old"
      // "three-quarters of", "a quarter of the market": a fraction, not a length of time
      if (u.unit === 'Q' && /^\s+of\b(?!\s+(?:fiscal\s+)?\d{4})/.test(text.slice(end, end + 12))) return null;
      // "its two-year plan", "the 30-day period": the adjective alone is the duration
      const numEnd = gi.num?.[1] ?? 0;
      if (text[numEnd] === '-' && g.det) start = gi.adj?.[0] ?? gi.mod2?.[0] ?? gi.num?.[0] ?? start;
      const fortnight = unitWord.startsWith('fortnight');
      if (tail === 'ago' || tail === 'earlier' || tail === 'later' || tail === 'from now' || tail === 'hence') {
        const dir = tail === 'ago' || tail === 'earlier' ? -1 : 1;
        const frame: Frame = { k: 'offset', n: fortnight && n !== 'X' ? n * 2 : n, unit: u.unit, dir, fromMention: tail === 'earlier' || tail === 'later' };
        return cand(start, end, u.time ? 'time' : 'date', frame, 3, mod);
      }
      // "twice a day", "100 barrels a day", "$50 a year": a frequency, not a length of time
      if ((numWord === 'a' || numWord === 'an') && !g.mod && !g.det && !g.adj) {
        const before = wordBefore(text, m.index);
        if (/^(?:once|twice|times|per)$/.test(before) || /\d/.test(before) || (/^[a-z]{3,}s$/.test(before) && !/^(?:was|is|has|this|its|his|hers|ours|yours|theirs|us|as|thus|plus|less|unless|across|perhaps|always|afterwards|towards|besides|days|weeks|months|years|hours)$/.test(before))) {
          return cand(start, end, 'set', { k: 'fixed', value: durationValue(1, u.unit, fortnight) }, 3);
        }
      }
      return cand(start, end, 'duration', { k: 'fixed', value: durationValue(n, u.unit, fortnight) }, 3, mod);
    },
  });

  // "day-long", "decades-long"
  r.push({
    name: 'unit-long',
    anchors: { words: ['long'], lead: 'A-Za-z-' },
    rank: 3,
    re: new RegExp(`\\b(?<unit>${UNITS})-long\\b`, 'gi'),
    build(m) {
      const u = unitOf(lex, m.groups?.unit ?? '');
      if (!u) return null;
      return cand(m.index, m.index + m[0].length, 'duration', { k: 'fixed', value: durationValue(u.plural ? 'X' : 1, u.unit) }, 3);
    },
  });

  // vague plurals: "for years", "within weeks", "recent months", "the coming weeks"
  r.push({
    name: 'vague-plural',
    anchors: { words: VAGUE_PLURALS, lead: WORDS_LEAD },
    rank: 8,
    re: new RegExp(
      `\\b(?:(?<prep>for|within|in|over|after|during)\\s+)?(?<adj>(?:the\\s+)?(?:recent|coming|past|next\\s+few|last\\s+few|past\\s+few|few)\\s+)?(?<pl>${VAGUE_PLURALS.join('|')})\\b`,
      'dgi',
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const gi = m.indices.groups ?? {};
      if (!g.prep && !g.adj) return null;
      const after = wordAfter(text, m.index + m[0].length).toLowerCase();
      if (/^(?:ago|earlier|later|old|before)$/.test(after)) return null;
      const start = g.adj ? (gi.adj?.[0] ?? m.index) : (gi.pl?.[0] ?? m.index);
      const u = unitOf(lex, g.pl ?? '');
      if (!u) return null;
      return cand(start, m.index + m[0].length, 'duration', { k: 'fixed', value: durationValue('X', u.unit) }, 8);
    },
  });

  // ── sets: "every Friday", "each year", "daily", "twice a week"
  r.push({
    name: 'set-every',
    anchors: { words: ['every', 'each'], lead: '' },
    rank: 2,
    re: new RegExp(`\\b(?:every|each)\\s+(?:(?<other>other)\\s+)?(?<what>${UNITS}|${WD}|${POD}|weekend|${SEASONS}|${MONTHS})`, 'gi'),
    build(m) {
      const what = m.groups?.what ?? '';
      const lower = what.toLowerCase();
      const step = m.groups?.other ? 2 : 1;
      let value: string | null = null;
      const wd = lex.weekdays.get(lower);
      const u = unitOf(lex, lower);
      const month = lex.months.get(what);
      if (wd) value = `XXXX-WXX-${wd}`;
      else if (u && !u.plural) value = durationValue(step, u.unit);
      else if (lower === 'weekend') value = 'XXXX-WXX-WE';
      else if (lex.seasons.has(lower)) value = `XXXX-${lex.seasons.get(lower)}`;
      else if (lex.partsOfDay.has(lower)) value = `XXXX-XX-XXT${lex.partsOfDay.get(lower)}`;
      else if (month) value = `XXXX-${String(month).padStart(2, '0')}`;
      if (!value) return null;
      return cand(m.index, m.index + m[0].length, 'set', { k: 'fixed', value }, 2);
    },
  });
  r.push({
    name: 'set-adverb',
    anchors: { words: SET_ADVERBS, lead: '' },
    rank: 2,
    re: new RegExp(`\\b(?:${SET_ADVERBS.join('|')})\\b`, 'gi'),
    build(m, text) {
      const w = m[0].toLowerCase();
      // "China Daily", "the Weekly Standard": a capitalised adverb inside a sentence is part of a name
      if (isUpper(m[0][0]) && !/(?:^|[.!?"“\n]\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
      const values: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
        quarterly: 'P3M', biweekly: 'P2W', fortnightly: 'P2W',
      };
      const value = values[w];
      return value ? cand(m.index, m.index + m[0].length, 'set', { k: 'fixed', value }, 2) : null;
    },
  });
  r.push({
    name: 'set-weekday-plural',
    anchors: { words: WEEKDAY_WORDS.map((w) => `${w}s`), lead: WORDS_LEAD },
    rank: 4,
    re: new RegExp(`\\b(?:on\\s+)?(?<wd>${WD})s(?:\\s+(?<pod>mornings|afternoons|evenings|nights))?\\b`, 'dgi'),
    build(m) {
      const wd = lex.weekdays.get((m.groups?.wd ?? '').toLowerCase());
      if (!wd || !isUpper(m.groups?.wd?.[0])) return null;
      const pod = m.groups?.pod ? lex.partsOfDay.get(m.groups.pod.toLowerCase().replace(/s$/, '')) : undefined;
      const start = m.indices.groups?.wd?.[0] ?? m.index;
      return cand(start, m.index + m[0].length, 'set', { k: 'fixed', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` }, 4);
    },
  });

  // ── vague references: "now", "recently", "the future", "in recent years"
  r.push({
    name: 'vague',
    rank: 2,
    // the last word of each phrase: "future" for "the near future"
    anchors: { words: [...lex.vague.keys()].map((v) => runsOf(v).pop() ?? ''), lead: phrasesLead(lex.vague.keys()) },
    re: new RegExp(`\\b(?:${alternation(lex.vague.keys())})\\b`, 'gi'),
    build(m, text) {
      const phrase = norm(m[0]);
      const value = lex.vague.get(phrase);
      if (!value) return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const before = text.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
      if (after.startsWith('-')) return null; // "now-defunct", "future-proof"
      if (phrase === 'soon' && (/as\s$/.test(before) || /^\s+(?:after|afterwards|thereafter)\b/i.test(after))) return null;
      if (phrase === 'the present' && /^\s+(?:case|study|report|paper|situation)\b/i.test(after)) return null;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'fixed', value }, 2);
    },
  });
  r.push({
    name: 'current-recent',
    anchors: { words: ['current'], lead: '' },
    rank: 9,
    re: /\b(?<w>current)\s+(?=[a-z])/g,
    build(m, text) {
      const w = m.groups?.w ?? '';
      const next = wordAfter(text, m.index + w.length).toLowerCase();
      if (/^(?:account|accounts|affairs|events|flows?|of|and|or|year|month|week|quarter)$/.test(next)) return null;
      return cand(m.index, m.index + w.length, 'date', { k: 'fixed', value: w === 'current' ? 'PRESENT_REF' : 'PAST_REF' }, 9);
    },
  });

  // ── decades and centuries: "the 1990s" → 199, "the late '80s", "the 20th century" → 19
  r.push({
    name: 'decade',
    // "1990s", the 1990 of "1990's", the 80s of "'80s", "the nineties"
    anchors: { words: Object.keys(WORD_DECADES), runs: "(?:1[5-9]\\d0|20\\d0)s?|\\d0s", lead: "A-Za-z\\s'-" },
    rank: 4,
    re: new RegExp(`(?:\\bthe\\s+)?(?:\\b(?<pmod>early|late|mid)[\\s-]+)?(?:\\b(?<full>1[5-9]\\d0|20\\d0)'?s\\b|'(?<short>\\d0)s\\b|\\b(?:nineteen[\\s-]+)?(?<word>${Object.keys(WORD_DECADES).join('|')})\\b)`, 'gi'),
    build(m, text) {
      const g = m.groups ?? {};
      let value: string;
      if (g.full) value = g.full.slice(0, 3);
      else if (g.short) value = (Number(g.short) >= 30 ? '19' : '20') + g.short[0];
      else {
        if (!/^the\s/i.test(m[0])) return null; // "in his forties" is an age
        const before = wordBefore(text, m.index);
        if (/^(?:his|her|their|its|my|your|our|early|late|mid)$/.test(before)) return null;
        value = '19' + String(WORD_DECADES[norm(g.word)] ?? '');
      }
      if (/^(?:his|her|their|my|your|our)$/.test(wordBefore(text, m.index))) return null;
      const mod = g.pmod ? PERIOD_MOD[norm(g.pmod)] : undefined;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'decade', value }, 4, mod);
    },
  });
  r.push({
    name: 'century',
    anchors: { words: ['century'], lead: 'A-Za-z\\d\\s-' },
    rank: 4,
    re: new RegExp(`\\b(?:the\\s+)?(?:(?<pmod>early|late|mid)[\\s-]+)?(?:(?<num>\\d{1,2})(?:st|nd|rd|th)|(?<word>${Object.keys(ORDINAL_WORDS).join('|')}))[\\s-]+century\\b`, 'gi'),
    build(m) {
      const g = m.groups ?? {};
      const n = g.num ? Number(g.num) : (ORDINAL_WORDS[norm(g.word)] ?? 0);
      if (n < 1 || n > 22) return null;
      const mod = g.pmod ? PERIOD_MOD[norm(g.pmod)] : undefined;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'century', value: String(n - 1).padStart(2, '0') }, 4, mod);
    },
  });

  // ── quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter of 1990"
  r.push({
    name: 'quarter',
    anchors: { words: ['quarter', 'half'], lead: "A-Za-z\\d\\s'-" },
    rank: 4,
    re: new RegExp(
      `\\b(?:(?<det>the|its|this|that|a|last\\s+year's|this\\s+year's|next\\s+year's|the\\s+year-ago|the\\s+year-earlier|the\\s+comparable|the\\s+same|the\\s+latest|the\\s+current)\\s+)?` +
        `(?:(?<y1>${YEAR})\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal[\\s-]+)?(?<qh>quarter|half)\\b(?!-century)` +
        `(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y2>${YEAR})\\b)?`,
      'dgi',
    ),
    build(m) {
      const g = m.groups ?? {};
      const q = ORDINAL_Q[norm(g.ord)] ?? 0;
      const half = norm(g.qh) === 'half';
      if (!q || (half && q > 2)) return null;
      const det = norm(g.det);
      const yoff = /^(?:last year's|the year-ago|the year-earlier)$/.test(det) ? -1 : det === "next year's" ? 1 : 0;
      const y = g.y1 ? Number(g.y1) : g.y2 ? Number(g.y2) : undefined;
      const frame: Frame = y !== undefined ? { k: 'quarter', q, half, y, yoff: 0 } : { k: 'quarter', q, half, yoff };
      let start = m.index;
      const ordEnd = m.indices.groups?.ord?.[1] ?? 0;
      // "a flat second quarter", "its third-quarter loss": the determiner of an adjective stays out
      if (det === 'a' || (m[0][ordEnd - m.index] === '-' && /^(?:the|its|this|that|a)$/.test(det))) start = m.indices.groups?.ord?.[0] ?? start;
      return cand(start, m.index + m[0].length, 'date', frame, 4);
    },
  });
  r.push({
    name: 'the-quarter',
    anchors: { words: ['quarter', 'period'], lead: 'A-Za-z\\s-' },
    rank: 4,
    re: /\b(?:the|this|that|its)\s+(?:(?<adj>latest|current|most\s+recent|same|recent|just-ended|year-ago|year-earlier|comparable|comparable\s+year-ago|comparable\s+year-earlier|previous|prior)\s+)?(?<what>quarter|period)\b(?![s-])/gi,
    build(m) {
      const adj = norm(m.groups?.adj);
      // "the latest period" is the quarter just reported; a bare "the period" is too vague
      if (norm(m.groups?.what) === 'period' && !/^(?:latest|most recent|just-ended)$/.test(adj)) return null;
      const yoff = /year-(?:ago|earlier)/.test(adj) ? -4 : /^(?:previous|prior)$/.test(adj) ? -1 : 0;
      const latest = /^(?:latest|most recent|just-ended|recent)$/.test(adj);
      return cand(m.index, m.index + m[0].length, 'date', { k: 'thequarter', yoff, latest }, 4);
    },
  });
  r.push({
    name: 'year-ago-period',
    anchors: { words: ['ago', 'earlier'], lead: 'A-Za-z\\s-' },
    rank: 4,
    re: /\b(?:(?:the|a)\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?\b/gi,
    build(m) {
      return cand(m.index, m.index + m[0].length, 'date', { k: 'offset', n: 1, unit: 'Y', dir: -1, fromMention: true }, 4);
    },
  });

  // ── last/this/next week|month|year, "earlier this month", "the past year"
  r.push({
    name: 'relative-unit',
    rank: 5,
    anchors: { words: ['week', 'weekend', 'month', 'year', 'decade', 'century'], lead: WORDS_LEAD },
    prefix: new Prefix([`\\b(?<pmod>${PERIOD_MODS}|earlier|later|end|the\\s+rest\\s+of|the\\s+remainder\\s+of)[\\s-]+(?:in\\s+)?`]),
    re: new RegExp(
      `\\b(?<rel>last|this|next|the\\s+past|the\\s+last|past|the\\s+previous|the\\s+following|the\\s+next|the\\s+coming|the\\s+current|the\\s+same|this\\s+past|that|the(?=\\s+weekend))\\s+` +
        `(?<unit>week|weekend|month|year|decade|century)\\b(?!-|\\s+(?:ago|earlier|later|old)\\b)`,
      'gi',
    ),
    build(m) {
      const g = m.groups ?? {};
      const rel = norm(g.rel);
      const unit = norm(g.unit) as 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century';
      if (isUpper(g.unit?.[0]) && !g.pmod) return null; // "This Week", a programme's name
      if (rel === 'the' && unit === 'weekend') return cand(m.index, m.index + m[0].length, 'date', { k: 'relunit', unit, off: 0, auto: true }, 5);
      if (unit === 'century') return rel === 'this' || rel === 'the current' ? cand(m.index, m.index + m[0].length, 'date', { k: 'century', value: '' }, 5) : null;
      const off = /^(?:last|the past|the last|past|the previous|this past)$/.test(rel) ? -1 : /^(?:next|the following|the next|the coming)$/.test(rel) ? 1 : 0;
      const fromMention = /^(?:the previous|the following|the same|that)$/.test(rel);
      const pmod = norm(g.pmod);
      const mod = PERIOD_MOD[pmod];
      return cand(m.index, m.index + m[0].length, 'date', { k: 'relunit', unit, off, fromMention }, 5, mod);
    },
  });
  r.push({
    name: 'earlier-in-the',
    anchors: { words: ['earlier', 'later'], lead: '' },
    rank: 5,
    re: /\b(?:earlier|later)\s+in\s+the\s+(?<unit>week|month|year)\b/gi,
    build(m) {
      const unit = norm(m.groups?.unit) as 'week' | 'month' | 'year';
      return cand(m.index, m.index + m[0].length, 'date', { k: 'relunit', unit, off: 0, fromMention: false }, 5);
    },
  });

  // ── months and seasons: "last month"-free forms: "in January", "late November", "last April", "May 2015"
  r.push({
    name: 'month',
    rank: 5,
    prefix: new Prefix([
      '\\b(?<pmod>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)[\\s-]+',
      '\\b(?<rel>last|this|next|this\\s+past|past|this\\s+coming|coming)\\s+',
    ]),
    re: new RegExp(
      `(?<mon>${MONTHS})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR})\\b|\\s+(?<yrel>last|this|next)\\s+year\\b)?`,
      'dg',
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const mon = g.mon ?? '';
      const month = lex.months.get(mon);
      if (!month) return null;
      const end = m.index + m[0].length;
      const after = text.slice(end, end + 4);
      if (/^\.?\s{0,2}\d/.test(after) && !g.year) return null; // "April 19": the calendar parser's
      if (/^[ \t]+[A-Z]/.test(after) && !g.year && !g.pmod && !g.rel) return null; // "April Fools", "June Carter"
      const start = g.pmod || g.rel ? m.index : (m.indices.groups?.mon?.[0] ?? m.index);
      if (!g.pmod && !g.rel && !g.year && !g.yrel) {
        const before = wordBefore(text, start);
        if (!MONTH_CUE.has(before)) return null;
        if ((mon === 'May' || mon === 'March') && /^(?:to|and|or|as|that)$/.test(before)) return null;
      }
      const mod = g.pmod ? PERIOD_MOD[norm(g.pmod)] : undefined;
      if (g.year) return cand(start, end, 'date', { k: 'cal', y: Number(g.year), m: month }, 5, mod);
      const rel = norm(g.rel);
      const yrel = norm(g.yrel);
      if (yrel) {
        return cand(start, end, 'date', { k: 'month', m: month, rel: yrel === 'last' ? -10 : yrel === 'next' ? 10 : 0, explicitRel: true }, 5, mod);
      }
      const off = /^(?:last|this past|past)$/.test(rel) ? -1 : /^(?:next|this coming|coming)$/.test(rel) ? 1 : 0;
      return cand(start, end, 'date', { k: 'month', m: month, rel: off, explicitRel: rel !== '' }, 5, mod);
    },
  });
  r.push({
    name: 'season',
    anchors: { words: [...lex.seasons.keys()], lead: 'A-Za-z\\s-' },
    rank: 5,
    re: new RegExp(
      `\\b(?:(?<pmod>early|late|mid|the\\s+end\\s+of|the\\s+beginning\\s+of)[\\s-]+)?(?:(?<rel>last|this|next|this\\s+past|past|this\\s+coming|coming|the)\\s+)?` +
        `(?:(?<pmod2>early|late|mid)[\\s-]+)?(?<season>${SEASONS})\\b(?:\\s+(?:of\\s+)?(?<year>${YEAR})\\b)?`,
      'gi',
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const season = lex.seasons.get(norm(g.season));
      if (!season) return null;
      const rel = norm(g.rel);
      if (!rel && !g.year && !g.pmod && !g.pmod2) return null;
      if (norm(g.season) === 'fall' && !g.year && !/^(?:last|this|next|this past|this coming|the)$/.test(rel)) return null;
      if (rel === 'the' && !g.year) {
        const before = wordBefore(text, m.index);
        if (!/^(?:in|during|over|through|since|by|until|this|for)$/.test(before)) return null;
        if (/^\s+of\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
      }
      const mod = g.pmod ? PERIOD_MOD[norm(g.pmod)] : g.pmod2 ? PERIOD_MOD[norm(g.pmod2)] : undefined;
      if (g.year) return cand(m.index, m.index + m[0].length, 'date', { k: 'cal', y: Number(g.year), season }, 5, mod);
      const off = /^(?:last|this past|past)$/.test(rel) ? -1 : /^(?:next|this coming|coming)$/.test(rel) ? 1 : 0;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'season', s: season, rel: off }, 5, mod);
    },
  });

  // ── years: "since 2015", "fiscal 1989", "mid-1996", "the end of 1990", but not "2015 people" or "Route 2015"
  r.push({
    name: 'year',
    anchors: { runs: YEAR, lead: '' },
    rank: 6,
    prefix: new Prefix([
      `\\b(?<pmod>${PERIOD_MODS}|the\\s+(?:spring|summer|autumn|fall|winter)\\s+of|spring|summer|autumn|fall|winter)[\\s-]+`,
      '\\b(?<fiscal>fiscal|calendar)\\s+(?:year\\s+)?|\\b(?<theyear>the\\s+year)\\s+',
    ]),
    re: new RegExp(`(?<!\\d[,.]?)\\b(?<year>${YEAR})\\b`, 'dg'),
    build(m, text) {
      const g = m.groups ?? {};
      const gi = m.indices.groups ?? {};
      const yStart = gi.year?.[0] ?? m.index;
      const yEnd = gi.year?.[1] ?? m.index + m[0].length;
      if (!notAYear(lex, text, yStart, yEnd, Boolean(g.pmod || g.fiscal || g.theyear))) return null;
      const y = Number(g.year);
      const pmod = norm(g.pmod);
      const seasonWord = /(spring|summer|autumn|fall|winter)/.exec(pmod)?.[1];
      if (seasonWord) return cand(m.index, yEnd, 'date', { k: 'cal', y, season: lex.seasons.get(seasonWord) ?? '' }, 6);
      const half = pmod === 'the first half of' ? 1 : pmod === 'the second half of' ? 2 : undefined;
      if (half) return cand(m.index, yEnd, 'date', { k: 'quarter', q: half, half: true, y, yoff: 0 }, 6);
      return cand(m.index, yEnd, 'date', { k: 'cal', y }, 6, PERIOD_MOD[pmod]);
    },
  });

  // ── days relative to today: "yesterday", "late Friday", "Friday morning", "last night", "this morning"
  r.push({
    name: 'relative-day',
    anchors: { words: ['yesterday', 'today', 'tomorrow', 'tonight'], lead: WORDS_LEAD },
    rank: 5,
    re: new RegExp(`\\b(?:(?<pmod>early|late|earlier|later)\\s+)?(?:(?<db>the\\s+day\\s+before)\\s+)?(?<rd>yesterday|today|tomorrow|tonight)(?:\\s+(?<pod>${POD}))?\\b`, 'gi'),
    build(m) {
      const g = m.groups ?? {};
      const rd = norm(g.rd);
      let off = rd === 'yesterday' ? -1 : rd === 'tomorrow' ? 1 : 0;
      if (g.db) off -= 1;
      const podWord = rd === 'tonight' ? 'night' : norm(g.pod);
      const pod = podWord ? lex.partsOfDay.get(podWord) : undefined;
      const type: DateType = g.pod ? 'time' : 'date';
      const frame: Frame = pod ? { k: 'relday', off, pod } : { k: 'relday', off };
      return cand(m.index, m.index + m[0].length, type, frame, 5);
    },
  });
  r.push({
    name: 'this-morning',
    anchors: { words: POD.split('|'), lead: WORDS_LEAD },
    rank: 5,
    re: new RegExp(`\\b(?:(?<pmod>early|late|earlier|later)\\s+)?(?<rel>this|last)\\s+(?<pod>${POD})\\b`, 'gi'),
    build(m) {
      const g = m.groups ?? {};
      const rel = norm(g.rel);
      const podWord = norm(g.pod);
      const pod = lex.partsOfDay.get(podWord);
      if (!pod) return null;
      // "last night" is the night before; "last morning" is not idiomatic and reads as "the last morning of …"
      if (rel === 'last' && podWord !== 'night') return null;
      return cand(m.index, m.index + m[0].length, 'time', { k: 'relday', off: rel === 'last' ? -1 : 0, pod }, 5);
    },
  });
  r.push({
    name: 'weekday',
    anchors: { words: WEEKDAY_WORDS, lead: '' },
    rank: 5,
    prefix: new Prefix([
      '\\b(?<pmod>early|late)\\s+',
      '\\b(?<rel>last|this|next|this\\s+coming|this\\s+past|the\\s+previous|the\\s+following|coming|past)\\s+',
    ]),
    re: new RegExp(
      `\\b(?<wd>${WD})(?:\\s+(?<pod>${POD}))?\\b`,
      'gi',
    ),
    build(m) {
      const g = m.groups ?? {};
      const wdWord = g.wd ?? '';
      if (!isUpper(wdWord[0])) return null;
      const wd = lex.weekdays.get(wdWord.toLowerCase());
      if (!wd) return null;
      const rel = norm(g.rel);
      const relN = /^(?:last|this past|the previous|past)$/.test(rel) ? -1 : /^(?:next|this coming|the following|coming)$/.test(rel) ? 1 : 0;
      const pod = g.pod ? lex.partsOfDay.get(norm(g.pod)) : undefined;
      const frame: Frame = pod ? { k: 'weekday', wd, rel: relN, explicitRel: rel !== '', pod } : { k: 'weekday', wd, rel: relN, explicitRel: rel !== '' };
      return cand(m.index, m.index + m[0].length, pod ? 'time' : 'date', frame, 5);
    },
  });
  r.push({
    name: 'anaphoric-day',
    anchors: { words: ['day'], lead: WORDS_LEAD },
    rank: 5,
    re: /\b(?:(?<pmod>early|late|earlier|later)\s+)?(?<rel>that|the\s+same|the\s+previous|the\s+next|the\s+following)\s+day\b/gi,
    build(m) {
      const rel = norm(m.groups?.rel);
      const off = rel === 'the previous' ? -1 : rel === 'the next' || rel === 'the following' ? 1 : 0;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'pod', off, fromMention: true }, 5);
    },
  });

  // ── parts of the day with no day named: "at dawn", "early morning", "the next morning", "noon Thursday"
  r.push({
    name: 'part-of-day',
    // the last word of each: "afternoon" for "mid-afternoon"
    anchors: { words: PARTS_OF_DAY.map((p) => runsOf(p).pop() ?? ''), lead: 'A-Za-z\\s-' },
    rank: 7,
    re: new RegExp(
      `\\b(?:(?<det>the\\s+next|the\\s+following|the\\s+previous|the\\s+same|that|the)\\s+)?(?:(?<pmod>early|late|mid)[\\s-]+)?` +
        `(?<pod>${PARTS_OF_DAY.join('|')})\\b(?!-)` +
        `(?:\\s+(?<wd>${WD}|yesterday|today|tomorrow))?`,
      'dgi',
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const gi = m.indices.groups ?? {};
      const podWord = norm(g.pod);
      const code = lex.partsOfDay.get(podWord);
      if (!code) return null;
      if (isUpper(g.pod?.[0]) && !atSentenceStart(text, m.indices.groups?.pod?.[0] ?? m.index)) return null; // "High Noon"
      const det = norm(g.det);
      const instant = /^(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|midday|noon|midnight|overnight|mid-afternoon|midafternoon)$/.test(podWord);
      let start = m.index;
      if (g.pmod && det === 'the') start = gi.pmod?.[0] ?? start; // "since the early morning" → "early morning"
      const before = wordBefore(text, m.index);
      if (!instant && !g.pmod && !/^(?:the next|the following|the previous|the same|that)$/.test(det)) {
        // "the morning" only after a preposition of time: "in the morning", not "the morning paper"
        if (det !== 'the' || !/^(?:in|during|through|throughout|until|till|by|since|overnight|all|that|early|late|into)$/.test(before)) return null;
      }
      if (podWord === 'night' && !det && !g.pmod) return null;
      const off = det === 'the next' || det === 'the following' ? 1 : det === 'the previous' ? -1 : 0;
      const [hh, mi] = code.includes(':') ? code.split(':').map(Number) : [undefined, undefined];
      const wdWord = g.wd ?? '';
      const end = m.index + m[0].length;
      if (wdWord) {
        const lower = wdWord.toLowerCase();
        const wd = lex.weekdays.get(lower);
        if (wd && isUpper(wdWord[0])) {
          const frame: Frame = hh !== undefined ? { k: 'weekday', wd, rel: 0, explicitRel: false, hh, mi: mi ?? 0 } : { k: 'weekday', wd, rel: 0, explicitRel: false, pod: code };
          return cand(start, end, 'time', frame, 7);
        }
        if (!wd) {
          const rd = lower === 'yesterday' ? -1 : lower === 'tomorrow' ? 1 : 0;
          const frame: Frame = hh !== undefined ? { k: 'relday', off: rd, hh, mi: mi ?? 0 } : { k: 'relday', off: rd, pod: code };
          return cand(start, end, 'time', frame, 7);
        }
      }
      const podEnd = gi.pod?.[1] ?? end;
      const frame: Frame = hh !== undefined ? { k: 'pod', hh, mi: mi ?? 0, off, fromMention: true } : { k: 'pod', pod: code, off, fromMention: true };
      return cand(start, podEnd, 'time', frame, 7, g.pmod ? PERIOD_MOD[norm(g.pmod)] : undefined);
    },
  });

  // clock times: "10:35 a.m.", "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "4 in the morning"
  r.push({
    name: 'clock',
    // what follows the hour: the m of "a.m.", "am", "10am", the clock of "o'clock", "in the morning(s)"
    anchors: {
      words: ['am', 'pm', 'm', 'clock', 'morning', 'afternoon', 'evening'],
      runs: '\\d{1,2}[ap]m|(?:clock|morning|afternoon|evening)\\w+',
      lead: "A-Za-z\\d\\s.:'",
    },
    rank: 1,
    re: new RegExp(
      `\\b(?:(?<approx>around|about|approximately|at\\s+about|at\\s+around)\\s+)?(?<h>\\d{1,2})(?:[:.](?<mi>\\d\\d))?\\s?(?:(?<ap>[ap])\\.?m\\b\\.?|(?<oclock>o'clock)|\\s(?<inthe>in\\s+the\\s+(?:morning|afternoon|evening)))` +
        `(?:\\s+(?<tz>[A-Z]{2,4}\\b|local\\s+time|GMT))?(?:,?\\s+(?:on\\s+)?(?:(?<wd>${WD_CAPITALISED})|(?<rd>yesterday|today|tomorrow)|(?<mon>${MONTHS})\\s?(?<day>\\d{1,2})\\b))?`,
      'dg',
    ),
    build(m) {
      const g = m.groups ?? {};
      let hh = Number(g.h);
      const mi = g.mi ? Number(g.mi) : 0;
      if (hh > 12 || mi > 59) return null;
      // "10:35" is a time; "3.25" without a.m./p.m. is a number
      if (g.ap === undefined && !g.oclock && !g.inthe && !m[0].includes(':')) return null;
      const ap = g.ap?.toLowerCase() ?? (/afternoon|evening/i.test(g.inthe ?? '') ? 'p' : g.inthe ? 'a' : undefined);
      if (ap === 'p' && hh < 12) hh += 12;
      if (ap === 'a' && hh === 12) hh = 0;
      const start = g.approx ? (m.indices.groups?.h?.[0] ?? m.index) : m.index;
      const end = m.index + m[0].length;
      let frame: Frame;
      if (g.wd) frame = { k: 'weekday', wd: lex.weekdays.get(g.wd.toLowerCase()) ?? 1, rel: 0, explicitRel: false, hh, mi };
      else if (g.rd) frame = { k: 'relday', off: /^y/i.test(g.rd) ? -1 : /^tom/i.test(g.rd) ? 1 : 0, hh, mi };
      else if (g.mon) frame = { k: 'cal', m: lex.months.get(g.mon) ?? 1, d: Number(g.day), hh, mi };
      else frame = { k: 'pod', hh, mi, off: 0, fromMention: true };
      return cand(start, end, 'time', frame, 1, g.approx ? 'APPROX' : undefined);
    },
  });

  // holidays: "Thanksgiving Day", "last Christmas", "Easter Sunday 1998"
  r.push({
    name: 'holiday',
    rank: 4,
    // the last word of each name as the case-sensitive regex writes it ("Day" of "Christmas Day"), or the
    // first where the last is a weekday, which news writes everywhere ("Palm" of "Palm Sunday")
    anchors: {
      casedWords: HOLIDAY_NAMES.map((h) => {
        const words = h.split(/\W+/).filter(Boolean);
        const last = words[words.length - 1] ?? '';
        return lex.weekdays.has(last.toLowerCase()) ? (words[0] ?? '') : last;
      }),
      lead: phrasesLead(HOLIDAY_NAMES),
    },
    re: new RegExp(`\\b(?:(?<rel>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?(?<name>${alternation(HOLIDAY_NAMES)})\\b(?:,?\\s+(?<year>${YEAR})\\b)?`, 'g'),
    build(m) {
      const g = m.groups ?? {};
      const name = (g.name ?? '').toLowerCase();
      if (!holidays().has(name)) return null;
      const rel = norm(g.rel);
      const relN = /^(?:last|this past)$/.test(rel) ? -1 : /^(?:next|this coming)$/.test(rel) ? 1 : 0;
      const frame: Frame = g.year ? { k: 'holiday', name, rel: relN, y: Number(g.year) } : { k: 'holiday', name, rel: relN };
      return cand(m.index, m.index + m[0].length, 'date', frame, 4);
    },
  });

  // "the year ended Sept. 30" is a year-long period; "for the year", "the full year" the current year
  r.push({
    name: 'the-year',
    anchors: { words: ['year'], lead: WORDS_LEAD },
    rank: 7,
    re: /\b(?:the|its)\s+(?<adj>fiscal\s+|full\s+|current\s+fiscal\s+|latest\s+fiscal\s+|full\s+fiscal\s+)?year\b(?<ended>\s+(?:ended|ending|to|through)\b)?/dgi,
    build(m, text) {
      const g = m.groups ?? {};
      const end = m.indices.groups?.ended?.[0] ?? m.index + m[0].length;
      if (g.ended) return cand(m.index, end, 'duration', { k: 'fixed', value: 'P1Y' }, 7);
      const after = text.slice(end, end + 20);
      if (/^\s*(?:ago|earlier|later|before|after|since|in\s+which|when|that|of\s+the|'s)\b/i.test(after) || /^-/.test(after)) return null;
      const before = wordBefore(text, m.index);
      if (!g.adj && !/^(?:for|of|during|throughout)$/.test(before)) return null;
      return cand(m.index, end, 'date', { k: 'relunit', unit: 'year', off: 0 }, 7);
    },
  });

  // "year-end", "by year's end", "the end of the month"
  r.push({
    name: 'period-end',
    anchors: { words: ['end', 'start', 'beginning', 'middle'], lead: "A-Za-z\\s'-" },
    rank: 5,
    re: /\b(?:(?:the\s+)?(?<part>end|start|beginning|middle)\s+of\s+(?:the|this)\s+(?<unit>year|month|week)|(?<ye>year[-\s]end|year's\s+end))\b/gi,
    build(m) {
      const unit = (m.groups?.ye ? 'year' : norm(m.groups?.unit)) as 'year' | 'month' | 'week';
      const part = norm(m.groups?.part);
      const mod = part === 'start' || part === 'beginning' ? 'START' : part === 'middle' ? 'MID' : 'END';
      return cand(m.index, m.index + m[0].length, 'date', { k: 'relunit', unit, off: 0 }, 5, mod);
    },
  });

  // spoken years in transcripts: "nineteen ninety-six", "the year two thousand"
  r.push({
    name: 'spoken-year',
    anchors: { words: ['nineteen', 'thousand'], lead: WORDS_LEAD },
    rank: 6,
    re: new RegExp(`\\b(?:(?<theyear>the\\s+year)\\s+)?(?:nineteen[\\s-](?<tens>${Object.keys(SPOKEN_TENS).join('|')})(?:[\\s-](?<ones>${Object.keys(SPOKEN_ONES).join('|')}))?|two\\s+thousand(?:\\s+and)?(?:[\\s-](?<ones2>${Object.keys(SPOKEN_ONES).join('|')}))?)\\b`, 'gi'),
    build(m, text) {
      const g = m.groups ?? {};
      let y: number;
      if (g.tens) y = 1900 + (SPOKEN_TENS[norm(g.tens)] ?? 0) + (g.ones ? (SPOKEN_ONES[norm(g.ones)] ?? 0) : 0);
      else {
        y = 2000 + (g.ones2 ? (SPOKEN_ONES[norm(g.ones2)] ?? 0) : 0);
        // "two thousand people": a count unless it reads as a year
        if (!g.theyear && !/^(?:in|since|by|until|of|from|before|after)$/.test(wordBefore(text, m.index))) return null;
      }
      if (lex.notYearAfter.has(wordAfter(text, m.index + m[0].length).toLowerCase())) return null;
      return cand(m.index, m.index + m[0].length, 'date', { k: 'cal', y }, 6);
    },
  });

  compiled = r;
  return r;
}

/** false when the four digits at [start,end) are a count, a label or an amount rather than a year. */
function notAYear(lex: DatesLexicon, text: string, start: number, end: number, cued: boolean): boolean {
  const prevChar = text[start - 1] ?? ' ';
  const nextChars = text.slice(end, end + 3);
  if (/[$£€#\d]/.test(prevChar) || /^[,.]\d|^%|^-\d{3}/.test(nextChars)) return false;
  if (/^[-–]?\s?(?:\d|am\b|pm\b)/i.test(nextChars) && /^\d/.test(nextChars)) return false;
  if (cued) return true;
  const before = wordBefore(text, start);
  const before2 = text.slice(Math.max(0, start - 14), start).toLowerCase().replace(/\s+/g, ' ').trim();
  if (lex.notYearBefore.has(before) || lex.notYearBefore.has(before2.split(' ').slice(-2).join(' '))) return false;
  const after = wordAfter(text, end).toLowerCase().replace(/[.,;:]$/, '');
  if (lex.notYearAfter.has(after)) return false;
  return true;
}

/** The candidates of the grammar's rules, given each rule's matches (`matches[i]` are rules()[i]'s). */
export function grammarCandidates(text: string, matches: readonly (readonly RegExpExecArray[])[]): Candidate[] {
  const out: Candidate[] = [];
  rules().forEach((rule, i) => {
    for (const m of matches[i] ?? []) {
      const full = rule.prefix ? rule.prefix.extend(m as Match, text) : (m as Match);
      const built = rule.build(full, text);
      if (built) for (const c of Array.isArray(built) ? built : [built]) if (c.end > c.start) out.push(c);
    }
  });
  return out;
}

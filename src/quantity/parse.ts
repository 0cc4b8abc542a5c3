// Quantities of people, read from tokens: "350,000", "fifty-nine", "two dozen", "1.5 million", "3m",
// "between 10 and 15", "10-15", "at least 74", "tens of thousands". Each becomes a Count with bounds:
//   exact N → N..N · at least N → N..null · more than N → N+1..null · up to N → 1..N
//   fewer than N → 1..N-1 · about/nearly/some N → N..N (qualifier "approximate") · range A..B
//   vague amounts → the bounds in data/lexicons/quantity-vague.txt (qualifier "vague").
// The parser is linear: it looks at most a few tokens ahead of the position it is given.
import type { Count, Qualifier } from '../schema.js';
import { quantityLexicons, type Lexicons, type NumberWord, type VagueAmount } from './lexicon.js';

/** The token fields the parser reads; the document model's tokens have them. */
export interface QToken {
  start: number;
  end: number;
  text: string;
  lower: string;
}

export interface QuantityMatch {
  count: Count;
  /** token range of the whole quantity (qualifier included), end exclusive. */
  start: number;
  end: number;
  /** first token of the number itself (after the qualifier). */
  numberStart: number;
}

interface Core {
  end: number;
  value?: number;
  range?: [number, number];
  vague?: VagueAmount;
  /** the number carried a scale word or suffix ("2 million"): a bare range start borrows it. */
  scaled: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d{1,3}(?:,\d{3})+|\d+)[-–](\d{1,3}(?:,\d{3})+|\d+)$/;

const toNumber = (s: string): number => Number(s.replace(/,/g, ''));
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function matchWords(toks: readonly QToken[], i: number, limit: number, words: readonly string[]): boolean {
  if (i + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.lower !== words[k]) return false;
  return true;
}

/** A digit string, with an optional scale ("1.5 million", "3m"). */
function parseDigits(toks: readonly QToken[], i: number, limit: number): Core | null {
  const t = toks[i];
  if (!t || !isDigit(t.text.charCodeAt(0))) return null; // both patterns open with a digit
  const range = DIGIT_RANGE.exec(t.text);
  if (range) {
    const a = toNumber(range[1] ?? ''), b = toNumber(range[2] ?? '');
    return b > a ? { end: i + 1, range: [a, b], scaled: false } : null;
  }
  if (!DIGITS.test(t.text)) return null;
  let value = toNumber(t.text);
  let end = i + 1;
  let scaled = false;
  const next = toks[end];
  if (next && end < limit) {
    const w = quantityLexicons().numbers.get(next.lower.replace(/\.$/, ''));
    if (w && (w.role === 'scale' || w.role === 'hundred')) {
      value *= w.value; end++; scaled = true;
    } else if (w && w.role === 'suffix' && next.start === t.end) {
      value *= w.value; end++; scaled = true;
    }
  }
  if (!Number.isInteger(value)) {
    if (!scaled) return null;
    value = Math.round(value);
  }
  return { end, value, scaled };
}

/** The number words a token is made of ("fifty-nine": fifty, nine), or null when a part is none (or a suffix). */
function numberWordsOf(lower: string, numbers: Lexicons['numbers']): readonly NumberWord[] | null {
  if (!lower.includes('-') || lower.length === 1) {
    const w = numbers.get(lower); // most tokens: one look-up, no split
    return w && w.role !== 'suffix' ? [w] : null;
  }
  const ws: NumberWord[] = [];
  for (const part of lower.split('-')) {
    const w = numbers.get(part);
    if (!w || w.role === 'suffix') return null;
    ws.push(w);
  }
  return ws;
}

/** Number words: "fifty-nine", "two hundred and fifty", "three thousand", "a dozen", "two dozen". */
function parseWords(toks: readonly QToken[], i: number, limit: number): Core | null {
  const { numbers } = quantityLexicons();
  let total = 0, current = 0, seen = 0, scaled = false;
  let j = i;
  let last: string | undefined;
  // "a hundred", "a dozen", "an estimated" is not a number (qualifiers are read before).
  if ((toks[j]?.lower === 'a' || toks[j]?.lower === 'an') && j + 1 < limit) {
    const w = numbers.get(toks[j + 1]?.lower ?? '');
    if (w && (w.role === 'scale' || w.role === 'hundred' || w.role === 'dozen')) { current = 1; j++; seen = 1; }
    else return null;
  }
  while (j < limit) {
    const tok = toks[j];
    if (!tok) break;
    const ws = numberWordsOf(tok.lower, numbers);
    if (!ws) {
      // joiners inside a number: "fifty - nine", "one hundred and fifty"
      const nextW = numbers.get(toks[j + 1]?.lower ?? '');
      if (seen && tok.lower === '-' && last === 'ten' && nextW?.role === 'unit' && tok.start === toks[j - 1]?.end) { j++; continue; }
      if (seen && tok.lower === 'and' && last === 'hundred' && (nextW?.role === 'unit' || nextW?.role === 'ten')) { j++; continue; }
      break;
    }
    // "two eight-year-old girls": two counts side by side are not one number
    const w0 = ws[0];
    if (seen && w0 && (w0.role === 'unit' || w0.role === 'ten') && (last === 'unit' || last === 'ten' && w0.role === 'ten')) break;
    for (const w of ws) {
      switch (w.role) {
        case 'unit': case 'ten': current += w.value; break;
        case 'hundred': current = (current || 1) * 100; scaled = true; break;
        case 'dozen': current = (current || 1) * 12; break;
        case 'scale': total += (current || 1) * w.value; current = 0; scaled = true; break;
        default: break;
      }
      last = w.role;
    }
    seen++;
    j++;
  }
  if (!seen || j === i) return null;
  return { end: j, value: total + current, scaled };
}

function parseNumber(toks: readonly QToken[], i: number, limit: number): Core | null {
  return parseDigits(toks, i, limit) ?? parseWords(toks, i, limit);
}

const NO_PHRASES: readonly never[] = [];

function parseVague(toks: readonly QToken[], i: number, limit: number): Core | null {
  for (const v of quantityLexicons().vagueByFirst.get(toks[i]?.lower ?? '') ?? NO_PHRASES) {
    if (matchWords(toks, i, limit, v.words)) return { end: i + v.words.length, vague: v.amount, scaled: false };
  }
  return null;
}

function parseQualifier(toks: readonly QToken[], i: number, limit: number): { qualifier: Qualifier; end: number } | null {
  for (const q of quantityLexicons().qualifiersByFirst.get(toks[i]?.lower ?? '') ?? NO_PHRASES) {
    if (matchWords(toks, i, limit, q.words)) return { qualifier: q.qualifier, end: i + q.words.length };
  }
  return null;
}

const RANGE_JOINERS = new Set(['to', '-', '–', 'or']);

let starters: Set<string> | undefined;

/** The words a quantity can start with (besides a digit): number words, qualifiers' and vague amounts' first words. */
export function quantityStarters(): ReadonlySet<string> {
  if (!starters) {
    const lex = quantityLexicons();
    starters = new Set(['a', 'an', 'between']);
    for (const q of lex.qualifiers) starters.add(q.words[0] ?? '');
    for (const v of lex.vague) starters.add(v.words[0] ?? '');
    for (const [w, n] of lex.numbers) if (n.role !== 'suffix') starters.add(w);
  }
  return starters;
}

/** Can a quantity start with this token? One set look-up rejects almost every token. */
function canStart(t: QToken | undefined): boolean {
  if (!t) return false;
  if (isDigit(t.text.charCodeAt(0))) return true;
  const words = quantityStarters();
  return words.has(t.lower) || (t.lower.includes('-') && words.has(t.lower.split('-')[0] ?? ''));
}

/** The quantity starting at token i (qualifier included), or null. `text` is the document text. */
export function parseQuantityAt(toks: readonly QToken[], i: number, limit: number, text: string): QuantityMatch | null {
  if (i >= limit || !canStart(toks[i])) return null;
  const q = parseQualifier(toks, i, limit);
  let j = q ? q.end : i;
  let between = false;
  if (toks[j]?.lower === 'between' && j + 1 < limit) { between = true; j++; }
  const core = parseVague(toks, j, limit) ?? parseNumber(toks, j, limit);
  if (!core) return q ? null : null;
  let end = core.end;
  let qualifier: Qualifier = q?.qualifier ?? 'exact';
  let low: number, high: number | null, best: number;

  if (core.value !== undefined) {
    // ranges: "10 to 15", "between 10 and 15", "two or three", "2 to 3 million"
    const joiner = toks[end]?.lower;
    if (end + 1 < limit && joiner && (RANGE_JOINERS.has(joiner) || (between && joiner === 'and'))) {
      const second = parseNumber(toks, end + 1, limit);
      if (second?.value !== undefined) {
        let a = core.value;
        const b = second.value;
        if (second.scaled && !core.scaled && a > 0 && a < 1000) {
          const scale = b >= 1e9 ? 1e9 : b >= 1e6 ? 1e6 : b >= 1e3 ? 1e3 : 1;
          if (a * scale < b) a *= scale;
        }
        if (b > a) { core.range = [a, b]; delete core.value; end = second.end; }
      }
    } else if (between) {
      return null;
    }
  }

  // post-qualifiers: "30 or more", "20 or so", "30-plus"
  const after = toks[end]?.lower, after2 = toks[end + 1]?.lower;
  if (end + 1 < limit && after === 'or' && (after2 === 'more' || after2 === 'so')) {
    qualifier = after2 === 'more' ? 'at_least' : 'approximate';
    end += 2;
  } else if (end < limit && (after === 'plus' || after === '-plus')) {
    qualifier = 'at_least';
    end += 1;
  }

  if (core.range) {
    [low, high] = core.range;
    best = Math.round((low + high) / 2);
    if (qualifier === 'exact' || qualifier === 'approximate') qualifier = 'range';
    else if (qualifier === 'at_least' || qualifier === 'more_than') { high = null; best = low; }
    else if (qualifier === 'up_to' || qualifier === 'fewer_than') { best = high; low = 1; }
  } else if (core.vague) {
    ({ low, high, best } = core.vague);
    if (qualifier === 'at_least' || qualifier === 'more_than') high = null;
    else if (qualifier === 'up_to' || qualifier === 'fewer_than') low = 1;
    qualifier = 'vague';
  } else {
    const n = core.value ?? 0;
    switch (qualifier) {
      case 'at_least': low = n; high = null; best = n; break;
      case 'more_than': low = n + 1; high = null; best = n + 1; break;
      case 'up_to': low = n > 0 ? 1 : 0; high = n; best = n; break;
      case 'fewer_than': low = n > 1 ? 1 : 0; high = Math.max(0, n - 1); best = high; break;
      default: low = n; high = n; best = n; break;
    }
  }
  const first = toks[i], lastTok = toks[end - 1];
  if (!first || !lastTok) return null;
  return {
    count: { low, high, best, qualifier, text: text.slice(first.start, lastTok.end) },
    start: i,
    end,
    numberStart: between ? j - 1 : j,
  };
}

/** Every quantity in toks[from, to), left to right, none overlapping. */
export function findQuantities(toks: readonly QToken[], from: number, to: number, text: string): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (let i = from; i < to; i++) {
    const m = parseQuantityAt(toks, i, to, text);
    if (m) { out.push(m); i = m.end - 1; }
  }
  return out;
}

/** The same count read with another qualifier ("At least 74 X and 59 Y": 59 becomes a lower bound). */
export function requalify(count: Count, qualifier: Qualifier): Count {
  if (count.qualifier !== 'exact' || count.high !== count.low) return count;
  const n = count.low;
  switch (qualifier) {
    case 'at_least': return { ...count, qualifier, low: n, high: null, best: n };
    case 'more_than': return { ...count, qualifier, low: n + 1, high: null, best: n + 1 };
    case 'up_to': return { ...count, qualifier, low: n > 0 ? 1 : 0, high: n, best: n };
    case 'approximate': return { ...count, qualifier };
    default: return count;
  }
}

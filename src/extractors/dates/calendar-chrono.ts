// Explicit calendar dates and clock times ("April 19", "Aug. 7, 1998", "19 April 2018", "10:35 a.m. EST",
// "9 a.m. Tuesday", "2018-04-27") come from chrono-node's strict English parser (chrono-parsers.ts leaves out
// the parsers a window cannot use). chrono costs a few milliseconds per article, so it only reads the
// sentences that a cheap regex says may hold such a date, and only the parts it is certain of are kept:
// the year, weekday and anchoring are decided by resolve.ts.
import { parserFor } from './chrono-parsers.js';
import type { Candidate, Frame } from './frames.js';
import { alternation, datesLexicon } from './lexicon.js';

interface Hint {
  re: RegExp;
  monthRe: RegExp;
}

let hint: Hint | undefined;

function hints(): Hint {
  if (hint) return hint;
  const months = alternation(datesLexicon().months.keys());
  hint = {
    // a month name next to a number, an ISO or slashed date (clock times are the grammar's)
    re: new RegExp(
      `(?:${months})\\s{0,2}\\d|\\b\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${months})|\\b\\d{4}-\\d\\d-\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`,
      'g',
    ),
    monthRe: new RegExp(`(?:${months})`),
  };
  return hint;
}

const SPACE = /\s/;
const RANGE_CUT = /\s*(?:\b(?:to|through|until|till|and)\b|[-–—])\s*/i;
const LEADING_PREP = /^(?:on|at|from|by|since|until|till|in|of|to|before|after|around|about|through|between|during)\s+/i;
// A fixed instant for chrono's reference: we only keep what chrono is certain of.
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Windows of the text around calendar hints, each kept inside its sentence ([start, end) pairs). */
export function hintWindows(text: string, sentenceOf: (at: number) => { start: number; end: number } | undefined): [number, number][] {
  const h = hints();
  h.re.lastIndex = 0;
  const out: [number, number][] = [];
  let m: RegExpExecArray | null;
  while ((m = h.re.exec(text)) !== null) {
    const s = sentenceOf(m.index) ?? { start: 0, end: text.length };
    let start = Math.max(s.start, m.index - 40);
    while (start > s.start && !SPACE.test(text[start - 1] ?? '')) start--;
    let end = Math.min(s.end, m.index + m[0].length + 40);
    while (end < s.end && !SPACE.test(text[end] ?? '')) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Calendar candidates inside [from, to) of `text`. */
export function chronoCandidates(text: string, from: number, to: number, depth = 0): Candidate[] {
  const h = hints();
  const piece = text.slice(from, to);
  const out: Candidate[] = [];
  for (const r of parserFor(piece).parse(piece, REFERENCE)) {
    if (r.end) {
      // a range ("Aug. 26 to Oct. 20", "today through Nov. 17"): each end is its own expression
      const cut = RANGE_CUT.exec(r.text);
      if (cut && depth === 0) {
        const at = from + r.index;
        out.push(...chronoCandidates(text, at, at + cut.index, 1));
        out.push(...chronoCandidates(text, at + cut.index + cut[0].length, at + r.text.length, 1));
      }
      continue;
    }
    let start = from + r.index;
    let t = r.text;
    const lead = LEADING_PREP.exec(t);
    if (lead) {
      start += lead[0].length;
      t = t.slice(lead[0].length);
    }
    t = t.replace(/[\s,]+$/, '');
    const c = r.start;
    const month = c.isCertain('month') ? c.get('month') ?? undefined : undefined;
    const day = c.isCertain('day') ? c.get('day') ?? undefined : undefined;
    const year = c.isCertain('year') ? c.get('year') ?? undefined : undefined;
    const hour = c.isCertain('hour') ? c.get('hour') ?? undefined : undefined;
    const minute = c.isCertain('minute') ? c.get('minute') ?? 0 : 0;
    const wd = c.isCertain('weekday') ? c.get('weekday') ?? undefined : undefined;
    const explicit = h.monthRe.test(t) || /\d{4}-\d\d-\d\d|\d\/\d/.test(t);
    if (!explicit) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(t)) continue; // "6 1/4%": a fraction, not a date
    let frame: Frame | null = null;
    if (month !== undefined && (day !== undefined || year !== undefined)) {
      frame = { k: 'cal', m: month };
      if (year !== undefined) frame.y = year;
      if (day !== undefined) frame.d = day;
      if (wd !== undefined) frame.wd = wd === 0 ? 7 : wd;
      if (hour !== undefined) {
        frame.hh = hour;
        frame.mi = minute;
      }
    } else if (hour !== undefined && wd !== undefined) {
      frame = { k: 'weekday', wd: wd === 0 ? 7 : wd, rel: 0, explicitRel: false, hh: hour, mi: minute };
    } else if (hour !== undefined) {
      frame = { k: 'pod', hh: hour, mi: minute, off: 0, fromMention: true };
    }
    if (!frame) continue;
    out.push({ start, end: start + t.length, type: hour !== undefined ? 'time' : 'date', frame, rank: 1 });
  }
  return out;
}

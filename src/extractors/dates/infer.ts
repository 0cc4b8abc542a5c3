// Publication date inference for articles that carry none: every candidate day is scored by how well the
// article's own clues fit it — weekday names (a past-tense "on Friday" is usually the day of publication
// or just before), month-day mentions (the article is written on or after them), a length of time that
// bridges a mentioned day and the candidate ("since April 19" … "eight days of fighting"), "earlier this
// month", and the latest year the article mentions. The clock is injected: the result is never after it.
import type { Published, Span } from '../../schema.js';
import { dayNumber, daysInMonth, formatDay, fromDayNumber, weekday } from './calendar.js';
import type { Candidate } from './frames.js';

export interface Clue {
  candidate: Candidate;
  future: boolean;
  span: Span;
}

const WEEKDAY_PAST = [1, 0.6, 0.35, 0.3, 0.2, 0.1, 0.1];
const WEEKDAY_FUTURE = [0.5, 0.6, 0.4, 0.3, 0.2, 0.1, 0.1];
/** how far after the latest mentioned day an article is searched for. */
const WINDOW = 45;
const MIN_SCORE = 1;
/** below this the guess is no better than the next weekday cycle: none is returned. */
const MIN_CONFIDENCE = 0.45;
/** how many years after the latest year the article mentions it may have been written. */
const MAX_YEARS_AFTER = 15;

interface MonthDay {
  m: number;
  d: number;
  y?: number;
  span: Span;
}

export function inferPublished(clues: Clue[], today: number): Published | null {
  const monthDays: MonthDay[] = [];
  const weekdays: { wd: number; rel: number; future: boolean; span: Span }[] = [];
  const lengths: { days: number; exact: boolean; span: Span }[] = [];
  const years: number[] = [];
  let earlierThisMonth: Span | null = null;
  for (const { candidate: c, future, span } of clues) {
    const f = c.frame;
    if (f.k === 'cal' && f.m !== undefined && f.d !== undefined && !future) {
      monthDays.push(f.y !== undefined ? { m: f.m, d: f.d, y: f.y, span } : { m: f.m, d: f.d, span });
      if (f.y !== undefined) years.push(f.y);
    } else if (f.k === 'cal' && f.y !== undefined && !future) years.push(f.y);
    else if (f.k === 'weekday' && f.rel <= 0) weekdays.push({ wd: f.wd, rel: f.rel, future, span });
    else if (f.k === 'fixed' && c.type === 'duration') {
      const m = /^P(\d{1,3})([DW])$/.exec(f.value);
      if (m) lengths.push({ days: Number(m[1]) * (m[2] === 'W' ? 7 : 1), exact: c.mod === undefined, span });
    } else if (f.k === 'relunit' && f.unit === 'month' && f.off === 0 && /^earlier/i.test(span.text)) earlierThisMonth = span;
  }
  if (monthDays.length === 0) return null;
  const todayYear = fromDayNumber(today).y;
  const pastYears = years.filter((y) => y <= todayYear);
  // without any year in the text the weekday cycle repeats every few years: no guess
  if (pastYears.length === 0) return null;
  const maxYear = Math.max(...pastYears);
  const fixedYears = monthDays.filter((md) => md.y !== undefined).map((md) => md.y ?? 0);
  const yearFrom = fixedYears.length ? Math.max(...fixedYears) : maxYear;
  const yearTo = Math.min(todayYear, yearFrom + MAX_YEARS_AFTER);

  let best: { dn: number; score: number; evidence: Span[] } | null = null;
  let second = -Infinity;
  // candidate days: the weeks after the latest month-day of each candidate year
  const candidates: number[] = [];
  for (let y = yearFrom; y <= yearTo; y++) {
    const latest = Math.max(...monthDays.map((md) => dayNumber(md.y ?? y, md.m, Math.min(md.d, daysInMonth(md.y ?? y, md.m)))));
    for (let dn = latest; dn <= latest + WINDOW && dn <= today; dn++) candidates.push(dn);
  }
  for (const dn of candidates) {
    const { y } = fromDayNumber(dn);
    let score = -0.05 * (y - maxYear);
    const evidence: Span[] = [];
    for (const w of weekdays) {
      let delta = w.future ? (w.wd - weekday(dn) + 7) % 7 : (weekday(dn) - w.wd + 7) % 7;
      if (!w.future && w.rel < 0 && delta === 0) delta = 7;
      const gain = (w.future ? WEEKDAY_FUTURE : WEEKDAY_PAST)[delta] ?? 0;
      score += gain;
      if (gain >= 0.6) evidence.push(w.span);
    }
    let nearest = Infinity;
    for (const md of monthDays) {
      // a month-day without a year is its latest occurrence on or before the candidate day
      let at = dayNumber(md.y ?? y, md.m, Math.min(md.d, daysInMonth(md.y ?? y, md.m)));
      if (md.y === undefined && at > dn) at = dayNumber(y - 1, md.m, Math.min(md.d, daysInMonth(y - 1, md.m)));
      const gap = dn - at;
      if (gap < 0) {
        score -= 2;
        continue;
      }
      nearest = Math.min(nearest, gap);
      for (const len of lengths) {
        if (gap === len.days) {
          score += len.exact ? 1.2 : 0.4;
          evidence.push(md.span, len.span);
        } else if (!len.exact && gap > len.days && gap <= len.days + 7) score += 0.1;
      }
    }
    // the article is written soon after the latest day it names
    score += nearest === Infinity ? -2 : nearest > WINDOW ? -1 : 0.5 * Math.exp(-nearest / 10);
    if (earlierThisMonth && fromDayNumber(dn).d >= 4) score += 0.2;
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { dn, score, evidence: [...evidence, ...monthDays.map((md) => md.span)] };
    } else second = Math.max(second, score);
  }
  if (!best || best.score < MIN_SCORE) return null;
  const margin = best.score - second;
  const confidence = Math.round(Math.min(0.95, 0.35 + 0.3 * Math.max(0, margin)) * 100) / 100;
  if (confidence < MIN_CONFIDENCE) return null;
  const seen = new Set<number>();
  const evidence = best.evidence
    .filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)))
    .sort((a, b) => a.start - b.start);
  return { value: formatDay(best.dn), source: 'inferred', confidence, evidence };
}

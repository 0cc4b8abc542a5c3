// Frame + reference date → TIMEX3 value. The reference is the publication date (given or inferred);
// anaphoric expressions ("two days later", "the next morning", "a year earlier" after a quarter) use the
// date the text mentioned last. Past-tense news looks back: a bare "Friday" is the last Friday on or
// before the reference, unless the sentence points to the future.
import type { DateMention } from '../../schema.js';
import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatWeek,
  fromDayNumber,
  quarterOf,
  weekday,
} from './calendar.js';
import type { Candidate, Frame } from './frames.js';
import { holidays } from './holidays.js';

export interface Reference {
  dn: number;
  kind: 'published' | 'inferred';
}

/** What the text has mentioned so far, for anaphora. */
export interface Discourse {
  lastDay?: { dn: number; sentence: number };
  lastQuarter?: { y: number; q: number; sentence: number };
}

export interface Situation {
  /** the sentence points to the future ("will", "scheduled", "next"). */
  future: boolean;
  /** "today" contrasted with a past ("was once …, but today"): nowadays. */
  presentContrast: boolean;
  sentence: number;
  /** the mention bounds a range ("since April 19", "until Friday"): it does not become the story's day. */
  boundary?: boolean;
  /** a deadline ("by February", "through January"): a month named so lies ahead. */
  deadline?: boolean;
}

export interface Resolved {
  value: string | null;
  anchored: boolean;
  anchor?: DateMention['anchor'];
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const pad2 = (n: number): string => String(n).padStart(2, '0');
const unanchored = (value: string | null): Resolved => ({ value, anchored: false });

/** How many sentences back an anaphor may reach for the date it leans on. */
const ANAPHOR_REACH = 6;
/** how far back "a year earlier" looks for a quarter to compare with. */
const QUARTER_REACH = 6;

/** Whether resolve (or inferPublished, for calendar days and weekdays) reads the mention's situation: not
 *  for values fixed by the text itself, decades, centuries and seasons. */
export function readsSituation(f: Frame): boolean {
  return f.k !== 'fixed' && f.k !== 'decade' && f.k !== 'century' && f.k !== 'season';
}

export function resolve(c: Candidate, ref: Reference | null, disc: Discourse, sit: Situation): Resolved {
  const f = c.frame;
  const anchoredOn = (value: string | null, kind: DateMention['anchor'] = ref?.kind): Resolved =>
    value === null ? unanchored(null) : kind ? { value, anchored: true, anchor: kind } : unanchored(value);
  switch (f.k) {
    case 'fixed':
      return unanchored(f.value);
    case 'decade':
      return unanchored(f.value);
    case 'century':
      if (f.value) return unanchored(f.value);
      return ref ? anchoredOn(pad2(Math.floor(fromDayNumber(ref.dn).y / 100))) : unanchored(null);
    case 'cal':
      return resolveCal(f, ref, disc, sit, anchoredOn);
    case 'weekday': {
      if (!ref) return unanchored(null);
      const dn = weekdayDay(ref.dn, f.wd, f.rel, sit.future);
      noteDay(disc, dn, sit);
      return anchoredOn(withTime(formatDay(dn), f.pod, f.hh, f.mi));
    }
    case 'relday': {
      if (f.off === 0 && sit.presentContrast && !f.pod && f.hh === undefined) return unanchored('PRESENT_REF');
      if (!ref) return unanchored(null);
      const dn = ref.dn + f.off;
      noteDay(disc, dn, sit);
      return anchoredOn(withTime(formatDay(dn), f.pod, f.hh, f.mi));
    }
    case 'pod': {
      const recent = disc.lastDay && sit.sentence - disc.lastDay.sentence <= ANAPHOR_REACH ? disc.lastDay : undefined;
      const base = f.fromMention && recent ? recent.dn : ref?.dn;
      if (base === undefined) return unanchored(null);
      const dn = base + f.off;
      if (f.off !== 0) noteDay(disc, dn, sit);
      return anchoredOn(withTime(formatDay(dn), f.pod, f.hh, f.mi), f.fromMention && recent ? 'mention' : ref?.kind);
    }
    case 'relunit': {
      if (!ref) return unanchored(null);
      const recent = disc.lastDay && sit.sentence - disc.lastDay.sentence <= ANAPHOR_REACH ? disc.lastDay : undefined;
      const useMention = f.fromMention && recent !== undefined;
      const base = useMention && recent ? recent.dn : ref.dn;
      const kind = useMention ? 'mention' : ref.kind;
      const { y, m } = fromDayNumber(base);
      // "the weekend" in a report is the one just past, unless the reference day is itself a weekend day
      const off = f.auto ? (sit.future || weekday(base) >= 6 ? 0 : -1) : f.off;
      switch (f.unit) {
        case 'year':
          return anchoredOn(String(y + off), kind);
        case 'month': {
          const t = addMonths(y, m, off);
          return anchoredOn(formatMonth(t.y, t.m), kind);
        }
        case 'week':
          return anchoredOn(formatWeek(base + 7 * off), kind);
        case 'weekend':
          return anchoredOn(`${formatWeek(base + 7 * off)}-WE`, kind);
        case 'decade':
          return anchoredOn(String(Math.floor(y / 10) + off), kind);
        case 'quarter': {
          const t = addMonths(y, (quarterOf(m) - 1) * 3 + 1, 3 * off);
          return anchoredOn(`${t.y}-Q${quarterOf(t.m)}`, kind);
        }
      }
      return unanchored(null);
    }
    case 'month': {
      if (!ref) return unanchored(`XXXX-${pad2(f.m)}`);
      const { y, m } = fromDayNumber(ref.dn);
      const future = sit.future || sit.deadline === true;
      let year: number;
      if (f.rel === -10) year = y - 1;
      else if (f.rel === 10) year = y + 1;
      else if (f.rel === -1) year = f.m < m ? y : y - 1;
      else if (f.rel === 1) year = f.m > m ? y : y + 1;
      else if (f.explicitRel) year = y;
      else if (f.m <= m) year = future && m - f.m > 6 ? y + 1 : y;
      else year = future || f.m - m <= 1 ? y : y - 1;
      return anchoredOn(formatMonth(year, f.m));
    }
    case 'season': {
      if (!ref) return unanchored(`XXXX-${f.s}`);
      const { y, m } = fromDayNumber(ref.dn);
      const start = SEASON_START[f.s] ?? 1;
      const year = f.rel < 0 ? (start < m ? y : y - 1) : f.rel > 0 ? (start > m ? y : y + 1) : y;
      return anchoredOn(`${year}-${f.s}`);
    }
    case 'offset':
      return resolveOffset(f, ref, disc, sit, anchoredOn);
    case 'holiday': {
      const rule = holidays().get(f.name);
      if (!rule) return unanchored(null);
      if (f.y !== undefined) return unanchored(formatDay(rule(f.y)));
      if (!ref) return unanchored(null);
      const { y } = fromDayNumber(ref.dn);
      const days = [rule(y - 1), rule(y), rule(y + 1)];
      const before = days.filter((d) => (f.rel < 0 ? d < ref.dn : d <= ref.dn + 1));
      const after = days.filter((d) => (f.rel > 0 ? d > ref.dn : d >= ref.dn));
      const dn = f.rel > 0 || (f.rel === 0 && sit.future) ? after[0] : before[before.length - 1];
      if (dn === undefined) return unanchored(null);
      noteDay(disc, dn, sit);
      return anchoredOn(formatDay(dn));
    }
    case 'quarter': {
      if (f.y !== undefined) {
        noteQuarter(disc, f.y, f.q, f.half, sit);
        return unanchored(`${f.y}-${f.half ? 'H' : 'Q'}${f.q}`);
      }
      if (!ref) return unanchored(`XXXX-${f.half ? 'H' : 'Q'}${f.q}`);
      const { y, m } = fromDayNumber(ref.dn);
      const startMonth = f.half ? (f.q - 1) * 6 + 1 : (f.q - 1) * 3 + 1;
      const year = (startMonth <= m ? y : y - 1) + f.yoff;
      noteQuarter(disc, year, f.q, f.half, sit);
      return anchoredOn(`${year}-${f.half ? 'H' : 'Q'}${f.q}`);
    }
    case 'thequarter': {
      // "the latest quarter" is the one just reported; "the quarter" is the one under discussion
      const recent = !f.latest && disc.lastQuarter && sit.sentence - disc.lastQuarter.sentence <= ANAPHOR_REACH ? disc.lastQuarter : undefined;
      let y: number;
      let q: number;
      let kind: DateMention['anchor'];
      if (recent) {
        ({ y, q } = recent);
        kind = 'mention';
      } else {
        if (!ref) return unanchored(null);
        const d = fromDayNumber(ref.dn);
        const prev = addMonths(d.y, (quarterOf(d.m) - 1) * 3 + 1, -3); // the last completed quarter
        y = prev.y;
        q = quarterOf(prev.m);
        kind = ref.kind;
      }
      const t = addMonths(y, (q - 1) * 3 + 1, 3 * f.yoff);
      if (f.yoff === 0 && !recent) noteQuarter(disc, t.y, quarterOf(t.m), false, sit);
      return anchoredOn(`${t.y}-Q${quarterOf(t.m)}`, kind);
    }
  }
}

function resolveCal(
  f: Extract<Frame, { k: 'cal' }>,
  ref: Reference | null,
  disc: Discourse,
  sit: Situation,
  anchoredOn: (v: string | null, kind?: DateMention['anchor']) => Resolved,
): Resolved {
  if (f.season) return unanchored(`${f.y ?? 'XXXX'}-${f.season}`);
  if (f.m === undefined) return unanchored(f.y !== undefined ? String(f.y) : null);
  if (f.d === undefined) return unanchored(f.y !== undefined ? formatMonth(f.y, f.m) : `XXXX-${pad2(f.m)}`);
  if (f.d < 1 || f.d > 31) return unanchored(null);
  if (f.y !== undefined) {
    if (f.d > daysInMonth(f.y, f.m)) return unanchored(null);
    const dn = dayNumber(f.y, f.m, f.d);
    noteDay(disc, dn, sit);
    return unanchored(withTime(formatDay(dn), f.pod, f.hh, f.mi));
  }
  if (!ref) return unanchored(withTime(`XXXX-${pad2(f.m)}-${pad2(f.d)}`, f.pod, f.hh, f.mi));
  const dn = monthDayNear(ref.dn, f.m, f.d, f.wd, sit.future);
  noteDay(disc, dn, sit);
  return anchoredOn(withTime(formatDay(dn), f.pod, f.hh, f.mi));
}

function resolveOffset(
  f: Extract<Frame, { k: 'offset' }>,
  ref: Reference | null,
  disc: Discourse,
  sit: Situation,
  anchoredOn: (v: string | null, kind?: DateMention['anchor']) => Resolved,
): Resolved {
  if (f.n === 'X') return unanchored(f.dir < 0 ? 'PAST_REF' : 'FUTURE_REF');
  const n = f.n;
  // "a year ago" / "a year earlier" / "year-ago" right after a quarter: the same quarter a year before
  const quarter = disc.lastQuarter && sit.sentence - disc.lastQuarter.sentence <= QUARTER_REACH ? disc.lastQuarter : undefined;
  if (f.unit === 'Y' && quarter && f.dir < 0 && Number.isInteger(n)) {
    return anchoredOn(`${quarter.y - n}-Q${quarter.q}`, 'mention');
  }
  const recentDay = disc.lastDay && sit.sentence - disc.lastDay.sentence <= 2 ? disc.lastDay : undefined;
  const useMention = f.fromMention && recentDay !== undefined && (f.unit === 'D' || f.unit === 'W');
  const base = useMention && recentDay ? recentDay.dn : ref?.dn;
  if (base === undefined) return unanchored(null);
  const kind: DateMention['anchor'] = useMention ? 'mention' : ref?.kind;
  const whole = Math.round(n);
  const { y, m } = fromDayNumber(base);
  switch (f.unit) {
    case 'D': {
      const dn = base + f.dir * whole;
      noteDay(disc, dn, sit);
      return anchoredOn(formatDay(dn), kind);
    }
    case 'W':
      return anchoredOn(formatWeek(base + 7 * f.dir * whole), kind);
    case 'MO': {
      const t = addMonths(y, m, f.dir * whole);
      return anchoredOn(formatMonth(t.y, t.m), kind);
    }
    case 'Q': {
      const t = addMonths(y, m, 3 * f.dir * whole);
      return anchoredOn(`${t.y}-Q${quarterOf(t.m)}`, kind);
    }
    case 'Y':
      return anchoredOn(String(y + f.dir * whole), kind);
    case 'E':
      return anchoredOn(String(y + 10 * f.dir * whole), kind);
    case 'C':
      return anchoredOn(String(y + 100 * f.dir * whole), kind);
    default:
      return anchoredOn(formatDay(base), kind);
  }
}

function withTime(day: string, pod?: string, hh?: number, mi?: number): string {
  if (hh !== undefined) return `${day}T${pad2(hh)}:${pad2(mi ?? 0)}`;
  return pod ? `${day}T${pod}` : day;
}

function noteDay(disc: Discourse, dn: number, sit: Situation): void {
  if (sit.boundary) return;
  disc.lastDay = { dn, sentence: sit.sentence };
}

function noteQuarter(disc: Discourse, y: number, q: number, half: boolean, sit: Situation): void {
  if (!half) disc.lastQuarter = { y, q, sentence: sit.sentence };
}

/** The weekday's date: rel -1 "last", +1 "next", 0 the last one on or before the reference unless future. */
export function weekdayDay(ref: number, wd: number, rel: number, future: boolean): number {
  const back = (weekday(ref) - wd + 7) % 7;
  const ahead = (wd - weekday(ref) + 7) % 7;
  if (rel < 0) return ref - (back === 0 ? 7 : back);
  if (rel > 0) return ref + (ahead === 0 ? 7 : ahead);
  return future ? ref + ahead : ref - back;
}

/** A month-day without a year: the reference year, or the one before when a past report would otherwise
 *  point months ahead (or after, for a future one far behind). A known weekday picks the year it fits. */
export function monthDayNear(ref: number, m: number, d: number, wd: number | undefined, future: boolean): number {
  const { y } = fromDayNumber(ref);
  const at = (year: number): number => dayNumber(year, m, Math.min(d, daysInMonth(year, m)));
  if (wd !== undefined) {
    const fits = [y, y - 1, y + 1].map(at).filter((dn) => weekday(dn) === wd);
    if (fits.length) return fits.reduce((a, b) => (Math.abs(a - ref) <= Math.abs(b - ref) ? a : b));
  }
  const same = at(y);
  if (!future && same - ref > 60) return at(y - 1);
  if (future && ref - same > 180) return at(y + 1);
  return same;
}

// Holidays as calendar days: "Thanksgiving Day", "Christmas", "Easter Sunday", "Election Day".
import { loadTable } from '../../lexicons/load.js';
import { dayNumber, daysInMonth, weekday } from './calendar.js';

export type HolidayRule = (year: number) => number;

let table: Map<string, HolidayRule> | undefined;

export function holidays(): Map<string, HolidayRule> {
  if (table) return table;
  table = new Map();
  for (const [name, rule] of loadTable('dates-holidays')) {
    if (!name || !rule) continue;
    const fn = parseRule(rule);
    if (fn) table.set(name.toLowerCase(), fn);
  }
  return table;
}

function parseRule(rule: string): HolidayRule | null {
  let m = /^(\d\d)-(\d\d)$/.exec(rule);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return (y) => dayNumber(y, month, day);
  }
  m = /^nth:(\d\d):(\d):(-?\d)$/.exec(rule);
  if (m) {
    const month = Number(m[1]);
    const wd = Number(m[2]);
    const n = Number(m[3]);
    return (y) => nthWeekday(y, month, wd, n);
  }
  m = /^easter:(-?\d+)$/.exec(rule);
  if (m) {
    const offset = Number(m[1]);
    return (y) => easter(y) + offset;
  }
  if (rule === 'electionday') return (y) => nthWeekday(y, 11, 1, 1) + 1;
  return null;
}

export function nthWeekday(y: number, month: number, wd: number, n: number): number {
  if (n < 0) {
    const last = dayNumber(y, month, daysInMonth(y, month));
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

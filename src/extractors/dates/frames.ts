// What a date expression means before it is anchored: the grammar turns text into a Frame, and
// resolve.ts turns a Frame plus a reference date into a TIMEX3 value.
import type { DateType } from '../../schema.js';

/** TIMEX3 unit letters used in frames. */
export type Unit = 'S' | 'M' | 'H' | 'D' | 'W' | 'MO' | 'Q' | 'Y' | 'E' | 'C';

export type Frame =
  /** explicit calendar parts; missing year resolves against the reference date. */
  | { k: 'cal'; y?: number; m?: number; d?: number; wd?: number; hh?: number; mi?: number; pod?: string; season?: string }
  /** a weekday: rel -1 last, 0 this/unspecified, +1 next. */
  | { k: 'weekday'; wd: number; rel: number; explicitRel: boolean; pod?: string; hh?: number; mi?: number }
  /** yesterday (-1), today (0), tomorrow (+1), with an optional part of day or clock time. */
  | { k: 'relday'; off: number; pod?: string; hh?: number; mi?: number; present?: boolean }
  /** last/this/next week|month|year|weekend|quarter|decade, or a named month/season with last/this/next. */
  | { k: 'relunit'; unit: 'year' | 'month' | 'week' | 'weekend' | 'quarter' | 'decade'; off: number; fromMention?: boolean; auto?: boolean }
  | { k: 'month'; m: number; rel: number; explicitRel: boolean }
  | { k: 'season'; s: string; rel: number }
  /** "two years ago", "a year earlier", "two days later". */
  | { k: 'offset'; n: number | 'X'; unit: Unit; dir: number; fromMention: boolean }
  /** "the third quarter", "the first half", with an optional explicit year or year offset. */
  | { k: 'quarter'; q: number; half: boolean; y?: number; yoff: number }
  /** "the quarter", "the latest quarter", "the year-ago quarter": the quarter under discussion. */
  | { k: 'thequarter'; yoff: number; latest?: boolean }
  /** a part of the day with no day named: "at dawn", "this morning", "the next morning". */
  | { k: 'pod'; pod?: string; hh?: number; mi?: number; off: number; fromMention: boolean }
  | { k: 'holiday'; name: string; rel: number; y?: number }
  | { k: 'decade'; value: string }
  | { k: 'century'; value: string }
  /** values that need no anchor: durations, sets, PRESENT_REF … */
  | { k: 'fixed'; value: string };

export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  frame: Frame;
  mod?: string;
  /** which rule found it; a longer span wins, then a lower rank. */
  rank: number;
}

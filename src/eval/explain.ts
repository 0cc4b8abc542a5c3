// Why a score is what it is: each miss, false positive and wrong attribute, with the sentence it sits in.
import type { Offsets } from './match.js';
import type { Tallies } from './tallies.js';

export type Verdict = 'miss' | 'false positive' | 'wrong';

export interface Explanation {
  id: string;
  /** the gold key: dates, entities, toponyms, places, actors, casualties, tally, attributions. */
  field: string;
  verdict: Verdict;
  message: string;
  at: Offsets | null;
  /** the sentence around `at` (trimmed to a few hundred characters), or null. */
  sentence: string | null;
}

/** What a metric family gets while scoring one document. */
export interface DocContext {
  tallies: Tallies;
  text: string;
  /** records an explanation; absent unless explanations were asked for (scoring stays lean). */
  note?: (field: string, verdict: Verdict, message: string, at?: Offsets | null) => void;
}

const MAX_SIDE = 240;

const isStop = (c: string | undefined) => c === '.' || c === '!' || c === '?';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || isBreak(c);

/** The sentence containing a span: from after the previous full stop (or line break) to the next one. */
export function sentenceAround(text: string, at: Offsets): string {
  const start = Math.max(0, Math.min(at.start, text.length));
  const end = Math.max(start, Math.min(at.end, text.length));
  let from = start;
  while (from > 0 && start - from < MAX_SIDE) {
    const c = text[from - 1];
    if (isBreak(c) || (isStop(text[from - 2]) && isSpace(c))) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < MAX_SIDE) {
    const c = text[to];
    if (isBreak(c)) break;
    to++;
    if (isStop(c) && (to === text.length || isSpace(text[to]))) break;
  }
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${start - from >= MAX_SIDE ? '…' : ''}${body}${to - end >= MAX_SIDE ? '…' : ''}`;
}

/** A collector that keeps explanations for one document. */
export function explainer(id: string, text: string, into: Explanation[]): NonNullable<DocContext['note']> {
  return (field, verdict, message, at = null) => {
    into.push({ id, field, verdict, message, at, sentence: at ? sentenceAround(text, at) : null });
  };
}

/** `"Damascus"` for messages. */
export const quote = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}…` : s);

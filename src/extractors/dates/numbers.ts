// Numbers inside date expressions: "eight", "twenty-four", "2 1/2", "a couple of", "several" (X).
import { alternation, datesLexicon } from './lexicon.js';

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

let pattern: string | undefined;

/** A regex source for one number; compound words first so that "twenty four" wins over "twenty". */
export function numberPattern(): string {
  if (pattern) return pattern;
  const words = [...datesLexicon().numbers.keys()];
  pattern =
    `\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2|\\s+and\\s+a\\s+half)?` +
    `|(?:${Object.keys(TENS).join('|')})[\\s-](?:${Object.keys(ONES).join('|')})\\b` +
    `|(?:${alternation(words)})\\b(?:\\s+and\\s+a\\s+half)?`;
  return pattern;
}


/** The value of a number phrase, 'X' for vague ones ("several"), null when it is not a number. */
export function numberValue(raw: string): number | 'X' | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  let half = 0;
  let core = s;
  const halfMatch = / (?:1\/2|and a half)$/.exec(core);
  if (halfMatch) {
    half = 0.5;
    core = core.slice(0, halfMatch.index);
  }
  if (/^\d/.test(core)) {
    const n = Number(core.replace(/,/g, ''));
    return Number.isFinite(n) ? n + half : null;
  }
  const compound = /^(\w+)[ -](\w+)$/.exec(core);
  if (compound && TENS[compound[1] ?? ''] !== undefined && ONES[compound[2] ?? ''] !== undefined) {
    return (TENS[compound[1] ?? ''] ?? 0) + (ONES[compound[2] ?? ''] ?? 0) + half;
  }
  const v = datesLexicon().numbers.get(core);
  if (v === undefined) return null;
  return v === 'X' ? 'X' : v + half;
}

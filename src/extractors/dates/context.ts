// Sentence-level clues for anchoring: does the clause point to the future ("will meet on Friday",
// "scheduled for Monday"), and is "today" contrasted with a past ("was once …, but today")?
import { alternation, datesLexicon } from './lexicon.js';

let futureRe: RegExp | undefined;

function future(): RegExp {
  // hyphens bound the cue: "lower-than-expected" is no future
  futureRe ??= new RegExp(`(?:^|[^\\w'-])(?:${alternation(datesLexicon().futureCues)})(?![\\w'-])`, 'i');
  return futureRe;
}

const PAST_CONTRAST = /\b(?:once|used\s+to|formerly|at\s+the\s+time|years\s+ago|decades\s+ago|in\s+the\s+past|back\s+then|in\s+those\s+days)\b/i;
// a verb in the past right before the date: "said Friday", "closed Wednesday", "met on Monday"
const PAST_VERB_BEFORE = /\b(?:(?!scheduled|planned|expected|slated)\w{3,}ed|said|told|met|began|took|made|gave|left|came|went|rose|fell|held|won|lost|saw|got|sent|spoke|wrote|brought|fought|struck|hit|shot|led|paid|sold|bought|broke|ran|became|found|kept|felt|heard|stood)(?:\s+(?:on|late|early))?\s+$/i;
const CLAUSE_BREAK = /[;:"“”]|''|``|,\s/g;

/** The words of the clause before the mention (at most 80 characters back). */
function lead(text: string, sentenceStart: number, at: number): string {
  const window = text.slice(Math.max(sentenceStart, at - 80), at);
  let cut = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(window)) !== null) cut = m.index + m[0].length;
  return window.slice(cut);
}

export function pointsToFuture(text: string, sentenceStart: number, at: number): boolean {
  if (PAST_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, at - 30), at))) return false;
  return future().test(lead(text, sentenceStart, at));
}

export function contrastsWithPast(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  return PAST_CONTRAST.test(text.slice(sentenceStart, sentenceEnd));
}

// Sentence-level clues for anchoring: does the sentence point to the future ("will meet on Friday",
// "scheduled for Monday"), and is "today" contrasted with a past ("was once …, but today")?
import { alternation, datesLexicon } from './lexicon.js';

let futureRe: RegExp | undefined;

function future(): RegExp {
  futureRe ??= new RegExp(`(?:^|[^\\w'])(?:${alternation(datesLexicon().futureCues)})(?![\\w'])`, 'i');
  return futureRe;
}

const PAST_CONTRAST = /\b(?:once|used\s+to|formerly|at\s+the\s+time|years\s+ago|decades\s+ago|in\s+the\s+past|back\s+then|in\s+those\s+days)\b/i;

/** The words of the sentence before the mention (at most 80 characters back). */
function lead(text: string, sentenceStart: number, at: number): string {
  return text.slice(Math.max(sentenceStart, at - 80), at);
}

export function pointsToFuture(text: string, sentenceStart: number, at: number): boolean {
  return future().test(lead(text, sentenceStart, at));
}

export function contrastsWithPast(text: string, sentenceStart: number, sentenceEnd: number): boolean {
  return PAST_CONTRAST.test(text.slice(sentenceStart, sentenceEnd));
}

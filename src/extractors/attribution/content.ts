// Where the content lies: after the cue (past a hearer and time or place adjuncts), before the source,
// or on both sides; stretched to a whole quotation when it opens or closes one.
import type { Token } from '../../document/model.js';
import { FINAL, isTimeWord, isWeekday, type Context } from './context.js';
import type { Cue } from './cues.js';
import { phraseStartingAt, type Phrase } from './np.js';
import { quoteAt, type QuoteSpan } from './quotes.js';
import { isPunct, isQuote } from './words.js';

/** verbs that may take a hearer before their content: "told AFP", "warned residents". */
const TAKES_HEARER = new Set(['tell', 'inform', 'brief', 'ask', 'urge', 'warn', 'call on', 'accuse', 'blame', 'assure', 'quote', 'cite']);

const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after', 'before', 'from']);

export function skipHearer(ctx: Context, cue: Cue, a: number): number {
  const { w, s1 } = ctx;
  if (!TAKES_HEARER.has(cue.entry.lemma)) return a;
  const t = w[a];
  if (!t || t.lower === 'that' || isPunct(t)) return a;
  const hearer = phraseStartingAt(w, a, s1);
  // "quoted officials as saying", "cited sources as saying": without "as" the object is what is cited
  if (hearer && (cue.entry.lemma === 'cite' || cue.entry.lemma === 'quote') && w[hearer.last + 1]?.lower !== 'as') return a;
  return hearer ? hearer.last + 1 : a;
}

/** "said on Friday", "said in a statement", "told reporters at a news conference" before the content. */
export function skipAdjuncts(ctx: Context, a: number): number {
  const { w, s1 } = ctx;
  for (let guard = 0; guard < 4 && a < s1; guard++) {
    const t = w[a];
    if (!t) break;
    if (isWeekday(t.lower)) {
      a++;
      continue;
    }
    if (!ADJUNCT_PREPS.has(t.lower)) break;
    const np = phraseStartingAt(w, a + 1, s1);
    if (!np) break;
    const next = w[np.last + 1];
    if (isTimeWord(w[np.head])) {
      a = np.last + 1; // "said on Friday the …": a time adjunct never starts the content
      continue;
    }
    if (np.last + 1 >= s1 || !next || next.lower === 'that' || next.text === ',' || next.text === ':' || isQuote(next) || FINAL.has(next.text) || ADJUNCT_PREPS.has(next.lower) || isWeekday(next.lower)) {
      a = np.last + 1;
      continue;
    }
    break;
  }
  return a;
}

export function chooseContent(ctx: Context, cue: Cue, source: Phrase, inverted: boolean, a: number): { start: number; end: number } | null {
  const { w, s0, s1 } = ctx;
  const leftEdge = inverted ? cue.first : source.first;
  const beforeEnd = trimBack(w, leftEdge - 1, s0);
  const marker = w[leftEdge - 1];
  const beforeWords = beforeEnd - s0 + 1;
  const markerOk = marker !== undefined && leftEdge - 1 >= s0 && (marker.text === ',' || isQuote(marker) || marker.text === ':');
  const beforeClausal = beforeWords >= 2 && markerOk && (beforeWords >= 6 || hasVerbOrQuote(w, s0, beforeEnd));
  const lead = w[a];
  const afterEmpty = a >= s1 || !lead || FINAL.has(lead.text) || (isQuote(lead) && a + 1 >= s1);
  const opens = lead !== undefined && (lead.lower === 'that' || lead.text === ':' || isQuote(lead) || (lead.text === ',' && isQuote(w[a + 1])));

  // "As the monitor said, …" / "…, as the monitor said.": the clause the "as" phrase hangs on
  if (!inverted && marker?.lower === 'as' && leftEdge - 1 >= s0) {
    if (lead?.text === ',' && a + 1 < s1) return afterSpan(ctx, a + 1);
    const end = trimBack(w, leftEdge - 2, s0);
    return afterEmpty && end >= s0 ? { start: startOf(ctx, s0), end: endOf(ctx, end) } : null;
  }
  // '"Do you know?" Graham asked.': the splitter cut after the quote, which is the content
  if (afterEmpty && leftEdge === s0 && s0 > 0 && isQuote(w[s0 - 1])) {
    const q = quoteAt(ctx.quotes, (w[s0 - 1] as Token).start);
    if (q && q.end === (w[s0 - 1] as Token).end) return { start: q.start, end: q.end };
  }
  let before: { start: number; end: number } | null = null;
  if (beforeClausal) {
    const content = { start: startOf(ctx, s0), end: endOf(ctx, beforeEnd) };
    before = content;
    if (!afterEmpty && lead?.text === ',' && a + 2 < s1) {
      const tail = afterSpan(ctx, a + 1);
      if (tail && (isQuote(w[a + 1]) || hasVerbOrQuote(w, a + 1, s1 - 1))) content.end = Math.max(content.end, tail.end);
    }
    // "In her 2003 book, Clinton noted the clot's existence": an opening phrase is not what was said when
    // the verb has its own content; a quotation before the source is ('"…," he told reporters gathered outside')
    const quotedBefore = isQuote(w[beforeEnd]) || isQuote(marker);
    if (afterEmpty || lead?.text === ',' || inverted || (quotedBefore && !opens)) return content;
  }
  if (afterEmpty) return null;
  // an act or belief verb followed by an object, not a clause: the content is the clause before the source, if any
  if (cue.entry.cls === 'cognition' && !opens && !clauseFollows(w, a, s1)) return before;
  // "…, citing a threat to public health": a cited reason is what the clause's subject put forward
  const citing = (cue.entry.lemma === 'cite' && w[cue.first - 1]?.text === ',') || (cue.entry.lemma === 'call' && namesAs(w, a, s1));
  if (cue.entry.cls === 'act' && !opens && !citing && !clauseFollows(w, a, s1) && !quoteFollows(w, a, s1)) return before;
  if (inverted && !opens) return null;
  // "endorsed Clinton for president, citing …": a stance's content is its object, to the next comma
  if (cue.entry.cls === 'stance' && !opens) return objectSpan(ctx, a);
  return afterSpan(ctx, a);
}

/** content after the cue: from word `a` to the end of the sentence, or of a quote opened here. */
export function afterSpan(ctx: Context, a: number): { start: number; end: number } | null {
  const { w, s1 } = ctx;
  while (a < s1 && (w[a]?.text === ':' || w[a]?.text === ',')) a++;
  let last = s1 - 1;
  while (last >= a && FINAL.has(w[last]?.text ?? '')) last--;
  const first = w[a];
  const end = w[last];
  if (!first || !end || last < a) return null;
  let stop = end.end;
  const q = quoteAt(ctx.quotes, first.start);
  if (q && q.start >= first.start - 1 && q.end > stop) stop = q.end;
  return { start: first.start, end: stop };
}

export function startOf(ctx: Context, s0: number): number {
  let k = s0;
  // a dateline ("DAMASCUS -") is not part of what was said
  while (ctx.dateline !== null && k < ctx.s1 && (ctx.w[k] as Token).start < ctx.dateline) k++;
  const first = (ctx.w[k] ?? ctx.w[s0]) as Token;
  const q = quoteAt(ctx.quotes, first.start);
  return q && q.start < first.start ? q.start : first.start;
}

export function endOf(ctx: Context, last: number): number {
  const t = ctx.w[last] as Token;
  return t.end;
}

/** back over commas, dashes and trailing punctuation before a source: '…losses," it said' keeps the quote. */
export function trimBack(w: readonly Token[], k: number, s0: number): number {
  while (k >= s0 && w[k] && isPunct(w[k] as Token) && !isQuote(w[k])) k--;
  if (k >= s0 && isQuote(w[k]) && w[k - 1]?.text === ',') {
    return k; // ',"' : keep the quote mark, drop the comma inside it below
  }
  return k;
}

function hasVerbOrQuote(w: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = w[k];
    if (t && (t.pos === 'VERB' || t.pos === 'AUX' || isQuote(t))) return true;
  }
  return false;
}

/** "fear (that) the toll will rise": a clause, not an object ("fear reprisals", "suspected of smuggling"). */
export function clauseFollows(w: readonly Token[], a: number, s1: number): boolean {
  if (w[a]?.pos === 'ADP' && w[a]?.lower !== 'that') return false;
  for (let k = a; k < s1 && k < a + 8; k++) {
    const t = w[k];
    if (!t || isPunct(t)) return false;
    if (k > a && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
  }
  return false;
}

/** 'called him "a genius"', 'described it as "a disaster"': an act verb reports words it quotes. */
export function quoteFollows(w: readonly Token[], a: number, s1: number): boolean {
  for (let k = a; k < s1 && k < a + 8; k++) {
    const t = w[k];
    if (!t || (isPunct(t) && !isQuote(t))) return false;
    if (isQuote(t)) return true;
  }
  return false;
}

export function isDirect(ctx: Context, content: { start: number; end: number }): boolean {
  let quoted = 0;
  for (let i = firstQuoteEndingAfter(ctx.quotes, content.start); i < ctx.quotes.length; i++) {
    const q = ctx.quotes[i] as QuoteSpan;
    if (q.start >= content.end) break;
    quoted += Math.min(q.end, content.end) - Math.max(q.start, content.start);
  }
  return quoted * 10 >= (content.end - content.start) * 6;
}

/** binary search: the first quote span that ends after `at`. */
function firstQuoteEndingAfter(quotes: readonly QuoteSpan[], at: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as QuoteSpan).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** an object after a stance verb: from word `a` to the first comma or the end of the sentence. */
function objectSpan(ctx: Context, a: number): { start: number; end: number } | null {
  const { w, s1 } = ctx;
  let last = a - 1;
  for (let k = a; k < s1; k++) {
    const t = w[k] as Token;
    if (t.text === ',' || FINAL.has(t.text) || isQuote(t) || t.text === ':' || t.text === '(' || t.text === '—') break;
    last = k;
  }
  const first = w[a];
  const end = w[last];
  return first && end && last >= a ? { start: first.start, end: end.end } : null;
}

/** "called her vote a mistake", "called him a genius": an object, then "a"/"an" and the name given to it. */
function namesAs(w: readonly Token[], a: number, s1: number): boolean {
  for (let k = a + 1; k < s1 && k < a + 12; k++) {
    const t = w[k] as Token;
    if (isPunct(t) || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if ((t.lower === 'a' || t.lower === 'an') && k > a) return true;
  }
  return false;
}

// From a cue to a draft attribution: where the source is (before the verb, after it, after "by" or
// "according to") and which side of the cue the content lies on.
import type { Token } from '../../document/model.js';
import type { Cue } from './cues.js';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './np.js';
import { quoteAt, type QuoteSpan } from './quotes.js';
import { BE, isAuxLike, isPunct, isQuote, SUBJECT_PRONOUNS } from './words.js';
import { evidenceSubjects } from './evidence.js';

export interface Draft {
  source: Phrase;
  cue: Cue;
  /** character offsets, half-open. */
  content: { start: number; end: number };
  direct: boolean;
}

export interface Context {
  w: readonly Token[];
  /** word range of the sentence, half-open. */
  s0: number;
  s1: number;
  quotes: readonly QuoteSpan[];
  text: string;
  /** the source of an earlier attribution in the same sentence, for participles (", adding …"). */
  prevSource?: Phrase | undefined;
  /** end offset of the dateline, if any. */
  dateline: number | null;
}

/** verbs that may take a hearer before their content: "told AFP", "warned residents". */
const TAKES_HEARER = new Set(['tell', 'inform', 'brief', 'ask', 'urge', 'warn', 'call on', 'accuse', 'blame', 'assure', 'quote', 'cite']);
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|late|earlier|later)$/;
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'via', 'through', 'over', 'after', 'before', 'from']);
const FINAL = new Set(['.', '?', '!', ';']);

export function draftFor(ctx: Context, cue: Cue): Draft | null {
  if (cue.entry.cls === 'prep') return prepDraft(ctx, cue);
  const { w, s0 } = ctx;
  const cueWord = w[cue.first];
  if (!cueWord) return null;

  // passive: "was reported by X" has a source after "by"; "is said to be", "were told" have none
  let j = cue.first - 1;
  while (j >= s0 && (w[j]?.pos === 'ADV' && !BE.has(w[j]?.lower ?? ''))) j--;
  const before = w[j];
  if (before && j >= s0 && BE.has(before.lower) && !cueWord.lower.endsWith('ing')) return passiveDraft(ctx, cue, j);

  let source: Phrase | null = null;
  let inverted = false;
  j = cue.first - 1;
  for (let k = 0; k < 4 && j >= s0 && isAuxLike(w[j] as Token) && !SUBJECT_PRONOUNS.has(w[j]?.lower ?? ''); k++) j--;
  // "Sanders on Tuesday said", "the ministry on Friday said"
  if (j > s0 && WEEKDAY.test(w[j]?.lower ?? '')) j -= w[j - 1]?.lower === 'on' ? 2 : 1;
  if (j >= s0 && w[j]?.text === ')') j = skipParenthesis(w, j, s0);
  const participle = cueWord.lower.endsWith('ing') && w[cue.first - 1]?.text === ',';
  let adjacent = false; // the source is the phrase right before the verb
  if (w[cue.first - 1]?.lower === 'as' && cueWord.lower.endsWith('ing')) source = quotedParty(ctx, cue.first - 1);
  else if (participle && ctx.prevSource) source = ctx.prevSource; // '…," he said, adding that …'
  else if (j >= s0 && w[j]?.text === ',') source = apposition(ctx, j);
  else if (j >= s0) {
    source = phraseEndingAt(w, j, s0);
    adjacent = true;
  }
  // "German police searching for a missing girl said": the phrase before the verb is the object of a
  // participle that modifies the real subject, which opens the sentence
  if (source && adjacent && !source.pronoun && source.first > s0) {
    const lead = w[source.first - 1] as Token;
    if (lead.pos === 'ADP' || lead.pos === 'VERB') {
      const subject = modifiedSubject(ctx, source.first - 1);
      if (subject) source = { first: subject.first, last: source.last, head: subject.head, pronoun: false, nameLast: subject.last };
    }
  }
  // "Trump this week also said", "who in 2010 said": a time phrase is no source; look past it
  if (source && !source.pronoun && isTimeWord(w[source.head])) {
    let k = source.first - 1;
    if (k >= s0 && ['in', 'on', 'at', 'during', 'since'].includes(w[k]?.lower ?? '')) k--;
    source = k >= s0 ? phraseEndingAt(w, k, s0) : null;
    if (source && isTimeWord(w[source.head])) source = null;
  }
  if (!source) {
    // inverted: '"…," said the monitor' — the cue follows a comma or a quote
    const prev = w[cue.first - 1];
    if (prev && (prev.text === ',' || isQuote(prev)) && !cueWord.lower.endsWith('ing')) {
      source = phraseStartingAt(w, cue.last + 1, ctx.s1);
      if (source && (source.pronoun && !SUBJECT_PRONOUNS.has(w[source.first]?.lower ?? '') || !endsClause(w, source.last + 1, ctx.s1) || WEEKDAY.test(w[source.head]?.lower ?? ''))) source = null;
      inverted = source !== null;
    }
  }
  // "… by saying", "while chanting", "despite admitting": a gerund after a preposition speaks for the clause's subject
  if (!source && cueWord.lower.endsWith('ing') && GERUND_PREPS.has(w[cue.first - 1]?.lower ?? '')) source = gerundSubject(ctx, cue.first - 1);
  // "X, a professor at Y, said …" / "X condemned the attack and said …": the clause's subject
  if (!source && j > s0 && (w[j]?.text === ',' || w[j]?.lower === 'and' || w[j]?.lower === 'but')) source = clauseSubject(ctx, j);
  if (!source) return null;
  if (cue.entry.cls === 'evidence' && !evidenceOk(ctx, cue, source)) return null;
  if (cue.entry.cls === 'figure' && !figureFollows(w, cue, ctx.s1)) return null;
  if (!inverted && source.first > cue.last) {
    // "In defending himself, Trump …": the content is what the opening phrase holds
    const end = trimBack(w, source.first - 1, cue.last + 1);
    if (end <= cue.last) return null;
    const content = { start: (w[cue.last + 1] as Token).start, end: endOf(ctx, end) };
    return { source, cue, content, direct: isDirect(ctx, content) };
  }

  let a = inverted ? source.last + 1 : cue.last + 1;
  a = skipHearer(ctx, cue, a);
  a = skipAdjuncts(ctx, a);
  const content = chooseContent(ctx, cue, source, inverted, a);
  if (!content) return null;
  return { source, cue, content, direct: isDirect(ctx, content) };
}

function prepDraft(ctx: Context, cue: Cue): Draft | null {
  const { w, s0, s1 } = ctx;
  const source = phraseStartingAt(w, cue.last + 1, s1);
  if (!source) return null;
  const after = skipAdjuncts(ctx, source.last + 1);
  const beforeEnd = trimBack(w, cue.first - 1, s0);
  let content: { start: number; end: number } | null = null;
  if (beforeEnd >= s0 && beforeEnd - s0 >= 1) {
    content = { start: startOf(ctx, s0), end: endOf(ctx, beforeEnd) };
    const tail = afterSpan(ctx, after + (w[after]?.text === ',' ? 1 : 0));
    if (tail && w[after]?.text === ',') content.end = Math.max(content.end, tail.end);
  } else {
    content = afterSpan(ctx, after + (w[after]?.text === ',' ? 1 : 0));
  }
  if (!content || content.end <= content.start) return null;
  return { source, cue, content, direct: isDirect(ctx, content) };
}

function passiveDraft(ctx: Context, cue: Cue, be: number): Draft | null {
  const { w, s0, s1 } = ctx;
  if (w[cue.last + 1]?.lower !== 'by') return null;
  const source = phraseStartingAt(w, cue.last + 2, s1);
  if (!source || source.pronoun) return null;
  const after = skipAdjuncts(ctx, source.last + 1);
  let content = w[after]?.lower === 'that' ? afterSpan(ctx, after) : null;
  if (!content) {
    let k = be;
    while (k > s0 && isAuxLike(w[k - 1] as Token)) k--;
    const end = trimBack(w, k - 1, s0);
    if (end < s0) return null;
    content = { start: startOf(ctx, s0), end: endOf(ctx, end) };
  }
  return { source, cue, content, direct: isDirect(ctx, content) };
}

/**
 * A source whose description sits between commas before the verb: "Pence, the Republican nominee, said",
 * '"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said'. The name (or
 * noun phrase) must open its clause; ", in a statement," and ", however," are skipped.
 */
function apposition(ctx: Context, comma: number): Phrase | null {
  const { w, s0 } = ctx;
  const inner = w[comma - 1];
  let k = comma - 1;
  while (k > s0 && w[k]?.text !== ',' && comma - k < 10) k--;
  const opener = w[k + 1];
  if (inner && opener && w[k]?.text === ',' && (opener.pos === 'ADP' || opener.pos === 'ADV' || opener.pos === 'SCONJ')) {
    let j = k - 1;
    while (j > s0 && isAuxLike(w[j] as Token)) j--;
    const np = phraseEndingAt(w, j, s0);
    if (np) return np;
  }
  for (let c = comma - 1; c > s0 && comma - c < 30; c--) {
    if (w[c]?.text !== ',') continue;
    const name = phraseEndingAt(w, c - 1, s0);
    if (!name || name.pronoun) continue;
    const lead = w[name.first - 1];
    if (name.first === s0 || (lead && (isQuote(lead) || lead.pos === 'CCONJ'))) {
      return { first: name.first, last: comma - 1, head: name.head, pronoun: false, nameLast: name.last };
    }
  }
  return null;
}

const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** "Interfax quoted military officials as saying …": the quoted party is the source of "saying". */
function quotedParty(ctx: Context, as: number): Phrase | null {
  const { w, s0 } = ctx;
  for (let k = as - 1; k >= s0 && as - k < 25; k--) {
    if (!QUOTING.has(w[k]?.lower ?? '')) continue;
    const party = phraseStartingAt(w, k + 1, as);
    return party && !party.pronoun ? party : null;
  }
  return null;
}

/** a subject at the sentence start followed by a participle ("searching", "based") before word `upTo`. */
function modifiedSubject(ctx: Context, upTo: number): Phrase | null {
  const { w, s0 } = ctx;
  let st = s0;
  while (st < upTo && (w[st]?.pos === 'CCONJ' || isQuote(w[st]))) st++;
  const np = phraseStartingAt(w, st, upTo);
  if (!np || np.pronoun) return null;
  const next = w[np.last + 1];
  if (!next || next.pos !== 'VERB' || !/(?:ing|ed)$/.test(next.lower) || np.last + 1 > upTo) return null;
  for (let k = np.last + 2; k <= upTo; k++) if (isPunct(w[k] as Token)) return null;
  return np;
}

const GERUND_PREPS = new Set(['by', 'while', 'after', 'before', 'in', 'despite', 'when', 'without', 'since']);

function gerundSubject(ctx: Context, prep: number): Phrase | null {
  const { w, s0, s1 } = ctx;
  if (prep === s0 || (prep === s0 + 1 && isQuote(w[s0]))) {
    // "In defending himself, Trump offered …": the subject follows the opening phrase
    let k = prep + 1;
    while (k < s1 && k - prep < 15 && w[k]?.text !== ',') k++;
    const np = w[k]?.text === ',' ? phraseStartingAt(w, k + 1, s1) : null;
    let v = np ? np.last + 1 : s1;
    while (v < s1 && isAuxLike(w[v] as Token)) v++;
    return np && w[v]?.pos === 'VERB' ? np : null;
  }
  return clauseSubject(ctx, prep, true);
}

/** the subject at the start of the sentence, with its apposition up to word `j` when `j` is a comma. */
function clauseSubject(ctx: Context, j: number, anyLink = false): Phrase | null {
  const { w, s0 } = ctx;
  let st = s0;
  while (st < j && (w[st]?.pos === 'CCONJ' || w[st]?.pos === 'ADV' || isQuote(w[st]))) st++;
  const np = phraseStartingAt(w, st, j);
  if (!np || np.last + 1 >= j) return null;
  const after = w[np.last + 1] as Token;
  if (!anyLink && w[j]?.text === ',' && !/ing$/.test(ctx.w[j + 1]?.lower ?? '')) return null;
  // coordination: the subject's own verb comes right after it (or after its apposition)
  let k = np.last + 1;
  if (after.text === ',') {
    while (k < j && !(w[k]?.text === ',' && k > np.last + 1)) k++;
    k++;
  }
  while (k < j && isAuxLike(w[k] as Token)) k++;
  const verb = w[k];
  if (!verb || verb.pos !== 'VERB' || k >= j) return null;
  return np;
}

const TIME_WORDS = /^(?:week|weeks|month|months|year|years|night|morning|afternoon|evening|weekend|day|days|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/;

function isTimeWord(t: Token | undefined): boolean {
  return t !== undefined && TIME_WORDS.test(t.lower);
}

/** a source after the cue ends its clause: '…," said the monitor.' / '…," said X, adding …' */
function endsClause(w: readonly Token[], k: number, s1: number): boolean {
  const t = w[k];
  return k >= s1 || !t || FINAL.has(t.text) || t.text === ',' || isQuote(t) || t.pos === 'ADP' || WEEKDAY.test(t.lower) || t.text === '(';
}

function skipParenthesis(w: readonly Token[], close: number, s0: number): number {
  for (let k = close - 1; k >= s0 && close - k < 8; k--) if (w[k]?.text === '(') return k - 1;
  return close;
}

function skipHearer(ctx: Context, cue: Cue, a: number): number {
  const { w, s1 } = ctx;
  if (!TAKES_HEARER.has(cue.entry.lemma)) return a;
  const t = w[a];
  if (!t || t.lower === 'that' || isPunct(t)) return a;
  const hearer = phraseStartingAt(w, a, s1);
  return hearer ? hearer.last + 1 : a;
}

/** "said on Friday", "said in a statement", "told reporters at a news conference" before the content. */
function skipAdjuncts(ctx: Context, a: number): number {
  const { w, s1 } = ctx;
  for (let guard = 0; guard < 4 && a < s1; guard++) {
    const t = w[a];
    if (!t) break;
    if (WEEKDAY.test(t.lower)) {
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
    if (np.last + 1 >= s1 || !next || next.lower === 'that' || next.text === ',' || next.text === ':' || isQuote(next) || FINAL.has(next.text) || ADJUNCT_PREPS.has(next.lower) || WEEKDAY.test(next.lower)) {
      a = np.last + 1;
      continue;
    }
    break;
  }
  return a;
}

function chooseContent(ctx: Context, cue: Cue, source: Phrase, inverted: boolean, a: number): { start: number; end: number } | null {
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
  if (beforeClausal) {
    const content = { start: startOf(ctx, s0), end: endOf(ctx, beforeEnd) };
    if (!afterEmpty && lead?.text === ',' && a + 2 < s1) {
      const tail = afterSpan(ctx, a + 1);
      if (tail && (isQuote(w[a + 1]) || hasVerbOrQuote(w, a + 1, s1 - 1))) content.end = Math.max(content.end, tail.end);
    }
    if (!opens || lead?.text === ',') return content;
  }
  if (afterEmpty) return null;
  if (cue.entry.cls === 'cognition' && !opens && !clauseFollows(w, a, s1)) return null;
  if (cue.entry.cls === 'act' && !opens && !clauseFollows(w, a, s1) && !quoteFollows(w, a, s1)) return null;
  if (inverted && !opens) return null;
  return afterSpan(ctx, a);
}

/** content after the cue: from word `a` to the end of the sentence, or of a quote opened here. */
function afterSpan(ctx: Context, a: number): { start: number; end: number } | null {
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

function startOf(ctx: Context, s0: number): number {
  let k = s0;
  // a dateline ("DAMASCUS -") is not part of what was said
  while (ctx.dateline !== null && k < ctx.s1 && (ctx.w[k] as Token).start < ctx.dateline) k++;
  const first = (ctx.w[k] ?? ctx.w[s0]) as Token;
  const q = quoteAt(ctx.quotes, first.start);
  return q && q.start < first.start ? q.start : first.start;
}

function endOf(ctx: Context, last: number): number {
  const t = ctx.w[last] as Token;
  return t.end;
}

/** back over commas, dashes and trailing punctuation before a source: '…losses," it said' keeps the quote. */
function trimBack(w: readonly Token[], k: number, s0: number): number {
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
function clauseFollows(w: readonly Token[], a: number, s1: number): boolean {
  if (w[a]?.pos === 'ADP' && w[a]?.lower !== 'that') return false;
  for (let k = a; k < s1 && k < a + 8; k++) {
    const t = w[k];
    if (!t || isPunct(t)) return false;
    if (k > a && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
  }
  return false;
}

/** 'called him "a genius"', 'described it as "a disaster"': an act verb reports words it quotes. */
function quoteFollows(w: readonly Token[], a: number, s1: number): boolean {
  for (let k = a; k < s1 && k < a + 8; k++) {
    const t = w[k];
    if (!t || (isPunct(t) && !isQuote(t))) return false;
    if (isQuote(t)) return true;
  }
  return false;
}

const FIGURE_LINKS = new Set(['at', 'of']);
const CLOCK = /^(?:a\.m\.?|p\.m\.?|am|pm|gmt|utc|o'clock|hours|hrs|local)$/;
const FIGURE_HEDGES = new Set(['least', 'than', 'around', 'about', 'some', 'nearly', 'almost', 'over']);

/** "put the death toll at 30", "gave a toll of 12", "recorded 40 deaths": a number within a few words. */
function figureFollows(w: readonly Token[], cue: Cue, s1: number): boolean {
  const needsLink = cue.entry.lemma === 'put' || cue.entry.lemma === 'place' || cue.entry.lemma === 'give';
  for (let k = cue.last + 1; k < s1 && k <= cue.last + 7; k++) {
    const t = w[k] as Token;
    if (t.text === '.' || t.text === ';') return false;
    if (t.pos !== 'NUM' && !/^\d/.test(t.text)) continue;
    // "at 5 a.m.", "at 17:30 GMT": a clock time is no figure
    if (t.text.includes(':') || CLOCK.test(w[k + 1]?.lower ?? '')) return false;
    if (!needsLink) return true;
    const before = w[k - 1]?.lower ?? '';
    const before2 = w[k - 2]?.lower ?? '';
    return FIGURE_LINKS.has(before) || (FIGURE_HEDGES.has(before) && (FIGURE_LINKS.has(before2) || before2 === 'more'));
  }
  return false;
}

function evidenceOk(ctx: Context, cue: Cue, source: Phrase): boolean {
  if (ctx.w[cue.last + 1]?.lower === 'that') return true;
  const head = ctx.w[source.head];
  if (evidenceSubjects().has(head?.lower ?? '')) return true;
  // "the transcript shows", "the average shows": a thing (not a person, not "it") shows; "find" stays strict
  return cue.entry.lemma !== 'find' && !source.pronoun && head?.pos === 'NOUN';
}

function isDirect(ctx: Context, content: { start: number; end: number }): boolean {
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

// From a cue to a draft attribution: where the source is (before the verb, after it, after "by" or
// "according to") and which side of the cue the content lies on.
import type { Token } from '../../document/model.js';
import { venueEnd, type Cue } from './cues.js';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './np.js';
import { FINAL, isTimeWord, isWeekday, type Context, type Draft } from './context.js';
import { afterSpan, chooseContent, endOf, isDirect, skipAdjuncts, skipHearer, startOf, trimBack } from './content.js';
import { evidenceOk, figureFollows } from './guards.js';
import { evidenceSubjects } from './evidence.js';
import { apposition, clauseSubject, dashApposition, GERUND_PREPS, gerundSubject, modifiedSubject, quotedParty, skipParenthesis } from './subjects.js';
import { BE, isAuxLike, isQuote, SUBJECT_PRONOUNS } from './words.js';

export type { Context, Draft } from './context.js';

const RELATIVE = new Set(['who', 'that', 'which']);
const TIME_PREPS = new Set(['in', 'on', 'at', 'during', 'since']);
const NO_INVERSION = new Set(['call', 'label', 'dub', 'brand', 'describe', 'characterize']);

export function draftFor(ctx: Context, cue: Cue): Draft | null {
  if (cue.entry.cls === 'prep' || cue.entry.cls === 'venue') return prepDraft(ctx, cue);
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
  if (j > s0 && isWeekday(w[j]?.lower ?? '')) j -= w[j - 1]?.lower === 'on' ? 2 : 1;
  if (j >= s0 && w[j]?.text === ')') j = skipParenthesis(w, j, s0);
  const participle = cueWord.lower.endsWith('ing') && w[cue.first - 1]?.text === ',';
  let adjacent = false; // the source is the phrase right before the verb
  if (w[cue.first - 1]?.lower === 'as' && cueWord.lower.endsWith('ing')) source = quotedParty(ctx, cue.first - 1);
  else if (participle && ctx.prevSource) source = ctx.prevSource; // '…," he said, adding that …'
  else if (j >= s0 && w[j]?.text === ',') source = apposition(ctx, j);
  else if (j > s0 && (w[j]?.text === '--' || w[j]?.text === '—' || w[j]?.text === '–')) source = dashApposition(ctx, j);
  else if (j >= s0) {
    source = phraseEndingAt(w, j, s0);
    adjacent = true;
  }
  // "German police searching for a missing girl said": the phrase before the verb is the object of a
  // participle that modifies the real subject, which opens the sentence
  // "One of the docs who sent the letter called Oz a quack": the phrase before the verb is the object of a
  // relative clause; the subject is the phrase before "who"
  if (source && adjacent && !source.pronoun && source.first - 2 > s0 && w[source.first - 1]?.pos === 'VERB' && RELATIVE.has(w[source.first - 2]?.lower ?? '')) {
    const subject = phraseEndingAt(w, source.first - 3, s0);
    if (subject && !subject.pronoun) source = { first: subject.first, last: source.last, head: subject.head, pronoun: false, nameLast: subject.last };
  }
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
    if (k >= s0 && TIME_PREPS.has(w[k]?.lower ?? '')) k--;
    source = k >= s0 ? phraseEndingAt(w, k, s0) : null;
    if (source && isTimeWord(w[source.head])) source = null;
  }
  if (!source) {
    // inverted: '"…," said the monitor' — the cue follows a comma or a quote
    const prev = w[cue.first - 1];
    // verbs of naming and stances do not invert: ', called Mr. Obama's remarks …' has its subject before the comma
    if (prev && (prev.text === ',' || isQuote(prev)) && !cueWord.lower.endsWith('ing') && (isQuote(prev) || !NO_INVERSION.has(cue.entry.lemma) && cue.entry.cls !== 'stance' && cue.entry.cls !== 'intent')) {
      source = phraseStartingAt(w, cue.last + 1, ctx.s1);
      if (source && (source.pronoun && !SUBJECT_PRONOUNS.has(w[source.first]?.lower ?? '') || !endsClause(w, source.last + 1, ctx.s1) || isWeekday(w[source.head]?.lower ?? ''))) source = null;
      inverted = source !== null;
    }
  }
  // "… by saying", "while chanting", "despite admitting": a gerund after a preposition speaks for the clause's subject
  if (!source && cueWord.lower.endsWith('ing') && GERUND_PREPS.has(w[cue.first - 1]?.lower ?? '')) source = gerundSubject(ctx, cue.first - 1);
  // "X, a professor at Y, said …" / "X condemned the attack and said …": the clause's subject
  if (!source && j > s0 && (w[j]?.text === ',' || w[j]?.lower === 'and' || w[j]?.lower === 'but')) source = clauseSubject(ctx, j);
  if (!source && cue.entry.cls === 'evidence') source = documentSubject(ctx, cue);
  if (!source) return null;
  if (cue.entry.cls === 'evidence' && !evidenceOk(ctx, cue, source)) {
    // "A 2014 study by Professor X found", "the latest poll released Friday shows": the document is the
    // subject, further back than the phrase before the verb
    source = documentSubject(ctx, cue);
    if (!source) return null;
  }
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
  let source = phraseStartingAt(w, cue.last + 1, s1);
  let after = source ? source.last + 1 : s1;
  if (cue.entry.cls === 'venue') {
    // "In the Post/ABC News poll, conducted in September, Clinton led": the phrase runs to the document
    // noun, and a participle clause after it is not what the poll found
    const noun = venueEnd(w, cue.last + 1, s1);
    if (noun < 0) return null;
    source = { first: cue.last + 1, last: noun, head: noun, pronoun: false };
    after = noun + 1;
    if (w[after]?.text === ',' && w[after + 1]?.pos === 'VERB') {
      let k = after + 2;
      while (k < s1 && k - after < 12 && w[k]?.text !== ',') k++;
      if (w[k]?.text === ',') after = k;
    }
  }
  if (!source) return null;
  after = skipAdjuncts(ctx, after);
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

/** a source after the cue ends its clause: '…," said the monitor.' / '…," said X, adding …' */
function endsClause(w: readonly Token[], k: number, s1: number): boolean {
  const t = w[k];
  return k >= s1 || !t || FINAL.has(t.text) || t.text === ',' || isQuote(t) || t.pos === 'ADP' || isWeekday(t.lower) || t.text === '(';
}


/** the nearest document noun (poll, study, analysis …) before an evidence verb in its clause, up to the verb. */
function documentSubject(ctx: Context, cue: Cue): Phrase | null {
  const { w, s0 } = ctx;
  const subjects = evidenceSubjects();
  for (let k = cue.first - 1; k >= s0 && cue.first - k <= 25; k--) {
    const t = w[k] as Token;
    if (FINAL.has(t.text) || t.text === ':' || t.pos === 'CCONJ' || isQuote(t)) return null;
    if (!subjects.has(t.lower) || !(t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    const np = phraseEndingAt(w, k, s0);
    let last = cue.first - 1;
    while (last > k && (isAuxLike(w[last] as Token) || w[last]?.text === ',')) last--;
    return { first: np ? np.first : k, last, head: k, pronoun: false, nameLast: k };
  }
  return null;
}

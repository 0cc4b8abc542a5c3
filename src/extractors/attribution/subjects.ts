// Finding the source when it does not stand right before the verb: names with descriptions between
// commas, quoted parties ("quoted X as saying"), subjects modified by a participle, the subject of a
// coordinated verb or of a gerund after a preposition.
import type { Token } from '../../document/model.js';
import type { Context } from './context.js';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './np.js';
import { isAuxLike, isPunct, isQuote } from './words.js';

/**
 * A source whose description sits between commas before the verb: "Pence, the Republican nominee, said",
 * '"…," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said'. The name (or
 * noun phrase) must open its clause; ", in a statement," and ", however," are skipped.
 */
export function apposition(ctx: Context, comma: number): Phrase | null {
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
    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name is before the parenthesis
    const nameEnd = w[c - 1]?.text === ')' ? skipParenthesis(w, c - 1, s0) : c - 1;
    const name = phraseEndingAt(w, nameEnd, s0);
    if (!name || name.pronoun) continue;
    const lead = w[name.first - 1];
    // the name opens its clause: at the sentence start, after a quote, a conjunction, "as"/"even", a dash
    // (a dateline "WASHINGTON --"), or an opening phrase ("In a statement, one of the lawyers, X, said")
    if (name.first === s0 || (lead && (isQuote(lead) || lead.pos === 'CCONJ' || lead.pos === 'SCONJ' || (lead.pos === 'ADV' && name.first - 1 === s0) || DASHES.has(lead.text)))
      || (lead?.text === ',' && skipOpening(w, s0, comma) === name.first)) {
      return { first: name.first, last: comma - 1, head: name.head, pronoun: false, nameLast: name.last };
    }
  }
  return null;
}

const DASHES = new Set(['--', '—', '–']);

/** "Kall -- co-editor of a book on the debates -- said": a name with its description between dashes. */
export function dashApposition(ctx: Context, dash: number): Phrase | null {
  const { w, s0 } = ctx;
  for (let d = dash - 2; d > s0 && dash - d < 30; d--) {
    if (!DASHES.has(w[d]?.text ?? '')) continue;
    const name = phraseEndingAt(w, d - 1, s0);
    if (!name || name.pronoun) return null;
    return { first: name.first, last: dash - 1, head: name.head, pronoun: false, nameLast: name.last };
  }
  return null;
}

const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** "Interfax quoted military officials as saying …": the quoted party is the source of "saying". */
export function quotedParty(ctx: Context, as: number): Phrase | null {
  const { w, s0 } = ctx;
  for (let k = as - 1; k >= s0 && as - k < 25; k--) {
    if (!QUOTING.has(w[k]?.lower ?? '')) continue;
    const party = phraseStartingAt(w, k + 1, as);
    return party && !party.pronoun ? party : null;
  }
  return null;
}

/** a subject at the sentence start followed by a participle ("searching", "based") before word `upTo`. */
export function modifiedSubject(ctx: Context, upTo: number): Phrase | null {
  const { w, s0 } = ctx;
  let st = s0;
  while (st < upTo && (w[st]?.pos === 'CCONJ' || isQuote(w[st]))) st++;
  const np = phraseStartingAt(w, st, upTo);
  if (!np || np.pronoun) return null;
  const next = w[np.last + 1];
  if (!next || next.pos !== 'VERB' || !(next.lower.endsWith('ing') || next.lower.endsWith('ed')) || np.last + 1 > upTo) return null;
  for (let k = np.last + 2; k <= upTo; k++) if (isPunct(w[k] as Token)) return null;
  return np;
}

export const GERUND_PREPS = new Set(['by', 'while', 'after', 'before', 'in', 'despite', 'when', 'without', 'since']);

export function gerundSubject(ctx: Context, prep: number): Phrase | null {
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
export function clauseSubject(ctx: Context, j: number, anyLink = false): Phrase | null {
  const { w, s0 } = ctx;
  const st = skipOpening(w, s0, j);
  const np = phraseStartingAt(w, st, j);
  if (!np || np.last + 1 >= j) return null;
  const after = w[np.last + 1] as Token;
  if (!anyLink && w[j]?.text === ',' && !(ctx.w[j + 1]?.lower ?? '').endsWith('ing')) return null;
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

export function skipParenthesis(w: readonly Token[], close: number, s0: number): number {
  for (let k = close - 1; k >= s0 && close - k < 8; k--) if (w[k]?.text === '(') return k - 1;
  return close;
}

/**
 * Where the clause proper starts: past conjunctions, adverbs and quote marks, and past an opening phrase
 * that ends with a comma ("In 1986, the court …", "On Thursday, however, Trump …", "During a speech, X …").
 */
export function skipOpening(w: readonly Token[], s0: number, j: number): number {
  let st = s0;
  while (st < j && (w[st]?.pos === 'CCONJ' || w[st]?.pos === 'ADV' || isQuote(w[st]))) st++;
  const lead = w[st];
  if (!lead || !(lead.pos === 'ADP' || lead.pos === 'SCONJ')) return st;
  for (let k = st + 1; k < j && k - st < 15; k++) {
    const t = w[k] as Token;
    if (t.text !== ',') continue;
    let next = k + 1;
    // ", however," / ", meanwhile,": a sentence adverb between commas
    if (w[next]?.pos === 'ADV' && w[next + 1]?.text === ',') next += 2;
    return next < j ? next : st;
  }
  return st;
}

// Noun-phrase bounds found by walking tokens from a verb, left ("the Britain-based monitor said") or right
// ("…," said the monitor). No parser: the walk accepts nominal words, modifiers, possessives, hyphen
// compounds and of/for links between nouns, and stops at anything else.
import type { Token } from '../../document/model.js';
import { glued, isCapitalised, isDeterminer, isNominal, isObjectPronoun, isPunct, POSSESSIVES, SUBJECT_PRONOUNS } from './words.js';

export interface Phrase {
  /** inclusive word indices. */
  first: number;
  last: number;
  /** the word that names who: "head" in "the head of the UN agency", "monitor" in "the Britain-based monitor". */
  head: number;
  pronoun: boolean;
  /** for a name with its description ("X, an adviser to Y,"), the last word of the name. */
  nameLast?: number;
}

const LINKS = new Set(['of', 'for', 'at', 'from', 'in', 'with']);
const OBJECT_FORMS = new Set(['him', 'her', 'them', 'us', 'me']);
const MAX_WORDS = 14;
/** a capitalised abbreviation: "Gen.", "Sen.", "Dr.". */
const ABBREVIATION = /^\p{Lu}\p{L}*\.$/u;

/** A phrase ending at word `end` (inclusive), or null when `end` cannot end a source. */
export function phraseEndingAt(w: readonly Token[], end: number, floor: number): Phrase | null {
  const last = w[end];
  if (!last || end < floor) return null;
  if (SUBJECT_PRONOUNS.has(last.lower)) return { first: end, last: end, head: end, pronoun: true };
  if (!canHead(w, end, floor)) return null;
  let first = end;
  let head = end;
  for (let i = end - 1; i >= floor && end - i < MAX_WORDS; i--) {
    const t = w[i];
    const right = w[i + 1];
    if (!t || !right) break;
    if (isDeterminer(t)) {
      first = i;
      // "attorneys for the family": a determiner after a link between nouns does not end the phrase
      const link = w[i - 1];
      if (i - 1 > floor && link && LINKS.has(link.lower) && isNominalLike(w[i - 2])) {
        head = i - 2;
        first = i - 2;
        i -= 2;
        continue;
      }
      break;
    }
    if (isModifier(t) || (t.text === '-' && glued(t, right)) || isApostrophe(t)) {
      first = i;
      continue;
    }
    // "based"/"led" glued by a hyphen: "Britain-based", "Saudi-led"
    if (t.pos === 'VERB' && (right.text === '-' || (w[i - 1]?.text === '-' && glued(w[i - 1] ?? t, t)))) {
      first = i;
      continue;
    }
    if (i > floor && LINKS.has(t.lower) && isNominalLike(w[i - 1]) && isCapitalOrNoun(right)) {
      // "the Observatory for Human Rights", "officials in Damascus": the head is left of the link
      head = i - 1;
      first = i - 1;
      i--;
      continue;
    }
    if (t.lower === 'and' && i > floor && isCapitalised(right) && right.pos === 'PROPN' && w[i - 1]?.pos === 'PROPN') {
      first = i;
      continue;
    }
    break;
  }
  const firstWord = w[first];
  // a phrase made only of a lower-case adjective or a stranded link is no source
  if (firstWord && first === end && firstWord.pos === 'ADJ' && !isCapitalised(firstWord)) return null;
  return { first, last: end, head, pronoun: false };
}

/** A phrase starting at word `start`, for sources after the cue ("said the monitor", "according to the UN"). */
export function phraseStartingAt(w: readonly Token[], start: number, ceil: number): Phrase | null {
  const t0 = w[start];
  if (!t0 || start >= ceil) return null;
  if (SUBJECT_PRONOUNS.has(t0.lower) || OBJECT_FORMS.has(t0.lower)) {
    if (t0.lower !== 'her' || !isNominalLike(w[start + 1])) return { first: start, last: start, head: start, pronoun: true };
  }
  let i = isDeterminer(t0) ? start + 1 : start;
  let last = -1;
  let head = -1;
  let linked = false; // after "of"/"for" the head is frozen: "the head of the UN agency"
  for (; i < ceil && i - start < MAX_WORDS; i++) {
    const t = w[i];
    if (!t) break;
    const prev = w[i - 1];
    const next = w[i + 1];
    if (isModifier(t)) {
      last = i;
      if (!linked && isNominal(t)) head = i;
      continue;
    }
    if (prev && next && t.text === '-' && glued(prev, t) && glued(t, next)) continue;
    if (prev && next && isApostrophe(t) && glued(prev, t)) {
      head = -1; // "Syria's foreign ministry": the possessor is not the head
      continue;
    }
    if (last >= 0 && (t.lower === 'of' || t.lower === 'for') && next && isCapitalOrNoun(next)) {
      linked = true;
      continue;
    }
    if (last >= 0 && t.lower === 'and' && prev?.pos === 'PROPN' && next?.pos === 'PROPN') continue;
    break;
  }
  if (last < 0) return null;
  if (head < 0 || head > last) head = last;
  return { first: start, last, head, pronoun: false };
}

function canHead(w: readonly Token[], i: number, floor: number): boolean {
  const t = w[i];
  if (!t || isPunct(t) || isObjectPronoun(t)) return false;
  if (isNominal(t)) return !POSSESSIVES.has(t.lower);
  // the tagger calls some nouns verbs or adjectives ("the monitor said", "the latter said"): accept them after a modifier
  const prev = w[i - 1];
  if (!prev || i - 1 < floor) return false;
  const compound = prev.pos === 'VERB' && w[i - 2]?.text === '-' && glued(w[i - 2] as Token, prev); // "Britain-based monitor"
  return (t.pos === 'VERB' || t.pos === 'ADJ') && (isDeterminer(prev) || isModifier(prev) || prev.text === '-' || compound) && !t.lower.endsWith('ing') && !t.lower.endsWith('ed');
}

function isModifier(t: Token): boolean {
  if (isPunct(t)) return false;
  return isNominal(t) || t.pos === 'ADJ' || (t.text.endsWith('.') && ABBREVIATION.test(t.text));
}

function isNominalLike(t: Token | undefined): boolean {
  return t !== undefined && (isNominal(t) || (t.pos === 'ADJ' && isCapitalised(t)));
}

function isCapitalOrNoun(t: Token): boolean {
  return isCapitalised(t) || t.pos === 'NOUN' || t.pos === 'PROPN' || isDeterminer(t);
}

function isApostrophe(t: Token): boolean {
  return t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’';
}

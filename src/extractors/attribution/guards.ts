// What a cue class needs around it before it counts: a number for "put the toll at", an evidence-like
// subject or a "that" clause for "show"/"find".
import type { Token } from '../../document/model.js';
import type { Context } from './context.js';
import type { Cue } from './cues.js';
import { evidenceSubjects } from './evidence.js';
import type { Phrase } from './np.js';

const FIGURE_LINKS = new Set(['at', 'of']);

const startsWithDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

const CLOCK = /^(?:a\.m\.?|p\.m\.?|am|pm|gmt|utc|o'clock|hours|hrs|local)$/;

const FIGURE_HEDGES = new Set(['least', 'than', 'around', 'about', 'some', 'nearly', 'almost', 'over']);

/** "put the death toll at 30", "gave a toll of 12", "recorded 40 deaths": a number within a few words. */
export function figureFollows(w: readonly Token[], cue: Cue, s1: number): boolean {
  const needsLink = cue.entry.lemma === 'put' || cue.entry.lemma === 'place' || cue.entry.lemma === 'give';
  for (let k = cue.last + 1; k < s1 && k <= cue.last + 7; k++) {
    const t = w[k] as Token;
    if (t.text === '.' || t.text === ';') return false;
    if (t.pos !== 'NUM' && !startsWithDigit(t.text)) continue;
    // "at 5 a.m.", "at 17:30 GMT": a clock time is no figure
    if (t.text.includes(':') || CLOCK.test(w[k + 1]?.lower ?? '')) return false;
    if (!needsLink) return true;
    const before = w[k - 1]?.lower ?? '';
    const before2 = w[k - 2]?.lower ?? '';
    return FIGURE_LINKS.has(before) || (FIGURE_HEDGES.has(before) && (FIGURE_LINKS.has(before2) || before2 === 'more'));
  }
  return false;
}

export function evidenceOk(ctx: Context, cue: Cue, source: Phrase): boolean {
  if (ctx.w[cue.last + 1]?.lower === 'that') return true;
  const head = ctx.w[source.head];
  if (evidenceSubjects().has(head?.lower ?? '')) return true;
  // "the transcript shows", "the average shows": a thing (not a person, not "it") shows; "find" stays strict,
  // and so does a participle (", showing the street" describes a picture, it reports nothing)
  const participle = ctx.w[cue.first - 1]?.text === ',' && (ctx.w[cue.first]?.lower.endsWith('ing') ?? false);
  return cue.entry.lemma !== 'find' && !participle && !source.pronoun && head?.pos === 'NOUN';
}

// Transcript and headline turns: "PENCE: Well, look, …" — a line-initial name, a colon, and what follows
// to the end of the paragraph.
import type { Token } from '../../document/model.js';
import type { Cue } from './cues.js';
import type { Draft } from './build.js';
import { cueLexicon, type CueEntry } from './lexicon.js';
import { isCapitalised, isDeterminer, isQuote } from './words.js';

const COLON: CueEntry = { lemma: ':', head: ':', cls: 'speech', rest: [] };

export function transcriptDraft(w: readonly Token[], from: number, s1: number, text: string, lineStart: boolean): Draft | null {
  if (!lineStart) return null;
  let s0 = from;
  if (isQuote(w[s0])) s0++; // '"WALLACE: …' in a quoted transcript
  let colon = -1;
  for (let k = s0; k < s1 && k < s0 + 5; k++) {
    if (w[k]?.text === ':') {
      colon = k;
      break;
    }
  }
  if (colon <= s0) return null;
  for (let k = s0; k < colon; k++) {
    const t = w[k] as Token;
    if (!(isCapitalised(t) || t.text === '.' || t.text === "'s") || t.pos === 'NUM') return null;
  }
  // "The Latest: …", "A lesson from X: …": a headline kicker, not a speaker
  if (isDeterminer(w[s0] as Token) || colon - s0 > 4) return null;
  const label = w.slice(s0, colon).map((t) => t.lower).join(' ');
  if (cueLexicon().transcriptLabels.has(label)) return null;
  const first = w[colon + 1];
  if (!first) return null;
  let end = text.indexOf('\n', first.start);
  if (end < 0) end = text.length;
  while (end > first.start && /\s/u.test(text[end - 1] ?? '')) end--;
  const cue: Cue = { first: colon, last: colon, entry: COLON };
  return {
    source: { first: s0, last: colon - 1, head: colon - 1, pronoun: false },
    cue,
    content: { start: first.start, end },
    direct: true,
  };
}

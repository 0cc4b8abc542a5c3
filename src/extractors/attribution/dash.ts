// Quotes signed with a dash: '"He represents our greatest shame." ― Sonya Herridge' (pull quotes, reader
// comments, epigraphs). The dash is the cue, the name after it the source, the quote the content.
import type { Token } from '../../document/model.js';
import type { Draft } from './build.js';
import type { CueEntry } from './lexicon.js';
import { phraseStartingAt } from './np.js';
import type { QuoteSpan } from './quotes.js';
import { isCapitalised } from './words.js';

const DASHES = new Set(['―', '—', '–', '--', '-']);
const DASH_CUE: CueEntry = { lemma: 'dash', head: 'dash', cls: 'speech', rest: [] };

export function dashDrafts(w: readonly Token[], quotes: readonly QuoteSpan[]): Draft[] {
  const out: Draft[] = [];
  let i = 0;
  for (const q of quotes) {
    i = firstStartingAt(w, i, q.end);
    const dash = w[i];
    if (!dash || !DASHES.has(dash.text) || dash.start - q.end > 3) continue;
    const name = phraseStartingAt(w, i + 1, Math.min(w.length, i + 8));
    const first = w[i + 1];
    if (!name || name.pronoun || !first || !isCapitalised(first) || first.newlineBefore) continue;
    // a name, not the start of a sentence: every word capitalised
    let ok = true;
    for (let k = name.first; k <= name.last; k++) if (!isCapitalised(w[k] as Token) && (w[k] as Token).text !== '.') ok = false;
    if (!ok) continue;
    out.push({ source: name, cue: { first: i, last: i, entry: DASH_CUE }, content: { start: q.start, end: q.end }, direct: true });
  }
  return out;
}

/** the first word from `from` on that starts at or after `at` (words are in text order): a binary search, so the
 * quotes of an article do not walk all its words. */
function firstStartingAt(w: readonly Token[], from: number, at: number): number {
  let lo = from;
  let hi = w.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((w[mid] as Token).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Optional context of a figure, read after its trigger in the same sentence: the period ("in eight days
// of fighting"), the place ("in Yarmuk", when the places stage found it there), the cause ("in regime
// bombardment"), and whether the figure is background ("since 2011", "since the war began", or a "when" clause
// telling an earlier event: "the second attack since January, when a blast killed about 20 people").
import type { Token } from '../../document/model.js';
import type { Place, Span } from '../../schema.js';

const PERIOD_UNITS = /^(?:days?|weeks?|months?|years?|hours?|nights?|decades?)$/;
const CAUSES = new Set(['bombardment', 'bombardments', 'shelling', 'strike', 'strikes', 'airstrike', 'airstrikes', 'attack',
  'attacks', 'fighting', 'clashes', 'clash', 'blast', 'blasts', 'explosion', 'explosions', 'bombing', 'bombings', 'shooting',
  'shootings', 'crash', 'fire', 'violence', 'raid', 'raids', 'ambush', 'assault', 'offensive', 'earthquake', 'flood',
  'floods', 'storm', 'landslide', 'stampede', 'collision', 'battle', 'battles', 'gunfire', 'crossfire', 'riots', 'unrest']);
const YEAR = /^(?:1[89]|20)\d\d$/;
const BACKGROUND_WORDS = new Set(['war', 'conflict', 'insurgency', 'uprising', 'revolt', 'fighting', 'crisis', 'civil', 'began', 'started', 'start', 'beginning', 'outbreak']);

export interface FigureContext { period?: Span; place?: Span & { place: string | null }; cause?: Span; background: boolean }

export function readContext(tokens: readonly Token[], from: number, to: number, span: (a: number, b: number) => Span,
  places: readonly Place[]): FigureContext {
  const ctx: FigureContext = { background: false };
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.lower === 'since') {
      for (let m = k + 1; m < Math.min(to, k + 5); m++) {
        const w = tokens[m];
        if (w && (YEAR.test(w.text) || BACKGROUND_WORDS.has(w.lower))) { ctx.background = true; break; }
      }
      continue;
    }
    if (t.lower !== 'in' && t.lower !== 'during' && t.lower !== 'over' && t.lower !== 'by') continue;
    let m = k + 1;
    while (m < to && ['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN'].includes(tokens[m]?.pos ?? '') && tokens[m]?.lower !== 'of' && m - k <= 5) m++;
    if (m === k + 1) continue;
    const words = tokens.slice(k + 1, m);
    const lastWord = words[words.length - 1];
    if (!lastWord) continue;
    // "in eight days of fighting"
    if (!ctx.period && words.some((w) => PERIOD_UNITS.test(w.lower)) && words.some((w) => w.pos === 'NUM' || w.lower === 'the' || w.lower === 'past')) {
      let end = m;
      if (tokens[m]?.lower === 'of' && tokens[m + 1] && ['NOUN', 'PROPN', 'VERB'].includes(tokens[m + 1]?.pos ?? '')) end = m + 2;
      const a = tokens[k + 1], b = tokens[end - 1];
      if (a && b) ctx.period = span(a.start, b.end);
      k = end - 1;
      continue;
    }
    const a = tokens[k + 1];
    if (!a) continue;
    if (!ctx.cause && words.some((w) => CAUSES.has(w.lower))) {
      let end = m;
      if (tokens[m]?.lower === 'of' && tokens[m + 1]?.pos === 'DET' && tokens[m + 2]?.pos === 'NOUN') end = m + 3;
      const b = tokens[end - 1];
      if (b) ctx.cause = span(a.start, b.end);
      continue;
    }
    if (!ctx.place && lastWord.pos === 'PROPN') {
      const place = places.find((p) => p.mentions.some((x) => x.start < lastWord.end && a.start < x.end));
      if (place || places.length === 0) ctx.place = { ...span(a.start, lastWord.end), place: place?.id ?? null };
    }
  }
  return ctx;
}

const EARLIER = new Set(['since', 'previous', 'earlier', 'ago', 'last', 'before']);

/**
 * Is the count at token `at` inside a "when" clause that describes an earlier event? The words before "when"
 * must point back in time ("since January", "last year", "two years ago", "a previous attack").
 */
export function inEarlierWhenClause(tokens: readonly Token[], from: number, at: number): boolean {
  let when = -1;
  for (let k = at - 1; k >= from && at - k <= 15; k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'when') { when = k; break; }
    if (w === ';' || w === '"' || w === 'said') return false;
  }
  if (when < 0) return false;
  for (let k = when - 1; k >= from; k--) if (EARLIER.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

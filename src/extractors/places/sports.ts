// Sports reports and results tables: a city or county named there is mostly a team ("Essex reached 372",
// "DETROIT 4 Kansas City 1", "Bolton 3 2 1 0 5 2 7"), which is an organisation, not a place. A country
// stays a place (national teams bear the country's name, and news geoparsing counts them as places).
import type { AnalysedDoc, Token } from '../../document/model.js';
import { loadList } from '../../lexicons/load.js';

let words: Set<string> | undefined;

/** title words (lower case; two-word entries joined by a space) that mark a sports report. */
export function sportsWords(): Set<string> {
  words ??= new Set(loadList('places-sports').map((w) => w.toLowerCase()));
  return words;
}

/** a sports report: a sports word in the title (or the first line when no title was found). */
export function isSportsReport(doc: AnalysedDoc): boolean {
  const w = sportsWords();
  const { tokens } = doc;
  const title = doc.titleSpan;
  const end = title ? title.end : (doc.sentences[0]?.end ?? 0);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.start >= end) break;
    if (w.has(t.lower)) return true;
    const next = tokens[i + 1];
    if (next && next.start < end && w.has(`${t.lower} ${next.lower}`)) return true;
  }
  return false;
}

const INTEGER = /^\d{1,3}$/;

/**
 * A row of a results or standings table: the name is followed by a score ("Kansas City 1") and preceded by
 * another score, a table's line start or "v" ("DETROIT 4 Kansas City 1", "Bolton 3 2 1 0", "Walsall v Wrexham").
 */
export function inResultsRow(tokens: readonly Token[], t0: number, t1: number): boolean {
  const next = tokens[t1];
  if (!next || next.newlineBefore || !INTEGER.test(next.text)) return false;
  const prev = tokens[t0 - 1];
  const first = tokens[t0] as Token;
  if (!prev || first.newlineBefore) return INTEGER.test(tokens[t1 + 1]?.text ?? '') || isScoreAfter(tokens, t1 + 1);
  const numeric = (t: Token | undefined): boolean => !!t && /^[\d.]+(?:[-/]\d+)?$/.test(t.text) && /\d/.test(t.text);
  // "… .560 - BALTIMORE 71": a standings row's separator
  return numeric(prev) || prev.lower === 'v' || (prev.text === '-' && numeric(tokens[t0 - 2]));
}

/** the score is followed by another capitalised name: "Bolton 3 Wigan" (name, score, name). */
function isScoreAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && !t.newlineBefore && /^\p{Lu}/u.test(t.text);
}

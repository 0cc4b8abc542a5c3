// One sense per article: a name accepted as a place somewhere (with a cue, a pattern or a strong prior)
// is a place wherever else it appears, unless a veto says that occurrence is a person's name; and a name
// vetoed as a person ("Raquel Henry") is not a place elsewhere without a strong cue of its own.
import type { AnalysedDoc, Token } from '../../document/model.js';
import { foldKey, looseKey, type Gazetteer } from '../../gazetteer/index.js';
import { nameRun } from './match.js';
import { nearbyEvidence } from './nearby.js';
import { ACCEPT, isCapWord, mentionLooseKey, newMention, NO_ENTRIES, note, type Mention } from './mention.js';

const loose = (key: string): string => (key.length >= 6 ? looseKey(key) : key);

export function acceptAndPropagate(doc: AnalysedDoc, g: Gazetteer, candidates: readonly Mention[]): Mention[] {
  nearbyEvidence(doc, g, candidates);
  // each candidate's name up to transliteration
  const keys = candidates.map(mentionLooseKey);
  const accepted = new Set<string>();
  const personal = new Set<string>();
  candidates.forEach((m, n) => {
    if (m.vetoed) personal.add(keys[n] as string);
    else if (m.score >= ACCEPT) accepted.add(keys[n] as string);
  });
  const out: Mention[] = [];
  const unknown = new Set<string>();
  const covered = new Uint8Array(doc.tokens.length);
  for (let n = 0; n < candidates.length; n++) {
    const m = candidates[n] as Mention;
    const k = keys[n] as string;
    if (m.vetoed) continue;
    // "Sri Lankan", "South Ossetian": a nationality found by a pattern is not a place
    if (!m.entries.length && g.demonym(m.surface)) continue;
    const ok = m.score >= ACCEPT + (personal.has(k) ? 2 : 0) || (accepted.has(k) && !personal.has(k) && m.score > ACCEPT - 2.5);
    if (!ok) continue;
    out.push(m);
    // names found only by a pattern ("the district of Hajar al-Aswad") also hold at their other occurrences
    // ("Hajar al-Aswad and Yarmuk since 2015", "Hajjar al-Aswad")
    if (m.entries.length === 0) unknown.add(k);
    covered.fill(1, m.t0, m.t1);
  }
  if (unknown.size) {
    const { tokens, text } = doc;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || !isCapWord(tokens[i])) continue;
      const end = nameRun(tokens, i);
      // try the whole run and its prefixes ("Yarmuk Palestinian refugee camp" → "Yarmuk")
      for (let j = end; j > i; j--) {
        const a = tokens[i] as Token;
        const b = tokens[j - 1] as Token;
        if (!isCapWord(b)) continue;
        const surface = text.slice(a.start, b.end);
        const key = foldKey(surface);
        if (!unknown.has(loose(key))) continue;
        // the name is the pattern's, not the gazetteer's (as the occurrence it repeats)
        const m = newMention(doc, i, j, surface, key, NO_ENTRIES);
        note(m, ACCEPT, 'same-name');
        out.push(m);
        covered.fill(1, i, j);
        i = j - 1;
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

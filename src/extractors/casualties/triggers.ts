// Finding casualty triggers (verbs, adjectives, nouns and phrases of casualty-triggers.txt) in tokens.
import type { Token } from '../../document/model.js';
import { casualtyLexicons, type TriggerEntry, type TriggerKind } from './lexicon.js';
import { loadTable } from '../../lexicons/load.js';
import { phraseWords } from '../../quantity/index.js';

export interface TriggerMatch extends TriggerEntry {
  /** token range, end exclusive. */
  start: number;
  end: number;
}

/** The longest trigger phrase starting at token i, or null. */
export function triggerAt(tokens: readonly Token[], i: number, limit: number): TriggerMatch | null {
  const first = tokens[i];
  if (!first) return null;
  const list = casualtyLexicons().triggers.get(first.lower);
  if (!list) return null;
  for (const entry of list) {
    if (i + entry.words.length > limit) continue;
    let ok = true;
    for (let k = 1; k < entry.words.length; k++) if (tokens[i + k]?.lower !== entry.words[k]) { ok = false; break; }
    // the fields one by one: an object spread is several times slower here, where every token is asked
    if (ok) return { words: entry.words, kind: entry.kind, role: entry.role, start: i, end: i + entry.words.length };
  }
  return null;
}

const ATTEMPTED = new Set(['attempted', 'attempt', 'tried', 'plot', 'plotted']);

export interface ImplicitMatch { kind: TriggerKind; count: number; add: boolean; token: number }

let implicit: Map<string, { words: string[]; match: ImplicitMatch }[]> | undefined;

/** Kinds of the uncounted casualty phrases in tokens [from, to) ("a fatal shooting"): casualty-implicit.txt. */
export function implicitKinds(tokens: readonly Token[], from: number, to: number): ImplicitMatch[] {
  const table = implicitPhrases();
  const out: ImplicitMatch[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const list = table.get(t?.lower ?? '');
    // "Homicide Unit", "Fatal Shooting Task Force": names, not events
    if (!t || !list || (i > from && /^[A-Z]/.test(t.text))) continue;
    if (i > from && ATTEMPTED.has(tokens[i - 1]?.lower ?? '')) continue; // "attempted murder of
    // the longest phrase here, and none inside it ("fatally shot himself" is not also "shot himself")
    const e = list.find((x) => x.words.every((w, k) => i + k < to && tokens[i + k]?.lower === w));
    if (e) { out.push({ kind: e.match.kind, count: e.match.count, add: e.match.add, token: i }); i += e.words.length - 1; }
  }
  return out;
}

/** The uncounted casualty phrases (casualty-implicit.txt) by first word, longest first. */
export function implicitPhrases(): Map<string, { words: string[]; match: ImplicitMatch }[]> {
  if (!implicit) {
    implicit = new Map();
    for (const [phrase, kind, count, mode] of loadTable('casualty-implicit')) {
      if (!phrase || !kind) continue;
      const words = phraseWords(phrase);
      const list = implicit.get(words[0] ?? '') ?? [];
      list.push({ words, match: { kind: kind as TriggerKind, count: Number(count ?? 1), add: mode === 'add', token: -1 } });
      implicit.set(words[0] ?? '', list);
    }
    for (const list of implicit.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  return implicit;
}

// The context words of data/lexicons/actors-org-context.txt, by set: what tells a firm, a medium or a sports
// side from a person or a place by the words around a name. Read once per process, on first use.
import { loadTable } from '../../lexicons/load.js';

export type ContextSet =
  | 'firm-suffix' | 'firm-after' | 'firm-results' | 'firm-of' | 'media-after' | 'media-before' | 'officers' | 'market'
  | 'team-where' | 'team-before' | 'team-result' | 'team-event';

let sets: Map<string, Set<string>> | undefined;

/** The words of one set (lower case); empty when the file has none. */
export function contextWords(set: ContextSet): ReadonlySet<string> {
  if (!sets) {
    sets = new Map();
    for (const [name, word] of loadTable('actors-org-context')) {
      if (!name || !word) continue;
      let words = sets.get(name);
      if (!words) sets.set(name, (words = new Set()));
      words.add(word);
    }
  }
  return sets.get(set) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();

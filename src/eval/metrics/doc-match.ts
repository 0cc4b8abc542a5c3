// Document-level matching of distinct things (places, actors): a gold item and an extracted one match
// when any of their names — name, aliases, mention texts, normalised — is shared. Not one-to-one:
// recall counts gold items matched by any extracted item, precision counts extracted items matching
// any gold item; an extracted item matching several gold items is a merge, a gold item matched by
// several extracted items a split.
import { normName } from '../match.js';
import type { Tallies } from '../tallies.js';

export interface Named {
  name: string;
  aliases?: readonly string[] | undefined;
  mentions?: readonly { text: string }[] | undefined;
}

export function namesOf(x: Named): Set<string> {
  const names = new Set<string>();
  for (const s of [x.name, ...(x.aliases ?? []), ...(x.mentions ?? []).map((m) => m.text)]) {
    const n = normName(s);
    if (n) names.add(n);
  }
  return names;
}

export interface DocMatch {
  /** gold index → indices of the extracted items it matches, ascending. */
  goldHits: number[][];
  /** extracted index → indices of the gold items it matches, ascending. */
  predHits: number[][];
}

export function matchByName(golds: readonly Named[], preds: readonly Named[]): DocMatch {
  const goldsByName = new Map<string, number[]>();
  golds.forEach((g, i) => {
    for (const n of namesOf(g)) {
      const list = goldsByName.get(n);
      if (list) list.push(i);
      else goldsByName.set(n, [i]);
    }
  });
  const goldHits: number[][] = golds.map(() => []);
  const predHits = preds.map((p, j) => {
    const hit = new Set<number>();
    for (const n of namesOf(p)) for (const i of goldsByName.get(n) ?? []) hit.add(i);
    const sorted = [...hit].sort((a, b) => a - b);
    for (const i of sorted) goldHits[i]?.push(j);
    return sorted;
  });
  return { goldHits, predHits };
}

/** Adds `<field>` P/R/F1 and `<field>.mergeRate`/`.splitRate` to the tallies. */
export function tallyDocMatch(field: string, m: DocMatch, t: Tallies): void {
  const goldFound = m.goldHits.filter((h) => h.length > 0).length;
  const predFound = m.predHits.filter((h) => h.length > 0).length;
  t.addPrf(field, goldFound, m.predHits.length, m.goldHits.length, predFound);
  t.addRate(`${field}.mergeRate`, m.predHits.filter((h) => h.length > 1).length, m.predHits.length);
  t.addRate(`${field}.splitRate`, m.goldHits.filter((h) => h.length > 1).length, m.goldHits.length);
}

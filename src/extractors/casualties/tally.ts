// The per-article tally: for each kind, how many people the article says were affected by the event it
// reports, without counting a figure twice.
//   - Figures of one coordination ("74 soldiers and 59 fighters were killed") are distinct victim groups:
//     they are summed into one statement.
//   - A later statement either adds to the running total, when it marks itself as a further group
//     ("also", "another", "other", "more": "19 civilians have also been killed"), or restates / updates it
//     ("the death toll rose to 30", "the two victims"): then the total becomes the larger of the two.
//   - Background figures are left out: statements about a period that began before the event ("since
//     2011", "since the war began").
//   - The headline is summed apart from the body, and the larger of the two kept: the body often restates
//     the headline's figure group by group ("3 deaths" … "a dead woman" … "two more people dead").
//   - One person stated without a count ("he was shot", "a fatal shooting", casualty-implicit.txt) counts
//     as one: it raises a kind's total to 1 at most, since it never adds to other statements.
//   - The perpetrator's own death ("before killing himself", casualty-implicit.txt `add`) adds one, once per
//     headline or body however often it is told again ("… the gunman killed himself").
//   - `shot` figures (hit by gunfire, fate unsaid) count as injured once those of them said to have died
//     are taken away: "five people were shot, two fatally" → killed 2, injured 3.
// low and high add up the same way as best (high null when any part is unbounded).
import type { CasualtyKind, Tally } from '../../schema.js';
import type { TriggerKind } from './lexicon.js';

export interface TallyItem {
  kind: TriggerKind;
  low: number;
  high: number | null;
  best: number;
  chain: number;
  additive: boolean;
  background: boolean;
  /** stated in the headline: a summary the body may break down again. */
  title: boolean;
  /** offset in the text: statements are read in order. */
  at: number;
  /** the perpetrator's own death ("before killing himself"): added once only, however often it is told. */
  perpetrator?: boolean;
}

interface Sum { low: number; best: number; high: number | null }

const add = (a: Sum, b: Sum): Sum => ({ low: a.low + b.low, best: a.best + b.best, high: a.high === null || b.high === null ? null : a.high + b.high });
const larger = (a: Sum, b: Sum): Sum => (b.best > a.best ? b : a);

function total(items: readonly TallyItem[]): Sum | undefined {
  let running: Sum | undefined;
  let perpetratorAdded = false;
  let i = 0;
  while (i < items.length) {
    const first = items[i] as TallyItem;
    let group: Sum = { low: first.low, best: first.best, high: first.high };
    let j = i + 1;
    while (j < items.length && items[j]?.chain === first.chain) { const it = items[j] as TallyItem; group = add(group, it); j++; }
    let additive = items.slice(i, j).some((x) => x.additive);
    if (first.perpetrator) { additive &&= !perpetratorAdded; perpetratorAdded = true; }
    running = !running ? group : additive ? add(running, group) : larger(running, group);
    i = j;
  }
  return running;
}

/** The headline and the body are summed apart (the body may break the headline's figure down). */
function headlineOrBody(items: readonly TallyItem[]): Sum | undefined {
  const head = total(items.filter((x) => x.title));
  const body = total(items.filter((x) => !x.title));
  return head && body ? larger(head, body) : head ?? body;
}

export function computeTally(items: readonly TallyItem[]): Tally {
  const byKind = new Map<TriggerKind, TallyItem[]>();
  for (const it of [...items].sort((a, b) => a.at - b.at)) {
    if (it.background) continue;
    const list = byKind.get(it.kind) ?? [];
    list.push(it);
    byKind.set(it.kind, list);
  }
  const tally: Tally = {};
  for (const [kind, list] of byKind) {
    if (kind === 'shot') continue;
    const sum = headlineOrBody(list);
    if (sum) tally[kind as CasualtyKind] = sum;
  }
  const shot = headlineOrBody(byKind.get('shot') ?? []);
  if (shot) {
    // the shooter's own death is not among those they shot
    const killed = headlineOrBody((byKind.get('killed') ?? []).filter((x) => !x.perpetrator))?.best ?? 0;
    const rest = Math.max(0, shot.best - killed);
    const injured = tally.injured;
    if (!injured || rest > injured.best) {
      tally.injured = { low: Math.max(0, shot.low - killed), best: rest, high: shot.high === null ? null : Math.max(0, shot.high - killed) };
    }
  }
  return tally;
}

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schema.js';
import { seedArticle, seedGold } from '../helpers.js';
import { attribution, run } from './helpers.js';

const text = seedArticle().text;
const gold = seedGold<{
  casualties: { kind: string; low: number; high: number | null; victims: string; category: string; reportedBy: string | null }[];
  notCasualties: { start: number; end: number }[];
}>();

// What the actors and attribution stages give for the seed (built by hand here, so this test checks the
// casualties stage alone): the monitor is the Syrian Observatory, "the monitor said" and "it said" credit it.
const sohr: Actor = { id: 'actor-sohr', name: 'Syrian Observatory for Human Rights', type: 'ngo', aliases: ['the monitor'], mentions: [] };
function seedAttributions() {
  const s1 = text.indexOf('At least 74');
  const s2 = text.indexOf('In that same period');
  return [
    attribution(text, 'a1', 'the monitor', 'said', text.slice(s1, text.indexOf(', the monitor said', s1)), 'actor-sohr', s1),
    attribution(text, 'a2', 'it', 'said', text.slice(s2, text.indexOf(', it said', s2)), 'actor-sohr', text.indexOf(', it said', s2)),
  ];
}

describe('seed article, end to end for casualties', () => {
  const { figures } = run(text, { actors: [sohr], attributions: seedAttributions() });

  it('finds the six gold figures with kind, bounds, victims, category and reporter', () => {
    const got = figures.map((f) => ({
      kind: f.kind, low: f.count.low, high: f.count.high, victims: f.victims.text, category: f.victims.category,
      reportedBy: f.reportedBy?.name ?? null,
    }));
    const want = gold.gold.casualties.map(({ kind, low, high, victims, category, reportedBy }) => ({ kind, low, high, victims, category, reportedBy }));
    expect(got.sort((a, b) => a.low - b.low)).toEqual(want.sort((a, b) => a.low - b.low));
  });

  it('reports neither population figure', () => {
    for (const n of gold.gold.notCasualties) {
      expect(figures.filter((f) => f.evidence.start < n.end && n.start < f.evidence.end)).toEqual([]);
    }
  });

  it('evidence spans slice back out of the text', () => {
    for (const f of figures) expect(text.slice(f.evidence.start, f.evidence.end)).toBe(f.evidence.text);
  });

  it('tallies the event: 74 + 59 + 19 killed, the war-long total left out', () => {
    const { tally } = run(text);
    expect(tally?.killed).toEqual({ low: 152, best: 152, high: null });
  });
});

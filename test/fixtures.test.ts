// Fixture articles with people-written expectations: one folder per case, looped here. The seed's expectations
// come from its hand-made gold; the others' from `expected.json` beside each article.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleResult } from '../src/index.js';

interface ExpectedFigure { kind: string; low: number; high: number | null; victims?: string; category?: string; reportedBy?: string | null }
interface Expected {
  complete?: string[] | undefined;
  casualties?: ExpectedFigure[] | undefined;
  notCasualties?: string[] | undefined;
  places?: { name: string; country: string | null }[] | undefined;
  actors?: { name: string; type: string; aliases?: string[] }[] | undefined;
  dates?: { text: string; value: string }[] | undefined;
  tally?: Record<string, number> | undefined;
}

const dir = new URL('../fixtures/', import.meta.url);
const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function loadCases(): [string, { text: string; published: string | null }, Expected][] {
  const cases: [string, { text: string; published: string | null }, Expected][] = [];
  for (const name of readdirSync(dir).sort()) {
    const article = new URL(`${name}/article.json`, dir);
    if (!existsSync(article)) continue;
    const a = JSON.parse(readFileSync(article, 'utf8')) as { text: string; published: string | null };
    const expectedFile = new URL(`${name}/expected.json`, dir);
    const goldFile = new URL(`${name}/gold.json`, dir);
    const expected = existsSync(expectedFile)
      ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected)
      : fromGold(JSON.parse(readFileSync(goldFile, 'utf8')).gold);
    cases.push([name, a, expected]);
  }
  return cases;
}

// The seed's gold (the shared gold format) as expectations: every list there is complete.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shared gold format is read as plain JSON
function fromGold(gold: Record<string, any[]>): Expected {
  return {
    complete: ['casualties', 'places', 'actors', 'dates'],
    casualties: gold['casualties']?.map((c) => ({ kind: c.kind, low: c.low, high: c.high, victims: c.victims, category: c.category, reportedBy: c.reportedBy })),
    notCasualties: gold['notCasualties']?.map((s) => s.text),
    places: gold['places']?.map((p) => ({ name: p.name, country: p.country })),
    actors: gold['actors']?.map((a) => ({ name: a.name, type: a.type, aliases: a.aliases ?? [] })),
    dates: gold['dates']?.map((d) => ({ text: d.text, value: d.value })),
  };
}

const namesOf = (x: { name: string; aliases?: string[] | undefined; mentions: { text: string }[] }) =>
  new Set([x.name, ...(x.aliases ?? []), ...x.mentions.map((m) => m.text)].map(norm));

describe.each(loadCases())('fixture %s', (_name, article, expected) => {
  const result = extract(article);
  const r = result as ArticleResult;
  it('extracts without error', () => expect(result.ok).toBe(true));

  if (expected.dates) {
    it.each(expected.dates)('date "$text" → $value', ({ text, value }) => {
      const found = r.dates.filter((d) => d.text === text).map((d) => d.value);
      expect(found).toContain(value);
    });
  }
  if (expected.places) {
    it.each(expected.places)('place $name ($country)', ({ name, country }) => {
      const place = r.places.find((p) => namesOf(p).has(norm(name)));
      expect(place, `no place named ${name}`).toBeDefined();
      expect(place?.country).toBe(country);
    });
  }
  if (expected.actors) {
    it.each(expected.actors)('actor $name ($type)', ({ name, type, aliases }) => {
      const wanted = [name, ...(aliases ?? [])].map(norm);
      const actor = r.actors.find((a) => wanted.some((n) => namesOf(a).has(n)));
      expect(actor, `no actor named ${name}`).toBeDefined();
      expect(actor?.type).toBe(type);
    });
  }
  if (expected.casualties) {
    it.each(expected.casualties.map((c) => [`${c.kind} ${c.low}..${c.high} ${c.victims ?? ''}`, c] as const))('casualty figure %s', (_label, c) => {
      const fig = r.casualties.find((f) => f.kind === c.kind && f.count.low === c.low && f.count.high === c.high);
      expect(fig, JSON.stringify(r.casualties.map((f) => [f.kind, f.count.low, f.count.high, f.evidence.text]))).toBeDefined();
      if (!fig) return;
      if (c.victims !== undefined) expect(norm(fig.victims.text)).toBe(norm(c.victims));
      if (c.category !== undefined) expect(fig.victims.category).toBe(c.category);
      if (c.reportedBy === null) expect(fig.reportedBy).toBeNull();
      else if (c.reportedBy !== undefined) {
        const actor = r.actors.find((a) => a.id === fig.reportedBy?.actor);
        const names = new Set([norm(fig.reportedBy?.name ?? ''), norm(fig.reportedBy?.mention.text ?? ''), ...(actor ? namesOf(actor) : [])]);
        expect([...names]).toContain(norm(c.reportedBy));
      }
    });
    if (expected.complete?.includes('casualties')) {
      it('reports no other casualty figure', () => expect(r.casualties).toHaveLength(expected.casualties?.length ?? 0));
    }
  }
  if (expected.notCasualties) {
    it.each(expected.notCasualties)('"%s" is not a casualty figure', (text) => {
      const at = article.text.indexOf(text);
      expect(at).toBeGreaterThanOrEqual(0);
      const overlapping = r.casualties.filter((f) => f.evidence.start < at + text.length && at < f.evidence.end);
      expect(overlapping.map((f) => f.evidence.text)).toEqual([]);
    });
  }
  if (expected.tally) {
    it.each(Object.entries(expected.tally))('tally %s = %i', (kind, n) => {
      expect(r.tally?.[kind as 'killed']?.best ?? 0).toBe(n);
    });
  }
});

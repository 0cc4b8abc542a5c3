import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/gazetteer/index.js';
import { seedArticle, seedGold } from '../helpers.js';
import { placesOf } from './helpers.js';
import type { Place } from '../../src/schema.js';

interface GoldPlace {
  name: string;
  aliases?: string[];
  country: string;
  mentions: { start: number; end: number; text: string }[];
}

const text = seedArticle().text;
const gold = seedGold<{ places: GoldPlace[] }>().gold.places;

let places: Place[] = [];
beforeAll(() => {
  gazetteer();
  places = placesOf(text);
}, 120_000);

const find = (g: GoldPlace): Place | undefined =>
  places.find((p) => p.mentions.some((m) => g.mentions.some((gm) => gm.start === m.start && gm.end === m.end)));

describe('seed article: places', () => {
  it('has 9 gold places with 31 mentions', () => {
    expect(gold).toHaveLength(9);
    expect(gold.reduce((n, g) => n + g.mentions.length, 0)).toBe(31);
  });

  it.each(gold.map((g) => [g.name, g] as const))('%s: every mention, one place, right country', (_name, g) => {
    const place = find(g);
    expect(place).toBeDefined();
    const spans = place!.mentions.map((m) => `${m.start}-${m.end}`);
    for (const m of g.mentions) expect(spans).toContain(`${m.start}-${m.end}`);
    expect(place!.country).toBe(g.country);
    for (const m of place!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('resolves Damascus to the capital of Syria', () => {
    const damascus = places.find((p) => p.name === 'Damascus');
    expect(damascus).toMatchObject({ id: 'gn:170654', geonameId: 170654, country: 'SY', kind: 'city', resolution: 'gazetteer' });
  });

  it.each(['Hajar al-Aswad', 'Qadam', 'Yarmuk'])('puts %s within Damascus', (name) => {
    const place = places.find((p) => p.name === name);
    expect(place?.within).toBe('gn:170654');
    expect(place?.resolution).toBe('parent');
  });

  it('merges the transliteration variant Hajjar al-Aswad', () => {
    const place = places.find((p) => p.name === 'Hajar al-Aswad');
    expect(place?.aliases).toContain('Hajjar al-Aswad');
  });

  it('puts Route 30 within Hajar al-Aswad', () => {
    expect(places.find((p) => p.name === 'Route 30')?.within).toBe('local:hajar-al-aswad');
  });

  // false positives
  it.each(['Syrian', 'Palestinian', 'IS', 'SANA', 'Bashar al-Assad', 'United Nations', 'Russia'])('%s is not a place', (word) => {
    expect(places.flatMap((p) => p.mentions).some((m) => m.text === word)).toBe(false);
  });
});

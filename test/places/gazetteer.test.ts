import { beforeAll, describe, expect, it } from 'vitest';
import { foldKey, gazetteer, looseKey } from '../../src/gazetteer/index.js';

beforeAll(() => {
  gazetteer();
}, 120_000);

describe('name keys', () => {
  it.each([
    ['Hajar al-Aswad', 'hajar al aswad'],
    ['U.S.', 'us'],
    ['São Paulo', 'sao paulo'],
    ['St. Petersburg', 'saint petersburg'],
    ['Saint Petersburg', 'saint petersburg'],
    ['DAMASCUS', 'damascus'],
    ['Côte d’Ivoire', "cote d'ivoire"],
  ])('foldKey(%j) = %j', (name, key) => {
    expect(foldKey(name)).toBe(key);
  });

  it.each([
    ['Hajjar al-Aswad', 'Hajar al-Aswad'],
    ['Yarmouk', 'Yarmuk'],
    ['Ghouta', 'Ghuta'],
    ['Qalamoun', 'Kalamun'],
  ])('looseKey merges %j and %j', (a, b) => {
    expect(looseKey(foldKey(a))).toBe(looseKey(foldKey(b)));
  });

  // false positives
  it.each([
    ['Paris', 'Parma'],
    ['Homs', 'Hama'],
    ['Aleppo', 'Alepo Bay'],
  ])('looseKey keeps %j and %j apart', (a, b) => {
    expect(looseKey(foldKey(a))).not.toBe(looseKey(foldKey(b)));
  });
});

describe('gazetteer look-ups', () => {
  it.each([
    ['damascus', 'gn:170654'],
    ['syria', 'country:SY'],
    ['britain', 'country:GB'],
    ['turkey', 'country:TR'],
    ['texas', 'admin:US-TX'],
    ['idlib', 'admin:SY-ID'],
    ['eastern ghouta', 'extra:eastern-ghouta'],
    ['washington', 'gn:4140963'],
  ])('%j has candidate %j', (key, id) => {
    expect(gazetteer().lookup(key)?.map((e) => e.id)).toContain(id);
  });

  it('keeps upper-case abbreviations case-sensitive', () => {
    const us = gazetteer().lookup('us') ?? [];
    expect(us.some((e) => e.id === 'country:US' && e.caseSensitive === 'US')).toBe(true);
    expect(us.every((e) => e.kind !== 'country' || e.caseSensitive)).toBe(true);
  });

  it.each([
    ['Syrian', 'SY'],
    ['Syrians', 'SY'],
    ['British', 'GB'],
    ['Palestinian', 'PS'],
  ])('demonym %j points to %j', (word, cc) => {
    expect(gazetteer().demonym(word)).toBe(cc);
  });

  it('reports its size and load time', () => {
    const { stats } = gazetteer();
    expect(stats.entries).toBeGreaterThan(130_000);
    expect(stats.keys).toBeGreaterThan(100_000);
    expect(stats.loadMs).toBeGreaterThan(0);
  });
});

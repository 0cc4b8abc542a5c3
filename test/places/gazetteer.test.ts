import { beforeAll, describe, expect, it } from 'vitest';
import { foldKey, gazetteer, looseKey, type GazEntry } from '../../src/gazetteer/index.js';
import { km } from '../../src/extractors/places/resolve.js';

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

  // an ASCII name folds in one pass (foldAscii); a trailing combining mark, which folding drops, sends the same
  // name through the Unicode path (normalize and regexes): both must give the same key
  it.each([
    'U.S.', 'al-Assad', '  Ft. Worth ', 'a . b', 'Kafr-Batna', 'O`Neil', "O'Neil", 'St.-Denis', 'A\tB', 'x--y', '...', '',
    'New  York', ' Rio de Janeiro ', 'Ste. Genevieve', 'Mt.Kenya', 'W. Va.', 'D.C.', 'Sana\'a', 'NEW-YORK',
  ])('foldKey(%j) is the same without the Unicode path', (name) => {
    expect(foldKey(name)).toBe(foldKey(`${name}\u0301`));
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

// Country and region points: within the 161 km that geoparsing evaluation tolerates of both common conventions
// (GeoNames' point and an encyclopedia's) where one point can be; else GeoNames'.
describe('country and region points', () => {
  it.each([
    ['CN', 35, 105], ['CN', 35, 103], ['AU', -25, 135], ['AU', -25, 133], ['SD', 15, 30], ['SD', 15, 32],
    ['CD', -2.5, 23.5], ['NG', 10, 8], ['NG', 8, 10], ['US', 39.76, -98.5],
  ])('country %s lies within 161 km of (%d, %d)', (cc, lat, lon) => {
    const e = gazetteer().country(cc);
    expect(e).toBeDefined();
    expect(km(e as GazEntry, { lat, lon })).toBeLessThanOrEqual(161);
  });

  it.each([
    ['US-NY', 43, -75.5], ['US-NY', 40.71, -74], ['CA-AB', 52.28333, -117.469], ['AU-QLD', -20, 145],
  ])('region %s lies within 161 km of (%d, %d)', (code, lat, lon) => {
    const e = gazetteer().region(code);
    expect(e).toBeDefined();
    expect(km(e as GazEntry, { lat, lon })).toBeLessThanOrEqual(161);
  });

  // a county name several states share is several entries, not one merged place
  it.each([
    ['Walker County', 3], ['Rapides Parish', 1],
  ])('%s is indexed once per state that has it (%d)', (name, n) => {
    expect(gazetteer().lookup(foldKey(name))?.filter((e) => e.feature === 'ADM2')).toHaveLength(n);
  });
});

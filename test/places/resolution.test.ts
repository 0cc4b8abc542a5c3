import { clusterSupport } from '../../src/extractors/places/resolve.js';
import type { Mention } from '../../src/extractors/places/mention.js';
import { foldKey, gazetteer, type GazEntry } from '../../src/gazetteer/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { placeNamed, placesOf } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 120_000);

describe('choosing among gazetteer candidates', () => {
  it.each([
    ['population and capital status', 'Talks were held in Damascus.', 'Damascus', 'gn:170654', 'SY'],
    ['explicit state qualifier', 'He was arrested in Paris, Ill., on Monday.', 'Paris', 'gn:4246659', 'US'],
    ['explicit state name qualifier', 'The fair opens in Alexandria, Louisiana, next week.', 'Alexandria', 'gn:4314550', 'US'],
    ['country context from the article', 'Georgia officials said Atlanta and Savannah would get aid. Georgia is in the U.S.', 'Georgia', 'admin:US-GA', 'US'],
    ['country named outright', 'Russian troops entered Georgia. Tbilisi protested to Moscow.', 'Georgia', 'country:GE', 'GE'],
    ['spatial coherence of local names', 'Crews from Chrisman and Terre Haute helped. Paris firefighters arrived later.', 'Paris', 'gn:4246659', 'US'],
    ['a country name does not become a town', 'The United States sent aid to Lebanon.', 'Lebanon', 'country:LB', 'LB'],
    ['abbreviation', 'Fighting spread across the DRC.', 'DRC', 'country:CD', 'CD'],
    ['alias', 'Flights from Washington resumed.', 'Washington', 'gn:4140963', 'US'],
  ])('%s: %j → %s', (_rule, text, surface, id, country) => {
    const place = placeNamed(placesOf(text), surface);
    expect(place?.id).toBe(id);
    expect(place?.country).toBe(country);
    expect(place?.resolution).toBe('gazetteer');
  });

  // false positives: context must not pull a place out of its country
  it.each([
    ['big city without context', 'Police in Paris closed the road.', 'Paris', 'FR'],
    ['country without context', 'Jordan closed its border.', 'Jordan', 'JO'],
  ])('%s: %j → %s stays in %s', (_rule, text, surface, country) => {
    expect(placeNamed(placesOf(text), surface)?.country).toBe(country);
  });
});

describe('places the gazetteer lacks', () => {
  it.each([
    ['inside a named town', 'Shells fell on Beit Sahem, in southern Damascus.', 'Beit Sahem', 'gn:170654'],
    ['a road in a district', 'Syrian troops shelled the district of Tadamun. They advanced on Route 30 in Tadamun.', 'Route 30', 'local:tadamun'],
    ['nearest town named before', 'Fighting raged in Damascus. The neighbourhood of Tadamun was hit.', 'Tadamun', 'gn:170654'],
    ['dateline town', 'ALEPPO - Rebels left the district of Bustan al-Qasr on Monday.', 'Bustan al-Qasr', 'gn:170063'],
  ])('%s: %j → %s within %s', (_rule, text, surface, parent) => {
    const place = placeNamed(placesOf(text), surface);
    expect(place?.within).toBe(parent);
    expect(place?.resolution).toBe('parent');
    expect(place?.country).toBe('SY');
  });

  it('takes the country of the article when nothing contains it', () => {
    const place = placeNamed(placesOf('Syria said troops took the district of Tadamun.'), 'Tadamun');
    expect(place?.resolution).toBe('country');
    expect(place?.country).toBe('SY');
    expect(place?.within ?? null).toBeNull();
    expect(place?.lat).toBeNull();
  });

  it('is unresolved without any context', () => {
    const place = placeNamed(placesOf('Troops took the district of Tadamun.'), 'Tadamun');
    expect(place?.resolution).toBe('unresolved');
    expect(place?.country).toBeNull();
  });
});

describe('counties and provinces the gazetteer lacks', () => {
  it('lie in the state the article is anchored in, located by the article\'s town', () => {
    const places = placesOf('Deputies in Kelleyland County arrested a man in London, Ky. London police and Kentucky State Police helped.');
    const county = placeNamed(places, 'Kelleyland County');
    const london = placeNamed(places, 'London');
    expect(london?.country).toBe('US');
    expect(county?.within).toBe('admin:US-KY');
    expect(county?.resolution).toBe('parent');
    expect([county?.lat, county?.lon]).toEqual([london?.lat, london?.lon]);
  });

  it.each([
    ['a county qualified by its state, no town named', 'Floods hit Kelleyland County, Kentucky, on Monday.', 'Kelleyland County', 'Kentucky'],
    ['a river qualified by its state', 'The body was found in the Kish River, Illinois, on Sunday.', 'Kish River', 'Illinois'],
  ])('%s takes its parent\'s point: %j', (_rule, text, name, parentName) => {
    const places = placesOf(text);
    const place = placeNamed(places, name);
    const parent = placeNamed(places, parentName);
    expect(place?.resolution).toBe('parent');
    expect(place?.within).toBe(parent?.id);
    expect(parent?.lat).not.toBeNull();
    expect([place?.lat, place?.lon]).toEqual([parent?.lat, parent?.lon]);
  });

  // false positives
  it('get no coordinates when the article has no town of their country', () => {
    const county = placeNamed(placesOf('Syria said rebels left Kelleyland County.'), 'Kelleyland County');
    expect(county?.lat ?? null).toBeNull();
  });
});

describe('US counties from the gazetteer', () => {
  it.each([
    ['a county with its town', 'The burn ban in Walker County was lifted after Huntsville and Conroe fire officials met.', 'Walker County', 'US-TX', 'Huntsville', 'US-TX'],
    ['a county that only one state has', 'Deputies in Laurel County arrested a man near London.', 'Laurel County', 'US-KY', 'London', 'US-KY'],
    ['a parish', 'Rapides Parish deputies arrested a man in Alexandria.', 'Rapides Parish', 'US-LA', 'Alexandria', 'US-LA'],
  ])('%s: %j', (_rule, text, county, state, town, townState) => {
    const places = placesOf(text);
    const c = placeNamed(places, county);
    expect(c?.resolution).toBe('gazetteer');
    expect(c?.id.startsWith(`county:${state}:`)).toBe(true);
    const t = placeNamed(places, town);
    expect(t?.country).toBe('US');
    expect(t?.lat).not.toBeNull();
    // the town lies near its county's centre
    expect(Math.abs((t?.lat ?? 0) - (c?.lat ?? 0))).toBeLessThan(1);
    expect(townState).toBe(state);
  });

  // false positives
  it.each([
    ['a bare county name is not indexed', 'Walker said he would stay.', 'Walker'],
  ])('%s: %j', (_rule, text, surface) => {
    expect(placeNamed(placesOf(text), surface)).toBeUndefined();
  });
});

describe('a country name that is also a state lends the state', () => {
  const mention = (surface: string): Mention => {
    const key = foldKey(surface);
    return { start: 0, end: 0, t0: 0, t1: 1, surface, key, entries: gazetteer().lookup(key) ?? [], score: 0, reasons: [] };
  };
  it.each([
    ['Georgia supports Atlanta, Georgia', 'Georgia', 'Atlanta', 'US-GA', true],
    // false positives
    ['Lebanon (a country first) lends nothing to Lebanon, Indiana\'s neighbours', 'Lebanon', 'Indianapolis', 'US-IN', false],
  ])('%s', (_rule, a, b, admin, supported) => {
    const support = clusterSupport([[mention(a)], [mention(b)]]);
    const target = mention(b).entries.find((e) => e.admin === admin && e.kind === 'city');
    expect(target).toBeDefined();
    expect((support.get(target as GazEntry) ?? 0) > 0).toBe(supported);
  });
});

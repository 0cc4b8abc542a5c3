import { describe, expect, it } from 'vitest';
import { at, score } from './helpers.js';

const KABUL = { lat: 34.5553, lon: 69.2075 };
const HERAT = { lat: 34.3529, lon: 62.204 };
const place = (name: string, extra: object, mentions: object[] = []) => ({ id: name, name, country: null, lat: null, lon: null, mentions, ...extra });

describe('toponyms (geoparsing)', () => {
  const gold = {
    toponyms: [
      { ...at('Kabul'), ...KABUL, country: 'AF' },
      { ...at('Herat'), ...HERAT, country: 'AF' },
      { ...at('town'), country: 'AF' }, // no coordinates: counts for country accuracy only
    ],
  };
  const { get } = score(gold, {
    places: [
      place('Kabul', { lat: KABUL.lat + 1, lon: KABUL.lon, country: 'AF' }, [at('Kabul')]), // strict; ~111 km: within 161
      place('Herat', { lat: HERAT.lat + 2, lon: HERAT.lon, country: 'IR' }, [at('in Herat')]), // relaxed; ~222 km; wrong country
      place('Reuters', {}, [at('Reuters')]), // false positive
      place('the town', { country: 'AF' }, [at('The town')]), // relaxed, no coordinates
    ],
  });

  it('mention P/R/F1, strict and relaxed', () => {
    expect([get('toponyms.strictP'), get('toponyms.strictR'), get('toponyms.strictF1')]).toEqual([0.25, 0.3333, 0.2857]);
    expect([get('toponyms.relaxedP'), get('toponyms.relaxedR'), get('toponyms.relaxedF1')]).toEqual([0.75, 1, 0.8571]);
  });

  it('accuracy@161km over matched toponyms with gold coordinates; country accuracy over those with a gold country', () => {
    expect(get('toponyms.acc161')).toBe(0.5);
    expect(get('toponyms.countryAccuracy')).toBe(0.6667);
  });

  it('a place without coordinates (or with only one of them) is not within 161 km', () => {
    const r = score({ toponyms: [{ ...at('Kabul'), ...KABUL }] }, { places: [place('Kabul', { lat: KABUL.lat, lon: null }, [at('Kabul')])] });
    expect(r.get('toponyms.acc161')).toBe(0);
  });

  it('empty gold and empty predictions', () => {
    expect(score({ toponyms: [] }, { places: [place('Kabul', {}, [at('Kabul')])] }).get('toponyms.relaxedP')).toBe(0);
    const none = score(gold, { places: [] });
    expect([none.get('toponyms.relaxedR'), none.get('toponyms.acc161')]).toEqual([0, null]);
  });
});

describe('places (document level)', () => {
  const gold = {
    places: [
      { name: 'Kabul', country: 'AF', mentions: [at('Kabul')] },
      { name: 'Herat', aliases: ['Hirat'], country: 'AF' },
      { name: 'Afghanistan', country: 'AF' },
    ],
  };
  const { get } = score(gold, {
    places: [
      place('KABUL', { country: 'AF' }), // Kabul (case-insensitive)
      place('Hirat', { country: 'IR' }), // Herat by alias; first match for Herat; wrong country
      place('Herat', { country: 'AF' }), // Herat again: a split
      place('Kabul', { aliases: ['Afghanistan'] }), // Kabul and Afghanistan: a merge
      place('Paris', { country: 'FR' }), // false positive
    ],
  });

  it('recall counts gold places found, precision extracted places that match', () => {
    expect([get('places.p'), get('places.r'), get('places.f1')]).toEqual([0.8, 1, 0.8889]);
  });

  it('merges and splits', () => {
    expect(get('places.mergeRate')).toBe(0.2);
    expect(get('places.splitRate')).toBe(0.6667);
  });

  it('country accuracy takes the first extracted place that matches each gold place', () => {
    expect(get('places.countryAccuracy')).toBe(0.3333);
  });

  it('matches on mention texts too', () => {
    const r = score({ places: [{ name: 'Kabul city', country: 'AF', mentions: [at('Kabul')] }] }, { places: [place('X', {}, [at('Kabul')])] });
    expect(r.get('places.r')).toBe(1);
  });
});

describe('actors (document level)', () => {
  const gold = {
    actors: [
      { name: 'Taliban', type: 'armed_group', aliases: ['the Taliban', 'Islamic Emirate'] },
      { name: 'Reuters', type: 'media' },
      { name: 'police', type: 'state_forces' },
    ],
  };
  const actor = (name: string, type: string, mentions: object[] = []) => ({ id: name, name, type, aliases: [], mentions });

  it('recall, precision, type accuracy', () => {
    const { get } = score(gold, {
      actors: [
        actor("The Taliban's", 'armed_group'),
        actor('Reuters news agency', 'organization', [{ ...at('Reuters'), kind: 'name' }]), // by mention text; wrong type
        actor('Abdul Karimi', 'person'),
      ],
    });
    expect([get('actors.p'), get('actors.r'), get('actors.f1')]).toEqual([0.6667, 0.6667, 0.6667]);
    expect(get('actors.typeAccuracy')).toBe(0.5);
    expect([get('actors.mergeRate'), get('actors.splitRate')]).toEqual([0, 0]);
  });

  it('an actor merging two gold actors', () => {
    const { get } = score(gold, { actors: [{ ...actor('Taliban', 'armed_group'), aliases: ['police'] }] });
    expect([get('actors.p'), get('actors.r'), get('actors.mergeRate')]).toEqual([1, 0.6667, 1]);
  });

  it('no actors extracted', () => {
    const { get } = score(gold, { actors: [] });
    expect([get('actors.p'), get('actors.r'), get('actors.f1'), get('actors.typeAccuracy'), get('actors.mergeRate')]).toEqual([0, 0, 0, undefined, null]);
  });
});

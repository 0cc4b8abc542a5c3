import { describe, expect, it } from 'vitest';
import { at, score } from './helpers.js';

const gold = {
  entities: [
    { ...at('Reuters'), type: 'ORG' },
    { ...at('Taliban'), type: 'ORG' },
    { ...at('Abdul Karimi'), type: 'PER' },
    { ...at('Kabul'), type: 'LOC' },
    { ...at('Herat'), type: 'LOC' },
    { ...at('Monday'), type: 'MISC' },
  ],
};
const actor = (name: string, type: string, mentions: object[]) => ({ id: name, name, type, aliases: [], mentions });
const place = (name: string, mentions: object[]) => ({ id: name, name, country: null, lat: null, lon: null, mentions });

describe('named entities (CoNLL)', () => {
  const { get } = score(gold, {
    actors: [
      actor('Reuters', 'media', [{ ...at('Reuters'), kind: 'name' }]), // ORG strict
      actor('Taliban', 'armed_group', [{ ...at('the Taliban'), kind: 'name' }]), // ORG relaxed
      actor('Abdul Karimi', 'person', [{ ...at('Karimi') }, { ...at('spokesman'), kind: 'nominal' }]), // PER relaxed; kind defaults to name; nominal ignored
      actor('police', 'state_forces', [{ ...at('police'), kind: 'nominal' }]), // not a name: not scored
      actor('Officials', 'government', [{ ...at('Officials'), kind: 'name' }]), // ORG false positive
    ],
    places: [place('Kabul', [at('Kabul')]), place('Monday', [at('Monday')])], // LOC strict; LOC false positive on a MISC
  });

  it.each([
    // type, strict P R F1, relaxed P R F1
    ['PER', [0, 0, 0], [1, 1, 1]],
    ['ORG', [0.3333, 0.5, 0.4], [0.6667, 1, 0.8]],
    ['LOC', [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
  ])('%s', (type, strict, relaxed) => {
    expect([get(`entities.${type}.strictP`), get(`entities.${type}.strictR`), get(`entities.${type}.strictF1`)]).toEqual(strict);
    expect([get(`entities.${type}.relaxedP`), get(`entities.${type}.relaxedR`), get(`entities.${type}.relaxedF1`)]).toEqual(relaxed);
  });

  it('micro-averages over PER, ORG and LOC (MISC is not scored)', () => {
    // strict tp 0+1+1 of 6 predicted and 5 gold; relaxed 1+2+1
    expect([get('entities.strictP'), get('entities.strictR'), get('entities.strictF1')]).toEqual([0.3333, 0.4, 0.3636]);
    expect([get('entities.relaxedP'), get('entities.relaxedR'), get('entities.relaxedF1')]).toEqual([0.6667, 0.8, 0.7273]);
  });

  it('a person typed as an organisation is a miss in PER and a false positive in ORG', () => {
    const r = score({ entities: [{ ...at('Abdul Karimi'), type: 'PER' }] }, { actors: [actor('Abdul Karimi', 'organization', [{ ...at('Abdul Karimi'), kind: 'name' }])] });
    expect([r.get('entities.PER.relaxedR'), r.get('entities.ORG.relaxedP'), r.get('entities.ORG.relaxedR')]).toEqual([0, 0, 1]);
  });
});

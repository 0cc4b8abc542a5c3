import { describe, expect, it } from 'vitest';
import { at, score } from './helpers.js';

const gold = {
  dates: [
    { ...at('Monday'), type: 'DATE', value: '2020-05-04' },
    { ...at('3 May'), type: 'DATE', value: '2020-05-03' },
    { ...at('Tuesday'), type: 'DATE', value: '2020-05-05' },
  ],
};
const d = (needle: string, value: string | null, type = 'date', nth = 0) => ({ ...at(needle, nth), type, value, anchored: true });

describe('dates (TempEval-3)', () => {
  it('hand-computed: a wider span, an exact span, a duplicate, a wrong value, a false positive', () => {
    const { get } = score(gold, {
      dates: [
        d('On Monday', '2020-05-04'), // relaxed only, right value
        d('3 May', '2020-05-03'), // strict, right value
        d('3 May', '2020-05-03'), // duplicate: a false positive
        d('Tuesday', '2020-05-12', 'time'), // strict, wrong value, wrong type
        d('4,000', null), // not a date
      ],
    });
    // strict 2 of 5 predicted, 2 of 3 gold
    expect([get('dates.strictP'), get('dates.strictR'), get('dates.strictF1')]).toEqual([0.4, 0.6667, 0.5]);
    // relaxed 3 of 5, 3 of 3
    expect([get('dates.relaxedP'), get('dates.relaxedR'), get('dates.relaxedF1')]).toEqual([0.6, 1, 0.75]);
    // value: relaxed matches with the gold value, 2
    expect([get('dates.valueP'), get('dates.valueR'), get('dates.valueF1')]).toEqual([0.4, 0.6667, 0.5]);
    expect(get('dates.valueAccuracy')).toBe(0.6667);
    expect(get('dates.typeAccuracy')).toBe(0.6667);
  });

  it('overlapping predictions: only one may match a gold span', () => {
    const { get } = score({ dates: [gold.dates[1]] }, { dates: [d('on 3 May', '2020-05-03'), d('May', '2020-05-03')] });
    expect([get('dates.relaxedP'), get('dates.relaxedR')]).toEqual([0.5, 1]);
    expect([get('dates.strictP'), get('dates.strictR'), get('dates.strictF1')]).toEqual([0, 0, 0]);
  });

  it('a null value matches a null gold value', () => {
    const { get } = score({ dates: [{ ...at('Monday'), type: 'DATE', value: null }] }, { dates: [d('Monday', null)] });
    expect(get('dates.valueF1')).toBe(1);
  });

  it.each([
    ['empty gold, two predictions', [], [d('Monday', 'x'), d('3 May', 'y')], [0, 1, 0], null],
    ['empty predictions', gold.dates, [], [0, 0, 0], null],
    ['both empty', [], [], [1, 1, 1], null],
  ])('%s', (_, golds, preds, prf, accuracy) => {
    const { get } = score({ dates: golds }, { dates: preds });
    expect([get('dates.strictP'), get('dates.strictR'), get('dates.strictF1')]).toEqual(prf);
    expect([get('dates.valueP'), get('dates.valueR'), get('dates.valueF1')]).toEqual(prf);
    expect(get('dates.valueAccuracy')).toBe(accuracy);
  });

  it('no prediction for the document: every gold date is missed, and it is counted', () => {
    const { get } = score(gold, null);
    expect([get('dates.relaxedR'), get('run.missing'), get('run.docs')]).toEqual([0, 1, 1]);
  });

  // false positives of the scorer itself
  it('does not score dates when the gold has no dates key', () => {
    const { get } = score({ tally: { killed: 5 } }, { dates: [d('Monday', '2020-05-04')] });
    expect(get('dates.strictF1')).toBeUndefined();
  });
});

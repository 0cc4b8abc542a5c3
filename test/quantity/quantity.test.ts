import { describe, expect, it } from 'vitest';
import { parseQuantityAt, requalify } from '../../src/quantity/index.js';
import { doc } from '../casualties/helpers.js';

function parse(text: string) {
  const d = doc(text);
  const m = parseQuantityAt(d.tokens, 0, d.tokens.length, d.text);
  return m ? { low: m.count.low, high: m.count.high, qualifier: m.count.qualifier, text: m.count.text } : null;
}

describe('quantities: numbers, words, scales, ranges, qualifiers, vague amounts', () => {
  it.each([
    // digits and separators
    ['74 people', 74, 74, 'exact', '74'],
    ['350,000 people', 350000, 350000, 'exact', '350,000'],
    ['1,523 passengers', 1523, 1523, 'exact', '1,523'],
    // words
    ['five people', 5, 5, 'exact', 'five'],
    ['fifty-nine fighters', 59, 59, 'exact', 'fifty-nine'],
    ['two hundred and fifty people', 250, 250, 'exact', 'two hundred and fifty'],
    ['three thousand people', 3000, 3000, 'exact', 'three thousand'],
    ['a dozen people', 12, 12, 'exact', 'a dozen'],
    ['two dozen people', 24, 24, 'exact', 'two dozen'],
    ['a million people', 1000000, 1000000, 'exact', 'a million'],
    // scaled
    ['1.5 million refugees', 1500000, 1500000, 'exact', '1.5 million'],
    ['3m people', 3000000, 3000000, 'exact', '3m'],
    // ranges
    ['between 10 and 15 people', 10, 15, 'range', 'between 10 and 15'],
    ['10 to 15 people', 10, 15, 'range', '10 to 15'],
    ['10-15 people', 10, 15, 'range', '10-15'],
    ['two or three people', 2, 3, 'range', 'two or three'],
    ['2 to 3 million people', 2000000, 3000000, 'range', '2 to 3 million'],
    // qualifiers → bounds
    ['at least 74 soldiers', 74, null, 'at_least', 'At least 74'],
    ['no fewer than 20 people', 20, null, 'at_least', 'no fewer than 20'],
    ['more than 350,000 people', 350001, null, 'more_than', 'More than 350,000'],
    ['over 10,000 lives', 10001, null, 'more_than', 'over 10,000'],
    ['up to 14 people', 1, 14, 'up_to', 'up to 14'],
    ['as many as 30 people', 1, 30, 'up_to', 'as many as 30'],
    ['fewer than 10 people', 1, 9, 'fewer_than', 'fewer than 10'],
    ['about 20 people', 20, 20, 'approximate', 'about 20'],
    ['around 160,000 people', 160000, 160000, 'approximate', 'around 160,000'],
    ['nearly 200 people', 200, 200, 'approximate', 'nearly 200'],
    ['some 150,000 people', 150000, 150000, 'approximate', 'Some 150,000'],
    ['an estimated 50,000 people', 50000, 50000, 'approximate', 'An estimated 50,000'],
    ['30 or more people', 30, null, 'at_least', '30 or more'],
    // vague amounts (data/lexicons/quantity-vague.txt)
    ['dozens of people', 24, 99, 'vague', 'dozens'],
    ['scores of people', 40, 99, 'vague', 'scores'],
    ['hundreds of people', 200, 999, 'vague', 'hundreds'],
    ['a few hundred people', 200, 500, 'vague', 'a few hundred'],
    ['thousands of people', 2000, 9999, 'vague', 'thousands'],
    ['tens of thousands of people', 20000, 99999, 'vague', 'tens of thousands'],
    ['hundreds of thousands of people', 200000, 999999, 'vague', 'hundreds of thousands'],
    ['millions of people', 2000000, null, 'vague', 'millions'],
  ])('%s → %s..%s (%s)', (text, low, high, qualifier, shown) => {
    const sentence = text.charAt(0).toUpperCase() + text.slice(1) + ' were there.';
    expect(parse(sentence)).toEqual({ low, high, qualifier, text: shown.charAt(0).toUpperCase() + shown.slice(1) });
  });

  // false positives: words that are no quantity, and numbers that do not join
  it.each([
    ['The people were there.'],
    ['A man was there.'],
    ['Some people were there.'],
    ['Over the weekend it rained.'],
  ])('%s → no quantity', (text) => {
    expect(parse(text)).toBeNull();
  });

  it('does not read two counts side by side as one number ("two eight-year-old girls")', () => {
    expect(parse('Two eight-year-old girls were there.')).toMatchObject({ low: 2, high: 2 });
  });

  it('distributes a qualifier over an exact count', () => {
    const exact = { low: 59, high: 59, best: 59, qualifier: 'exact' as const, text: '59' };
    expect(requalify(exact, 'at_least')).toMatchObject({ low: 59, high: null, qualifier: 'at_least' });
    expect(requalify(exact, 'more_than')).toMatchObject({ low: 60, high: null });
    expect(requalify({ ...exact, low: 24, high: 99, qualifier: 'vague' }, 'at_least')).toMatchObject({ low: 24, high: 99 });
  });
});

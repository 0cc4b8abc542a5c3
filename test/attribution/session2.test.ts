import { describe, expect, it } from 'vitest';
import { triples } from './helpers.js';

// Constructions added in the second session: participles that share the clause's subject past an
// opening phrase, "X said:" closing its line, and verbs in a title-case headline.
describe('attribution: participles after an opening phrase', () => {
  it.each([
    ['In 1986, the court blocked the sale, citing a threat to public health.', 'the court | citing | a threat to public health'],
    ['During a speech on Monday, the minister attacked the plan, saying it would fail.', 'the minister | saying | it would fail'],
    ['On Thursday, however, the envoy met rebel leaders, promising to return next week.', 'the envoy | promising | to return next week'],
    ['Several aid groups granted the town an extension, saying the roads were closed.', 'Several aid groups | saying | the roads were closed'],
  ])('%s', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  // false positives
  it.each([
    ['In the morning, the camera kept rolling, showing the street.', 'the camera | showing'],
    ['After the blast, smoke rose over the city, covering the market.', 'smoke | covering'],
  ])('no participle attribution in %j', (text, absent) => {
    expect(triples(text).some((t) => t.startsWith(absent))).toBe(false);
  });
});

describe('attribution: "X said:" at the end of its line', () => {
  it.each([
    ['The governor added:\n\n"We will rebuild every school."', 'The governor | added | "We will rebuild every school."'],
    ['He said:\n\nThe roads are closed and the bridges are down.', 'He | said | The roads are closed and the bridges are down'],
    ['The New York Times reports:\n\n"Only 24 percent of donors gave small sums."', 'The New York Times | reports | "Only 24 percent of donors gave small sums."'],
    ['The spokesman continued:\n\n"First we need water. Then we need power."', 'The spokesman | continued | "First we need water. Then we need power."'],
  ])('%j', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  // false positives: a noun before a colon is a label, not a report
  it.each([
    ['Rasmussen has a similar question: forty-three, yes; forty-six, no.'],
    ['The poll asked the most basic question:\n\nHow much do you pay in taxes?'],
  ])('no attribution in %j', (text) => {
    expect(triples(text).filter((t) => t.includes('| question |'))).toEqual([]);
  });
});

describe('attribution: title-case headlines', () => {
  it.each([
    ['Ceasefire Could Hold Through Winter, UN Envoy Says.\n\nThe envoy spoke in Geneva.', 'UN Envoy | Says | Ceasefire Could Hold Through Winter'],
    ['New Survey Shows Most Refugees Want To Return.\n\nThe survey was published on Monday.', 'New Survey | Shows | Most Refugees Want To Return'],
    ['Senator Vows To Block Arms Sale.\n\nThe vote is next week.', 'Senator | Vows | To Block Arms Sale'],
  ])('%j', (text, expected) => {
    expect(triples(text)).toContain(expected);
  });

  // false positives: capitalised words outside a title-case headline stay names
  it.each([
    ['Rebels seized the town.\n\nThe Says family fled to Homs on Friday.'],
    ['Aid convoy reaches Madaya after months of siege\n\nThe New Report Center opened in May.'],
  ])('no attribution in %j', (text) => {
    expect(triples(text)).toEqual([]);
  });
});

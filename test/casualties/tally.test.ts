import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const best = (text: string): Record<string, number> => {
  const { tally } = run(text);
  return Object.fromEntries(Object.entries(tally ?? {}).map(([k, v]) => [k, v.best]));
};

describe('per-article tally', () => {
  it.each([
    // distinct groups of one coordination are summed
    ['At least 74 soldiers and 59 fighters have been killed.', { killed: 133 }],
    // a further group ("also") adds to the running total
    ['At least 74 soldiers and 59 fighters have been killed. At least 19 civilians have also been killed.', { killed: 152 }],
    // a restatement or an update does not add: the larger statement wins
    ['Two people were killed on Friday. Police said the two victims were brothers.', { killed: 2 }],
    ['Three people were killed on Friday. The death toll rose to five on Saturday.', { killed: 5 }],
    // the headline is summed apart from the body that breaks it down
    ['3 dead in Bedford home\nPolice found a dead woman. They found two more people dead.', { killed: 3 }],
    // background figures are left out
    ['Two soldiers were killed on Friday. More than 350,000 people have been killed since 2011.', { killed: 2 }],
    // shot, fate unsaid: injured once the dead are taken away
    ['Five people were shot, two fatally.', { killed: 2, injured: 3 }],
    ['A man was shot and killed and two others were wounded.', { killed: 1, injured: 2 }],
    ['Three people were shot on Saturday night.', { injured: 3 }],
    // uncounted deaths count one; the perpetrator of a murder-suicide is added
    ['Police are investigating a fatal shooting on Main Street.', { killed: 1 }],
    ['He was shot in the leg.', { injured: 1 }],
    ['A gunman fatally shot seven people before killing himself.', { killed: 8 }],
    // vague amounts add their best value
    ['Dozens of people were wounded.', { injured: 36 }],
  ])('%s', (text, expected) => {
    expect(best(text)).toEqual(expected);
  });

  // false positives: nothing to tally
  it.each([
    ['The Allegheny County Homicide Unit asked for tips.'],
    ['A new war could kill thousands of people.'],
    ['No one was hurt.'],
  ])('%s → empty tally', (text) => {
    expect(best(text)).toEqual({});
  });

  it('keeps bounds: open when a part is open', () => {
    expect(run('At least 74 soldiers and 59 fighters have been killed.').tally?.killed).toEqual({ low: 133, best: 133, high: null });
    expect(run('Dozens of people were wounded.').tally?.injured).toEqual({ low: 24, best: 36, high: 99 });
  });
});

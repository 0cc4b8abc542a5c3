// Reading an article must give the same analysis whatever the process read before it, and a renewed wink
// instance must give the same analysis as the first one: batch output then does not depend on --jobs,
// on record order, or on how long a worker has been running.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/document/analyse.js';
import { renewWink } from '../../src/document/nlp.js';
import { extract } from '../../src/index.js';
import { seedArticle } from '../helpers.js';

const published = { value: '2018-04-27', source: 'input' as const };
const tokensOf = (text: string) =>
  analyse({ text }, { id: 't', published }).tokens.map((t) => `${t.text}/${t.pos}`);

// Each pair: an article that makes wink add a word with its punctuation as one out-of-vocabulary lexeme,
// and a later article that wink would then stop splitting ("Trump's" instead of "Trump" + "'s", "21-year-old"
// as one token). With wink's process-wide lexicon the second article's tokens changed after the first.
const history: [teacher: string, reader: string][] = [
  ["Her plan was clearer than Trump's. Voters noticed.", "Mr. Trump's plan failed."],
  ["His record is longer than Clinton's, aides said.", "President Clinton's aides met."],
  ['Police raided a bar.21-year-old John Doe was held.', 'A 21-year-old man was wounded.'],
];

describe('wink-nlp reads each article as if it were the first', () => {
  it.each(history)('reading %j first does not change how %j is tokenized', (teacher, reader) => {
    renewWink();
    const alone = tokensOf(reader);
    renewWink();
    tokensOf(teacher);
    expect(tokensOf(reader)).toEqual(alone);
  });

  it('an article read twice in a row gives the same tokens both times', () => {
    const text = 'Sen. Tammy Baldwin (D-Wis.) said the U.S.-led coalition (al-Shabaab) hit Quetta,Pakistan.';
    expect(tokensOf(text)).toEqual(tokensOf(text));
  });

  it('a renewed instance gives the seed article the same result as the first, after several renewals', () => {
    const seed = seedArticle();
    const first = JSON.stringify(extract(seed));
    // the model package's custom-entity loader grew its data ~4x per instance; the tenth instance failed
    for (let i = 0; i < 12; i++) {
      renewWink();
      tokensOf('warm');
    }
    expect(JSON.stringify(extract(seed))).toBe(first);
  });
});

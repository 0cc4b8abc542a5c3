import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/lexicons/load.js';

describe('lexicon files', () => {
  it.each([
    ['killed # past tense\n\n# a comment line\nwounded', [['killed'], ['wounded']]],
    ['dozens | 24 | 99', [['dozens', '24', '99']]],
    ['No. 1 \\# seed', [['No. 1 # seed']]],
    ['   \n# only comments\n', []],
  ])('parses %j', (raw, rows) => {
    expect(parseTable(raw)).toEqual(rows);
  });
});

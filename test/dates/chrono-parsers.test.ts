// A window is parsed without the chrono parsers that cannot match it (chrono-parsers.ts): chrono must
// return exactly what its full strict parser returns.
import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../src/extractors/dates/chrono-parsers.js';
import { randomTexts } from './helpers.js';

const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

describe('chrono without the parsers a window cannot use', () => {
  it('returns what the full strict parser returns', () => {
    const pieces = [
      ...randomTexts(3000, 23),
      // one for each parser that can be left out
      'The deal was signed on Aug. 7, 1998 in Nairobi, two days after 2018-04-27 and 4/19/2018.',
      'Three days later, on 5/2016, they met; a week ago from now it was 1999-12-31T10:00Z.',
      'Talks resumed three days earlier, on April 19.',
      'They met 4.19.2018 and 19-04 in May.',
      'Two weeks later, on May 3, it ended.',
      'Fighting began 3 years before April 2015.',
      'Prices rose on 1999.12.31 and 2001 06 05.',
      'It fell 5/2016, on April 19.',
    ];
    let shortened = 0;
    for (const piece of pieces) {
      const parser = parserFor(piece);
      if (parser.parsers.length < chrono.strict.parsers.length) shortened++;
      expect(JSON.stringify(parser.parse(piece, REFERENCE))).toBe(JSON.stringify(chrono.strict.parse(piece, REFERENCE)));
    }
    expect(shortened).toBeGreaterThan(pieces.length / 4);
  });
});

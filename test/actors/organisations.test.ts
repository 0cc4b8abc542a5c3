import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/document/analyse.js';
import { findActors } from '../../src/extractors/actors/index.js';
import type { Actor } from '../../src/schema.js';

const NO_DATE = { value: null, source: 'none' as const };
const actorsOf = (text: string): Actor[] => findActors(analyse({ text }, { id: 't', published: NO_DATE }), []);
/** the type of the actor one of whose name mentions reads `surface` at its `nth` occurrence (undefined: none). */
function typeAt(text: string, surface: string, nth = 0): string | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const a = actorsOf(text).find((x) => x.mentions.some((m) => m.kind === 'name' && m.start === at && m.text === surface));
  return a?.type;
}
const sports = (title: string, body: string) => `${title}\nLONDON 1996-08-31\n${body}\n`;

describe('sports sides are organisations', () => {
  it.each([
    // a player's role after the side
    [sports('CRICKET - COUNTY ROUND-UP.', 'Yorkshire batsman John Smith made 80 before lunch in the match.'), 'Yorkshire', 0],
    [sports('SOCCER - CUP DRAW.', 'Thousands of Hull fans were locked out of the match after the trouble.'), 'Hull', 0],
    // a possessive before a result or a player
    [sports('BASEBALL - LEAGUE ROUND-UP.', "Cleveland's lead in the division grew to eight games after the win."), 'Cleveland', 0],
    [sports('BASEBALL - LEAGUE ROUND-UP.', "Seattle's Robert Jones homered twice in the game."), 'Seattle', 0],
    // a match or transfer word before it, or the subject of a verb (a known town, a sports title)
    [sports('CRICKET - CHAMPIONSHIP.', 'Derbyshire kept up their challenge for the title with a big win.'), 'Derbyshire', 0],
    [sports('SOCCER - TRANSFER.', 'The striker joined Sunderland for two million pounds last season.'), 'Sunderland', 0],
    [sports('RUGBY UNION - RESULTS.', 'The champions beat Gloucester and then won against Bristol in the league.'), 'Bristol', 0],
    // table rows: a standings line or a result, even when the side is named like a person
    ['SOCCER - SCOTTISH TABLES.\nGLASGOW 1996-08-31\nStandings after the games on Saturday:\nClyde 3 1 0 2 2 5 3\nMorton 3 1 1 1 4 4 4\nAyr 3 2 0 1 5 3 6\n', 'Clyde', 0],
    ['SOCCER - RESULTS.\nLONDON 1996-08-31\nResults on Saturday:\nChester 2 Wigan 1\nBury 4 Stoke 0\nHull 0 Barnet 0\n', 'Chester', 0],
  ])('%#: %j is a team', (text, surface, nth) => {
    expect(typeAt(text, surface, nth)).toBe('organization');
  });

  // false positives
  it.each([
    // a person whose surname is a town
    [sports('TENNIS - OPEN ROUND-UP.', 'Todd Houston reached the final. Houston served 20 aces in the match.'), 'Houston', 1, 'person'],
    // a place after a locative, even in a sports report
    [sports('CRICKET - CHAMPIONSHIP.', 'Kent beat Sussex at Canterbury and the match drew a big crowd in Canterbury.'), 'Canterbury', 0, undefined],
    // no sports title, no sports talk: a history note
    ['THIS DAY IN HISTORY.\nLONDON 1996-09-01\n1812 - Napoleon entered Moscow after the battle.\n', 'Napoleon', 0, undefined],
    // the event, not a side; a nationality before a player's role
    [sports('TENNIS - DRAW.', 'The Fed Cup team draw was made in New York on Saturday for the match.'), 'Fed Cup', 0, undefined],
    [sports('CRICKET - TOUR.', 'Zimbabwean all-rounder Paul Strang took four wickets in the match.'), 'Zimbabwean', 0, undefined],
  ])('%#: %j is not a team', (text, surface, nth, want) => {
    const t = typeAt(text, surface, nth);
    if (want === undefined) expect(t === undefined || t === 'person', String(t)).toBe(true);
    else expect(t).toBe(want);
  });
});

describe('firms and media proved once hold for the whole article', () => {
  it.each([
    // a legal-form name proves the bare one
    ['Halvorsen Bancorp Inc said profits rose. Analysts said Halvorsen would cut costs.', 'Halvorsen', 1],
    // shares and officers
    ['Shares of Brindle fell 5 percent. Brindle said it would appeal the ruling.', 'Brindle', 1],
    ['Telvara spokesman Jan Berg said the order was signed. Telvara said deliveries start in May.', 'Telvara', 1],
    // media
    ['The Morgenpost newspaper said the talks failed. Morgenpost said a deal was near.', 'Morgenpost', 1],
    ['The daily Kurier reported the arrests on Friday.', 'Kurier', 0],
  ])('%#: %j', (text, surface, nth) => {
    const t = typeAt(text, surface, nth);
    expect(t).toBeDefined();
    expect(t).not.toBe('person');
  });

  // false positives
  it.each([
    ['Shares on the Warsaw stock exchange fell sharply on Friday.', 'Warsaw'],
    ['Net profit rose 5 percent in the first half.', 'Net'],
    ['Algerian newspapers said the bomb killed seven people.', 'Algerian'],
    ['The state holds 40 percent of Poland\'s biggest bank.', 'Poland'],
    ['Boris Yeltsin met the envoy. Yeltsin spokesman Sergei Medvedev said the talks went well.', 'Yeltsin'],
  ])('%#: %j is no organisation', (text, surface) => {
    const t = typeAt(text, surface);
    expect(t === undefined || t === 'person').toBe(true);
  });
});

describe('organisation names', () => {
  it.each([
    ['The Commission on Public Broadcasting said it would meet.', 'Commission on Public Broadcasting'],
    ['The rival Democratic Union of Freedom said it would contest the vote.', 'Democratic Union of Freedom'],
    ['A spokesman of the Iraqi National Congress said shelling went on.', 'Iraqi National Congress'],
    ['He petitioned the International Red Cross in 1993.', 'International Red Cross'],
    ['Peacekeepers of UNAMIR left the capital on Friday.', 'UNAMIR'],
  ])('%#: %j is one organisation mention', (text, surface) => {
    const t = typeAt(text, surface);
    expect(t).toBeDefined();
    expect(t).not.toBe('person');
  });

  // false positives
  it.each([
    ['ISSUER: Bay County Building Authority\nDELIVERY: 45 days\n', 'DELIVERY'],
    ['Former England captain Will Carling said he would play on.', 'Former England'],
  ])('%#: %j is no organisation', (text, surface) => {
    expect(typeAt(text, surface)).toBeUndefined();
  });
});

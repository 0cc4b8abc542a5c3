import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/gazetteer/index.js';
import { mentionTexts } from './helpers.js';

beforeAll(() => {
  gazetteer();
}, 120_000);

// Teams named after towns are organisations; a sports report still names places with a locative cue.
describe('sports reports and results tables', () => {
  it.each([
    ['a country stays a place in a sports title', 'SOCCER - ROMANIA BEAT LITHUANIA IN MATCH.\nBUCHAREST 1996-08-30\nRomania beat Lithuania 2-1.', ['ROMANIA', 'LITHUANIA', 'BUCHAREST', 'Romania', 'Lithuania']],
    ['venue after "at"', 'CRICKET - ESSEX WIN.\nLONDON 1996-08-30\nEssex beat Kent at Leeds on Friday.', ['LONDON', 'Leeds']],
    ['venue before a colon', 'CRICKET - SCORES.\nLONDON 1996-08-30\nResults on Friday:\nLeicester: Leicestershire beat Somerset.', ['LONDON', 'Leicester']],
    ['venue in parentheses', 'CRICKET - SCORES.\nLONDON 1996-08-30\nAt The Oval (London): Surrey beat Kent.', ['LONDON', 'London']],
    ['a name used as a modifier', 'SOCCER - ROTOR FINED.\nMOSCOW 1996-08-30\nThe Volgograd club was fined.', ['MOSCOW', 'Volgograd']],
    ['results row with a country', 'Results on Saturday:\nJapan 2 Syria 1', ['Japan', 'Syria']],
    ['road number is no score', 'A slide closed W.Va. 61 near Charleston.', ['W.Va.', 'Charleston']],
  ])('%s: %j', (_rule, text, expected) => {
    expect(mentionTexts(text)).toEqual(expected);
  });

  // false positives
  it.each([
    ['team in a results row', 'Results on Thursday:\nDETROIT 4 Kansas City 1 Minnesota 6 Milwaukee 1', []],
    ['team in a standings row', 'Standings:\nBolton 3 2 1 0 5 2 7\nReading 4 1 2 1 6 4 5', []],
    ['team as a subject in a sports report', 'CRICKET - ESSEX WIN.\nLONDON 1996-08-30\nEssex reached 372 against Derbyshire.', ['LONDON']],
    ['team after a verb in a sports report', 'SOCCER - SHEARER MOVES.\nLONDON 1996-08-30\nShearer joined Newcastle for 15 million pounds.', ['LONDON']],
    ['the sport is no place', 'CRICKET - ESSEX WIN.\nLONDON 1996-08-30\nNo play.', ['LONDON']],
  ])('%s: %j', (_rule, text, expected) => {
    expect(mentionTexts(text)).toEqual(expected);
  });
});

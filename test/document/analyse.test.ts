import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/document/analyse.js';
import { findDateline } from '../../src/document/dateline.js';
import { seedArticle } from '../helpers.js';

const none = { value: null, source: 'none' as const };

describe('analyse', () => {
  it('gives tokens whose offsets slice back to their text', () => {
    const text = 'Syrian forces “advanced” on Friday — state media said.\nIt’s 3.5km away; they can’t stay.';
    const doc = analyse({ text }, { id: 't', published: none });
    expect(doc.tokens.length).toBeGreaterThan(10);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('cuts sentences at line breaks as well as at full stops', () => {
    const doc = analyse({ text: seedArticle().text }, { id: 'seed', published: none });
    expect(doc.sentences[0]?.text).toBe('Syria regime advances against IS in south of Damascus');
    expect(doc.sentences[1]?.text).toBe('Syrian government tank drives down street in Hajar al-Aswad during regime offensive targeting IS.');
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    const at = doc.text.indexOf('the monitor said');
    expect(doc.sentenceAt(at)?.text).toContain('At least 74 regime personnel');
  });

  it('takes the first line as the headline only when more text follows', () => {
    expect(analyse({ text: 'Blast kills 3\n\nThree people died.' }, { id: 'x', published: none }).title).toBe('Blast kills 3');
    expect(analyse({ text: 'Three people died in a blast.' }, { id: 'x', published: none }).title).toBeNull();
    expect(analyse({ text: 'Body text.', title: 'Given' }, { id: 'x', published: none }).title).toBe('Given');
  });
});

describe('datelines', () => {
  it.each([
    ['DAMASCUS - Syrian regime forces advanced', 'DAMASCUS', null],
    ['BEIRUT (Reuters) - Gunmen killed', 'BEIRUT', 'Reuters'],
    ['Headline here\nWASHINGTON, D.C. — The president said', 'WASHINGTON, D.C.', null],
    ['LONDON 1996-08-30\nSeven Iraqis who seized', 'LONDON', null],
    ['KABUL, Afghanistan (AP) — A suicide bomber', 'KABUL, Afghanistan', 'AP'],
    // a shouted wire headline is not the dateline; the one below it is
    ['CRICKET - LEICESTERSHIRE TAKE OVER AT TOP.\nLONDON 1996-08-30\nWest Indian all-rounder', 'LONDON', null],
    ['SOCCER - ROTOR FANS LOCKED OUT\nMOSCOW - Rotor Volgograd must play', 'MOSCOW', null],
  ])('%j', (text, place, agency) => {
    const d = findDateline(text);
    expect(d?.place.text).toBe(place);
    expect(d?.agency?.text ?? null).toBe(agency);
    if (d) expect(text.slice(d.place.start, d.place.end)).toBe(d.place.text);
  });

  // false positives
  it.each([
    ['A - this is not a dateline'],
    ['The army - backed by planes - advanced'],
    ['Three people died.'],
    ['TENNIS - RESULTS AT THE U.S. OPEN.\nResults on Friday.'],
  ])('none in %j', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

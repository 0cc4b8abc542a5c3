import { describe, expect, it } from 'vitest';
import { linkReporter } from '../../src/extractors/casualties/reporter.js';
import type { Actor } from '../../src/schema.js';
import { attribution, run } from './helpers.js';

const monitor: Actor = { id: 'actor-sohr', name: 'Syrian Observatory for Human Rights', type: 'ngo', aliases: ['the monitor'], mentions: [] };

describe('who reported a figure (linking found.attributions)', () => {
  it.each([
    // [text, attribution (source, cue, content, actor) or null, expected reporter names per figure]
    ['At least 74 soldiers have been killed, the monitor said.',
      ['the monitor', 'said', 'At least 74 soldiers have been killed', 'actor-sohr'], ['Syrian Observatory for Human Rights']],
    ['Police said two people were killed.', ['Police', 'said', 'two people were killed', null], ['Police']],
    // the cue is in the sentence but the content span was missed: the sentence's cue still credits it
    ['Five people were wounded in the blast, hospital officials said on Friday.',
      ['hospital officials', 'said', 'in the blast', null], ['hospital officials']],
    // no attribution at all: the article's own voice
    ['More than 350,000 people have been killed since 2011.', null, [null]],
  ] as const)('%s', (text, attr, expected) => {
    const attributions = attr ? [attribution(text, 'a1', attr[0], attr[1], attr[2], attr[3])] : [];
    const { figures } = run(text, { attributions, actors: [monitor] });
    expect(figures.map((f) => f.reportedBy?.name ?? null)).toEqual(expected);
  });

  it('gives the cue, the source mention and the actor id', () => {
    const text = 'Police said two people were killed.';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'Police', 'said', 'two people were killed', 'actor-police')] });
    expect(figures[0]?.reportedBy).toEqual({ name: 'Police', actor: 'actor-police', mention: { start: 0, end: 6, text: 'Police' }, cue: 'said' });
  });

  it('does not carry a source into a later sentence that has no cue', () => {
    const text = 'Police said two people were killed. Three soldiers died on Sunday.';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'Police', 'said', 'two people were killed')] });
    expect(figures.map((f) => f.reportedBy?.name ?? null)).toEqual(['Police', null]);
  });

  it('carries a source through a quotation that runs over several sentences (the content covers them)', () => {
    const text = '"Two people were killed. Five more were wounded," the governor said.';
    const content = '"Two people were killed. Five more were wounded,"';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'the governor', 'said', content)] });
    expect(figures.map((f) => f.reportedBy?.name ?? null)).toEqual(['the governor', 'the governor']);
  });

  it('gives a headline figure the source of its restatement in the body', () => {
    const text = 'Two die in restaurant blast\n\nTwo people were killed when a grenade exploded, Algerian radio said.';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'Algerian radio', 'said', 'Two people were killed when a grenade exploded')] });
    expect(figures.map((f) => [f.evidence.text, f.reportedBy?.name ?? null])).toEqual([['Two die', 'Algerian radio']]);
  });

  it('ignores an attribution whose cue is the casualty verb or whose source is the victims', () => {
    const text = 'The war claimed more than 125,000 lives.';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'The war', 'claimed', 'more than 125,000 lives')] });
    expect(figures.map((f) => f.reportedBy)).toEqual([null]);
  });

  it('prefers the innermost content, then the nearest cue', () => {
    const ev = { start: 40, end: 50, text: 'x'.repeat(10) };
    const a = attribution('A said B told C that 0123456789 abcdefghijklmnopqrstuvwxyz', 'outer', 'A', 'said', 'B told C that 0123456789 abcdefghijklmnopqrstuvwxyz');
    const b = attribution('A said B told C that 0123456789 abcdefghijklmnopqrstuvwxyz', 'inner', 'B', 'told', 'C that 0123456789 abcdefghijklmnopqrstuvwxyz');
    expect(linkReporter(ev, { start: 0, end: 60 }, [a, b], [])?.name).toBe('B');
    // no content covers the figure: the nearest cue in its sentence
    const far = { ...a, content: { start: 0, end: 1, text: 'A' } }, near = { ...b, content: { start: 0, end: 1, text: 'A' } };
    expect(linkReporter({ start: 55, end: 58, text: 'xyz' }, { start: 0, end: 60 }, [far, near], [])?.name).toBe('B');
    expect(linkReporter({ start: 55, end: 58, text: 'xyz' }, { start: 0, end: 60 }, [], [])).toBeNull();
  });
});

describe('reporter rules of session 2', () => {
  it.each([
    // cues that credit no figure: accusations, denunciations, responses
    ['Banisadr accused leaders of ordering the killing of three Kurdish leaders.', 'Banisadr', 'accused',
      'of ordering the killing of three Kurdish leaders', [null]],
    ['Lukashenko responded by jailing nearly 200 people.', 'Lukashenko', 'responded', 'by jailing nearly 200 people', [null]],
    // reporting cues still credit
    ['Officials said 30 people were killed.', 'Officials', 'said', '30 people were killed', ['Officials']],
    ['Officials reported that 30 people were killed.', 'Officials', 'reported', 'that 30 people were killed', ['Officials']],
  ] as const)('%s', (text, source, cue, content, expected) => {
    const { figures } = run(text, { attributions: [attribution(text, 'a1', source, cue, content)] });
    expect(figures.map((f) => f.reportedBy?.name ?? null)).toEqual(expected);
  });

  it('keeps the written source when the actor it was linked to shares no word with it', () => {
    const police: Actor = { id: 'actor-p', name: 'Egypt police', type: 'state_forces', aliases: [], mentions: [] };
    const text = 'Police have detained 26 militants, government newspapers reported.';
    const { figures } = run(text, { actors: [police, monitor],
      attributions: [attribution(text, 'a1', 'government newspapers', 'reported', 'Police have detained 26 militants', 'actor-p')] });
    expect(figures.map((f) => f.reportedBy?.name ?? null)).toEqual(['government newspapers']);
  });

  it.each([
    // a definite nominal or a pronoun takes the actor's name; a shared word too
    ['the monitor', 'actor-sohr', 'Syrian Observatory for Human Rights'],
    ['Syrian Observatory', 'actor-sohr', 'Syrian Observatory for Human Rights'],
  ])('source %s linked to %s → %s', (source, actor, expected) => {
    const text = `At least 74 soldiers have been killed, ${source} said.`;
    const { figures } = run(text, { actors: [monitor], attributions: [attribution(text, 'a1', source, 'said', 'At least 74 soldiers have been killed', actor)] });
    expect(figures[0]?.reportedBy?.name).toBe(expected);
  });

  it('gives a headline figure the source of the body attribution restating it, even with a different verb', () => {
    const text = 'Bootleg brew kills 35 in China\nPolice arrested 30 people suspected of selling alcohol that killed 35 people, the Xinhua news agency said.';
    const content = 'Police arrested 30 people suspected of selling alcohol that killed 35 people';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'the Xinhua news agency', 'said', content)] });
    expect(figures.map((f) => [f.evidence.text, f.reportedBy?.name ?? null])).toEqual([['35', 'the Xinhua news agency'], ['30 people', 'the Xinhua news agency']]);
  });

  it('leaves a headline figure alone when no body attribution restates it (false positive)', () => {
    const text = 'Bootleg brew kills 35 in China\nPolice arrested 30 people, the Xinhua news agency said.';
    const { figures } = run(text, { attributions: [attribution(text, 'a1', 'the Xinhua news agency', 'said', 'Police arrested 30 people')] });
    expect(figures.map((f) => [f.evidence.text, f.reportedBy?.name ?? null])).toEqual([['35', null], ['30 people', 'the Xinhua news agency']]);
  });
});

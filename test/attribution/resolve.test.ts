import { describe, expect, it } from 'vitest';
import { seedArticle } from '../helpers.js';
import type { Actor, ActorMention } from '../../src/schema.js';
import { attributionsOf } from './helpers.js';

const SEED = seedArticle().text;

/** mentions of `phrases` in `text`, every occurrence, as the actors stage would give them. */
function mentions(text: string, phrases: [string, ActorMention['kind']][]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const [phrase, kind] of phrases) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      out.push({ start: at, end: at + phrase.length, text: phrase, kind });
    }
  }
  return out;
}

function actor(id: string, name: string, type: Actor['type'], text: string, phrases: [string, ActorMention['kind']][]): Actor {
  return { id, name, type, aliases: [], mentions: mentions(text, phrases) };
}

describe('source resolution with found.actors', () => {
  const sohr = actor('a-sohr', 'Syrian Observatory for Human Rights', 'ngo', SEED, [
    ['Syrian Observatory for Human Rights', 'name'], ['Britain-based monitor', 'nominal'], ['the monitor said', 'nominal'],
  ]);
  const sana = actor('a-sana', 'SANA', 'media', SEED, [['SANA', 'name'], ['state media', 'nominal']]);
  const tv = actor('a-tv', 'Syrian state television', 'media', SEED, [['Syrian state television', 'name']]);
  const unrwa = actor('a-unrwa', "United Nations' agency for Palestinian refugees", 'igo', SEED, [["United Nations' agency for Palestinian refugees", 'name']]);
  const found = attributionsOf(SEED, [sohr, sana, tv, unrwa]);
  const bySource = (text: string) => found.filter((a) => a.source.text === text);

  it.each([
    ['state media', 'a-sana', 'SANA', 'state_media'],
    ['state news agency SANA', 'a-sana', 'SANA', 'state_media'],
    ['Syrian state television', 'a-tv', 'Syrian state television', 'state_media'],
    ['The Syrian Observatory for Human Rights', 'a-sohr', 'Syrian Observatory for Human Rights', 'ngo'],
    ['the Britain-based monitor', 'a-sohr', 'Syrian Observatory for Human Rights', 'ngo'],
    ['the monitor', 'a-sohr', 'Syrian Observatory for Human Rights', 'ngo'],
    ["the United Nations' agency for Palestinian refugees", 'a-unrwa', "United Nations' agency for Palestinian refugees", 'igo'],
  ])('%s → %s', (text, id, name, type) => {
    const [a] = bySource(text);
    expect(a?.source).toMatchObject({ actor: id, name, type });
  });

  it('resolves each "it said" to the nearest earlier non-person source', () => {
    const its = bySource('it').map((a) => a.source.actor);
    expect(its).toEqual(['a-sana', 'a-sohr']);
  });

  it('prefers the mention over the head word: "a spokesman for the ministry" is the ministry when no person is known', () => {
    const text = 'A spokesman for the interior ministry said 12 people died.';
    const ministry = actor('m', 'Interior Ministry', 'government', text, [['interior ministry', 'name']]);
    const [a] = attributionsOf(text, [ministry]);
    expect(a?.source).toMatchObject({ actor: 'm', name: 'Interior Ministry', type: 'government' });
  });

  it('uses a pronoun mention the actors stage already resolved', () => {
    const text = 'Ahmed Hassan is a nurse. He said the hospital ran out of fuel.';
    const nurse = actor('p', 'Ahmed Hassan', 'person', text, [['Ahmed Hassan', 'name'], ['He', 'pronoun']]);
    const [a] = attributionsOf(text, [nurse]);
    expect(a?.source).toMatchObject({ text: 'He', actor: 'p', name: 'Ahmed Hassan' });
  });
});

describe('source resolution without actors (degrades gracefully)', () => {
  it('finds every seed source, with names from the text and types from its words', () => {
    const found = attributionsOf(SEED);
    const sources = found.map((a) => [a.source.text, a.source.actor, a.source.type]);
    expect(sources).toEqual([
      ['state media', null, 'state_media'],
      ['state news agency SANA', null, 'state_media'],
      ['it', null, 'state_media'],
      ['Syrian state television', null, 'state_media'],
      ['The Syrian Observatory for Human Rights', null, 'ngo'],
      ['the Britain-based monitor', null, 'ngo'],
      ['the monitor', null, 'ngo'],
      ['it', null, 'ngo'],
      ["the United Nations' agency for Palestinian refugees", null, 'igo'],
    ]);
  });

  it('takes a pronoun\'s name from the nearest compatible earlier source', () => {
    const text = 'The army said it had retaken the village. Fighting continued overnight, it said.';
    const [, second] = attributionsOf(text);
    expect(second?.source).toMatchObject({ text: 'it', actor: null, name: 'The army', type: 'military' });
  });

  it('matches he/she with people and it with organisations', () => {
    const text = 'The ministry said the road was open. Ali Khan said it was closed. The road was shut, he said. It was open, it said.';
    const names = attributionsOf(text).map((a) => a.source.name);
    expect(names).toEqual(['The ministry', 'Ali Khan', 'Ali Khan', 'The ministry']);
  });

  it('leaves a pronoun with nothing before it unresolved', () => {
    const [a] = attributionsOf('He said the shelling had stopped.');
    expect(a?.source).toMatchObject({ text: 'He', actor: null, name: 'He' });
    expect(a?.source.type).toBeUndefined();
  });
});

import { analyse } from '../../src/document/analyse.js';
import { findAttributions } from '../../src/extractors/attribution/index.js';
import type { Actor, Attribution } from '../../src/schema.js';

export function attributionsOf(text: string, actors: Actor[] = []): Attribution[] {
  const doc = analyse({ text }, { id: 'test', published: { value: null, source: 'none' } });
  return findAttributions(doc, { actors });
}

/** a compact view for table assertions: source | cue | content. */
export function triples(text: string, actors: Actor[] = []): string[] {
  return attributionsOf(text, actors).map((a) => `${a.source.text} | ${a.cue.text} | ${a.content.text}`);
}

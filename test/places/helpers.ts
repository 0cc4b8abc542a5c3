import { analyse } from '../../src/document/analyse.js';
import { extractPlaces } from '../../src/extractors/places/index.js';
import type { Place } from '../../src/schema.js';

export function placesOf(text: string): Place[] {
  const doc = analyse({ text }, { id: 't', published: { value: null, source: 'none' } });
  return extractPlaces(doc);
}

/** every mention's text, in order of the text. */
export function mentionTexts(text: string): string[] {
  return placesOf(text)
    .flatMap((p) => p.mentions)
    .sort((a, b) => a.start - b.start)
    .map((m) => m.text);
}

export function placeNamed(places: Place[], surface: string): Place | undefined {
  return places.find((p) => p.mentions.some((m) => m.text === surface));
}

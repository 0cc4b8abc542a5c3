// Places: recognise every toponym and resolve it to a real place, offline.
//   match.ts      gazetteer n-gram look-ups over capitalised tokens
//   patterns.ts   context patterns for names the gazetteer lacks ("the district of X", "X province", "Route 30")
//   evidence.ts   cues and vetoes → accept or reject each candidate
//   propagate.ts  one sense per article: every other occurrence of an accepted name
//   resolve.ts    choose among gazetteer candidates by the article's country/region context
//   assemble.ts   group mentions into Place records; `within` for places the gazetteer lacks
import type { AnalysedDoc } from '../../document/model.js';
import { gazetteer } from '../../gazetteer/index.js';
import type { Stage } from '../../pipeline.js';
import type { Place } from '../../schema.js';
import { assemble } from './assemble.js';
import { locateInside, weigh } from './evidence.js';
import { gazetteerMentions } from './match.js';
import { patternHits } from './patterns.js';
import { acceptAndPropagate } from './propagate.js';

export function extractPlaces(doc: AnalysedDoc): Place[] {
  const g = gazetteer();
  const candidates = weigh(doc, g, gazetteerMentions(doc, g), patternHits(doc, g));
  const accepted = acceptAndPropagate(doc, g, candidates);
  locateInside(doc, accepted);
  return assemble(doc, g, accepted);
}

export const placesStage: Stage = {
  name: 'places',
  run: (doc) => ({ places: extractPlaces(doc) }),
};

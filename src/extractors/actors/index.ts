// Actors stage: who did what. Named actors (capitalised sequences typed by lexicons and context) and
// descriptive ones ("regime forces", "the monitor", "civilians"), merged within the article into one actor
// per referent, each with every mention (kind name | nominal) and every distinct surface form.
import type { AnalysedDoc } from '../../document/model.js';
import type { Found, Stage } from '../../pipeline.js';
import type { Actor } from '../../schema.js';
import { recognise } from './recognise.js';

export { actorAt, actorBefore } from './resolve.js';

export const actorsStage: Stage = {
  name: 'actors',
  run: (doc: AnalysedDoc, found: Readonly<Found>) => ({ actors: findActors(doc, found.places) }),
};

export function findActors(doc: AnalysedDoc, places: Readonly<Found>['places'] = []): Actor[] {
  return recognise(doc, places);
}

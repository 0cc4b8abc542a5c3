// The pipeline is an ordered list of stages, like chrono's parsers and refiners: each stage reads the
// analysed document and what earlier stages found, and returns the records it owns.
import type { AnalysedDoc } from './document/model.js';
import type { Actor, Attribution, CasualtyFigure, DateMention, Place, Published, Tally } from './schema.js';
import { datesStage } from './extractors/dates/index.js';
import { placesStage } from './extractors/places/index.js';
import { actorsStage } from './extractors/actors/index.js';
import { attributionStage } from './extractors/attribution/index.js';
import { casualtiesStage } from './extractors/casualties/index.js';

export interface Found {
  published: Published;
  dates: DateMention[];
  places: Place[];
  actors: Actor[];
  attributions: Attribution[];
  casualties: CasualtyFigure[];
  tally?: Tally;
  warnings: string[];
}

export interface Stage {
  readonly name: string;
  /** Returns only the fields this stage owns; it never reads files or prints. */
  run(doc: AnalysedDoc, found: Readonly<Found>): Partial<Found>;
}

// Order matters: dates may infer the publication date that later stages read; attribution resolves
// sources to actors, so actors come first; casualty figures take their reporter from attribution.
export const defaultStages: readonly Stage[] = [datesStage, placesStage, actorsStage, attributionStage, casualtiesStage];

export function runStages(doc: AnalysedDoc, stages: readonly Stage[] = defaultStages): Found {
  let found: Found = {
    published: doc.published,
    dates: [],
    places: [],
    actors: [],
    attributions: [],
    casualties: [],
    warnings: [],
  };
  for (const stage of stages) {
    const out = stage.run(doc, found);
    found = { ...found, ...out, warnings: [...found.warnings, ...(out.warnings ?? [])] };
  }
  return found;
}

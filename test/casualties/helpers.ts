import { analyse } from '../../src/document/analyse.js';
import type { AnalysedDoc } from '../../src/document/model.js';
import { extractCasualties } from '../../src/extractors/casualties/index.js';
import type { Actor, Attribution, CasualtyFigure, Place, Tally } from '../../src/schema.js';

export function doc(text: string): AnalysedDoc {
  return analyse({ text }, { id: 't', published: { value: null, source: 'none' } });
}

export interface Given { actors?: Actor[]; attributions?: Attribution[]; places?: Place[] }

export function run(text: string, given: Given = {}): { figures: CasualtyFigure[]; tally: Tally | undefined; d: AnalysedDoc } {
  const d = doc(text);
  const out = extractCasualties(d, { actors: given.actors ?? [], attributions: given.attributions ?? [], places: given.places ?? [] });
  return { figures: out.casualties, tally: out.tally, d };
}

/** "killed 74.. combatants" style summary of a figure: kind low..high category. */
export function summary(f: CasualtyFigure): string {
  return `${f.kind} ${f.count.low}..${f.count.high ?? ''} ${f.victims.category}`;
}

/** A hand-built attribution: source and cue are the first occurrences from `from`, content the first at all. */
export function attribution(text: string, id: string, source: string, cue: string, content: string,
  actor: string | null = null, from = 0): Attribution {
  const at = (s: string, after = from): { start: number; end: number; text: string } => {
    const start = text.indexOf(s, after);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { start, end: start + s.length, text: s };
  };
  return { id, source: { ...at(source), actor, name: source }, cue: at(cue), content: at(content, 0), direct: false };
}

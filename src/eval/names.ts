// The catalogue of metric names: `<field>.<metric>` where <field> is the gold key that is scored
// (entity metrics per type add the CoNLL type: `entities.PER.strictF1`). A P/R/F1 family `x.fam` gives
// `x.famP`, `x.famR`, `x.famF1`; a field's headline family gives `x.p`, `x.r`, `x.f1`.
import { prf, type Tallies } from './tallies.js';

export type Better = 'higher' | 'lower' | 'none';

export interface MetricInfo {
  name: string;
  /** the tally it is computed from (a P/R/F1 family key, or the metric's own name). */
  key: string;
  stat: 'p' | 'r' | 'f1' | 'rate' | 'mean' | 'count';
  better: Better;
  /** value range: [0, 1] for ratios; counts and errors are open-ended. */
  ratio: boolean;
  describe: string;
}

const ENTITY_TYPES = ['PER', 'ORG', 'LOC'] as const;

const PRF_FAMILIES: [key: string, describe: string][] = [
  ['dates.strict', 'TIMEX3 spans with exactly the gold offsets'],
  ['dates.relaxed', 'TIMEX3 spans overlapping a gold span'],
  ['dates.value', 'overlapping TIMEX3 spans whose value equals the gold value (TempEval-3 value F1)'],
  ...ENTITY_TYPES.flatMap((t): [string, string][] => [
    [`entities.${t}.strict`, `${t} mentions with exactly the gold offsets`],
    [`entities.${t}.relaxed`, `${t} mentions overlapping a gold ${t} mention`],
  ]),
  ['entities.strict', 'PER+ORG+LOC mentions with exact offsets (micro-average over the three types)'],
  ['entities.relaxed', 'PER+ORG+LOC mentions overlapping a gold mention of the same type (micro-average)'],
  ['toponyms.strict', 'place mentions with exactly the gold toponym offsets'],
  ['toponyms.relaxed', 'place mentions overlapping a gold toponym'],
  ['places', 'distinct places found, by name/alias/mention match (document level)'],
  ['actors', 'distinct actors found, by name/alias/mention match (document level)'],
  ['casualties', 'casualty figures with the gold kind, low and high (strict)'],
  ['casualties.loose', 'casualty figures with the gold kind, overlapping bounds and overlapping evidence'],
  ['attributions.sourceCue', 'attributions whose source and cue overlap the gold ones'],
  ['attributions.sourceContent', 'attributions whose source and content overlap the gold ones'],
];

const RATES: [name: string, better: Better, describe: string][] = [
  ['dates.valueAccuracy', 'higher', 'share of overlapping date spans with the gold value'],
  ['dates.typeAccuracy', 'higher', 'share of overlapping date spans with the gold TIMEX3 type'],
  ['toponyms.acc161', 'higher', 'share of overlapping toponyms with gold coordinates resolved within 161 km'],
  ['toponyms.countryAccuracy', 'higher', 'share of overlapping toponyms with a gold country resolved to it'],
  ['places.countryAccuracy', 'higher', 'share of found gold places given the gold country'],
  ['places.mergeRate', 'lower', 'share of extracted places that match two or more gold places'],
  ['places.splitRate', 'lower', 'share of gold places matched by two or more extracted places'],
  ['actors.typeAccuracy', 'higher', 'share of found gold actors given the gold type'],
  ['actors.mergeRate', 'lower', 'share of extracted actors that match two or more gold actors'],
  ['actors.splitRate', 'lower', 'share of gold actors matched by two or more extracted actors'],
  ['casualties.categoryAccuracy', 'higher', 'share of loosely matched figures with the gold victim category'],
  ['casualties.reporterAccuracy', 'higher', 'share of loosely matched figures credited to the gold source (or to none)'],
  ['tally.killed.exact', 'higher', 'share of documents whose killed tally equals the gold total'],
  ['tally.injured.exact', 'higher', 'share of documents whose injured tally equals the gold total'],
  ['tally.exact', 'higher', 'killed and injured tallies together: share equal to the gold total'],
];

const MEANS: [name: string, describe: string][] = [
  ['tally.killed.mae', 'mean absolute error of the killed tally'],
  ['tally.injured.mae', 'mean absolute error of the injured tally'],
  ['tally.mae', 'mean absolute error of killed and injured tallies together'],
];

const COUNTS: [name: string, better: Better, describe: string][] = [
  ['casualties.notCasualtyFP', 'lower', 'extracted figures overlapping a gold non-casualty number (population, ages, troop sizes…)'],
  ['run.docs', 'none', 'gold documents scored'],
  ['run.missing', 'lower', 'gold documents with no prediction (scored as predicting nothing)'],
  ['run.failed', 'lower', 'gold documents whose prediction is an error record'],
  ['run.spanErrors', 'lower', 'predicted spans whose text does not slice back out of the gold text'],
];

/** P/R/F1 names of a family: `dates.strict` → `dates.strictP`…; a bare field `places` → `places.p`…. */
export function prfNames(key: string): { p: string; r: string; f1: string } {
  return key.includes('.') ? { p: `${key}P`, r: `${key}R`, f1: `${key}F1` } : { p: `${key}.p`, r: `${key}.r`, f1: `${key}.f1` };
}

export const METRICS: readonly MetricInfo[] = [
  ...PRF_FAMILIES.flatMap(([key, describe]) => {
    const n = prfNames(key);
    return (['p', 'r', 'f1'] as const).map((stat): MetricInfo => ({
      name: n[stat], key, stat, better: 'higher', ratio: true,
      describe: `${{ p: 'precision', r: 'recall', f1: 'F1' }[stat]}: ${describe}`,
    }));
  }),
  ...RATES.map(([name, better, describe]): MetricInfo => ({ name, key: name, stat: 'rate', better, ratio: true, describe })),
  ...MEANS.map(([name, describe]): MetricInfo => ({ name, key: name, stat: 'mean', better: 'lower', ratio: false, describe })),
  ...COUNTS.map(([name, better, describe]): MetricInfo => ({ name, key: name, stat: 'count', better, ratio: false, describe })),
];

export const METRIC_BY_NAME: ReadonlyMap<string, MetricInfo> = new Map(METRICS.map((m) => [m.name, m]));

/** The field a metric belongs to: `entities.PER.strictF1` → `entities`. */
export const fieldOf = (name: string): string => name.slice(0, name.indexOf('.'));

/**
 * Every metric the tallies can give, in catalogue order: a number, or null when it has no
 * denominator (a rate over zero matches). Metrics of fields absent from the gold are left out.
 */
export function metricValues(t: Tallies): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const m of METRICS) {
    if (m.stat === 'p' || m.stat === 'r' || m.stat === 'f1') {
      const c = t.prf.get(m.key);
      if (c) out.set(m.name, prf(c)[m.stat]);
    } else if (m.stat === 'rate') {
      const c = t.rate.get(m.key);
      if (c) out.set(m.name, c.n ? c.ok / c.n : null);
    } else if (m.stat === 'mean') {
      const c = t.mean.get(m.key);
      if (c) out.set(m.name, c.n ? c.sum / c.n : null);
    } else {
      const c = t.count.get(m.key);
      if (c !== undefined) out.set(m.name, c);
    }
  }
  return out;
}

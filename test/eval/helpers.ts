import { GoldRecord } from '../../src/eval/gold.js';
import { metricValues } from '../../src/eval/names.js';
import { toPrediction } from '../../src/eval/prediction.js';
import { scoreRecords } from '../../src/eval/score.js';

// A made-up report (not news text): every test's spans index into it.
export const TEXT =
  'On Monday police said five people were killed in Kabul. Officials in Herat said 12 were wounded on 3 May. ' +
  "The town is home to 4,000 people. Reuters reported that the Taliban's spokesman Abdul Karimi claimed the attack on Tuesday.";

/** The span of the n-th occurrence of `needle` in TEXT. */
export function at(needle: string, nth = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" is not in the test text`);
  return { start, end: start + needle.length, text: needle };
}

/** Scores one document; returns metric values (rounded to 4 places for readable expectations). */
export function score(gold: Record<string, unknown>, pred: Record<string, unknown> | null, options: { explain?: boolean } = {}) {
  const record = GoldRecord.parse({ id: 'd1', text: TEXT, published: '2020-05-04', gold });
  const prediction = pred ? toPrediction({ id: 'd1', ok: true, ...pred }) ?? undefined : undefined;
  const set = scoreRecords('test', [record], () => prediction, options);
  const values = metricValues(set.tallies);
  const get = (name: string) => {
    if (!values.has(name)) return undefined;
    const v = values.get(name) ?? null;
    return v === null ? null : Math.round(v * 1e4) / 1e4;
  };
  return { get, values, set };
}

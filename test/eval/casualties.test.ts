import { describe, expect, it } from 'vitest';
import { reporterFits } from '../../src/eval/metrics/casualties.js';
import { at, score } from './helpers.js';

const gold = {
  casualties: [
    { kind: 'killed', low: 5, high: 5, victims: 'people', category: 'people', reportedBy: 'police', evidence: at('five people') },
    { kind: 'injured', low: 12, high: 12, victims: '', category: 'people', reportedBy: 'Herat officials', evidence: at('12') },
  ],
  notCasualties: [at('4,000 people')],
  sources: [{ name: 'Herat officials', aliases: ['Officials in Herat', 'Officials'] }],
};
const figure = (kind: string, low: number, high: number | null, evidence: string, reporter: string | null, category = 'people') => ({
  id: `${kind}${low}`, kind, count: { low, high, qualifier: 'exact', text: evidence },
  victims: { text: '', category },
  reportedBy: reporter === null ? null : { name: reporter, actor: null, mention: at(evidence), cue: 'said' },
  evidence: at(evidence),
});

describe('casualty figures', () => {
  const { get } = score(gold, {
    casualties: [
      figure('killed', 5, 5, 'five people', 'Police'), // strict; reporter by normalised name
      figure('killed', 5, 5, 'five people', 'Police'), // duplicate: false positive
      figure('injured', 12, null, '12', 'Officials', 'civilians'), // "at least 12": loose only; reporter by alias; wrong category
      figure('killed', 4000, 4000, '4,000 people', null), // a population, not a figure
    ],
  });

  it('strict figure P/R/F1 (kind + low + high)', () => {
    expect([get('casualties.p'), get('casualties.r'), get('casualties.f1')]).toEqual([0.25, 0.5, 0.3333]);
  });

  it('loose figure P/R/F1 (kind + overlapping bounds + overlapping evidence)', () => {
    expect([get('casualties.looseP'), get('casualties.looseR'), get('casualties.looseF1')]).toEqual([0.5, 1, 0.6667]);
  });

  it('reporter and category accuracy on loose matches; figures on non-casualty numbers counted', () => {
    expect([get('casualties.reporterAccuracy'), get('casualties.categoryAccuracy'), get('casualties.notCasualtyFP')]).toEqual([1, 0.5, 1]);
  });

  it('a figure with the right kind and bounds but evidence elsewhere is no loose match', () => {
    const r = score({ casualties: [gold.casualties[0]] }, { casualties: [figure('killed', 5, 5, 'Kabul', null)] });
    expect([r.get('casualties.f1'), r.get('casualties.looseF1')]).toEqual([1, 0]);
  });

  it('no figures extracted; no gold figures', () => {
    const none = score(gold, { casualties: [] });
    expect([none.get('casualties.p'), none.get('casualties.r'), none.get('casualties.reporterAccuracy'), none.get('casualties.notCasualtyFP')]).toEqual([0, 0, null, 0]);
    const empty = score({ casualties: [] }, { casualties: [figure('killed', 5, 5, 'five people', null)] });
    expect([empty.get('casualties.p'), empty.get('casualties.r'), empty.get('casualties.notCasualtyFP')]).toEqual([0, 1, undefined]);
  });

  const g = (reportedBy: string | null) => ({ kind: 'killed', low: 1, high: 1, reportedBy });
  const p = (reporter: string | null) => ({ kind: 'killed', low: 1, high: 1, category: 'people', reporter, evidence: null, text: '' });
  it.each([
    [null, null, true],
    ['police', 'the police', true],
    ['Herat officials', 'officials', true], // alias of the gold source
    ['Herat officials', 'Officials in Herat', true],
    // false positives
    [null, 'police', false], // the article's own voice, credited to someone
    ['police', null, false],
    ['police', 'Officials', false],
    ['Herat officials', 'Herat', false],
  ])('gold reporter %j, extracted %j → %s', (gold_, pred, want) => {
    expect(reporterFits(g(gold_), p(pred), { sources: gold.sources })).toBe(want);
  });
});

describe('tally', () => {
  it.each([
    // gold, predicted tally, killed.exact, injured.exact, killed.mae, injured.mae, tally.exact, tally.mae
    [{ killed: 5, injured: 12 }, { killed: { low: 4, best: 5, high: 6 } }, 1, 0, 0, 12, 0.5, 6], // a missing kind is 0
    [{ killed: 5, injured: 12 }, { killed: 3, injured: { low: 10, best: null, high: null } }, 0, 0, 2, 2, 0, 2], // bare number; best null → low
    [{ killed: null, injured: 2 }, { killed: 7, injured: { low: 1, best: 2, high: 3 } }, undefined, 1, undefined, 0, 1, 0], // a null gold kind is not scored
    [{ killed: 0, injured: 0 }, undefined, 1, 1, 0, 0, 1, 0], // no tally at all: zeros
  ])('gold %j, predicted %j', (goldTally, tally, ke, ie, km, im, te, tm) => {
    const { get } = score({ tally: goldTally }, tally === undefined ? {} : { tally });
    expect([get('tally.killed.exact'), get('tally.injured.exact'), get('tally.killed.mae'), get('tally.injured.mae'), get('tally.exact'), get('tally.mae')])
      .toEqual([ke, ie, km, im, te, tm]);
  });
});

describe('attributions', () => {
  const gold = {
    attributions: [
      { source: at('police'), cue: at('said'), content: at('five people were killed in Kabul') },
      { source: at('Officials in Herat'), cue: at('said', 1), content: at('12 were wounded on 3 May') },
      { source: at('Reuters'), cue: at('reported'), content: at("the Taliban's spokesman Abdul Karimi claimed the attack on Tuesday") },
    ],
  };
  const attr = (source: string, cue: [string, number], content: string | null) => ({
    id: source, source: { ...at(source), actor: null, name: source }, cue: at(...cue), ...(content ? { content: at(content) } : {}), direct: false,
  });

  it('source+cue and source+content overlap P/R/F1', () => {
    const { get } = score(gold, {
      attributions: [
        attr('police', ['said', 0], 'five people were killed'),
        attr('Herat', ['said', 1], null), // no content: source+cue only
        attr('Reuters', ['claimed', 0], 'Abdul Karimi'), // wrong cue: source+content only
        attr('police', ['said', 0], 'five people were killed'), // duplicate
        attr('Reuters', ['reported', 0], null),
      ],
    });
    expect([get('attributions.sourceCueP'), get('attributions.sourceCueR'), get('attributions.sourceCueF1')]).toEqual([0.6, 1, 0.75]);
    expect([get('attributions.sourceContentP'), get('attributions.sourceContentR'), get('attributions.sourceContentF1')]).toEqual([0.4, 0.6667, 0.5]);
  });

  it('an attribution without a cue is not scored', () => {
    const { get } = score(gold, { attributions: [{ id: 'x', source: { ...at('police'), actor: null, name: 'police' }, content: at('five people'), direct: false }] });
    expect([get('attributions.sourceCueP'), get('attributions.sourceContentR')]).toEqual([0, 0]);
  });
});

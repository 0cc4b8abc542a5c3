import { describe, expect, it } from 'vitest';
import { checkGates, describeGate, findConfig, makeGate, mergeGates, parseGate, readConfig, GateError } from '../../src/eval/gates.js';
import { METRICS, prfNames } from '../../src/eval/names.js';
import { formatJson } from '../../src/eval/report/json.js';
import { formatJunit, xmlEscape } from '../../src/eval/report/junit.js';
import type { EvalReport } from '../../src/eval/report/model.js';
import { formatTable } from '../../src/eval/report/table.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at, score } from './helpers.js';
import { xmlProblems } from './xml.js';

describe('metric names', () => {
  it('are unique, <field>.<metric>, and P/R/F1 families follow one rule', () => {
    const names = METRICS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^(?:dates|entities|toponyms|places|actors|casualties|tally|attributions|run)\.[\w.]+$/);
    expect(prfNames('dates.value')).toEqual({ p: 'dates.valueP', r: 'dates.valueR', f1: 'dates.valueF1' });
    expect(prfNames('casualties')).toEqual({ p: 'casualties.p', r: 'casualties.r', f1: 'casualties.f1' });
    expect(names).toEqual(expect.arrayContaining(['dates.valueF1', 'casualties.f1', 'entities.PER.strictF1', 'toponyms.acc161', 'tally.killed.mae']));
  });
});

describe('gates', () => {
  it.each([
    ['dates.valueF1=0.8', { metric: 'dates.valueF1', op: '>=', threshold: 0.8 }],
    ['casualties.f1=1', { metric: 'casualties.f1', op: '>=', threshold: 1 }],
    ['tally.killed.mae=2.5', { metric: 'tally.killed.mae', op: '>=', threshold: 2.5 }], // errors may exceed 1
  ])('%s', (spec, want) => {
    expect(parseGate(spec, '>=', '--min')).toEqual({ ...want, origin: '--min' });
  });

  it.each([
    ['dates.f1=0.8', /unknown metric "dates.f1"[^\n]*\n[\s\S]*dates.strictP/], // lists the valid names
    ['dates.valueF1', /expected METRIC=VALUE/],
    ['dates.valueF1=high', /bad threshold "high"/],
    ['dates.valueF1=1.5', /from 0 to 1/],
    ['dates.valueF1=-0.1', /from 0 to 1/],
    ['dates.valueF1=', /bad threshold/],
  ])('rejects %s', (spec, message) => {
    expect(() => parseGate(spec, '>=', '--min')).toThrow(GateError);
    expect(() => parseGate(spec, '>=', '--min')).toThrow(message);
  });

  it('pass, fail, and skip when the gold does not measure the metric', () => {
    const values = new Map<string, number | null>([['dates.valueF1', 0.75], ['run.failed', 0], ['dates.valueAccuracy', null]]);
    const results = checkGates([
      makeGate('dates.valueF1', 0.75, '>=', 'x'),
      makeGate('dates.valueF1', 0.8, '>=', 'x'),
      makeGate('run.failed', 0, '<=', 'x'),
      makeGate('dates.valueAccuracy', 0.5, '>=', 'x'),
      makeGate('casualties.f1', 0.5, '>=', 'x'),
    ], values);
    expect(results.map((r) => r.status)).toEqual(['pass', 'fail', 'pass', 'skip', 'skip']);
  });

  it('reads a config file; flags replace config gates on the same metric', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-config-'));
    writeFileSync(join(dir, 'sitrep.eval.json'), JSON.stringify({ gold: ['gold/a.jsonl'], min: { 'dates.valueF1': 0.5, 'casualties.f1': 0.9 }, max: { 'run.failed': 0 } }));
    const config = findConfig(undefined, dir);
    expect(config?.gold).toEqual([join(dir, 'gold/a.jsonl')]);
    const merged = mergeGates(config?.gates ?? [], [parseGate('dates.valueF1=0.7', '>=', '--min')]);
    expect(merged.map((g) => `${g.metric} ${g.op} ${g.threshold}`)).toEqual(['casualties.f1 >= 0.9', 'run.failed <= 0', 'dates.valueF1 >= 0.7']);
    expect(findConfig(undefined, tmpdir() + '/nonexistent-dir')).toBeNull();
  });

  it('reads gates set on one gold file; flags replace only gates on all files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-config-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ gold: ['a.jsonl', { path: 'seed.jsonl', min: { 'places.r': 1 }, max: { 'run.failed': 0 } }], min: { 'places.r': 0.8 } }));
    const config = readConfig(join(dir, 'c.json'));
    expect(config.gold).toEqual([join(dir, 'a.jsonl'), join(dir, 'seed.jsonl')]);
    expect(config.gates.map(describeGate)).toEqual(['places.r >= 0.8', 'places.r >= 1 on seed.jsonl', 'run.failed <= 0 on seed.jsonl']);
    const merged = mergeGates(config.gates, [parseGate('places.r=0.5', '>=', '--min')]);
    expect(merged.map(describeGate)).toEqual(['places.r >= 1 on seed.jsonl', 'run.failed <= 0 on seed.jsonl', 'places.r >= 0.5']);
  });

  it('a gate set on one file checks that file, and is skipped when the file was not scored', () => {
    const all = new Map([['places.r', 0.9]]);
    const byFile = new Map([['/g/seed.jsonl', new Map([['places.r', 0.5]])]]);
    const gate = (file: string) => ({ ...makeGate('places.r', 0.8, '>=', 'c.json'), file });
    expect(checkGates([gate('/g/seed.jsonl'), gate('/g/other.jsonl'), makeGate('places.r', 0.8, '>=', 'c.json')], all, byFile).map((r) => [r.status, r.value]))
      .toEqual([['fail', 0.5], ['skip', null], ['pass', 0.9]]);
  });

  it.each([
    [{ gold: [{ file: 'a.jsonl' }] }, /expected a file path, or \{ "path"/],
    [{ gold: [{ path: 'a.jsonl', minimum: {} }] }, /unknown key\(s\) minimum/],
    [{ gold: [{ path: 'a.jsonl', min: { 'dates.f1': 1 } }] }, /unknown metric "dates.f1"/],
    [{ gold: [3] }, /expected a file path/],
  ])('rejects gold entry %j', (config, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-config-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify(config));
    expect(() => readConfig(join(dir, 'c.json'))).toThrow(message);
  });

  it.each([
    [{ min: { 'dates.valueF2': 0.5 } }, /unknown metric "dates.valueF2"/],
    [{ minimum: { 'dates.valueF1': 0.5 } }, /unknown key\(s\) minimum/],
    [{ min: { 'dates.valueF1': '0.5x' } }, /bad threshold/],
    [{ gold: 'a.jsonl' }, /"gold" must be a list/],
  ])('rejects config %j', (config, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-config-'));
    writeFileSync(join(dir, 'c.json'), JSON.stringify(config));
    expect(() => readConfig(join(dir, 'c.json'))).toThrow(message);
  });
});

function report(): EvalReport {
  const s = score(
    { dates: [{ ...at('Monday'), type: 'DATE', value: '2020-05-04' }], tally: { killed: 5 } },
    { dates: [{ ...at('On Monday'), type: 'date', value: '2020-05-05', anchored: true }, { ...at('Kabul'), type: 'date', value: null, anchored: false }] },
    { explain: true },
  ).set;
  const set = { ...s, label: 'gold <"odd"> & name.jsonl' };
  return {
    sets: [set], overall: set, badPredictionLines: [],
    gates: checkGates([makeGate('dates.relaxedF1', 0.5, '>=', '--min'), makeGate('dates.valueF1', 0.5, '>=', 'sitrep.eval.json'), makeGate('casualties.f1', 0.1, '>=', '--min')],
      new Map([['dates.relaxedF1', 2 / 3], ['dates.valueF1', 0]])),
  };
}

describe('reports', () => {
  it('JUnit: well-formed XML, one test case per gate, failures and skips counted, names escaped', () => {
    const xml = formatJunit(report(), 0.25);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('name="dates.relaxedF1 &gt;= 0.5"');
    expect(xml).toContain('<failure type="gate" message="dates.valueF1 = 0 (required &gt;= 0.5, set in sitrep.eval.json)"');
    expect(xml).toContain('value="gold &lt;&quot;odd&quot;&gt; &amp; name.jsonl"');
  });

  it('the XML checker itself rejects broken documents', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1 & 2"/>')).not.toEqual([]);
    expect(xmlProblems('<a>1 < 2</a>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a>\u0001</a>')).not.toEqual([]);
  });

  it.each([
    ['a & b', 'a &amp; b'],
    ['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 and \uFFFF', 'bell\uFFFD and \uFFFD'],
    ['emoji 🙂 stays', 'emoji 🙂 stays'],
  ])('xmlEscape(%j)', (input, want) => {
    expect(xmlEscape(input)).toBe(want);
  });

  it('JSON: metrics, counts, gates and explanations', () => {
    const json = JSON.parse(formatJson(report(), true));
    expect(json.passed).toBe(false);
    expect(json.overall.metrics['dates.relaxedF1']).toBe(0.666667);
    expect(json.overall.counts['dates.relaxed']).toEqual({ tp: 1, tpPred: 1, pred: 2, gold: 1 });
    expect(json.gates.map((g: { status: string }) => g.status)).toEqual(['pass', 'fail', 'skip']);
    expect(json.files[0].explanations.map((e: { verdict: string }) => e.verdict)).toEqual(['false positive', 'wrong', 'wrong']);
  });

  it('table: every measured metric, the gates, and each explanation with its sentence', () => {
    const text = formatTable(report(), false);
    for (const name of ['dates.strict{P,R,F1}', 'dates.value{P,R,F1}', 'dates.valueAccuracy', 'tally.killed.exact', 'tally.mae']) expect(text).toContain(name);
    expect(text).toMatch(/✗ dates\.valueF1 >= 0\.5 +0\.000 +FAILED/);
    expect(text).toMatch(/- casualties\.f1 >= 0\.1 +not measured/);
    expect(text).toContain('dates wrong "Monday": span "On Monday"; value 2020-05-05 for gold 2020-05-04');
    expect(text).toContain('│ On Monday police said five people were killed in Kabul.');
    expect(text).toContain('tally wrong killed 0 for gold 5');
    expect(text).not.toContain('\u001b[');
  });
});

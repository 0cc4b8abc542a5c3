import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, sitrep } from '../helpers.js';
import { at, TEXT } from './helpers.js';
import { xmlProblems } from './xml.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-eval-cli-'));
const file = (name: string, lines: unknown[]) => {
  const p = join(tmp, name);
  writeFileSync(p, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return p;
};
const gold = file('gold.jsonl', [
  { id: 'a', text: TEXT, published: '2020-05-04', gold: { dates: [{ ...at('Monday'), type: 'DATE', value: '2020-05-04' }, { ...at('3 May'), type: 'DATE', value: '2020-05-03' }] } },
  { id: 'b', text: TEXT, published: null, gold: { tally: { killed: 5, injured: 12 } } },
]);
const pred = file('pred.ndjson', [
  { id: 'a', ok: true, dates: [{ ...at('Monday'), type: 'date', value: '2020-05-04' }], places: [], actors: [], casualties: [] },
  { id: 'b', ok: true, dates: [], places: [], actors: [], casualties: [], tally: { killed: { low: 5, best: 5, high: 5 } } },
]);
const evalRun = (...args: string[]) => sitrep(['eval', ...args, '--no-config']);

describe('sitrep eval --pred', () => {
  it('prints every measured metric; exit 0 without gates', () => {
    const r = evalRun(gold, '--pred', pred);
    expect(r.status).toBe(0);
    for (const m of ['dates.strict{P,R,F1}', 'dates.value{P,R,F1}', 'dates.valueAccuracy', 'tally.killed.exact', 'tally.injured.mae', 'tally.mae']) expect(r.stdout).toContain(m);
    expect(r.stdout).toMatch(/dates\.strict\{P,R,F1\} +1\.000 +0\.500 +0\.667/);
  });

  it('--json gives the numbers', () => {
    const json = JSON.parse(evalRun(gold, '--pred', pred, '--json').stdout);
    expect(json.overall.metrics).toMatchObject({ 'dates.strictF1': 0.666667, 'tally.killed.exact': 1, 'tally.injured.mae': 12, 'run.docs': 2, 'run.missing': 0 });
    expect(json.passed).toBe(true);
  });

  it('a failing gate exits 1 and is named; passing and unmeasured gates do not fail', () => {
    const r = evalRun(gold, '--pred', pred, '--min', 'dates.strictF1=0.6', '--min', 'dates.valueR=0.9', '--max', 'tally.mae=7', '--min', 'casualties.f1=0.5');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 gate failed: dates.valueR >= 0.9 (got 0.5000)');
    expect(r.stdout).toMatch(/✓ dates\.strictF1 >= 0\.6/);
    expect(r.stdout).toMatch(/- casualties\.f1 >= 0\.5 +not measured/);
  });

  it('--junit writes well-formed JUnit XML with one test case per gate', () => {
    const out = join(tmp, 'junit.xml');
    const r = evalRun(gold, '--pred', pred, '--junit', out, '--min', 'dates.strictF1=0.6', '--min', 'dates.valueR=0.9');
    expect(r.status).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('tests="2" failures="1"');
  });

  it('--explain shows misses with their sentence', () => {
    const r = evalRun(gold, '--pred', pred, '--explain');
    expect(r.stdout).toContain('dates miss "3 May" DATE 2020-05-03 not found');
    expect(r.stdout).toContain('│ Officials in Herat said 12 were wounded on 3 May.');
    expect(r.stdout).toContain('tally wrong injured 0 for gold 12');
  });

  it('a prediction missing for a document scores it as finding nothing', () => {
    const partial = file('partial.ndjson', [{ id: 'b', ok: true, tally: { killed: 5, injured: 12 } }, 'not json']);
    const json = JSON.parse(evalRun(gold, '--pred', partial, '--json').stdout);
    expect(json.overall.metrics).toMatchObject({ 'run.missing': 1, 'dates.strictR': 0, 'tally.exact': 1 });
    expect(json.badPredictionLines).toEqual([{ path: partial, lines: 1 }]);
  });
});

describe('sitrep eval: usage errors exit 2', () => {
  it.each([
    [['--min', 'dates.f1=0.8'], /unknown metric "dates\.f1"[\s\S]*dates\.valueF1/],
    [['--min', 'dates.valueF1=2'], /from 0 to 1/],
    [['--max', 'dates.valueF1'], /expected METRIC=VALUE/],
    [['--pred', pred, '--pred', pred, '--pred', pred], /one --pred file for all gold files, or one per gold file/],
    [['--pred', join(tmp, 'nope.ndjson')], /cannot read predictions/],
  ])('%j', (args, message) => {
    const r = evalRun(gold, ...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('no gold file, an unreadable one, one that is not gold', () => {
    expect(evalRun().status).toBe(2);
    expect(evalRun(join(tmp, 'missing.jsonl')).stderr).toMatch(/cannot read .*missing\.jsonl: ENOENT/);
    const notGold = file('not-gold.jsonl', [{ id: 'x', text: 'hello' }]);
    const r = evalRun(notGold, '--pred', pred);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not-gold\.jsonl:1: gold/);
  });

  it('--list-metrics prints every name with its meaning', () => {
    const r = evalRun('--list-metrics');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ {2}dates\.valueF1 +F1: overlapping TIMEX3 spans whose value equals the gold value/m);
  });
});

describe('sitrep eval: sitrep.eval.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-cfg-'));
  writeFileSync(join(dir, 'sitrep.eval.json'), JSON.stringify({ gold: [gold], min: { 'dates.valueR': 0.9 } }));
  const inDir = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, 'eval', ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is picked up from the working directory: its gold files and gates', () => {
    const r = inDir('--pred', pred);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dates.valueR >= 0.9');
  });

  it('a flag replaces the config gate on the same metric; --no-config ignores the file', () => {
    expect(inDir('--pred', pred, '--min', 'dates.valueR=0.5').status).toBe(0);
    expect(inDir(gold, '--pred', pred, '--no-config').status).toBe(0);
  });
});

describe('sitrep eval: gates set on one gold file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-file-gates-'));
  // gold.jsonl finds 1 of its 2 dates (valueR .5); other.jsonl finds its one date (valueR 1); together 2 of 3
  const other = join(dir, 'other.jsonl');
  writeFileSync(other, JSON.stringify({ id: 'c', text: TEXT, published: '2020-05-04', gold: { dates: [{ ...at('Monday'), type: 'DATE', value: '2020-05-04' }] } }) + '\n');
  const preds = join(dir, 'pred.ndjson');
  writeFileSync(preds, readFileSync(pred, 'utf8') + JSON.stringify({ id: 'c', ok: true, dates: [{ ...at('Monday'), type: 'date', value: '2020-05-04' }], places: [], actors: [], casualties: [] }) + '\n');
  const run = (config: unknown) => {
    writeFileSync(join(dir, 'c.json'), JSON.stringify(config));
    return sitrep(['eval', '--config', join(dir, 'c.json'), '--pred', preds]);
  };

  it("check that file's scores alone, beside the gates on all files together", () => {
    const r = run({ gold: [gold, { path: 'other.jsonl', min: { 'dates.valueR': 0.9 } }], min: { 'dates.valueR': 0.6 } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ dates\.valueR >= 0\.9 on other\.jsonl +1\.000/);
    expect(r.stdout).toMatch(/✓ dates\.valueR >= 0\.6 +0\.667/);
  });

  it('fail on their own file even when all files together pass', () => {
    const r = run({ gold: [{ path: gold, min: { 'dates.valueR': 0.6 } }, 'other.jsonl'], min: { 'dates.valueR': 0.6 } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 gate failed: dates.valueR >= 0.6 on gold.jsonl (got 0.5000)');
  });
});

describe('sitrep eval without --pred: runs extraction on the gold texts', () => {
  it('scores the seed article end to end', () => {
    const r = sitrep(['eval', 'fixtures/seed/seed.jsonl', '--json', '--no-config']);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout).overall.metrics;
    expect(m).toMatchObject({ 'run.docs': 1, 'run.missing': 0, 'run.failed': 0, 'run.spanErrors': 0 });
    for (const name of ['dates.valueF1', 'toponyms.relaxedF1', 'places.r', 'actors.r', 'casualties.f1', 'casualties.looseF1']) {
      expect(m[name]).toBeGreaterThanOrEqual(0);
    }
  });
});

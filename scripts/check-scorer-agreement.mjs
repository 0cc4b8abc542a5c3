#!/usr/bin/env node
// CI check: `sitrep eval --pred` and the reference scorer (shared/tools/score.mjs) must give the same
// numbers for every metric both compute, on every dev set. Each dev set is scored twice: on what the
// current build extracts, and on a perturbed copy of the gold (scripts/perturb-gold.mjs), which
// exercises every matching rule even while extractors find little.
// usage: node scripts/check-scorer-agreement.mjs [EVAL_DIR] [--score SCORE.mjs] [--keep DIR]
//   EVAL_DIR defaults to $SITREP_SHARED_EVAL, else ../shared/eval (beside the repository);
//   score.mjs to EVAL_DIR/../tools/score.mjs.
//   Run `npm run build` first. Exit 0: all agree (or skipped); 1: a metric differs.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { perturb } from './perturb-gold.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const scorePath = option('--score');
const keep = option('--keep');
const evalDir = path.resolve(args[0] ?? process.env.SITREP_SHARED_EVAL ?? path.join(root, '..', 'shared', 'eval'));
if (!fs.existsSync(evalDir)) {
  console.log(`skipped: ${args[0] ?? process.env.SITREP_SHARED_EVAL ?? '../shared/eval'} not found`);
  process.exit(0);
}
const scorer = path.resolve(scorePath ?? path.join(evalDir, '..', 'tools', 'score.mjs'));
if (!fs.existsSync(scorer)) {
  console.log(`skipped: ${scorer} not found`);
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
  console.error('check-scorer-agreement: run `npm run build` first (dist/ is missing)');
  process.exit(2);
}
const { extract } = await import(path.join(root, 'dist', 'index.js'));
const work = keep ? path.resolve(keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-agreement-'));
fs.mkdirSync(work, { recursive: true });

// score.mjs name → sitrep eval name (P/R/F1 families give P, R, F1; the rest one value each)
const PRF = (ref) => {
  const key = ref.replace(/\.doc$/, '').replace(/^casualties\.strict$/, 'casualties');
  return { key, names: key.includes('.') ? [`${key}P`, `${key}R`, `${key}F1`] : [`${key}.p`, `${key}.r`, `${key}.f1`] };
};
const RENAMED = {
  'dates.valueAccuracyOnMatched': 'dates.valueAccuracy',
  'toponyms.acc161OnMatched': 'toponyms.acc161',
  'toponyms.countryOnMatched': 'toponyms.countryAccuracy',
  'places.merged': 'places.mergeRate',
  'places.split': 'places.splitRate',
  'places.countryOnMatched': 'places.countryAccuracy',
  'actors.merged': 'actors.mergeRate',
  'actors.split': 'actors.splitRate',
  'actors.typeOnMatched': 'actors.typeAccuracy',
  'casualties.reporterOnMatched': 'casualties.reporterAccuracy',
  'casualties.categoryOnMatched': 'casualties.categoryAccuracy',
  'casualties.notCasualtyFalsePositives': 'casualties.notCasualtyFP',
};
// sitrep eval reports 5 decimals and score.mjs 4, so re-rounding ours can land one unit off in the 4th
// decimal (6659/8574 = 0.776650…: 0.7767 there, 0.77665 → 0.7766 here). The exact tp/pred/gold counts are
// compared as strings beside every P/R/F1, so this tolerance hides no real disagreement.
const agree = (a, b) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1.000001e-4);
const r4 = (x) => (x === null || x === undefined ? null : +x.toFixed(4));
const r3 = (x) => (x === null || x === undefined ? null : +x.toFixed(3));

/** Every (name, reference value, our value) pair the two scorers share. */
function pairs(ref, ours) {
  const out = [];
  const m = ours.overall.metrics;
  const counts = ours.overall.counts;
  for (const k of ['missing', 'failed', 'spanErrors']) out.push([`run.${k}`, ref[k], m[`run.${k}`] ?? null]);
  for (const [name, v] of Object.entries(ref.metrics)) {
    if (typeof v === 'number') out.push([RENAMED[name] ?? name, v, m[RENAMED[name] ?? name] ?? null]);
    else if ('p' in v) {
      const { key, names } = PRF(name);
      names.forEach((n, i) => out.push([n, [v.p, v.r, v.f][i], r4(m[n])]));
      out.push([`${key} tp/pred/gold`, `${v.tp}/${v.pred}/${v.gold}`, counts[key] ? `${counts[key].tp}/${counts[key].pred}/${counts[key].gold}` : null]);
    } else if ('rate' in v) {
      const n = RENAMED[name] ?? name;
      out.push([n, v.rate, r4(m[n])], [`${n} n`, v.n, counts[n]?.n ?? 0]);
    } else if ('mean' in v) {
      out.push([name, v.mean, r3(m[name])], [`${name} n`, v.n, counts[name]?.n ?? 0]);
    } else out.push([name, JSON.stringify(v), 'unknown to sitrep eval']);
  }
  // metrics of ours the reference should have computed too (it leaves out rates over nothing)
  for (const [name, value] of Object.entries(m)) {
    const known = out.some(([n]) => n === name);
    const ourOnly = /^(?:entities\.(?:strict|relaxed)|dates\.typeAccuracy|tally\.(?:exact|mae)|run\.docs)/.test(name);
    if (!known && !ourOnly && value !== null) {
      out.push([name, null, r4(value)]);
    }
  }
  return out;
}

const sitrep = path.join(root, 'bin', 'sitrep');
const run = (cmd, argv) => execFileSync(cmd, argv, { encoding: 'utf8', maxBuffer: 256 << 20 });
let disagreements = 0;
let compared = 0;
const files = fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort();
for (const file of files) {
  const goldPath = path.join(evalDir, file);
  const records = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const variants = {
    extracted: records.map((r) => extract({ id: String(r.id), text: r.text, published: r.published ?? null })),
    perturbed: records.map((r) => perturb(r)),
  };
  for (const [variant, preds] of Object.entries(variants)) {
    const predPath = path.join(work, `${file.replace(/\.jsonl$/, '')}.${variant}.ndjson`);
    fs.writeFileSync(predPath, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
    const ref = JSON.parse(run(process.execPath, [scorer, goldPath, predPath, '--json']));
    const ours = JSON.parse(run(process.execPath, [sitrep, 'eval', goldPath, '--pred', predPath, '--json', '--no-config']));
    const rows = pairs(ref, ours);
    const bad = rows.filter(([, a, b]) => !agree(a, b));
    compared += rows.length;
    disagreements += bad.length;
    console.log(`${bad.length ? 'DIFFER' : 'agree '} ${file} (${variant}): ${rows.length} values compared`);
    for (const [name, a, b] of bad) console.log(`    ${name}: score.mjs ${a}  sitrep eval ${b}`);
  }
}
if (!keep) fs.rmSync(work, { recursive: true, force: true });
console.log(disagreements ? `FAILED: ${disagreements} of ${compared} values differ` : `ok: ${compared} values agree on ${files.length} dev sets`);
process.exit(disagreements ? 1 : 0);

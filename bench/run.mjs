#!/usr/bin/env node
// npm run bench: throughput of the whole pipeline next to bare wink-nlp on the same texts, peak memory,
// and the wall time of one article through the CLI. It prints figures; it never fails a build.
// BENCH_ARTICLES=n (corpus size), BENCH_PASSES=n (best of n passes), BENCH_BATCH=0 (skip the batch bench),
// SITREP_SHARED_EVAL=dir (dev-set texts; default ../shared/eval).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, countWords } from './corpus.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const minArticles = Number(process.env.BENCH_ARTICLES ?? 2000);

const t0 = performance.now();
const { extract, defaultStages } = await import('../dist/index.js');
const { wink } = await import('../dist/document/nlp.js');
const importMs = performance.now() - t0;

const { articles, distinct, source } = loadCorpus(minArticles);
const words = articles.reduce((n, a) => n + countWords(a.text), 0);
const fmt = (n, d = 0) => n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

console.log(`corpus: ${fmt(articles.length)} articles (${fmt(distinct)} distinct; ${source}), ${fmt(words)} words, ${fmt(words / articles.length)} words/article`);

// warm-up: model load, lexicons, gazetteer
const tw = performance.now();
extract({ text: articles[0].text, published: articles[0].published });
const warmMs = performance.now() - tw;
// then a few hundred more, so the timed loops measure compiled code, as a long batch run does
for (const a of articles.slice(1, 300)) extract({ text: a.text, published: a.published });

// The machine may be shared: each loop is timed in CPU time (this process's user + system), which is what
// one core would take when idle, and the best of BENCH_PASSES passes is kept. Wall time is printed too.
const passes = Math.max(1, Number(process.env.BENCH_PASSES ?? 1));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** best CPU and wall seconds of `passes` runs of fn. */
function timeBest(fn) {
  let cpu = Infinity;
  let wall = Infinity;
  for (let p = 0; p < passes; p++) {
    const c = cpuMs();
    const w = performance.now();
    fn();
    cpu = Math.min(cpu, (cpuMs() - c) / 1000);
    wall = Math.min(wall, (performance.now() - w) / 1000);
  }
  return { cpu, wall };
}

// Two wink-nlp references: the package as anyone would use it (its own model, default pipe: the "bare
// wink-nlp" of the target), and the instance sitrep reads with (its pipe, sbd + pos, is lighter and faster).
const { createRequire } = await import('node:module');
const requireHere = createRequire(import.meta.url);
const stockWink = requireHere('wink-nlp')(requireHere('wink-eng-lite-web-model'));
const stockT = timeBest(() => {
  for (const a of articles) stockWink.readDoc(a.text);
});
const nlp = wink();
const winkT = timeBest(() => {
  for (const a of articles) nlp.readDoc(a.text);
});
const winkSec = winkT.cpu;

let failed = 0;
const pipeT = timeBest(() => {
  failed = 0;
  for (const a of articles) {
    const r = extract({ text: a.text, published: a.published });
    if (!r.ok) failed++;
  }
});
const pipeSec = pipeT.cpu;

// the same articles again with each stage timed (CPU time), to see where the time goes; best pass kept
let stageMs = new Map();
let timedMs = Infinity;
for (let p = 0; p < passes; p++) {
  const acc = new Map(defaultStages.map((s) => [s.name, 0]));
  const timed = defaultStages.map((stage) => ({
    name: stage.name,
    run(doc, found) {
      const s = cpuMs();
      const out = stage.run(doc, found);
      acc.set(stage.name, acc.get(stage.name) + cpuMs() - s);
      return out;
    },
  }));
  const c = cpuMs();
  for (const a of articles) extract({ text: a.text, published: a.published }, { stages: timed });
  const ms = cpuMs() - c;
  if (ms < timedMs) {
    timedMs = ms;
    stageMs = acc;
  }
}
const stagesTotal = [...stageMs.values()].reduce((x, y) => x + y, 0);

const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`load:     import ${fmt(importMs)} ms, first article (model + lexicons + gazetteer) ${fmt(warmMs)} ms`);
console.log(`timing: CPU time, best of ${passes} pass${passes === 1 ? '' : 'es'} (BENCH_PASSES); wall: stock wink ${fmt(stockT.wall, 2)} s, sitrep's wink ${fmt(winkT.wall, 2)} s, sitrep ${fmt(pipeT.wall, 2)} s`);
console.log(`wink-nlp readDoc alone: stock (default pipe) ${fmt(articles.length / stockT.cpu)} articles/s, ${fmt(words / stockT.cpu)} words/s; sitrep's pipe (sbd, pos) ${fmt(articles.length / winkSec)} articles/s, ${fmt(words / winkSec)} words/s`);
console.log(`sitrep extract (1 core): ${fmt(articles.length / pipeSec)} articles/s, ${fmt(words / pipeSec)} words/s, ${fmt((pipeSec * 1000) / articles.length, 2)} ms/article, ${failed} error records`);
console.log(`ratio to bare wink-nlp: ${fmt(stockT.cpu / pipeSec, 2)} to stock readDoc (target >= 0.35), ${fmt(winkSec / pipeSec, 2)} to sitrep's lighter readDoc; per 400 words: ${fmt((pipeSec * 1000 * 400) / words, 2)} ms (target <= 2.5 ms, i.e. >= 400 articles/s)`);
console.log(`per stage, ms/article: ${[...stageMs].map(([n, ms]) => `${n} ${fmt(ms / articles.length, 3)}`).join(', ')}; analyse + validate ${fmt((timedMs - stagesTotal) / articles.length, 3)}`);
console.log(`peak RSS: ${fmt(rssMb)} MB`);

// one article through the CLI, as a user piping from the shell would run it
const bin = path.join(root, 'bin', 'sitrep');
const seedFile = path.join(root, 'fixtures', 'seed', 'article.txt');
const walls = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  const r = spawnSync(process.execPath, [bin, 'extract', seedFile, '--published', '2018-04-27'], { encoding: 'utf8' });
  walls.push(performance.now() - s);
  if (r.status !== 0) console.log(`CLI failed: ${r.stderr}`);
}
walls.sort((a, b) => a - b);
console.log(`CLI, one article (seed), wall: median ${fmt(walls[2])} ms, best ${fmt(walls[0])} ms (target <= 500 ms)`);

// batch mode figures, when that bench exists
const batchBench = path.join(root, 'bench', 'batch.mjs');
if (process.env.BENCH_BATCH === '0') console.log('batch bench skipped (BENCH_BATCH=0)');
else if (fs.existsSync(batchBench)) {
  try {
    execFileSync(process.execPath, [batchBench], { stdio: 'inherit' });
  } catch (err) {
    console.log(`batch bench failed (exit ${err.status})`);
  }
}

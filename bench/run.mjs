#!/usr/bin/env node
// npm run bench: throughput of the whole pipeline next to bare wink-nlp on the same texts, peak memory,
// and the wall time of one article through the CLI. It prints figures; it never fails a build.
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

const nlp = wink();
let t = performance.now();
for (const a of articles) nlp.readDoc(a.text);
const winkSec = (performance.now() - t) / 1000;

let failed = 0;
t = performance.now();
for (const a of articles) {
  const r = extract({ text: a.text, published: a.published });
  if (!r.ok) failed++;
}
const pipeSec = (performance.now() - t) / 1000;

// the same articles again with each stage timed, to see where the time goes
const stageMs = new Map(defaultStages.map((s) => [s.name, 0]));
const timed = defaultStages.map((stage) => ({
  name: stage.name,
  run(doc, found) {
    const s = performance.now();
    const out = stage.run(doc, found);
    stageMs.set(stage.name, stageMs.get(stage.name) + performance.now() - s);
    return out;
  },
}));
t = performance.now();
for (const a of articles) extract({ text: a.text, published: a.published }, { stages: timed });
const timedMs = performance.now() - t;
const stagesTotal = [...stageMs.values()].reduce((x, y) => x + y, 0);

const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`load:     import ${fmt(importMs)} ms, first article (model + lexicons + gazetteer) ${fmt(warmMs)} ms`);
console.log(`wink-nlp readDoc alone: ${fmt(articles.length / winkSec)} articles/s, ${fmt(words / winkSec)} words/s`);
console.log(`sitrep extract (1 core): ${fmt(articles.length / pipeSec)} articles/s, ${fmt(words / pipeSec)} words/s, ${fmt((pipeSec * 1000) / articles.length, 2)} ms/article, ${failed} error records`);
console.log(`ratio to bare wink-nlp: ${fmt(winkSec / pipeSec, 2)} (target >= 0.35); per 400 words: ${fmt((pipeSec * 1000 * 400) / words, 2)} ms (target <= 2.5 ms, i.e. >= 400 articles/s)`);
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
if (fs.existsSync(batchBench)) {
  try {
    execFileSync(process.execPath, [batchBench], { stdio: 'inherit' });
  } catch (err) {
    console.log(`batch bench failed (exit ${err.status})`);
  }
}

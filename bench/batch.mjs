#!/usr/bin/env node
// Batch-mode benchmark: builds NDJSON.gz archives at run time (from fixtures/seed and, when
// /work/shared/eval exists, the dev-set texts — never written into the repository), then measures
//   - articles/s with --jobs 1 and --jobs 2, and the speed-up;
//   - peak memory (RSS of the whole process, workers included) for 2,000 vs 20,000 articles;
//   - that --jobs 2 writes byte for byte what --jobs 1 writes.
// usage: npm run build && node bench/batch.mjs [--small 2000] [--large 20000] [--jobs 2] [--json]
// On a shared machine wall-clock rates are noisy; the CPU seconds per article (from /usr/bin/time, when
// present) show the cost of the parallel machinery independently of the load.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'sitrep');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SMALL = opt('small', 2000);
const LARGE = opt('large', 20000);
const JOBS = opt('jobs', 2);
const asJson = args.includes('--json');

if (!existsSync(join(ROOT, 'dist', 'batch', 'worker.js'))) {
  console.error('bench/batch.mjs: run `npm run build` first');
  process.exit(2);
}

function texts() {
  const out = [JSON.parse(readFileSync(join(ROOT, 'fixtures/seed/article.json'), 'utf8')).text];
  const evalDir = '/work/shared/eval';
  if (existsSync(evalDir)) {
    for (const f of readdirSync(evalDir).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(evalDir, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const rec = JSON.parse(line);
        if (typeof rec.text === 'string' && rec.text.length > 200) out.push(rec.text);
      }
    }
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-batch-'));
const pool = texts();
function archive(n) {
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ id: `bench-${i}`, text: pool[i % pool.length], published: '2018-04-27' }));
  const path = join(dir, `archive-${n}.jsonl.gz`);
  writeFileSync(path, gzipSync(lines.join('\n') + '\n'));
  return path;
}

const hasTime = existsSync('/usr/bin/time');
function run(input, jobs) {
  const out = join(dir, `out-${jobs}-${input.length}.ndjson`);
  const cmd = [process.execPath, BIN, 'extract', input, '--jobs', String(jobs), '--out', out];
  const t0 = process.hrtime.bigint();
  const r = hasTime ? spawnSync('/usr/bin/time', ['-f', 'TIME %U %S', ...cmd], { cwd: ROOT }) : spawnSync(cmd[0], cmd.slice(1), { cwd: ROOT });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const stderr = r.stderr.toString();
  if (r.status !== 0 && r.status !== 1) throw new Error(`sitrep failed (${r.status}): ${stderr}`);
  const n = Number(/([\d,]+) articles in/.exec(stderr)?.[1]?.replace(/,/g, '') ?? NaN);
  const rssMb = Number(/peak memory (\d+) MB/.exec(stderr)?.[1] ?? NaN);
  const cpu = /TIME ([\d.]+) ([\d.]+)/.exec(stderr);
  const cpuSecs = cpu ? Number(cpu[1]) + Number(cpu[2]) : null;
  const sha = createHash('sha256').update(readFileSync(out)).digest('hex');
  rmSync(out);
  return { articles: n, seconds: +secs.toFixed(2), perSecond: Math.round(n / secs), cpuMsPerArticle: cpuSecs === null ? null : +((cpuSecs * 1000) / n).toFixed(2), peakRssMb: rssMb, sha };
}

// The ceiling for --jobs N on this machine: N independent --jobs 1 processes on the same archive at once.
// V8's own background threads (GC, compilation) already use part of a second core in a --jobs 1 run, so on
// a small machine even perfect parallelism falls short of N×; the speed-up is best read against this.
async function ceiling(input, n) {
  const one = (i) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'extract', input, '--jobs', '1', '-q', '--out', join(dir, `ceiling-${i}.ndjson`)], { cwd: ROOT, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`sitrep exited ${code}`))));
  });
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: n }, (_, i) => one(i)));
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const small = archive(SMALL);
const large = archive(LARGE);
const report = { texts: pool.length, jobs: JOBS, small: {}, large: {} };
report.small.jobs1 = run(small, 1);
report.small[`jobs${JOBS}`] = run(small, JOBS);
report.large.jobs1 = run(large, 1);
report.large[`jobs${JOBS}`] = run(large, JOBS);
const speedup = (s) => +(s[`jobs${JOBS}`].perSecond / s.jobs1.perSecond).toFixed(2);
report.speedup = { small: speedup(report.small), large: speedup(report.large) };
const concurrentSecs = await ceiling(small, JOBS);
report.ceiling = +((JOBS * report.small.jobs1.articles) / concurrentSecs / report.small.jobs1.perSecond).toFixed(2);
report.identical = report.small.jobs1.sha === report.small[`jobs${JOBS}`].sha && report.large.jobs1.sha === report.large[`jobs${JOBS}`].sha;
report.rssGrowth = { jobs1: +(report.large.jobs1.peakRssMb / report.small.jobs1.peakRssMb).toFixed(2), [`jobs${JOBS}`]: +(report.large[`jobs${JOBS}`].peakRssMb / report.small[`jobs${JOBS}`].peakRssMb).toFixed(2) };
rmSync(dir, { recursive: true, force: true });

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`batch bench: ${pool.length} distinct texts, archives of ${SMALL.toLocaleString('en')} and ${LARGE.toLocaleString('en')} articles (NDJSON.gz)`);
  for (const [size, runs] of [[SMALL, report.small], [LARGE, report.large]]) {
    for (const [name, r] of Object.entries(runs)) {
      console.log(`  ${String(size).padStart(6)} articles ${name.padEnd(6)} ${String(r.perSecond).padStart(5)} articles/s  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${r.peakRssMb} MB${r.cpuMsPerArticle !== null ? `  ${r.cpuMsPerArticle} CPU ms/article` : ''}`);
    }
  }
  console.log(`  speed-up --jobs ${JOBS} vs --jobs 1: ${report.speedup.small}× (${SMALL}), ${report.speedup.large}× (${LARGE})`);
  console.log(`  ceiling: ${JOBS} independent --jobs 1 processes at once run ${report.ceiling}× as fast as one (${SMALL} articles each); --jobs ${JOBS} reaches ${(report.speedup.large / report.ceiling * 100).toFixed(0)} % of it on ${LARGE}`);
  console.log(`  peak RSS ${LARGE} vs ${SMALL}: ×${report.rssGrowth.jobs1} (--jobs 1), ×${report.rssGrowth[`jobs${JOBS}`]} (--jobs ${JOBS})`);
  console.log(`  output of --jobs ${JOBS} identical to --jobs 1: ${report.identical ? 'yes' : 'NO'}`);
}
if (!report.identical) process.exitCode = 1;

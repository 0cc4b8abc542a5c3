#!/usr/bin/env node
// Build-time step (run by `npm run build` after tsc, and by the test global setup): bundle the command line
// and the batch worker into dist/bundle/, so `sitrep extract one.txt` loads one file instead of ~290 modules
// (resolving, reading and compiling each one cost ~0.2 s of a ~0.8 s run), then save V8's code cache for the
// command line by running it once on the seed article (src/cli/bundle-loader.ts). bin/sitrep uses the bundle
// when it is there, else dist/cli/run.js. The library (dist/index.js) stays unbundled.
//
// - dist/bundle/cli.cjs: the command line, CommonJS (Node 20 gives a code cache only to node:vm scripts).
// - dist/bundle/worker.js: the batch worker thread, an ES module (worker threads load it by URL).
// dist/bundle/ sits at the same depth below the package root as src/<area>/ and dist/<area>/, so every
// `new URL('../../data/…', import.meta.url)` in the code still finds the data files, and the pool's
// `new URL('./worker.js', import.meta.url)` finds the bundled worker beside it.
// wink-nlp and its model stay outside: they are CommonJS loaded with createRequire, and wink-isolation.ts
// wraps one of wink-nlp's own modules through require.cache before wink-nlp loads it.
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { rolldown } from 'rolldown';

const OUT_DIR = 'dist/bundle';
const t0 = performance.now();
rmSync(OUT_DIR, { recursive: true, force: true });

async function build(input, output) {
  const bundle = await rolldown({ input, platform: 'node', external: [/^node:/, /^wink-/], logLevel: 'warn' });
  const { output: files } = await bundle.write({ dir: OUT_DIR, sourcemap: false, codeSplitting: false, ...output });
  await bundle.close();
  return files.length;
}
await build({ cli: 'dist/cli/run.js' }, { format: 'cjs', entryFileNames: '[name].cjs' });
await build({ worker: 'dist/batch/worker.js' }, { format: 'esm' });

// the code cache: bin/sitrep itself writes it, so that it is made under the same V8 flags it will be read with
execFileSync(process.execPath, ['bin/sitrep', 'extract', '--example'], { env: { ...process.env, SITREP_WRITE_CODE_CACHE: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
const kb = (f) => Math.round(statSync(`${OUT_DIR}/${f}`).size / 1024);
console.error(`bundle: cli.cjs ${kb('cli.cjs')} KB (code cache ${kb('cli.cjs.cache')} KB), worker.js ${kb('worker.js')} KB in ${OUT_DIR}, ${Math.round(performance.now() - t0)} ms`);

#!/usr/bin/env node
// Build-time step (run by `npm run build` after tsc, and by the test global setup): bundle the command line
// and the batch worker into dist/bundle/, so `sitrep extract one.txt` loads a few files instead of ~290
// modules (resolving, reading and compiling each one cost ~0.2 s of a ~0.8 s run). bin/sitrep uses the
// bundle when it is there, else dist/cli/run.js. The library (dist/index.js) stays unbundled.
//
// dist/bundle/ sits at the same depth below the package root as src/<area>/ and dist/<area>/, so every
// `new URL('../../data/…', import.meta.url)` in the code still finds the data files, and the pool's
// `new URL('./worker.js', import.meta.url)` finds the bundled worker beside it.
// wink-nlp and its model stay outside: they are CommonJS loaded with createRequire, and wink-isolation.ts
// wraps one of wink-nlp's own modules through require.cache before wink-nlp loads it.
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { rolldown } from 'rolldown';

const OUT_DIR = 'dist/bundle';
const t0 = performance.now();
rmSync(OUT_DIR, { recursive: true, force: true });
const bundle = await rolldown({
  input: { run: 'dist/cli/run.js', worker: 'dist/batch/worker.js' },
  platform: 'node',
  external: [/^node:/, /^wink-/],
  logLevel: 'warn',
});
const { output } = await bundle.write({ dir: OUT_DIR, format: 'esm', sourcemap: false });
await bundle.close();
const bytes = output.reduce((n, o) => n + (o.type === 'chunk' ? o.code.length : 0), 0);
console.error(`bundle: ${output.length} files, ${Math.round(bytes / 1024)} KB in ${OUT_DIR}, ${Math.round(performance.now() - t0)} ms`);

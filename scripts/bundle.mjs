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
// wink's model stays outside (CommonJS loaded with createRequire at run time). wink-nlp itself is bundled into
// the command line, so that its ~30 modules come from the code cache too (require() of them cost ~20 ms):
// the bundle's copy of src/document/wink-nlp-loader.ts returns it, and its per-document data wrapper is wrapped
// by wink-isolation.ts's `isolated` (the unbundled code does the same through require.cache). The worker keeps
// the unbundled way.
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { rolldown } from 'rolldown';
import { WRITE_CACHE_ENV } from '../dist/cli/bundle-loader.js';

const OUT_DIR = 'dist/bundle';
const t0 = performance.now();
rmSync(OUT_DIR, { recursive: true, force: true });

const require = createRequire(import.meta.url);
const DD_WRAPPER = require.resolve('wink-nlp/src/dd-wrapper.js');
const LOADER = path.resolve('dist/document/wink-nlp-loader.js');
const ISOLATION = path.resolve('dist/document/wink-isolation.js');
/** Replaces one exact piece of a module's code; the build fails if the piece is not there exactly once. */
function replaceOnce(code, from, to, id) {
  if (code.split(from).length !== 2) throw new Error(`bundle: expected one "${from}" in ${id}`);
  return code.replace(from, () => to);
}
const bundledWink = {
  name: 'sitrep-bundled-wink-nlp',
  load(id) {
    // CommonJS, so that wink-nlp is initialised on the first article, not when the command line starts
    if (id === LOADER) return { code: "exports.loadWinkNLP = () => require('wink-nlp');", moduleType: 'js' };
    return null;
  },
  transform(code, id) {
    if (id !== DD_WRAPPER) return null;
    return replaceOnce(code, 'module.exports = docDataWrapper;', `module.exports = require(${JSON.stringify(ISOLATION)}).isolated(docDataWrapper);`, id);
  },
};

async function build(input, output, { external = [/^node:/, /^wink-/], plugins = [] } = {}) {
  const bundle = await rolldown({ input, platform: 'node', external, plugins, logLevel: 'warn' });
  const { output: files } = await bundle.write({ dir: OUT_DIR, sourcemap: false, codeSplitting: false, ...output });
  await bundle.close();
  return files.length;
}
await build({ cli: 'dist/cli/run.js' }, { format: 'cjs', entryFileNames: '[name].cjs' }, { external: [/^node:/, /^wink-eng-lite-web-model/], plugins: [bundledWink] });
await build({ worker: 'dist/batch/worker.js' }, { format: 'esm' });

// the code cache: bin/sitrep itself writes it, so that it is made under the same V8 flags it will be read with
execFileSync(process.execPath, ['bin/sitrep', 'extract', '--example'], { env: { ...process.env, [WRITE_CACHE_ENV]: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
const kb = (f) => Math.round(statSync(`${OUT_DIR}/${f}`).size / 1024);
console.error(`bundle: cli.cjs ${kb('cli.cjs')} KB (code cache ${kb('cli.cjs.cache')} KB), worker.js ${kb('worker.js')} KB in ${OUT_DIR}, ${Math.round(performance.now() - t0)} ms`);

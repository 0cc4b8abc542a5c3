// Loads the command line from its bundle (dist/bundle/cli.cjs, made by scripts/bundle.mjs) with V8's code
// cache: the build runs the bundle once on the seed article and saves the compiled code of every function
// that run used (dist/bundle/cli.cjs.cache), so a later run skips parsing and compiling them. Node 20 offers
// a code cache only to scripts compiled through node:vm, hence a CommonJS bundle run here as Node would run
// a CommonJS module. V8 checks the cache against the source and its own version and flags, and ignores one
// that does not match (another Node version, `node --cpu-prof`…): the run is then only slower.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** src/cli/ and dist/cli/ sit beside src/bundle/ and dist/bundle/. */
export const CLI_BUNDLE = fileURLToPath(new URL('../bundle/cli.cjs', import.meta.url));
/** Set to "1" to (re)write the code cache when the run ends (the build does it). */
export const WRITE_CACHE_ENV = 'SITREP_WRITE_CODE_CACHE';

type ModuleFunction = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

export interface BundledCli {
  main(): void;
}

/** A module tsc writes on every build: when it is newer than the bundle, the bundle holds older code. */
export const TSC_OUTPUT = fileURLToPath(new URL('./run.js', import.meta.url));

/**
 * The bundled command line, or undefined when there is no bundle (dist/ built by tsc alone) or when tsc
 * rebuilt dist/ after it (`npx tsc` without `npm run build`): running code older than dist/ would be a
 * silent surprise, so the modules of dist/ run instead, a little slower to start.
 */
export function loadBundledCli(bundle: string = CLI_BUNDLE, tscOutput: string = TSC_OUTPUT): BundledCli | undefined {
  let source: string;
  try {
    if (statSync(bundle).mtimeMs < statSync(tscOutput).mtimeMs) {
      process.stderr.write('sitrep: dist/bundle is older than dist/ (`npm run build` remakes it); running dist/ unbundled\n');
      return undefined;
    }
    source = readFileSync(bundle, 'utf8');
  } catch {
    return undefined;
  }
  const cacheFile = `${bundle}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache: compile from source
  }
  // Node's own CommonJS wrapper, on the first line so that line numbers stay those of the file
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  if (process.env[WRITE_CACHE_ENV] === '1') {
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    });
  }
  const run = script.runInThisContext() as ModuleFunction;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports as BundledCli;
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCli } from '../../src/cli/bundle-loader.js';
import { ROOT, sitrep } from '../helpers.js';

// bin/sitrep runs the bundle (dist/bundle/cli.cjs, with its code cache) when the build made one, else dist/cli/run.js
const unbundled = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', "(await import('./dist/cli/run.js')).main()", '--', 'sitrep', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout.toString('utf8') };
};

describe('the bundled command line', () => {
  const CLI_BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs');

  it('is built, with its code cache', () => {
    expect(existsSync(CLI_BUNDLE)).toBe(true);
    expect(existsSync(`${CLI_BUNDLE}.cache`)).toBe(true);
  });

  // wink-nlp is bundled: its per-document data wrapper must be the isolated one (wink-isolation.ts), as
  // require.cache makes it for the unbundled code (without it, 935 toponym dev articles read in one process
  // came out differently from the unbundled run; with it, byte-identical)
  it('bundles wink-nlp with its documents isolated', () => {
    const code = readFileSync(CLI_BUNDLE, 'utf8');
    expect(code).toContain('.isolated(docDataWrapper)');
    expect(code).not.toMatch(/require\(["']wink-nlp["']\)/);
  });

  it.each([
    [['extract', 'fixtures/seed/article.txt', '--published', '2018-04-27']],
    [['extract', '--example', '--format', 'pretty']],
    [['schema']],
    [['--version']],
  ])('gives what the unbundled modules give: sitrep %j', (args) => {
    const a = sitrep(args);
    const b = unbundled(args);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length).toBeGreaterThan(5);
  });

  it('runs batch mode on worker threads from the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bundle-'));
    const story = (n: number) => JSON.stringify({ id: `a${n}`, text: `Police said ${n} people were killed in Kabul on Monday.`, published: '2020-01-06' });
    writeFileSync(join(dir, 'in.ndjson'), [1, 2, 3, 4].map(story).join('\n') + '\n');
    const r = sitrep(['extract', join(dir, 'in.ndjson'), '--jobs', '2', '--quiet']);
    const b = unbundled(['extract', join(dir, 'in.ndjson'), '--jobs', '1', '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(b.stdout);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  // false positives: no bundle, no loader
  it('gives nothing when there is no bundle (bin/sitrep then loads dist/cli/run.js)', () => {
    expect(loadBundledCli(join(tmpdir(), 'no-such-bundle.cjs'))).toBeUndefined();
  });

  it('gives nothing when tsc rebuilt dist/ after the bundle was made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-stale-'));
    const bundle = join(dir, 'cli.cjs');
    const tscOutput = join(dir, 'run.js');
    writeFileSync(bundle, 'module.exports = { main() {} };');
    writeFileSync(tscOutput, '');
    utimesSync(bundle, new Date(2020, 0, 1), new Date(2020, 0, 1));
    utimesSync(tscOutput, new Date(2020, 0, 2), new Date(2020, 0, 2));
    expect(loadBundledCli(bundle, tscOutput)).toBeUndefined();
    utimesSync(tscOutput, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(loadBundledCli(bundle, tscOutput)?.main).toBeTypeOf('function');
  });

  it('is not older than what tsc wrote (the build makes it last)', () => {
    expect(statSync(CLI_BUNDLE).mtimeMs).toBeGreaterThanOrEqual(statSync(join(ROOT, 'dist', 'cli', 'run.js')).mtimeMs);
  });
});

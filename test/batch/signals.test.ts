import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { archiveLines, parseLines, tmp, writeArchive } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<Child>((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done, stdout: () => stdout };
}

describe('Ctrl-C (SIGINT)', () => {
  it('stops reading, writes what was in flight, prints the summary and exits 130', async () => {
    const archive = writeArchive('sigint.jsonl.gz', archiveLines(30_000), true);
    const out = join(tmp, 'sigint.ndjson');
    const run = start(['extract', archive, '--out', out, '-j', '2']);
    for (let i = 0; i < 3000 && !(existsSync(out) && statSync(out).size > 0); i++) await sleep(10);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/stopping/);
    const written = readFileSync(out, 'utf8');
    expect(written.endsWith('\n')).toBe(true);
    const recs = parseLines(written);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThan(30_000);
    expect(recs.map((o) => o.id)).toEqual(recs.map((_o, i) => `a${i}`)); // an unbroken prefix: --resume picks up from there
    expect(r.stderr).toMatch(new RegExp(`${recs.length.toLocaleString('en')} articles .* — interrupted`));
  }, 120_000);

  it('ends promptly while standard input is still open, with every record it was given', async () => {
    const run = start(['extract', '-j', '2']);
    run.child.stdin.write(archiveLines(50).join('\n') + '\n'); // and never closed
    for (let i = 0; i < 3000 && run.stdout().split('\n').length <= 50; i++) await sleep(10);
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code).toBe(130);
    expect(parseLines(r.stdout).map((o) => o.id)).toEqual(archiveLines(50).map((_l, i) => `a${i}`));
    expect(r.stderr).toMatch(/50 articles .* — interrupted/);
  }, 120_000);
});

describe('Ctrl-C twice', () => {
  it('abandons the articles in flight at once; the output stays an unbroken prefix', async () => {
    const lines = archiveLines(40, (i, l) => (i >= 4 ? JSON.stringify({ id: `a${i}`, text: `Officials said [[sitrep-test:spin=20000]] the town was shelled. ${i}` }) : l));
    const archive = writeArchive('abandon.ndjson', lines);
    const out = join(tmp, 'abandon-out.ndjson');
    const run = start(['extract', archive, '--out', out, '-j', '2'], { SITREP_TEST_FAULTS: '1' });
    for (let i = 0; i < 6000 && !(existsSync(out) && readFileSync(out, 'utf8').split('\n').length > 4); i++) await sleep(10);
    run.child.kill('SIGINT');
    await sleep(300);
    const t0 = Date.now();
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(Date.now() - t0).toBeLessThan(10_000); // not the 20 s the stuck articles would take
    expect(r.code).toBe(130);
    expect(parseLines(readFileSync(out, 'utf8')).map((o) => o.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(r.stderr).toMatch(/4 articles .* — interrupted/);
  }, 120_000);
});

describe('EPIPE', () => {
  it('with worker threads: quiet, exit 0, when the reader leaves early', () => {
    const archive = writeArchive('epipe.ndjson', archiveLines(5000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${archive}" -j 2 | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`], { cwd: ROOT });
    expect(r.stdout.toString().trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout.toString()).id).toBe('a0');
    expect(r.stderr.toString()).toBe('exit=0\n');
  }, 60_000);
});

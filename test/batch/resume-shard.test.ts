import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sitrep } from '../helpers.js';
import { archiveLines, parseLines, tmp, writeArchive } from './fixtures.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('--resume after a killed run', () => {
  it('loses nothing, duplicates nothing, and ends byte for byte like an uninterrupted run', async () => {
    const n = 4000;
    const archive = writeArchive('resume.jsonl.gz', archiveLines(n), true);
    const full = sitrep(['extract', archive, '-j', '1', '-q']).stdout;
    const out = join(tmp, 'resumed.ndjson');

    // a first run, killed without warning (SIGKILL: no chance to flush) part way through
    const child = spawn(process.execPath, [BIN, 'extract', archive, '--out', out, '-j', '2', '-q'], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    for (let i = 0; i < 3000 && !(existsSync(out) && statSync(out).size > 200_000); i++) await sleep(10);
    child.kill('SIGKILL');
    await exited;
    appendFileSync(out, '{"schemaVersion":"1.0.0","id":"a'); // as if killed in the middle of a write
    const before = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(n); // it really was cut short

    const r = sitrep(['extract', archive, '--out', out, '--resume', '-j', '2']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/cut an unfinished last line/);
    expect(r.stderr).toMatch(new RegExp(`${(n - before).toLocaleString('en')} ok, 0 failed, ${before.toLocaleString('en')} skipped`));
    expect(readFileSync(out, 'utf8')).toBe(full);

    // resuming a finished run does nothing
    const again = sitrep(['extract', archive, '--out', out, '--resume', '-j', '2']);
    expect(again.stderr).toMatch(/0 articles .*0 ok, 0 failed, 4,000 skipped/);
    expect(readFileSync(out, 'utf8')).toBe(full);
  }, 180_000);
});

describe('--shard K/N', () => {
  it('splits an archive into disjoint shards whose union is the whole run, each in input order', () => {
    const lines = archiveLines(90, (i, l) => (i === 17 ? 'not json' : l));
    const archive = writeArchive('shard.ndjson', lines);
    const whole = parseLines(sitrep(['extract', archive, '-j', '1', '-q']).stdout);
    const shards = ['1/3', '2/3', '3/3'].map((k) => {
      const r = sitrep(['extract', archive, '--shard', k, '-j', '2']);
      expect(r.stderr).toMatch(/in other shards/);
      return parseLines(r.stdout);
    });
    for (const s of shards) {
      expect(s.length).toBeGreaterThan(10);
      const lineNos = s.map((o) => o.input?.line ?? 0);
      expect(lineNos).toEqual([...lineNos].sort((a, b) => a - b));
    }
    const union = shards.flat().sort((a, b) => (a.input?.line ?? 0) - (b.input?.line ?? 0));
    expect(union).toEqual(whole);
  }, 120_000);
});

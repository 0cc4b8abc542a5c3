import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/batch/ordered.js';
import { progressLine, summaryLine } from '../../src/batch/progress.js';
import { loadResumeState } from '../../src/batch/resume.js';
import type { BatchStats } from '../../src/batch/run.js';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { toNdjsonName } from '../../src/batch/sinks.js';
import { leadingId } from '../../src/io/read.js';
import { expandSources, globRoot } from '../../src/io/sources.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-batch-unit-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* count(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

describe('mapOrdered: results in input order, with a bounded window', () => {
  it.each([1, 3, 16])('window %i', async (window) => {
    let inFlight = 0;
    let peak = 0;
    const out: number[] = [];
    const fn = async (i: number) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep((i * 7919) % 13); // finishes out of order
      inFlight--;
      return i * 10;
    };
    for await (const r of mapOrdered(count(60), fn, window)) out.push(r);
    expect(out).toEqual(Array.from({ length: 60 }, (_, i) => i * 10));
    expect(peak).toBeLessThanOrEqual(window);
    if (window > 1) expect(peak).toBeGreaterThan(1);
  });

  it('reads nothing more once stopped, and still yields what is in flight', async () => {
    const stop = new AbortController();
    const read: number[] = [];
    async function* source() {
      for (let i = 0; i < 1000; i++) {
        read.push(i);
        yield i;
      }
    }
    const out: number[] = [];
    for await (const r of mapOrdered(source(), async (i) => (await sleep(2), i), 4, stop.signal)) {
      out.push(r);
      if (r === 10) stop.abort();
    }
    expect(out).toEqual(Array.from({ length: out.length }, (_, i) => i)); // an unbroken prefix
    expect(out.length).toBeLessThan(20);
    expect(read.length).toBeLessThan(20);
  });

  it('gives up an idle read when stopped (standard input that never ends)', async () => {
    const stop = new AbortController();
    async function* idle() {
      yield 1;
      await new Promise(() => {}); // never resolves
    }
    setTimeout(() => stop.abort(), 50);
    const out: number[] = [];
    for await (const r of mapOrdered(idle(), async (i) => i, 4, stop.signal)) out.push(r);
    expect(out).toEqual([1]);
  });

  it('passes an error of the mapped function on, in order', async () => {
    const fn = async (i: number) => {
      if (i === 3) throw new Error('boom');
      return i;
    };
    const out: number[] = [];
    await expect(async () => {
      for await (const r of mapOrdered(count(10), fn, 4)) out.push(r);
    }).rejects.toThrow('boom');
    expect(out).toEqual([0, 1, 2]);
  });
});

describe('--shard K/N', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 8/8 ', { index: 8, count: 8 }],
  ])('parses %j', (s, want) => expect(parseShard(s)).toEqual(want));

  // false positives
  it.each(['0/4', '5/4', '1/0', '1', '1/2/3', 'a/b', '-1/2', '1.5/3', ''])('refuses %j', (s) => expect(parseShard(s)).toBeNull());

  it('puts every id in exactly one shard, near evenly, stable across calls', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `article-${i}`);
    const n = 3;
    const sizes = [1, 2, 3].map((k) => ids.filter((id) => inShard(id, { index: k, count: n })).length);
    for (const id of ids) expect([1, 2, 3].filter((k) => inShard(id, { index: k, count: n }))).toHaveLength(1);
    expect(sizes.reduce((a, b) => a + b)).toBe(3000);
    for (const s of sizes) expect(s).toBeGreaterThan(900);
    // documented formula: first 32 bits of SHA-1 modulo N (reproducible in other languages)
    expect(inShard('abc', { index: (0xa9993e36 % 7) + 1, count: 7 })).toBe(true);
  });
});

describe('resume: reading an earlier output', () => {
  const rec = (id: string) => JSON.stringify({ schemaVersion: '1.0.0', id, ok: true });
  const cutLine = '{"schemaVersion":"1.0.0","id":"c","ok":tr';
  it.each([
    ['complete lines', `${rec('a')}\n${rec('b')}\n`, ['a', 'b'], 0],
    ['a cut-off last line', `${rec('a')}\n${rec('b')}\n${cutLine}`, ['a', 'b'], cutLine.length],
    ['only a cut-off line', cutLine, [], cutLine.length],
    ['an empty file', '', [], 0],
  ])('%s', async (_name, content, ids, cut) => {
    const path = join(tmp, `resume-${ids.length}-${cut}.ndjson`);
    writeFileSync(path, content);
    const state = await loadResumeState(path);
    expect([...state.ids]).toEqual(ids);
    expect(state.repairedBytes).toBe(cut);
    const after = readFileSync(path, 'utf8');
    expect(after === '' || after.endsWith('\n')).toBe(true);
  });

  it('starts empty when the file does not exist yet', async () => {
    expect((await loadResumeState(join(tmp, 'nope.ndjson'))).ids.size).toBe(0);
  });
});

describe('the id of a broken NDJSON line', () => {
  it.each([
    ['{"id": "x7", "text": "cut', 'x7'],
    ['  { "id" : 42, "text": ', '42'],
    ['{"id":"a\\"b","te', 'a"b'],
  ])('%s → %s', (line, id) => expect(leadingId(line)).toBe(id));

  // false positives: no id unless it is the first field and complete
  it.each(['{"text": "x", "id": "late"', '{"id": "unterminated', '{"id": 4.5,', '{"identifier": "x"', 'id: "x"', `{"id": "${'x'.repeat(2000)}"`])('%s', (line) =>
    expect(leadingId(line)).toBeUndefined());
});

describe('input expansion and output names', () => {
  it.each([
    ['report.txt', 'report.ndjson'],
    ['a/b/day.jsonl.gz', 'a/b/day.ndjson'],
    ['x.JSON', 'x.ndjson'],
    ['notes', 'notes.ndjson'],
    ['out.ndjson', 'out.ndjson'],
  ])('%s → %s', (input, want) => expect(toNdjsonName(input)).toBe(want));

  it.each([
    ['data/2020/*.gz', 'data/2020'],
    ['data/**/x.jsonl', 'data'],
    ['*.txt', '.'],
  ])('glob root of %s is %s', (pattern, root) => expect(globRoot(pattern)).toBe(root));

  it('walks a directory recursively in sorted order, skipping hidden and foreign files; expands a glob', async () => {
    const dir = join(tmp, 'tree');
    for (const d of ['b', 'a/z', '.hidden']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ['b/2.txt', 'b/1.jsonl.gz', 'a/z/3.json', 'a/readme.md', '.hidden/4.txt', 'c.ndjson']) writeFileSync(join(dir, f), 'x');
    const walked = (await expandSources([dir], undefined)).map((s) => s.relative);
    expect(walked).toEqual(['a/z/3.json', 'b/1.jsonl.gz', 'b/2.txt', 'c.ndjson']);
    const globbed = (await expandSources([join(dir, 'b', '*.{txt,gz}')], undefined)).map((s) => s.path);
    expect(globbed).toEqual([join(dir, 'b/1.jsonl.gz'), join(dir, 'b/2.txt')]);
    // a missing plain path stays a source (it becomes a READ_FAILED record), a glob matching nothing gives none
    expect(await expandSources([join(dir, 'missing.txt')], undefined)).toEqual([{ path: join(dir, 'missing.txt') }]);
    expect(await expandSources([join(dir, '*.nothing')], undefined)).toEqual([]);
  });
});

describe('progress and summary lines', () => {
  const stats = (over: Partial<BatchStats>): BatchStats => ({
    done: 0, ok: 0, failed: 0, failedByCode: {}, skipped: 0, otherShards: 0, bytesRead: 0, bytesTotal: null,
    workers: 2, startedAt: 0, interrupted: false, ...over,
  });
  it.each([
    ['no known size: count and rate only', stats({ done: 1500, ok: 1500 }), 10_000, 'sitrep 1,500 articles · 150/s'],
    ['known size: bar, percent, ETA', stats({ done: 500, ok: 490, failed: 10, bytesRead: 250, bytesTotal: 1000 }), 10_000,
      'sitrep [######------------------] 25% 500 articles · 50/s · 10 failed · ETA 30s'],
    ['long ETA in minutes', stats({ done: 10, bytesRead: 1, bytesTotal: 100 }), 10_000, 'sitrep [------------------------] 1% 10 articles · 1/s · ETA 16m30s'],
  ])('%s', (_name, st, now, want) => expect(progressLine(st, now)).toBe(want));

  it('summarises counts, failures by code, and an interruption', () => {
    const line = summaryLine(stats({ done: 20, ok: 17, failed: 3, failedByCode: { TIMEOUT: 1, MALFORMED_JSON: 2 }, skipped: 5, otherShards: 7, interrupted: true }), 2000, 300 * 2 ** 20);
    expect(line).toBe('sitrep: 20 articles in 2.0 s (10/s, 2 workers): 17 ok, 3 failed, 5 skipped, 7 in other shards; peak memory 300 MB — interrupted\nsitrep: failed: 2 MALFORMED_JSON, 1 TIMEOUT');
  });
});

describe('mapOrdered keeps memory flat', () => {
  it('a million records leave no more heap behind than a hundred thousand (no per-record leak)', () => {
    const script = `
      import { mapOrdered } from ${JSON.stringify(new URL('../../dist/batch/ordered.js', import.meta.url).href)};
      const stop = new AbortController();
      async function* src(n) { for (let i = 0; i < n; i++) yield i; }
      const heap = [];
      for (const n of [100000, 1000000]) {
        for await (const _ of mapOrdered(src(n), async (i) => i, 16, stop.signal));
        globalThis.gc();
        heap.push(process.memoryUsage().heapUsed);
      }
      console.log(JSON.stringify(heap));`;
    const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const [small, large] = JSON.parse(r.stdout) as [number, number];
    expect(large - small).toBeLessThan(16 * 2 ** 20);
  }, 60_000);
});

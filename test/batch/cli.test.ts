import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sitrep } from '../helpers.js';
import { archiveLines, parseLines, tmp, writeArchive } from './fixtures.js';

const FAULTS = { SITREP_TEST_FAULTS: '1' };

describe('batch: a gzip archive with bad records in the middle', () => {
  const lines = archiveLines(120, (i, line) => {
    if (i === 40) return '{"id": "a40", "text": '; // cut-off JSON
    if (i === 70) return JSON.stringify({ id: 'a70', text: 'Officials said the [[sitrep-test:throw]] convoy was hit near the border crossing.' });
    return line;
  });
  const archive = writeArchive('mixed.jsonl.gz', lines, true);

  it.each([['--jobs', '1'], ['--jobs', '2']])('%s %s: one record per line, in order, failures in place, exit 1', (flag, n) => {
    const r = sitrep(['extract', archive, flag, n], undefined, FAULTS);
    expect(r.status).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.input?.line)).toEqual(lines.map((_l, i) => i + 1));
    expect(out.map((o) => o.id)).toEqual(lines.map((_l, i) => `a${i}`)); // the broken line's id is recovered
    expect(out.filter((o) => !o.ok).map((o) => [o.id, o.error?.code])).toEqual([
      ['a40', 'MALFORMED_JSON'],
      ['a70', 'EXTRACTOR_FAILED'],
    ]);
    expect(r.stderr).toMatch(/120 articles .*118 ok, 2 failed, 0 skipped/);
    expect(r.stderr).toMatch(/failed: 1 MALFORMED_JSON, 1 EXTRACTOR_FAILED|failed: 1 EXTRACTOR_FAILED, 1 MALFORMED_JSON/);
  });

  it('--jobs 2 writes byte for byte what --jobs 1 writes; gzip is found by its magic bytes too', () => {
    const renamed = join(tmp, 'mixed.data');
    writeFileSync(renamed, readFileSync(archive));
    const one = sitrep(['extract', archive, '--jobs', '1', '-q'], undefined, FAULTS);
    const two = sitrep(['extract', archive, '--jobs', '2', '-q'], undefined, FAULTS);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(''); // --quiet
    const sniffed = parseLines(sitrep(['extract', renamed, '-j', '2', '-q']).stdout);
    expect(sniffed).toHaveLength(120);
    const piped = parseLines(sitrep(['extract', '-j', '2', '-q'], readFileSync(archive)).stdout);
    expect(piped.map((o) => o.id).slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
  }, 120_000); // four CLI runs, two of them starting worker threads: slow on a loaded two-core machine

  it('a truncated gzip file yields the records before the damage, then a READ_FAILED record', () => {
    const whole = gzipSync(archiveLines(300).join('\n') + '\n');
    const cut = join(tmp, 'cut.jsonl.gz');
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const out = parseLines(sitrep(['extract', cut, '-j', '1', '-q']).stdout);
    const last = out.at(-1);
    expect(last?.error?.code).toBe('READ_FAILED');
    expect(out.slice(0, -1).every((o, i) => o.ok && o.id === `a${i}`)).toBe(true);
    expect(out.length).toBeGreaterThan(10);
  });
});

describe('batch: an article that hangs becomes a TIMEOUT record and the run goes on', () => {
  const lines = archiveLines(12, (i, line) => (i === 5 ? JSON.stringify({ id: 'a5', text: 'Witnesses said [[sitrep-test:spin=4000]] the market was shelled on Friday morning.' }) : line));
  const archive = writeArchive('slow.ndjson', lines);
  it.each([['2'], ['1']])('--jobs %s', (jobs) => {
    const t0 = Date.now();
    const r = sitrep(['extract', archive, '--jobs', jobs, '--timeout-ms', '1500', '-q'], undefined, FAULTS);
    expect(r.status).toBe(1);
    const out = parseLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((_l, i) => `a${i}`));
    expect(out.filter((o) => !o.ok).map((o) => [o.id, o.error?.code])).toEqual([['a5', 'TIMEOUT']]);
    // a worker is ended at the limit; one thread can only notice afterwards
    if (jobs === '2') expect(Date.now() - t0).toBeLessThan(30_000);
  });
});

describe('batch: a worker holds a second task, whose time limit starts when the first ends', () => {
  // each article takes 1 s and the limit is 1.6 s: a limit counted from when the task was handed over
  // (while the worker still ran the one before) would end the second article of each worker.
  const slow = (i: number) => JSON.stringify({ id: `s${i}`, text: `Shelling [[sitrep-test:spin=1000]] killed ${i + 2} people on Friday, officials said.` });
  const archive = writeArchive('slow-each.ndjson', Array.from({ length: 6 }, (_x, i) => slow(i)));
  it('--jobs 2: every article finishes, in order', () => {
    const r = sitrep(['extract', archive, '--jobs', '2', '--timeout-ms', '1600', '-q'], undefined, FAULTS);
    const out = parseLines(r.stdout);
    expect(out.map((o) => [o.id, o.ok])).toEqual(Array.from({ length: 6 }, (_x, i) => [`s${i}`, true]));
    expect(r.status).toBe(0);
  }, 60_000);
});

describe('batch: directories, globs and --out DIR', () => {
  const root = join(tmp, 'archive');
  mkdirSync(join(root, '2020'), { recursive: true });
  mkdirSync(join(root, '2021'), { recursive: true });
  writeFileSync(join(root, '2020', 'jan.jsonl.gz'), gzipSync(archiveLines(5).join('\n')));
  writeFileSync(join(root, '2021', 'feb.jsonl'), archiveLines(3).join('\n'));
  writeFileSync(join(root, '2021', 'note.txt'), 'Two aid workers were kidnapped on Sunday, the charity said in a statement on Monday.');
  writeFileSync(join(root, '2021', 'skip.csv'), 'not,an,input');

  it('walks a directory in sorted order and writes one NDJSON file per input file', () => {
    const outDir = join(tmp, 'out') + '/';
    const r = sitrep(['extract', root, '--out', outDir, '-j', '2']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(outDir, '2020'))).toEqual(['jan.ndjson']);
    expect(readdirSync(join(outDir, '2021')).sort()).toEqual(['feb.ndjson', 'note.ndjson']);
    expect(parseLines(readFileSync(join(outDir, '2020', 'jan.ndjson'), 'utf8')).map((o) => o.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    const note = parseLines(readFileSync(join(outDir, '2021', 'note.ndjson'), 'utf8'));
    expect(note.map((o) => [o.ok, o.id])).toEqual([[true, join(root, '2021', 'note.txt')]]);
    expect(r.stderr).toMatch(/9 articles .*9 ok/);
  });

  it('expands a quoted glob, and says so when nothing matches', () => {
    const r = sitrep(['extract', join(root, '**', '*.jsonl*'), '-q', '-j', '1']);
    expect(parseLines(r.stdout).map((o) => o.input?.path?.slice(root.length))).toEqual([
      ...Array(5).fill('/2020/jan.jsonl.gz'),
      ...Array(3).fill('/2021/feb.jsonl'),
    ]);
    const none = sitrep(['extract', join(root, '*.nothing')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no input files found/);
  });

  // false positives: usage mistakes are refused before any work
  it.each([
    [['--resume'], /--resume needs --out/],
    [['--out', join(tmp, 'o.ndjson'), '--resume', '--format', 'pretty'], /cannot be used with --resume/],
    [['--shard', '3/2'], /K\/N/],
    [['--jobs', '0'], /positive whole number/],
  ])('%j', (flags, message) => {
    const r = sitrep(['extract', root, ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, sitrep } from '../helpers.js';
import { archiveLines, parseLines, writeArchive, type Rec } from './fixtures.js';

// The cluster recipe of docs/batch.md, run on loopback: GNU parallel cuts standard input into chunks of
// whole lines, runs one sitrep per chunk (here through `--sshlogin :`, the local host), and --keep-order
// puts the outputs back in input order. `.ci/run` installs parallel; without it this test is skipped.
const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.warn('test/batch/gnu-parallel.test.ts: GNU parallel is not installed (apt-get install -y parallel); skipping the cluster recipe test');

describe.skipIf(!hasParallel)('the GNU parallel recipe', () => {
  it('gives the same records, in the same order, as one process', () => {
    const lines = archiveLines(40, (i, l) => (i === 13 ? '{"id": "a13", "text": ' : l));
    const archive = writeArchive('parallel.ndjson', lines);
    const single = parseLines(sitrep(['extract', '--jobs', '1', '--quiet'], readFileSync(archive)).stdout);
    const cmd = `parallel --will-cite --pipe --keep-order -N 6 --sshlogin : "${process.execPath}" "${BIN}" extract --jobs 1 --quiet --input-format ndjson < "${archive}"`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, maxBuffer: 64 << 20 });
    const split = parseLines(r.stdout.toString('utf8'));
    // line numbers (in `input` and in error messages) count within each chunk; all else is identical
    const strip = ({ input: _input, ...rest }: Rec) => JSON.parse(JSON.stringify(rest).replace(/line \d+ is/g, 'line N is')) as unknown;
    expect(split.map(strip)).toEqual(single.map(strip));
    expect(split.map((o) => o.id)).toEqual(lines.map((_l, i) => `a${i}`));
    expect(split[13]?.error?.code).toBe('MALFORMED_JSON');
  }, 180_000);
});

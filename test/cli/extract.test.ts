import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Result } from '../../src/schema.js';
import { BIN, ndjson, ROOT, seedArticle, sitrep } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const seed = seedArticle();
const story = 'Police said two people were killed in Kabul on Monday when a bomb exploded near a busy market.';

describe('sitrep extract: the seed article', () => {
  it('reads a text file, with --published', () => {
    const r = sitrep(['extract', 'fixtures/seed/article.txt', '--published', '2018-04-27']);
    expect(r.status).toBe(0);
    const out = Result.parse(JSON.parse(r.stdout));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.title).toBe('Syria regime advances against IS in south of Damascus');
    expect(out.published).toEqual({ value: '2018-04-27', source: 'flag' });
    expect(out.dateline?.place.text).toBe('DAMASCUS');
  });

  it('reads the same from standard input and gives the same record (but a content id)', () => {
    const fromFile = JSON.parse(sitrep(['extract', 'fixtures/seed/article.txt', '--published', '2018-04-27']).stdout);
    const r = sitrep(['extract', '--published', '2018-04-27'], seed.text);
    expect(r.status).toBe(0);
    const fromStdin = JSON.parse(r.stdout);
    expect({ ...fromStdin, id: 'x' }).toEqual({ ...fromFile, id: 'x', input: undefined });
    expect(fromStdin.id).toMatch(/^sha1-/);
  });

  it('prints the embedded example as a pretty summary', () => {
    const r = sitrep(['extract', '--example', '--format', 'pretty']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Syria regime advances against IS in south of Damascus');
    expect(r.stdout).toContain('2018-04-27');
    expect(r.stdout).not.toContain('\u001b['); // NO_COLOR
  });

  it('sniffs a JSON object with its own publication date', () => {
    const r = sitrep(['extract'], JSON.stringify({ id: 'seed', text: seed.text, publishedAt: '2018-04-27T09:12:00Z' }));
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('seed');
    expect(out.published).toEqual({ value: '2018-04-27', source: 'input' });
  });
});

describe('sitrep extract: many records', () => {
  it('keeps one output line per input line, in order, through a malformed line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: story }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', body: 'Three soldiers were wounded in the attack, the army said on Tuesday.' }),
      JSON.stringify({ id: 'd', title: 'no text here' }),
      JSON.stringify({ id: 'e', content: story }),
    ].join('\n');
    const r = sitrep(['extract', file('mixed.ndjson', input)]);
    expect(r.status).toBe(1);
    const out = ndjson(r.stdout) as { id: string; ok: boolean; error?: { code: string }; input?: { line?: number } }[];
    expect(out.map((o) => [o.ok, o.input?.line])).toEqual([[true, 1], [false, 2], [true, 3], [false, 4], [true, 5]]);
    expect(out[1]?.error?.code).toBe('MALFORMED_JSON');
    expect(out[3]?.error?.code).toBe('NO_TEXT');
    expect(out[3]?.id).toBe('d');
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']); // a broken record keeps a readable leading id
    expect(r.stderr).toBe('');
  });

  it('sniffs NDJSON on standard input and skips blank lines', () => {
    const input = `${JSON.stringify({ text: story })}\n\n${JSON.stringify({ text: story })}\n`;
    const out = ndjson(sitrep(['extract'], input).stdout) as { id: string }[];
    expect(out.map((o) => o.id)).toEqual(['stdin:1', 'stdin:3']);
  });

  it('writes a JSON array for several files with --format json', () => {
    const a = file('a.txt', story);
    const b = file('b.txt', story);
    const out = JSON.parse(sitrep(['extract', a, b, '--format', 'json']).stdout);
    expect(out).toHaveLength(2);
  });

  it('is quiet when the reader leaves early (EPIPE)', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: story })).join('\n');
    const big = file('many.ndjson', lines);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" extract "${big}" | head -1`], { cwd: ROOT });
    expect(r.stdout.toString().split('\n')[0]).toContain('"id":"0"');
    expect(r.stderr.toString()).toBe('');
  });
});

describe('sitrep extract: bad input gets a clear error record, never a stack trace', () => {
  it.each([
    ['empty input', '', 'EMPTY_INPUT'],
    ['whitespace only', ' \n\t \n', 'EMPTY_INPUT'],
    ['binary data', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), 'BINARY_INPUT'],
    ['invalid UTF-8', Buffer.from('Caf\xe9 bombing kills three people in the capital', 'latin1'), 'INVALID_UTF8'],
    ['HTML', '<!DOCTYPE html><html><body><p>Three people were killed.</p></body></html>', 'HTML_INPUT'],
    ['non-English text', 'Der Bundestag hat am Montag die neue Regelung beschlossen, die von der Regierung eingebracht wurde und nach langer Debatte mit großer Mehrheit angenommen wurde. Die Opposition kritisierte das Vorhaben scharf.', 'NOT_ENGLISH'],
    ['malformed JSON object', '{"text": "unterminated', 'MALFORMED_JSON'],
  ])('%s', (_name, input, code) => {
    const r = sitrep(['extract'], input);
    expect(r.status).toBe(1);
    const out = Result.parse(JSON.parse(r.stdout));
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error.code).toBe(code);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
  });

  it('refuses a 20 MB article with TOO_LARGE', () => {
    const huge = file('huge.txt', 'Three people were killed in the blast. '.repeat(520_000));
    const r = sitrep(['extract', huge]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('TOO_LARGE');
  });

  it('refuses a 20 MB NDJSON line without losing the next one', () => {
    const huge = JSON.stringify({ id: 'huge', text: 'Three people were killed. '.repeat(800_000) });
    const r = sitrep(['extract', file('huge.ndjson', `${huge}\n${JSON.stringify({ id: 'next', text: story })}\n`)]);
    const out = ndjson(r.stdout) as { id: string; ok: boolean; error?: { code: string } }[];
    expect(out.map((o) => o.ok)).toEqual([false, true]);
    expect(out[0]?.error?.code).toBe('TOO_LARGE');
  });

  it('reports a missing file as a failed record', () => {
    const r = sitrep(['extract', join(tmp, 'does-not-exist.txt')]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe('READ_FAILED');
  });
});

describe('sitrep: usage errors exit 2', () => {
  it.each([
    [['extract', '--published', '27/04/2018']],
    [['extract', '--format', 'xml']],
    [['extract', '--no-such-flag']],
    [['no-such-command']],
  ])('%j', (args) => {
    const r = sitrep(args, story);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/error/i);
  });

  it('prints help and exits 0', () => {
    const r = sitrep(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('extract');
  });
});

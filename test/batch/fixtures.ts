import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const tmp = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));

const stories = [
  'Police said two people were killed in Kabul on Monday when a bomb exploded near a busy market.',
  'Three soldiers were wounded in the attack, the army said on Tuesday, adding that the area was sealed off.',
  'At least 12 civilians died in air strikes on the town, a monitoring group reported on Wednesday.',
  'Officials said hundreds of families had fled the fighting since the start of the week.',
];

/** NDJSON records with ids a0…a{n-1}; `edit` may replace a line (a bad record) by its index. */
export function archiveLines(n: number, edit: (i: number, line: string) => string = (_i, l) => l): string[] {
  return Array.from({ length: n }, (_, i) => edit(i, JSON.stringify({ id: `a${i}`, text: `${stories[i % stories.length]} Report ${i}.` })));
}

export function writeArchive(name: string, lines: string[], gzip = false): string {
  const path = join(tmp, name);
  const body = lines.join('\n') + '\n';
  writeFileSync(path, gzip ? gzipSync(body) : body);
  return path;
}

export interface Rec {
  id: string;
  ok: boolean;
  error?: { code: string; message: string };
  input?: { path?: string; line?: number };
}

export function parseLines(s: string): Rec[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Rec);
}

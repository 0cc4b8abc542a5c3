import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/sitrep', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, with optional standard input. */
export function sitrep(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: input ?? '',
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

export function ndjson(s: string): unknown[] {
  return s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
}

export interface SeedFixture {
  id: string;
  published: string;
  text: string;
}

export function seedArticle(): SeedFixture {
  return JSON.parse(readFileSync(new URL('../fixtures/seed/article.json', import.meta.url), 'utf8')) as SeedFixture;
}

/** The seed's hand-made gold; `G` names the keys (and their shapes) a test reads. */
export function seedGold<G = Record<string, unknown[]>>(): { id: string; published: string; gold: G } {
  return JSON.parse(readFileSync(new URL('../fixtures/seed/gold.json', import.meta.url), 'utf8')) as { id: string; published: string; gold: G };
}

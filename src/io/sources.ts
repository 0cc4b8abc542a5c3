import { opendir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Source } from './read.js';

/** A source with what batch mode needs to know about it. */
export interface ExpandedSource extends Source {
  /** size in bytes on disk (compressed size for .gz), when it is a file. */
  size?: number;
  /** the path relative to the directory or glob root it was found under (for `--out DIR`). */
  relative?: string;
}

// What a directory walk or a glob picks up: the input formats, plain or gzipped.
const INPUT_NAME = /\.(?:txt|text|json|ndjson|jsonl)(?:\.gz)?$/i;

export function isInputName(name: string): boolean {
  return INPUT_NAME.test(name);
}

/**
 * Command-line arguments → sources, in a stable order: a file as given; a directory walked recursively
 * (names sorted, hidden entries skipped, only .txt/.json/.ndjson/.jsonl and their .gz); a glob pattern
 * that the shell did not expand (quoted, or too many files for the command line) matched and sorted;
 * "-" is standard input. A missing file stays a source: reading it yields a READ_FAILED record.
 */
export async function expandSources(args: readonly string[], stdin: Source['stream']): Promise<ExpandedSource[]> {
  const out: ExpandedSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(stdin ? { stream: stdin } : {});
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      for await (const path of walk(arg)) out.push({ path, size: (await stat(path)).size, relative: relative(arg, path) });
    } else if (info) {
      out.push({ path: arg, size: info.size });
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })).sort();
      const root = globRoot(arg);
      for (const path of matches) out.push({ path, size: (await stat(path)).size, relative: relative(root, path) });
    } else {
      out.push({ path: arg });
    }
  }
  return out;
}

/** Files under a directory, depth first, names sorted so every run (and every shard) sees one order. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if ((e.isFile() || e.isSymbolicLink()) && isInputName(e.name)) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path);
    else yield path;
  }
}

/** The directory part of a pattern before its first wildcard: "data/2020/*.gz" → "data/2020". */
export function globRoot(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.length ? fixed.join(sep) || sep : '.';
}

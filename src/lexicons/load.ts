// Lexicons are data files under data/lexicons/: one entry per line, `#` starts a comment, blank lines are
// skipped. A line may hold several fields separated by ` | ` (e.g. `dozens | 24 | 99`).
// Files are read once per process, synchronously, on first use.
import { readFileSync } from 'node:fs';

// src/lexicons/load.ts and dist/lexicons/load.js sit at the same depth below the package root.
const LEXICON_DIR = new URL('../../data/lexicons/', import.meta.url);

const cache = new Map<string, string[][]>();

/** Rows of a lexicon file, each split into its ` | `-separated fields (trimmed). */
export function loadTable(name: string): string[][] {
  let rows = cache.get(name);
  if (!rows) {
    const raw = readFileSync(new URL(`${name}.txt`, LEXICON_DIR), 'utf8');
    rows = parseTable(raw);
    cache.set(name, rows);
  }
  return rows;
}

/** The first field of each row: a plain word list. */
export function loadList(name: string): string[] {
  return loadTable(name).map((row) => row[0] ?? '').filter(Boolean);
}

export function parseTable(raw: string): string[][] {
  const rows: string[][] = [];
  for (const line of raw.split('\n')) {
    const content = stripComment(line).trim();
    if (content) rows.push(content.split(' | ').map((f) => f.trim()));
  }
  return rows;
}

// `#` begins a comment unless escaped as `\#`.
function stripComment(line: string): string {
  if (!line.includes('#')) return line; // most lines: no regex (lexicon parsing is part of every start-up)
  const at = line.search(/(?<!\\)#/);
  return (at < 0 ? line : line.slice(0, at)).replace(/\\#/g, '#');
}

// Lexicons of the quantities module, read once per process on first use.
import { loadTable } from '../lexicons/load.js';
import type { Qualifier } from '../schema.js';

export type NumberRole = 'unit' | 'ten' | 'hundred' | 'scale' | 'dozen' | 'suffix';

export interface VagueAmount { low: number; high: number | null; best: number }

export interface NumberWord { value: number; role: NumberRole }

export interface Lexicons {
  numbers: Map<string, NumberWord>;
  /** phrases as token sequences, longest first. */
  qualifiers: { words: string[]; qualifier: Qualifier }[];
  vague: { words: string[]; amount: VagueAmount }[];
  /** the same phrases by their first word, longest first: a token is matched against its own few only. */
  qualifiersByFirst: Map<string, { words: string[]; qualifier: Qualifier }[]>;
  vagueByFirst: Map<string, { words: string[]; amount: VagueAmount }[]>;
}

let cached: Lexicons | undefined;

/** Splits a lexicon phrase into the tokens wink produces for it ("pro-government" stays one token). */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

const byLength = <T extends { words: string[] }>(a: T, b: T): number => b.words.length - a.words.length;

/** Phrases grouped by first word, each group in the list's order. */
function byFirstWord<T extends { words: string[] }>(phrases: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const p of phrases) {
    const first = p.words[0] ?? '';
    const group = map.get(first);
    if (group) group.push(p);
    else map.set(first, [p]);
  }
  return map;
}

export function quantityLexicons(): Lexicons {
  if (cached) return cached;
  const numbers = new Map<string, NumberWord>();
  for (const [word, value, role] of loadTable('quantity-numbers')) {
    if (word && value && role) numbers.set(word, { value: Number(value), role: role as NumberRole });
  }
  const qualifiers = loadTable('quantity-qualifiers')
    .filter((r) => r[0] && r[1])
    .map(([phrase, q]) => ({ words: phraseWords(phrase ?? ''), qualifier: q as Qualifier }))
    .sort(byLength);
  const vague = loadTable('quantity-vague')
    .filter((r) => r.length >= 4)
    .map(([phrase, low, high, best]) => ({
      words: phraseWords(phrase ?? ''),
      amount: { low: Number(low), high: high === 'null' ? null : Number(high), best: Number(best) },
    }))
    .sort(byLength);
  cached = { numbers, qualifiers, vague, qualifiersByFirst: byFirstWord(qualifiers), vagueByFirst: byFirstWord(vague) };
  return cached;
}

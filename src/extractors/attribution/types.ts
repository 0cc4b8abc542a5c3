// source.type: from the resolved actor's type, refined or filled in by the words of the source
// (data/lexicons/attribution-source-types.txt): "state news agency" → state_media, "residents" → witness.
import { loadTable } from '../../lexicons/load.js';
import type { Actor } from '../../schema.js';
import type { z } from 'zod';
import type { SourceType as SourceTypeSchema } from '../../schema.js';

export type SourceType = z.infer<typeof SourceTypeSchema>;

interface Row { words: string[]; type: SourceType }
interface Table {
  rows: Row[];
  /** row indices by the row's first word, in table order. */
  byFirstWord: Map<string, number[]>;
}

let compiled: Table | undefined;

function table(): Table {
  if (compiled) return compiled;
  const rows = loadTable('attribution-source-types').map(([phrase = '', type = '']) => ({ words: phrase.toLowerCase().split(' '), type: type as SourceType }));
  const byFirstWord = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const first = r.words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), i]);
  });
  compiled = { rows, byFirstWord };
  return compiled;
}

const NO_ROWS: readonly number[] = [];
const memo = new Map<string, number>();
/** how many texts the memo holds: the sources and actor names of an article and the commonest ones across them. */
const MEMO_SIZE = 1000;

/**
 * index of the first row of the table whose words stand in `text` as whole words, one after another, or -1.
 * The text's words are looked up by their first word, so the work is one look-up per word, not one search per
 * row. Source names repeat, so answers are memoised.
 */
function rowOf(text: string): number {
  let row = memo.get(text);
  if (row === undefined) {
    const { rows, byFirstWord } = table();
    const words = wordsOfText(text);
    row = -1;
    for (let i = 0; i < words.length; i++) {
      for (const r of byFirstWord.get(words[i] ?? '') ?? NO_ROWS) {
        if (row >= 0 && r >= row) break;
        if (wordsAt(words, i, (rows[r] as Row).words)) { row = r; break; }
      }
    }
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, row);
  }
  return row;
}

const NON_WORD = /[^\p{L}\p{N}-]+/gu;

/** The lower-cased words of `text`: what /[^\p{L}\p{N}-]+/u separates (empty strings may come with them). */
function wordsOfText(text: string): string[] {
  const lower = text.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = lower.charCodeAt(i) < 128;
  if (!ascii) return lower.replace(NON_WORD, ' ').split(' ');
  // ASCII only: letters, digits and hyphens are the word characters, read without the regex
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) continue;
    if (i > start) words.push(lower.slice(start, i));
    start = i + 1;
  }
  return words;
}

function wordsAt(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[i + k] !== phrase[k]) return false;
  return true;
}

/** the type the words of `text` suggest, or undefined. */
export function typeFromWords(text: string): SourceType | undefined {
  const row = rowOf(text);
  return row < 0 ? undefined : table().rows[row]?.type;
}

const actorRows = new WeakMap<Actor, number>();

/** the best row over all of an actor's names and descriptions: SANA is "state news agency SANA" and "state media". */
function actorRow(actor: Actor): number {
  let best = actorRows.get(actor);
  if (best === undefined) {
    best = -1;
    const texts = new Set([actor.name, ...actor.aliases]);
    for (const m of actor.mentions) if (m.kind !== 'pronoun') texts.add(m.text);
    for (const t of texts) {
      const row = rowOf(t);
      if (row >= 0 && (best < 0 || row < best)) best = row;
    }
    actorRows.set(actor, best);
  }
  return best;
}

const REFINING = new Set<SourceType>(['state_media', 'witness', 'medic', 'police']);

export function sourceType(actor: Actor | null, text: string): SourceType | undefined {
  let row = rowOf(text);
  if (actor) {
    const other = actorRow(actor);
    if (other >= 0 && (row < 0 || other < row)) row = other;
  }
  const words = row < 0 ? undefined : table().rows[row]?.type;
  if (words && REFINING.has(words)) {
    if (!actor || words !== 'state_media' || actor.type === 'media' || actor.type === 'government' || actor.type === 'organization') return words;
  }
  if (actor) {
    switch (actor.type) {
      case 'media': return 'media';
      case 'state_forces': return 'military';
      case 'government':
      case 'state': return 'government';
      case 'armed_group': return 'armed_group';
      case 'ngo': return 'ngo';
      case 'igo': return 'igo';
      case 'civilians': return 'witness';
      case 'person': return words && words !== 'person' ? words : 'person';
      default: return words ?? 'organization';
    }
  }
  return words;
}

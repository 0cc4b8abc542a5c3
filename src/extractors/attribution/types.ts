// source.type: from the resolved actor's type, refined or filled in by the words of the source
// (data/lexicons/attribution-source-types.txt): "state news agency" → state_media, "residents" → witness.
import { loadTable } from '../../lexicons/load.js';
import type { Actor } from '../../schema.js';
import type { z } from 'zod';
import type { SourceType as SourceTypeSchema } from '../../schema.js';

export type SourceType = z.infer<typeof SourceTypeSchema>;

let rows: { phrase: string; type: SourceType }[] | undefined;

function table(): { phrase: string; type: SourceType }[] {
  rows ??= loadTable('attribution-source-types').map(([phrase = '', type = '']) => ({ phrase: ` ${phrase.toLowerCase()} `, type: type as SourceType }));
  return rows;
}

const memo = new Map<string, number>();

/** index of the first row of the table that `text` matches, or -1. Source names repeat, so answers are memoised. */
function rowOf(text: string): number {
  let row = memo.get(text);
  if (row === undefined) {
    const padded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
    row = table().findIndex((r) => padded.includes(r.phrase));
    if (memo.size > 10_000) memo.clear();
    memo.set(text, row);
  }
  return row;
}

/** the type the words of `text` suggest, or undefined. */
export function typeFromWords(text: string): SourceType | undefined {
  const row = rowOf(text);
  return row < 0 ? undefined : table()[row]?.type;
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
  const words = row < 0 ? undefined : table()[row]?.type;
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

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

const memo = new Map<string, SourceType | null>();

/** the type the words of `text` suggest, or undefined. Source names repeat, so answers are memoised. */
export function typeFromWords(text: string): SourceType | undefined {
  let type = memo.get(text);
  if (type === undefined) {
    const padded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
    type = table().find((row) => padded.includes(row.phrase))?.type ?? null;
    if (memo.size > 10_000) memo.clear();
    memo.set(text, type);
  }
  return type ?? undefined;
}

const REFINING = new Set<SourceType>(['state_media', 'witness', 'medic', 'police']);

export function sourceType(actor: Actor | null, text: string): SourceType | undefined {
  // the actor's names and descriptions all count: SANA is "state news agency SANA" and "state media"
  const words = typeFromWords(actor ? [text, actor.name, ...actor.aliases, ...new Set(actor.mentions.map((m) => m.text))].join(' | ') : text);
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

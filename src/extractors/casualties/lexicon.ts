// The casualty lexicons (data/lexicons/casualty-*.txt), read once per process on first use.
import { loadTable } from '../../lexicons/load.js';
import { phraseWords } from '../../quantity/index.js';
import type { CasualtyKind, VictimCategory } from '../../schema.js';

/** `shot`: hit by gunfire, fate not said — reported as injured (see casualty-triggers.txt). */
export type TriggerKind = CasualtyKind | 'shot';
export type TriggerRole = 'verb' | 'intrans' | 'adj' | 'noun' | 'toll' | 'subj' | 'status';

export interface TriggerEntry { words: string[]; kind: TriggerKind; role: TriggerRole }

interface CasualtyLexicons {
  /** trigger phrases by first word, longest first. */
  triggers: Map<string, TriggerEntry[]>;
  /** nouns whose count is itself a figure ("727,000 refugees" are displaced): singular noun → kind. */
  status: Map<string, TriggerKind>;
  victims: Map<string, VictimCategory>;
  modifiers: Map<string, VictimCategory>;
  nonVictims: Set<string>;
}

let cached: CasualtyLexicons | undefined;

export function casualtyLexicons(): CasualtyLexicons {
  if (cached) return cached;
  const triggers = new Map<string, TriggerEntry[]>();
  const status = new Map<string, TriggerKind>();
  for (const [phrase, kind, role] of loadTable('casualty-triggers')) {
    if (!phrase || !kind || !role) continue;
    if (role === 'status') { status.set(phrase, kind as TriggerKind); continue; }
    const words = phraseWords(phrase);
    const first = words[0] ?? '';
    const list = triggers.get(first) ?? [];
    list.push({ words, kind: kind as TriggerKind, role: role as TriggerRole });
    triggers.set(first, list);
  }
  for (const list of triggers.values()) list.sort((a, b) => b.words.length - a.words.length);
  const victims = new Map<string, VictimCategory>();
  for (const [noun, cat] of loadTable('casualty-victims')) if (noun && cat) victims.set(noun, cat as VictimCategory);
  const modifiers = new Map<string, VictimCategory>();
  for (const [word, cat] of loadTable('casualty-modifiers')) if (word && cat) modifiers.set(word, cat as VictimCategory);
  const nonVictims = new Set(loadTable('casualty-nonvictims').map((r) => r[0] ?? '').filter(Boolean));
  cached = { triggers, status, victims, modifiers, nonVictims };
  return cached;
}

/** Singular forms a plural noun may come from: "fighters" → fighter, "militiamen" → militiaman. */
export function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith('men')) out.push(word.slice(0, -3) + 'man');
  if (word === 'children') out.push('child');
  if (word === 'people') out.push('person');
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ves')) out.push(word.slice(0, -3) + 'fe', word.slice(0, -3) + 'f');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

/** Every word whose singulars() include `singular`: the inverse of singulars ("refugee" → refugees, …). */
export function pluralForms(singular: string): string[] {
  const out = [singular, `${singular}s`, `${singular}es`];
  if (singular.endsWith('man')) out.push(singular.slice(0, -3) + 'men');
  if (singular === 'child') out.push('children');
  if (singular === 'person') out.push('people');
  if (singular.endsWith('y')) out.push(singular.slice(0, -1) + 'ies');
  if (singular.endsWith('fe')) out.push(singular.slice(0, -2) + 'ves');
  if (singular.endsWith('f')) out.push(singular.slice(0, -1) + 'ves');
  return out;
}

const PLURAL_WORDS = new Set(['people', 'children', 'police', 'personnel', 'crew', 'staff', 'more', 'dead', 'wounded',
  'injured', 'militia', 'youth', 'infantry', 'men']);

export function isPlural(word: string): boolean {
  return PLURAL_WORDS.has(word)
    || (word.endsWith('men') && word.length > 3) || (word.endsWith('s') && !word.endsWith('ss'));
}

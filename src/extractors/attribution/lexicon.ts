// The reporting-cue lexicon (data/lexicons/attribution-*.txt), compiled once per process into look-ups
// keyed on lower-cased token text.
import { loadList, loadTable } from '../../lexicons/load.js';

export type CueClass = 'speech' | 'act' | 'evidence' | 'cognition' | 'figure' | 'prep' | 'intent' | 'stance' | 'venue';

export interface CueEntry {
  lemma: string;
  /** the lemma's first word ("call" of "call for"): the key of its negative senses. */
  head: string;
  cls: CueClass;
  /** the fixed words after the inflected first word of a phrasal cue ("call for" → ["for"]). */
  rest: string[];
}

export interface Negative {
  window: 'next' | 'near';
  words: Set<string>;
}

export interface CueLexicon {
  /** inflected first word → the cues it may begin (longest phrase first). */
  byForm: Map<string, CueEntry[]>;
  /** stop phrases as token sequences, indexed by their first token. */
  stops: Map<string, string[][]>;
  negatives: Map<string, Negative[]>;
  transcriptLabels: Set<string>;
  /** documents that speak through "in": "in the latest poll", "in a new survey". */
  venues: Set<string>;
}

const CLASSES = new Set<string>(['speech', 'act', 'evidence', 'cognition', 'figure', 'prep', 'intent', 'stance', 'venue']);

let compiled: CueLexicon | undefined;

export function cueLexicon(): CueLexicon {
  compiled ??= compile();
  return compiled;
}

function compile(): CueLexicon {
  const byForm = new Map<string, CueEntry[]>();
  for (const [lemma = '', cls = '', forms = ''] of loadTable('attribution-cues')) {
    if (!CLASSES.has(cls)) throw new Error(`attribution-cues: unknown class "${cls}" for "${lemma}"`);
    const [head = '', ...rest] = lemma.split(' ');
    const entry: CueEntry = { lemma, head, cls: cls as CueClass, rest };
    const listed = forms.split(' ').filter(Boolean);
    const only = listed[0]?.startsWith('!') ?? false;
    if (only) listed[0] = (listed[0] ?? '').slice(1);
    const all = cls === 'prep' || cls === 'venue' ? [head] : only ? listed : [...inflect(head), ...listed];
    for (const form of new Set(all)) {
      const list = byForm.get(form) ?? [];
      list.push(entry);
      list.sort((a, b) => b.rest.length - a.rest.length);
      byForm.set(form, list);
    }
  }
  const stops = new Map<string, string[][]>();
  for (const phrase of loadList('attribution-stops')) {
    const words = phrase.toLowerCase().split(' ');
    const first = words[0] ?? '';
    stops.set(first, [...(stops.get(first) ?? []), words]);
  }
  const negatives = new Map<string, Negative[]>();
  for (const [lemma = '', window = '', words = ''] of loadTable('attribution-negatives')) {
    if (window !== 'next' && window !== 'near') throw new Error(`attribution-negatives: bad window "${window}"`);
    negatives.set(lemma, [...(negatives.get(lemma) ?? []), { window, words: new Set(words.split(' ')) }]);
  }
  const transcriptLabels = new Set(loadList('attribution-transcript-labels').map((l) => l.toLowerCase()));
  const venues = new Set(loadList('attribution-venues').map((l) => l.toLowerCase()));
  return { byForm, stops, negatives, transcriptLabels, venues };
}

/** Regular English verb forms: base, -s, -ed, -ing. Doubling and irregulars come from the lexicon. */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  const consonantY = /[^aeiou]y$/.test(lemma);
  if (/(?:[sxzo]|sh|ch)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (consonantY) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (consonantY) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

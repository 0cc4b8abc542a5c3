// Resolving a source span to an actor: the actor whose mention overlaps the source (the actors stage
// supplies names, nominals and pronouns); failing that, a pronoun or a bare description takes the
// nearest compatible earlier source. What cannot be resolved stays actor: null.
import type { Actor, ActorMention } from '../../schema.js';
import { typeFromWords } from './types.js';

export interface Resolved {
  actor: Actor | null;
  /** canonical name: the actor's, an antecedent's, or the source text. */
  name: string;
  /** person or group, for pronoun agreement later in the article. */
  kind: 'person' | 'group' | 'unknown';
}

interface Ref {
  actor: Actor;
  mention: ActorMention;
}

export interface Earlier {
  start: number;
  sentence: number;
  resolved: Resolved;
  head: string;
  text: string;
}

/** how many earlier sources a pronoun or description may look back over. */
const LOOKBACK = 40;
const MAX_MENTION = 300;
const KIND_RANK = { name: 0, nominal: 1, pronoun: 2 } as const;
const PERSON_PRONOUNS = new Set(['he', 'she', 'who', 'him', 'her', 'i']);
const GROUP_PRONOUNS = new Set(['it', 'which', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'we']);
const PERSON_WORDS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'official',
  'officer', 'commander', 'general', 'colonel', 'doctor', 'witness', 'resident', 'director', 'chief', 'head',
  'leader', 'governor', 'mayor', 'senator', 'secretary', 'ambassador', 'envoy', 'analyst', 'expert', 'source',
  'man', 'woman', 'father', 'mother', 'professor', 'candidate', 'nominee', 'judge', 'lawyer', 'told', 'reporter']);

export class Resolver {
  private readonly refs: Ref[];

  constructor(actors: readonly Actor[]) {
    this.refs = [];
    for (const actor of actors) for (const mention of actor.mentions) if (mention.end - mention.start <= MAX_MENTION) this.refs.push({ actor, mention });
    this.refs.sort((a, b) => a.mention.start - b.mention.start);
  }

  /** The actor whose mention overlaps [start, end), preferring one over the head word, then names. */
  actorAt(start: number, end: number, headStart: number): Actor | null {
    let best: Ref | null = null;
    let bestScore = Infinity;
    for (let i = this.firstNear(start); i < this.refs.length; i++) {
      const ref = this.refs[i] as Ref;
      const m = ref.mention;
      if (m.start >= end) break;
      if (m.end <= start) continue;
      const overHead = m.start <= headStart && headStart < m.end ? 0 : 10;
      const score = overHead + KIND_RANK[m.kind];
      if (score < bestScore) {
        best = ref;
        bestScore = score;
      }
    }
    return best?.actor ?? null;
  }

  /** the first mention that could reach `start` (mentions are sorted by start; none is longer than MAX_MENTION). */
  private firstNear(start: number): number {
    let lo = 0;
    let hi = this.refs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.refs[mid] as Ref).mention.start < start - MAX_MENTION) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  resolve(source: { start: number; end: number; text: string; headStart: number; head: string; pronoun: boolean },
    sentence: number, earlier: readonly Earlier[]): Resolved {
    const actor = this.actorAt(source.start, source.end, source.headStart);
    const head = source.head.toLowerCase();
    if (actor) return { actor, name: actor.name, kind: actor.type === 'person' ? 'person' : 'group' };
    if (source.pronoun) {
      const want = PERSON_PRONOUNS.has(head) ? 'person' : GROUP_PRONOUNS.has(head) ? 'group' : PLURAL_PRONOUNS.has(head) ? 'plural' : null;
      if (want) {
        for (let i = earlier.length - 1; i >= 0 && earlier.length - i <= LOOKBACK; i--) {
          const e = earlier[i];
          if (!e || sentence - e.sentence > 6) break;
          if (e.resolved.kind === 'unknown' && e.text.toLowerCase() === head) continue;
          const ok = want === 'plural' ? e.resolved.kind === 'group' || e.head.endsWith('s') : e.resolved.kind === want;
          if (ok) return { actor: e.resolved.actor, name: e.resolved.name, kind: e.resolved.kind };
        }
      }
      return { actor: null, name: source.text, kind: want === 'person' ? 'person' : want === 'group' ? 'group' : 'unknown' };
    }
    // "the agency" after "state news agency SANA": a definite description repeating an earlier head noun
    if (/^(?:the|this)\s/i.test(source.text)) {
      for (let i = earlier.length - 1; i >= 0 && earlier.length - i <= LOOKBACK; i--) {
        const e = earlier[i];
        if (!e || sentence - e.sentence > 12) break;
        if (e.head === head && e.resolved.name.toLowerCase() !== source.text.toLowerCase()) {
          return { ...e.resolved };
        }
      }
    }
    return { actor: null, name: source.text, kind: kindOfWords(source.text, head) };
  }
}

function kindOfWords(text: string, head: string): Resolved['kind'] {
  if (PERSON_WORDS.has(head) || PERSON_PRONOUNS.has(head)) return 'person';
  const type = typeFromWords(text);
  if (type === 'witness' || type === 'person') return 'person';
  if (type) return 'group';
  // a bare two- or three-word name without organisation words reads as a person's
  if (/^(?:\p{Lu}[\p{L}'’.-]*\s){0,2}\p{Lu}[\p{L}'’.-]*$/u.test(text)) return 'person';
  return 'unknown';
}

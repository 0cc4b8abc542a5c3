// The dates stage: find date expressions (news grammar + chrono for calendar dates), keep the longest
// non-overlapping ones, infer the publication date when nobody gave it, then anchor every expression.
import type { AnalysedDoc } from '../../document/model.js';
import type { Found, Stage } from '../../pipeline.js';
import type { DateMention, Published } from '../../schema.js';
import { chronoCandidates, hintWindows } from './calendar-chrono.js';
import { dayNumber, parseIsoDay } from './calendar.js';
import { contrastsWithPast, pointsToFuture } from './context.js';
import type { Candidate } from './frames.js';
import { grammarCandidates, rules } from './grammar.js';
import { inferPublished, type Clue } from './infer.js';
import { readsSituation, resolve, type Discourse, type Reference, type Situation } from './resolve.js';
import { Readers } from './scan.js';

const MAX_CLUES = 60;
const NO_SITUATION: Situation = { future: false, presentContrast: false, sentence: 0 };
/** right before a mention that bounds a range ("since April 19") or sets a deadline ("by February") */
const BOUNDARY_BEFORE = /\b(?:since|from|until|till|through|before|after)\s+$/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|through)\s+$/i;

export interface DatesStageOptions {
  /** today's day number (days since 1970-01-01); inject it in tests. Defaults to the system clock. */
  today?: () => number;
}

export function createDatesStage(options: DatesStageOptions = {}): Stage {
  const today = options.today ?? (() => {
    const now = new Date();
    return dayNumber(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  });
  return {
    name: 'dates',
    run: (doc) => extractDates(doc, today()),
  };
}

export const datesStage: Stage = createDatesStage();

export function extractDates(doc: AnalysedDoc, today: number): Partial<Found> {
  const candidates = select(gather(doc));
  // a duration, a set or a decade resolves without its sentence: only the others read their situation
  const situations = candidates.map((c) => (readsSituation(c.frame) ? situationOf(doc, c) : NO_SITUATION));
  let published: Published = doc.published;
  let ref: Reference | null = null;
  const given = published.value ? parseIsoDay(published.value) : null;
  if (given !== null) ref = { dn: given, kind: 'published' };
  else if (published.source === 'none') {
    // the opening of the article carries the clues; a bounded number keeps inference cheap on huge inputs
    const clues: Clue[] = candidates.slice(0, MAX_CLUES).map((c, i) => ({ candidate: c, future: situations[i]?.future ?? false, span: doc.span(c.start, c.end) }));
    const inferred = inferPublished(clues, today);
    if (inferred?.value) {
      published = inferred;
      const dn = parseIsoDay(inferred.value);
      if (dn !== null) ref = { dn, kind: 'inferred' };
    }
  }
  const disc: Discourse = {};
  const dates: DateMention[] = candidates.map((c, i) => {
    const sit = situations[i] ?? NO_SITUATION;
    const r = resolve(c, ref, disc, sit);
    const span = doc.span(c.start, c.end); // its fields copied, not spread: spreading is V8's slow path here
    const mention: DateMention = { start: span.start, end: span.end, text: span.text, type: c.type, value: r.value, anchored: r.anchored };
    if (c.mod) mention.mod = c.mod;
    if (r.anchor) mention.anchor = r.anchor;
    return mention;
  });
  return published === doc.published ? { dates } : { dates, published };
}

let readers: Readers | undefined;

/** The grammar's rules, reading the text in one scan. */
export function textReaders(): Readers {
  readers ??= new Readers(rules());
  return readers;
}

/** Every candidate in the text: the grammar over the whole text, chrono over hinted sentences. */
export function gather(doc: AnalysedDoc): Candidate[] {
  const matches = textReaders().matches(doc.text);
  const out = grammarCandidates(doc.text, matches);
  for (const [from, to] of hintWindows(doc.text, (at) => doc.sentenceAt(at))) out.push(...chronoCandidates(doc.text, from, to));
  return out;
}

/** Longest first, then the better-ranked rule; overlapping candidates lose. Result in text order. */
export function select(cands: Candidate[]): Candidate[] {
  const ordered = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // taken characters, one bit per offset: linear in the length of the spans, whatever the article's size
  const taken = new TakenOffsets(ordered.reduce((end, c) => Math.max(end, c.end), 0));
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) taken.add(i);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A set of text offsets below a bound, as bits (in a plain array: a small typed array costs more to make). */
class TakenOffsets {
  private readonly bits: number[];
  constructor(bound: number) {
    this.bits = new Array<number>((bound >>> 5) + 1).fill(0);
  }
  has(i: number): boolean {
    return ((this.bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;
  }
  add(i: number): void {
    this.bits[i >>> 5] = (this.bits[i >>> 5] ?? 0) | (1 << (i & 31));
  }
}

function situationOf(doc: AnalysedDoc, c: Candidate): Situation {
  const s = doc.sentenceAt(c.start);
  const start = s?.start ?? 0;
  const end = s?.end ?? doc.text.length;
  const frame = c.frame;
  const contrast = frame.k === 'relday' && frame.off === 0 && contrastsWithPast(doc.text, start, end);
  const before = doc.text.slice(Math.max(start, c.start - 10), c.start);
  const boundary = BOUNDARY_BEFORE.test(before);
  const deadline = DEADLINE_BEFORE.test(before);
  return { future: pointsToFuture(doc.text, start, c.start), presentContrast: contrast, sentence: s?.index ?? 0, boundary, deadline };
}

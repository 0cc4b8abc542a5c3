// The casualties stage: figures (kind, bounds, victims, evidence), who reported each, and the tally.
// Only sentences holding a casualty trigger word and a predicate are read at all (a map look-up per token); in them,
// figures.ts ties counts to triggers, reporter.ts links reporters, tally.ts sums the article's figures.
import type { AnalysedDoc } from '../../document/model.js';
import type { Found, Stage } from '../../pipeline.js';
import type { Actor, Attribution, CasualtyFigure, CasualtyKind, ReportedBy } from '../../schema.js';
import { inEarlierWhenClause, readContext } from './context.js';
import { sentenceFigures, type RawFigure } from './figures.js';
import { linkReporter, reportedBy } from './reporter.js';
import { triggerAt } from './triggers.js';
import { computeTally, type TallyItem } from './tally.js';
import { scanArticle } from './scan.js';
import { implicitKinds } from './triggers.js';

/**
 * Figures that restate an earlier one are dropped, so each is reported once, at its first statement:
 *  - "the 30 victims" (a definite count equal to an earlier figure), "the driver" (a definite singular
 *    after a figure of the same kind);
 *  - the same kind and bounds again: always when the count is 2 or more (a headline restated in the
 *    body, "two people were killed … the two died"); for 1, when the victims' head is the same or absent;
 *  - individuals listed one by one adding up to an earlier figure of the same kind ("killing two people …
 *    A 26-year-old man and an 18-year-old woman were killed").
 */
function repeatOf(f: RawFigure, chain: readonly RawFigure[], kept: readonly RawFigure[], doc: AnalysedDoc): RawFigure | undefined {
  const c = f.unit.count;
  const tokens = doc.tokens;
  const contains = (x: RawFigure, word: string): boolean => {
    if (!word) return false;
    for (let t = x.unit.victims.start; t < x.unit.victims.end; t++) if (tokens[t]?.lower === word) return true;
    return false;
  };
  const head = (x: RawFigure): string => (x.unit.victims.head >= 0 ? doc.tokens[x.unit.victims.head]?.lower ?? '' : '');
  // only individuals named one by one are read as a breakdown of an earlier count ("two people" … "a man
  // and a woman"); groups ("two women and five children") are statements of their own
  const exactSum = chain.length > 1 && chain.every((x) => !x.unit.quantity && x.unit.count.low === 1 && x.unit.count.high === 1)
    ? chain.reduce((n, x) => n + x.unit.count.low, 0) : -1;
  return kept.find((k) => {
    if (k.chain === f.chain) return false;
    const same = k.unit.count.low === c.low && k.unit.count.high === c.high;
    if (f.unit.definite && f.unit.quantity && same) return true;
    if (f.unit.definite && !f.unit.quantity && k.kind === f.kind) return true;
    if (k.kind !== f.kind) return false;
    if (exactSum > 0 && k.unit.count.low === exactSum && k.unit.count.high === exactSum) return true;
    const bare = (x: RawFigure): boolean => !head(x) || x.unit.victims.start === x.unit.victims.head && x.unit.victims.end - x.unit.victims.start === 1
      && tokens[x.unit.victims.start]?.pos === 'PRON';
    // one person named twice: "veteran dissident Wang Donghai" … "Police detained Wang"
    if (c.low === 1 && same && (contains(k, head(f)) || contains(f, head(k)))) return true;
    return same && (head(k) === head(f) || bare(k) || bare(f) || c.low >= 3
      || (c.low === 2 && k.unit.victims.category === f.unit.victims.category));
  });
}

/**
 * A headline figure restated in the body inside an attribution's content ("Bootleg brew kills 35" … "alcohol
 * that killed 35 people …, the Xinhua news agency said"): the first such attribution, whose content holds a
 * trigger of the same kind and the headline's number or victims noun. Its source reported the headline figure.
 */
function headlineSource(f: RawFigure, doc: AnalysedDoc, attributions: readonly Attribution[], titleEnd: number): Attribution | undefined {
  const t = doc.tokens;
  const want = new Set<string>();
  const head = f.unit.victims.head >= 0 ? t[f.unit.victims.head]?.lower : undefined;
  if (head && f.unit.victims.end > f.unit.victims.start) want.add(head);
  const num = f.unit.quantity ? t[f.unit.quantity.end - 1]?.lower : undefined;
  if (num && f.unit.quantity && f.unit.quantity.end - f.unit.quantity.numberStart === 1) want.add(num);
  if (!want.size) return undefined;
  const kind = (k: string): string => (k === 'shot' ? 'injured' : k);
  const body = attributions.filter((a) => a.content.start >= titleEnd).sort((a, b) => a.content.start - b.content.start);
  for (const a of body) {
    // first token of the content, by binary search
    let lo = 0, hi = t.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if ((t[mid]?.start ?? 0) < a.content.start) lo = mid + 1; else hi = mid; }
    const i = lo;
    let hasWord = false, hasTrigger = false;
    for (let k = i; k < t.length && (t[k]?.end ?? Infinity) <= a.content.end; k++) {
      const w = t[k]?.lower ?? '';
      if (want.has(w)) hasWord = true;
      const trig = triggerAt(t, k, t.length);
      if (trig && kind(trig.kind) === kind(f.kind)) hasTrigger = true;
      if (hasWord && hasTrigger) return a;
    }
  }
  return undefined;
}

/** A span the places or actors stage knows as a place or a non-person actor. */
function nonPersonChecker(found: Readonly<Pick<Found, 'actors' | 'places'>>): (start: number, end: number) => boolean {
  return (start, end) => found.places.some((p) => p.mentions.some((m) => m.start < end && start < m.end))
    || found.actors.some((a) => a.type !== 'person' && a.mentions.some((m) => m.start < end && start < m.end));
}

/** An actor whose mention overlaps the victims phrase ("IS fighters" → Islamic State group). */
function victimActor(start: number, end: number, actors: readonly Actor[]): string | null {
  for (const a of actors) if (a.mentions.some((m) => m.start < end && start < m.end)) return a.id;
  return null;
}

export function extractCasualties(doc: AnalysedDoc, found: Readonly<Pick<Found, 'actors' | 'attributions' | 'places'>>):
  Pick<Found, 'casualties' | 'tally'> {
  const raw: RawFigure[] = [];
  const isNonPerson = nonPersonChecker(found);
  const scan = scanArticle(doc.tokens, doc.sentences);
  const { candidates } = scan;
  for (const s of candidates) raw.push(...sentenceFigures(doc.tokens, s.firstToken, s.endToken, doc.text, s.index, scan, isNonPerson));
  const titleEnd = doc.titleSpan?.end ?? 0; // a headline line only (a one-line text has none)
  const inTitle = (sentence: number): boolean => (doc.sentences[sentence]?.start ?? Infinity) < titleEnd;
  const kept: RawFigure[] = [];
  const reporters = new Map<RawFigure, ReportedBy | null>();
  const reporterOf = (f: RawFigure): ReportedBy | null => {
    if (!reporters.has(f)) {
      const t = doc.tokens;
      const ev = doc.span(t[f.unit.start]?.start ?? 0, t[f.unit.end - 1]?.end ?? 0);
      const trig = f.trigger ? doc.span(t[f.trigger.start]?.start ?? 0, t[f.trigger.end - 1]?.end ?? 0) : undefined;
      reporters.set(f, linkReporter(ev, doc.sentences[f.sentence], found.attributions, found.actors, trig));
    }
    return reporters.get(f) ?? null;
  };
  const chains = new Map<number, RawFigure[]>();
  for (const f of raw) chains.set(f.chain, [...(chains.get(f.chain) ?? []), f]);
  for (const f of raw) {
    const chain = chains.get(f.chain) ?? [f];
    const first = repeatOf(f, chain, kept, doc);
    if (!first) { kept.push(f); continue; }
    // the restatement may say who reported the figure when the first statement (a headline) did not
    if (!reporterOf(first) && reporterOf(f)) reporters.set(first, reporterOf(f));
  }
  // a headline figure takes the source of the body's attribution that restates it
  for (const f of kept) {
    if (!inTitle(f.sentence)) continue;
    const a = headlineSource(f, doc, found.attributions, titleEnd);
    const r = a ? reportedBy(a, found.actors) : null;
    if (r) reporters.set(f, r);
  }
  // a vague headline figure ("floods displace tens of thousands") gives way to the body's count of it
  for (let i = kept.length - 1; i >= 0; i--) {
    const f = kept[i] as RawFigure;
    if (!inTitle(f.sentence) || f.unit.count.qualifier !== 'vague') continue;
    const c = f.unit.count;
    if (kept.some((b) => !inTitle(b.sentence) && b.kind === f.kind && b.unit.count.low <= (c.high ?? Infinity)
      && c.low <= (b.unit.count.high ?? Infinity))) kept.splice(i, 1);
  }

  const casualties: CasualtyFigure[] = [];
  const items: TallyItem[] = [];
  for (const s of candidates) {
    for (const m of implicitKinds(doc.tokens, s.firstToken, s.endToken)) {
      items.push({ kind: m.kind, low: m.count, high: m.count, best: m.count, chain: -1 - items.length, additive: m.add,
        background: false, title: inTitle(s.index), at: doc.tokens[m.token]?.start ?? s.start, perpetrator: m.add });
    }
  }
  let n = 0;
  kept.forEach((f) => {
    const { unit } = f;
    const tokens = doc.tokens;
    if (unit.implicit) {
      items.push({ kind: f.kind, low: 1, high: 1, best: 1, chain: f.chain, additive: false, background: false,
        title: inTitle(f.sentence), at: doc.tokens[unit.start]?.start ?? 0 });
      return;
    }
    n++;
    const first = tokens[unit.start], last = tokens[unit.end - 1];
    if (!first || !last) return;
    let evEnd = last.end;
    if (f.adjacent && f.trigger && f.trigger.start === unit.end) evEnd = tokens[f.trigger.end - 1]?.end ?? evEnd;
    const evidence = doc.span(first.start, evEnd);
    const v = unit.victims;
    const vFirst = tokens[v.start], vLast = tokens[v.end - 1];
    const hasVictims = v.end > v.start && vFirst && vLast;
    const victimsText = hasVictims ? doc.text.slice(vFirst.start, vLast.end) : 'people';
    const kind: CasualtyKind = f.kind === 'shot' ? 'injured' : f.kind;
    const sentence = doc.sentences[f.sentence];
    const actor = hasVictims ? victimActor(vFirst.start, vLast.end, found.actors) : null;
    const fig: CasualtyFigure = {
      id: `casualty-${n}`,
      kind,
      count: unit.count,
      victims: { text: victimsText, category: unit.inherits ?? (hasVictims ? v.category : 'people'), actor },
      reportedBy: reporterOf(f),
      evidence,
    };
    if (f.trigger) {
      const a = tokens[f.trigger.start], b = tokens[f.trigger.end - 1];
      if (a && b) fig.trigger = doc.span(a.start, b.end);
    }
    const after = Math.max(unit.end, f.trigger?.end ?? 0);
    const ctx = sentence ? readContext(tokens, after, sentence.endToken, doc.span, found.places) : { background: false };
    if (ctx.period) fig.period = ctx.period;
    if (ctx.place) fig.place = ctx.place;
    if (ctx.cause) fig.cause = ctx.cause;
    if (sentence && !ctx.background && inEarlierWhenClause(tokens, sentence.firstToken, unit.start)) ctx.background = true;
    if (f.cumulative || ctx.background) fig.cumulative = true;
    casualties.push(fig);
    items.push({
      kind: f.kind, low: unit.count.low, high: unit.count.high, best: unit.count.best ?? unit.count.low,
      chain: f.chain, additive: f.additive, background: ctx.background, title: inTitle(f.sentence), at: evidence.start,
    });
  });
  return { casualties, tally: computeTally(items) };
}

export const casualtiesStage: Stage = {
  name: 'casualties',
  run: (doc, found) => extractCasualties(doc, found),
};

// Attribution: who said what. Every reporting cue (said, told, according to, …) in the article becomes
// { source, cue, content, direct }, and each source is resolved to an actor from found.actors when one
// of its mentions overlaps, else to the nearest compatible earlier source for pronouns, else left null.
import type { AnalysedDoc, Token } from '../../document/model.js';
import type { Found, Stage } from '../../pipeline.js';
import type { Attribution } from '../../schema.js';
import { draftFor, type Draft } from './build.js';
import { dashDrafts } from './dash.js';
import { findCues } from './cues.js';
import { phraseEndingAt } from './np.js';
import { dropEchoes } from './nested.js';
import { findQuotes } from './quotes.js';
import { Resolver, type Earlier } from './resolve.js';
import { transcriptDraft } from './transcript.js';
import { sourceType } from './types.js';
import { wordsOf } from './words.js';

interface Lookup {
  start: number;
  end: number;
  text: string;
  headStart: number;
  head: string;
  pronoun: boolean;
}

const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 120;

export const attributionStage: Stage = {
  name: 'attribution',
  run: (doc, found) => ({ attributions: findAttributions(doc, found) }),
};

export function findAttributions(doc: AnalysedDoc, found: Pick<Found, 'actors'>): Attribution[] {
  const { list: w, sentences } = wordsOf(doc);
  const quotes = findQuotes(doc.text);
  const drafts: { draft: Draft; sentence: number }[] = [];
  const titleCased = doc.titleSpan && isTitleCase(doc.titleSpan.text) ? doc.titleSpan : null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as (typeof sentences)[number];
    if (s.end <= s.start) continue;
    // "He said:" closing its line: what was said is the next sentence (a quote there runs to its end)
    const next = sentences[si + 1];
    const end = w[s.end - 1]?.text === ':' && next ? next.end : s.end;
    const dateline = doc.dateline ? doc.dateline.span.end : null;
    const firstWord = w[s.start] as Token;
    const turn = transcriptDraft(w, s.start, s.end, doc.text, s.start === 0 || firstWord.newlineBefore);
    if (turn) drafts.push({ draft: turn, sentence: s.index });
    let prevSource: Draft['source'] | undefined;
    const headline = titleCased !== null && firstWord.start >= titleCased.start && firstWord.start < titleCased.end;
    for (const cue of findCues(w, s.start, s.end, headline)) {
      // a window around the cue keeps the work linear in a run-on "sentence" (a list, a table, a 1 MB blob)
      const s0 = Math.max(s.start, cue.first - WINDOW_BEFORE);
      const s1 = Math.min(end, cue.last + WINDOW_AFTER);
      const draft = draftFor({ w, s0, s1, quotes, text: doc.text, dateline, prevSource }, cue);
      if (!draft) continue;
      drafts.push({ draft, sentence: s.index });
      prevSource = draft.source;
    }
  }
  for (const draft of dashDrafts(w, quotes)) drafts.push({ draft, sentence: (w[draft.cue.first] as Token).sentence });
  drafts.sort((a, b) => (w[a.draft.cue.first]?.start ?? 0) - (w[b.draft.cue.first]?.start ?? 0));

  const resolver = new Resolver(found.actors);
  const earlier: Earlier[] = [];
  const out: Attribution[] = [];
  for (const { draft, sentence } of drafts) {
    const first = w[draft.source.first] as Token;
    const last = w[draft.source.last] as Token;
    const head = w[draft.source.head] as Token;
    const sourceSpan = doc.span(first.start, last.end);
    // a relative "who"/"which" stands for the phrase before its comma: "Mr. Clarke, who said …"
    const nameEnd = draft.source.nameLast !== undefined ? (w[draft.source.nameLast] as Token).end : last.end;
    let lookup: Lookup = { start: first.start, end: nameEnd, text: doc.text.slice(first.start, nameEnd), headStart: head.start, head: head.text, pronoun: draft.source.pronoun };
    if (draft.source.pronoun && (head.lower === 'who' || head.lower === 'which') && w[draft.source.first - 1]?.text === ',') {
      const np = phraseEndingAt(w, draft.source.first - 2, 0);
      const npFirst = np ? w[np.first] : undefined;
      const npHead = np ? w[np.head] : undefined;
      if (np && npFirst && npHead && !np.pronoun) {
        const end = (w[np.last] as Token).end;
        lookup = { start: npFirst.start, end, text: doc.text.slice(npFirst.start, end), headStart: npHead.start, head: npHead.text, pronoun: false };
      }
    }
    const resolved = resolver.resolve(lookup, sentence, earlier);
    earlier.push({ start: sourceSpan.start, sentence, resolved, head: lookup.head.toLowerCase(), text: lookup.text });
    const type = sourceType(resolved.actor, lookup.pronoun ? resolved.name : lookup.text);
    const cueFirst = w[draft.cue.first] as Token;
    const cueLast = w[draft.cue.last] as Token;
    out.push({
      id: `attribution-${out.length + 1}`,
      source: type
        ? { start: sourceSpan.start, end: sourceSpan.end, text: sourceSpan.text, actor: resolved.actor?.id ?? null, name: resolved.name, type }
        : { start: sourceSpan.start, end: sourceSpan.end, text: sourceSpan.text, actor: resolved.actor?.id ?? null, name: resolved.name },
      cue: doc.span(cueFirst.start, cueLast.end),
      content: doc.span(draft.content.start, draft.content.end),
      direct: draft.direct,
    });
  }
  return dropEchoes(out, doc.text, quotes);
}

/** a headline with most of its words capitalised ("Lindsey Graham Says Trump Could …"). */
function isTitleCase(title: string): boolean {
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  let upper = 0;
  for (const word of words) if (/^\p{Lu}/u.test(word)) upper++;
  return upper * 4 >= words.length * 3;
}

import type { ArticleInput, Published, Span } from '../schema.js';
import { findDateline } from './dateline.js';
import type { AnalysedDoc, Sentence, Token } from './model.js';
import { wink } from './nlp.js';

export interface AnalyseOptions {
  id: string;
  published: Published;
}

/** read → analyse: tokens, sentences and offsets for every extractor to share. */
export function analyse(article: ArticleInput, options: AnalyseOptions): AnalysedDoc {
  const text = article.text;
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);

  const values = wdoc.tokens().out() as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];

  const tokens: Token[] = [];
  const tokenIndexOfWink: number[] = new Array<number>(values.length);
  let cursor = 0;
  let pendingNewline = false;
  // the first line break at or after `cursor`, found once per line rather than once per token
  let nextNewline = text.indexOf('\n');
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (!value.trim()) {
      // wink keeps line breaks as tokens; they only mark the next token as starting a line
      tokenIndexOfWink[i] = tokens.length;
      if (value.includes('\n')) pendingNewline = true;
      continue;
    }
    const at = locate(text, value, cursor);
    tokenIndexOfWink[i] = tokens.length;
    if (at < 0) continue; // wink normalised this token beyond recognition; it carries no evidence
    tokens.push({
      index: tokens.length,
      start: at,
      end: at + value.length,
      text: value,
      lower: value.toLowerCase(),
      pos: pos[i] ?? 'X',
      newlineBefore: pendingNewline || (spaces[i] ?? '').includes('\n') || (nextNewline >= 0 && nextNewline < at),
      sentence: 0,
    });
    pendingNewline = false;
    cursor = at + value.length;
    if (nextNewline >= 0 && nextNewline < cursor) nextNewline = text.indexOf('\n', cursor);
  }

  const sentences = buildSentences(text, tokens, wdoc.sentences().out(its.span) as unknown as [number, number][], tokenIndexOfWink);

  const title = article.title ?? firstLineTitle(text);
  const titleSpan = locateTitle(text, title);
  const span = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

  return {
    id: options.id,
    text,
    title,
    titleSpan,
    dateline: findDateline(text),
    published: options.published,
    sentences,
    tokens,
    sentenceAt: (offset) => sentenceAt(sentences, offset),
    span,
  };
}

// wink returns token values as they stand in the text; skipping at most a little whitespace or a stray
// character keeps the scan linear.
function locate(text: string, value: string, from: number): number {
  if (!value) return -1;
  if (text.startsWith(value, from)) return from;
  const at = text.indexOf(value, from);
  return at >= 0 && at - from <= 64 ? at : -1;
}

// wink's sentence boundaries, further cut at line breaks: a headline, a caption and a dateline never run
// into the next line's sentence.
function buildSentences(text: string, tokens: Token[], winkSpans: [number, number][], map: number[]): Sentence[] {
  const starts = new Set<number>([0]);
  for (const [a] of winkSpans) {
    const t = map[a];
    if (t !== undefined) starts.add(t);
  }
  for (const t of tokens) if (t.newlineBefore) starts.add(t.index);
  const ordered = [...starts].filter((i) => i < tokens.length).sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  for (let k = 0; k < ordered.length; k++) {
    const firstToken = ordered[k] ?? 0;
    const endToken = ordered[k + 1] ?? tokens.length;
    const first = tokens[firstToken];
    const last = tokens[endToken - 1];
    if (!first || !last) continue;
    const index = sentences.length;
    for (let i = firstToken; i < endToken; i++) {
      const tok = tokens[i];
      if (tok) tok.sentence = index;
    }
    sentences.push({ index, start: first.start, end: last.end, text: text.slice(first.start, last.end), firstToken, endToken });
  }
  return sentences;
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) {
      const next = sentences[mid + 1];
      if (next && offset < next.start) return s; // in the whitespace between two sentences
      lo = mid + 1;
    } else return s;
  }
  return undefined;
}

// Plain text: the first non-empty line is the headline when it reads like one (short, no final period).
function firstLineTitle(text: string): string | null {
  const m = /^\s*([^\n]{1,300})(?:\n|$)/.exec(text);
  const line = m?.[1]?.trim();
  if (!line) return null;
  const rest = text.slice((m?.index ?? 0) + (m?.[0].length ?? 0)).trim();
  if (!rest) return null; // a one-line text is a sentence, not a headline
  return line;
}

function locateTitle(text: string, title: string | null): Span | null {
  if (!title) return null;
  const at = text.indexOf(title);
  return at >= 0 && at < 400 ? { start: at, end: at + title.length, text: title } : null;
}

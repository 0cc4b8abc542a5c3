import type { Dateline, Published, Span } from '../schema.js';

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** lower-cased text, for lexicon look-ups. */
  lower: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, NUM, ADP, … */
  pos: string;
  /** whitespace before this token contains a line break. */
  newlineBefore: boolean;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** token index range, half-open. */
  firstToken: number;
  endToken: number;
}

/**
 * The analysed article every extractor reads. Offsets are UTF-16 indices into `text`; nothing here is
 * ever re-based, so a span taken from any field slices back out of `text` unchanged.
 */
export interface AnalysedDoc {
  id: string;
  text: string;
  /** the headline: an input field, or the first non-empty line of plain text. */
  title: string | null;
  /** the headline's span inside `text`, when the headline is part of the text. */
  titleSpan: Span | null;
  dateline: Dateline | null;
  /** the reference date that relative expressions resolve against. */
  published: Published;
  sentences: Sentence[];
  tokens: Token[];
  /** the sentence containing `offset`, or undefined past the end. */
  sentenceAt(offset: number): Sentence | undefined;
  /** a span of `text`, always consistent with it. */
  span(start: number, end: number): Span;
}

import { fail, type Failure } from './failure.js';

export const DEFAULT_MAX_CHARS = 1_000_000;

// Function words that make up a large share of any English prose; a long text with almost none of them
// is not English (or not prose), and the extractors' lexicons would read it as noise.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in is was that for on with as by at from he it said were are has have had be been not'.split(' '),
);

/** Checks that decide whether a text can be read as an English news article at all. */
export function checkText(text: string, maxChars = DEFAULT_MAX_CHARS): Failure | null {
  if (!text.trim()) return fail('EMPTY_INPUT', 'the article text is empty or whitespace only');
  if (text.length > maxChars) {
    return fail('TOO_LARGE', `the article has ${text.length.toLocaleString('en')} characters, more than the limit of ${maxChars.toLocaleString('en')} (raise it with --max-chars)`);
  }
  if (looksLikeHtml(text)) {
    return fail('HTML_INPUT', 'the input is HTML markup, not article text; extract the text first (offsets would otherwise point into markup)');
  }
  if (!looksEnglish(text)) {
    return fail('NOT_ENGLISH', 'the text does not look like English; sitrep reads English news only');
  }
  return null;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const sample = text.slice(0, 20000);
  const tags = sample.match(/<\/?(?:p|div|span|a|br|script|style|body|head|meta|li|ul|table|td|tr)\b[^<>]{0,300}>/gi)?.length ?? 0;
  return tags >= 5 && tags * 40 > sample.length / 10;
}

function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 20000);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 25) return true; // too short to judge: let it through
  let latin = 0;
  let fn = 0;
  for (const w of words) {
    if (/^[a-z]+$/.test(w)) latin++;
    if (ENGLISH_FUNCTION_WORDS.has(w)) fn++;
  }
  return latin / words.length > 0.5 && fn / words.length > 0.08;
}

import { fail, type Failure } from './failure.js';

export const DEFAULT_MAX_CHARS = 1_000_000;

// Function words frequent in running text. A text is refused as non-English only on positive evidence:
// another language's function words clearly outnumber English ones, or most letters are not Latin.
// English tables (sports results, lists of names) have few function words of any language and pass.
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is was that for on with as by at from it said were are has have had been not this which',
  de: 'der die das und ist nicht mit den dem ein eine sich auf auch für von wurde zu im',
  fr: 'le la les et des est une pour dans qui que sur pas par au du avec il elle sont',
  es: 'el la los las del y que en por con una para es se su al lo como más pero según',
  it: 'il di che è per una sono non della del con le gli alla anche come',
  pt: 'os do da que em um uma para com não por mais ao das dos como foi',
  nl: 'de het een en van is dat op te niet met voor zijn er maar ook',
};
const WORD_LANGUAGES = new Map<string, Set<string>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words.split(' ')) {
    const set = WORD_LANGUAGES.get(w) ?? new Set<string>();
    set.add(lang);
    WORD_LANGUAGES.set(w, set);
  }
}

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

/** a letter outside A–Z: its absence lets looksEnglish count letters and words without Unicode regexes. */
const NON_ASCII_LETTER = /[^\P{L}a-z]/iu;

function asciiLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20; // fold upper case onto lower case
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

function looksEnglish(text: string): boolean {
  const sample = text.slice(0, 20000);
  const counts: Record<string, number> = {};
  const count = (w: string) => {
    const langs = WORD_LANGUAGES.get(w);
    if (langs) for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  };
  // Most articles spell every word in A–Z (curly quotes and dashes aside): then a plain pass gives the
  // same letter count and words as the Unicode regexes below, several times faster.
  if (!NON_ASCII_LETTER.test(sample)) {
    if (asciiLetters(sample) < 100) return true;
    for (const w of sample.toLowerCase().match(/[a-z]+/g) ?? []) count(w);
  } else {
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 100) return true; // too short to judge: let it through
    const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin / letters < 0.5) return false;
    for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) count(w);
  }
  const english = counts['en'] ?? 0;
  const other = Math.max(0, ...Object.entries(counts).filter(([l]) => l !== 'en').map(([, n]) => n));
  return !(other >= 8 && other > 2 * english);
}

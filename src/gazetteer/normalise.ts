// Keys under which names are indexed and looked up. `foldKey` is exact up to case, diacritics,
// punctuation of abbreviations and hyphens ("Hajar al-Aswad" = "hajar al aswad", "U.S." = "us").
// `looseKey` further merges common transliteration variants of Arabic and other romanised names
// ("Hajjar"/"Hajar", "Yarmouk"/"Yarmuk", "Qadam"/"Kadam"); it is used only for long names.

const MARKS = /[\u0300-\u036f]/g;

// "St. Petersburg" = "Saint Petersburg", "Mt. Kenya" = "Mount Kenya", "Ft. Worth" = "Fort Worth"
const ABBREVIATED = /\b(?:st|ste|mt|ft)\b/g;
const HAS_ABBREVIATION = /\b(?:st|ste|mt|ft)\b/;
const EXPANDED: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

export function foldKey(s: string): string {
  const key = isSimple(s) ? s.toLowerCase() : (foldAscii(s) ?? foldUnicode(s));
  // every abbreviation ends in "t": most keys are settled by three substring searches, without the regex
  if (key.indexOf('st') < 0 && key.indexOf('mt') < 0 && key.indexOf('ft') < 0) return key;
  return HAS_ABBREVIATION.test(key) ? key.replace(ABBREVIATED, (w) => EXPANDED[w] ?? w) : key;
}

/** ASCII letters and single inner spaces only: the key is the lower case (the matcher's common case, without regexes). */
function isSimple(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) continue;
    // a space (32 | 32 = 32) between two letters
    if (s.charCodeAt(i) === 32 && i > 0 && i < n - 1 && s.charCodeAt(i - 1) !== 32 && s.charCodeAt(i + 1) !== 32) continue;
    return false;
  }
  return true;
}

/**
 * foldUnicode of an ASCII string in one pass, without its regexes (undefined for any other string): lower case,
 * "`" as "'", no dots, hyphens and whitespace runs as one space, none at either end.
 */
function foldAscii(s: string): string | undefined {
  let out = '';
  // a run of hyphens and whitespace (dots removed first: "a . b" is "a b") is one space, emitted before the next char
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x80) return undefined;
    if (c === DOT) continue;
    if (c === HYPHEN || c === SPACE || (c >= TAB && c <= CARRIAGE_RETURN)) {
      space = true;
      continue;
    }
    if (space && out) out += ' ';
    space = false;
    if (c >= 65 && c <= 90) c += 32;
    else if (c === BACKTICK) c = APOSTROPHE;
    out += String.fromCharCode(c);
  }
  return out;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;
const SPACE = 0x20;
// \t \n \v \f \r: the other ASCII whitespace of \s
const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const BACKTICK = 0x60;
const APOSTROPHE = 0x27;

/** a word of ASCII letters folded from its lower case (foldKey without its regexes): "ste" → "sainte", "iraq" → "iraq". */
export function foldAsciiWord(lower: string): string {
  return lower.length <= 3 ? (ABBREVIATION_OF.get(lower) ?? lower) : lower;
}

const ABBREVIATION_OF = new Map(Object.entries(EXPANDED));

function foldUnicode(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[’‘`ʼ]/g, "'")
    .replace(/\./g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// only keys with one of these can change under looseKey
const LOOSE_TRIGGERS = /ou|oo|ee|q|'|([a-z])\1|\b(?:a[dlnrstz]|ash|e[dlrsz]) /;

const looseMemo = new Map<string, string>();

export function looseKey(folded: string): string {
  if (!LOOSE_TRIGGERS.test(folded)) return folded;
  let key = looseMemo.get(folded);
  if (key === undefined) {
    if (looseMemo.size >= 50_000) looseMemo.clear();
    key = looseUncached(folded);
    looseMemo.set(folded, key);
  }
  return key;
}

function looseUncached(folded: string): string {
  return folded
    .replace(/'/g, '')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/q/g, 'k')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\b(?:al|el|ad|ar|as|ash|at|an|az|ez|es|er|ed) /g, 'al ');
}

/** loose matching is reserved for names long enough that a one-letter variation cannot change the place. */
export const LOOSE_MIN_LENGTH = 6;

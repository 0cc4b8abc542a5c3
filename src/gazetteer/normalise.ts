// Keys under which names are indexed and looked up. `foldKey` is exact up to case, diacritics,
// punctuation of abbreviations and hyphens ("Hajar al-Aswad" = "hajar al aswad", "U.S." = "us").
// `looseKey` further merges common transliteration variants of Arabic and other romanised names
// ("Hajjar"/"Hajar", "Yarmouk"/"Yarmuk", "Qadam"/"Kadam"); it is used only for long names.

const MARKS = /[\u0300-\u036f]/g;

const PLAIN = /^[a-z ]*$/i;
// "St. Petersburg" = "Saint Petersburg", "Mt. Kenya" = "Mount Kenya", "Ft. Worth" = "Fort Worth"
const ABBREVIATED = /\b(?:st|ste|mt|ft)\b/g;
const HAS_ABBREVIATION = /\b(?:st|ste|mt|ft)\b/;
const EXPANDED: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

export function foldKey(s: string): string {
  const key = isSimple(s) ? s.toLowerCase() : PLAIN.test(s) ? s.toLowerCase().replace(/ {2,}/g, ' ').trim() : foldUnicode(s);
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

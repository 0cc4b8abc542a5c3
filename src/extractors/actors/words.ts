// The words of a name as written, split at white space exactly as `split(/\s+/)` splits them, but without a
// regular expression or an array: these run once or more for every name of every article.

/** is this UTF-16 code unit white space in the sense of the regular-expression class \s? */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** does the text hold any white space (`/\s/.test(s)`)? */
export function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** the first word: `s.split(/\s+/)[0]` ('' when the text opens with white space). */
export function firstWord(s: string): string {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return s.slice(0, i);
  return s;
}

/** the last word: `s.split(/\s+/).pop()` ('' when the text ends with white space). */
export function lastWord(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) if (isSpaceCode(s.charCodeAt(i))) return s.slice(i + 1);
  return s;
}

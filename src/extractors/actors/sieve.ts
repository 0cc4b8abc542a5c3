// A cheap test before looking a unit's word up in a small table that every unit of an article is checked
// against: the first letters and the lengths the table's words have. Most words fail it without a hash.

export interface WordSieve {
  /** one bit per first letter a-z; -1 when some word opens with another character (the letter test is off). */
  letters: number;
  min: number;
  max: number;
}

export function wordSieve(words: Iterable<string>): WordSieve {
  const s: WordSieve = { letters: 0, min: Infinity, max: 0 };
  for (const w of words) {
    const c = w.charCodeAt(0) - 97;
    s.letters |= c >= 0 && c < 26 ? 1 << c : -1;
    s.min = Math.min(s.min, w.length);
    s.max = Math.max(s.max, w.length);
  }
  return s;
}

/** false when the table cannot hold `w`; true when it may. */
export function mayHold(s: WordSieve, w: string): boolean {
  if (w.length < s.min || w.length > s.max) return false;
  if (s.letters === -1) return true;
  const c = w.charCodeAt(0) - 97;
  return c >= 0 && c < 26 && (s.letters & (1 << c)) !== 0;
}

// Where a grammar rule can match. Every match of most rules holds one of a few words as a whole word
// ("yesterday", the unit of "eight days", the 1990 of "the 1990s"), and whatever the match holds before
// that word is drawn from a few characters (letters and spaces, say). So one regex finds those anchor
// words for every rule at once, and a rule's own regex runs only from the start of the stretch of such
// characters that leads up to each anchor. That finds exactly the matches a run over the whole text
// finds, in the same order:
//   - a match starting at s with its first anchor at q has only lead characters in [s, q), so the stretch
//     walked back from q reaches s; and no match can start in the text skipped before that stretch, for
//     its own anchor would then be an earlier one;
//   - from the stretch's start the rule's regex tries every position in order, as the whole-text search
//     does, through lead characters only (a sticky regex that lazily skips them); after a match, as /g
//     goes on from its end, the search goes on from the first anchor past that end (the next match holds
//     one).
import { alternation } from './lexicon.js';

export interface Anchors {
  /** lower-case words (not starting with a digit), one of which every match holds as a whole run of \w. */
  words?: Iterable<string>;
  /** words as they are written, for a case-sensitive regex: one of them, in its case, as a whole run of \w. */
  casedWords?: Iterable<string>;
  /** a regex source for other whole runs of \w that anchor a match (years, "10am", "mornings"). */
  runs?: string;
  /** a character class body: every character a match may hold before its first anchor. */
  lead: string;
  /** characters a match may hold before its first anchor only between two digits ("1,000", "2.5"). */
  leadBetweenDigits?: string;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const ALWAYS = 1;
const BETWEEN_DIGITS = 2;

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= DIGIT_0 && c <= DIGIT_9;
};

/** One rule's regex, run only around its anchors. */
export class AnchoredScan {
  /** the rule's regex after lazily skipped lead characters, sticky; group 1 is the skipped part. */
  private readonly skipping: RegExp;
  /** ASCII lead characters: ALWAYS, or BETWEEN_DIGITS. */
  private readonly ascii = new Uint8Array(128);
  private readonly otherLead: RegExp;
  /** other characters already tested (curly quotes and dashes recur in news text). */
  private readonly otherSeen = new Map<number, boolean>();

  constructor(re: RegExp, anchors: Anchors) {
    const between = anchors.leadBetweenDigits ?? '';
    const leadChar = between ? `(?:[${anchors.lead}]|(?<=\\d)[${between}](?=\\d))` : `[${anchors.lead}]`;
    this.skipping = new RegExp(`(${leadChar}*?)(?:${re.source})`, re.flags.replace('g', '') + 'y');
    const always = new RegExp(`[${anchors.lead}]`);
    const betweenRe = between ? new RegExp(`[${between}]`) : null;
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      if (always.test(ch)) this.ascii[c] = ALWAYS;
      else if (betweenRe?.test(ch)) this.ascii[c] = BETWEEN_DIGITS;
    }
    this.otherLead = always;
  }

  private isLead(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      let lead = this.otherSeen.get(c);
      if (lead === undefined) this.otherSeen.set(c, (lead = this.otherLead.test(String.fromCharCode(c))));
      return lead;
    }
    const kind = this.ascii[c];
    return kind === ALWAYS || (kind === BETWEEN_DIGITS && isDigit(text, i - 1) && isDigit(text, i + 1));
  }

  /** The rule's matches, in text order, given its anchors' offsets in ascending order. Each match is
   *  reshaped to what the plain /g regex returns: index and [0] are the match's own (indices[0] is not). */
  matches(text: string, anchorsAt: readonly number[]): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    let done = 0; // every match starting before `done` has been found
    for (const q of anchorsAt) {
      if (q < done) continue;
      let from = q;
      while (from > done && this.isLead(text, from - 1)) from--;
      for (;;) {
        this.skipping.lastIndex = from;
        const m = this.skipping.exec(text);
        if (m === null) {
          done = Math.max(from, q + 1); // the search tried every position from `from` through the anchor
          break;
        }
        const start = from + (m[1] ?? '').length;
        const end = from + m[0].length;
        if (end === start) {
          from = start + 1; // as /g steps over an empty match
          continue;
        }
        m[0] = m[0].slice(start - from);
        m.index = start;
        out.push(m);
        // the next match holds an anchor at or after this end: the search resumes from the next one
        done = end;
        break;
      }
    }
    return out;
  }
}

/** Finds the anchor words of every rule in one pass over the text. */
export class AnchorIndex {
  private readonly finder: RegExp;
  /** anchor word → the rules it anchors. */
  private readonly byWord = new Map<string, number[]>();
  private readonly byRuns: { re: RegExp; rule: number }[] = [];
  /** anchor word in its case → the rules it anchors. */
  private readonly byCasedWord = new Map<string, number[]>();

  /** `anchors[i]` is rule i's anchors, undefined for a rule that reads the whole text. */
  constructor(private readonly anchors: readonly (Anchors | undefined)[]) {
    const words = new Set<string>();
    const runs: string[] = [];
    anchors.forEach((a, rule) => {
      if (!a) return;
      for (const w of a.words ?? []) {
        if (!/^[a-z_][a-z\d_]*$/.test(w)) throw new Error(`anchor "${w}" is no lower-case word`);
        words.add(w);
        const list = this.byWord.get(w) ?? [];
        if (!list.includes(rule)) list.push(rule);
        this.byWord.set(w, list);
      }
      for (const w of a.casedWords ?? []) {
        if (!/^[a-z_]\w*$/i.test(w)) throw new Error(`anchor "${w}" is no word`);
        words.add(w.toLowerCase());
        const list = this.byCasedWord.get(w) ?? [];
        if (!list.includes(rule)) list.push(rule);
        this.byCasedWord.set(w, list);
      }
      if (a.runs) {
        runs.push(a.runs);
        this.byRuns.push({ re: new RegExp(`^(?:${a.runs})$`, 'i'), rule });
      }
    });
    this.finder = new RegExp(`\\b(?:${[alternation(words), ...runs].filter(Boolean).join('|')})\\b`, 'gi');
    // a word that is also some rule's run anchors that rule too: found once, here
    for (const [w, list] of this.byWord) for (const r of this.byRuns) if (r.re.test(w) && !list.includes(r.rule)) list.push(r.rule);
  }

  /** For each rule with anchors, the ascending offsets of its anchors in `text`; undefined when it has none. */
  find(text: string): (number[] | undefined)[] {
    const at: (number[] | undefined)[] = new Array(this.anchors.length);
    const add = (rule: number, offset: number): void => {
      const list = at[rule];
      if (!list) at[rule] = [offset];
      else if (list[list.length - 1] !== offset) list.push(offset);
    };
    this.finder.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.finder.exec(text)) !== null) {
      const word = m[0];
      const rules = this.byWord.get(word.toLowerCase());
      if (rules) for (const rule of rules) add(rule, m.index);
      else for (const r of this.byRuns) if (r.re.test(word)) add(r.rule, m.index);
      const cased = this.byCasedWord.get(word);
      if (cased) for (const rule of cased) add(rule, m.index);
    }
    return at;
  }
}

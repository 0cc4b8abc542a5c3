// The dates stage reads the text with many regexes: the grammar's rules and the calendar hint. Each names
// the anchors its matches hold (anchors.ts); one pass finds the anchors of all of them, and each regex then
// reads only around its own. A regex without anchors reads the whole text.
import { AnchoredScan, AnchorIndex, type Anchors } from './anchors.js';

export interface Reader {
  /** a global regex. */
  re: RegExp;
  anchors?: Anchors;
}

const NONE: readonly RegExpExecArray[] = [];

export class Readers {
  private readonly index: AnchorIndex;
  private readonly scans: (AnchoredScan | undefined)[];

  constructor(private readonly readers: readonly Reader[]) {
    this.index = new AnchorIndex(readers.map((r) => r.anchors));
    this.scans = readers.map((r) => (r.anchors ? new AnchoredScan(r.re, r.anchors) : undefined));
  }

  /** Each reader's matches, in text order, as its /g regex finds them over the whole text. */
  matches(text: string): (readonly RegExpExecArray[])[] {
    const anchorsAt = this.index.find(text);
    return this.readers.map((reader, i) => {
      const scan = this.scans[i];
      if (!scan) return wholeTextMatches(reader.re, text);
      const at = anchorsAt[i];
      return at ? scan.matches(text, at) : NONE;
    });
  }
}

function wholeTextMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

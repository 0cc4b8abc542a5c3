// Optional words before a rule's core match ("more than" + "a week", "late" + "Friday", "fiscal" + "1989"),
// read only where the core matched, in the few characters before it.

/** An exec result with offsets ('d' flag). */
export type Match = RegExpExecArray & { indices: NonNullable<RegExpExecArray['indices']> };

const PREFIX_REACH = 48;

export class Prefix {
  /** the optional groups in order, ending where the core starts: (?:g1)?(?:g2)?…$ ('d', 'i'). */
  readonly re: RegExp;
  /** sticky at the end of the window: does some group end there? Without that the prefix is empty. */
  private readonly groupEnds: RegExp;

  /** `groups`: regex sources, each one optional group of words in order ("\\b(?<rel>last|next)\\s+"). */
  constructor(groups: string[]) {
    this.re = new RegExp(`${groups.map((g) => `(?:${g})?`).join('')}$`, 'di');
    // the same groups unnamed, as one alternation looked behind from the window's end
    const unnamed = groups.map((g) => `(?:${g.replace(/\(\?<[a-z]\w*>/gi, '(?:')})`);
    this.groupEnds = new RegExp(`(?<=${unnamed.join('|')})`, 'iy');
  }

  /** Extends a core match leftwards over the optional words before it. A non-empty prefix ends with its
   *  last group present, so where no group ends right before the core the prefix is empty: that cheap
   *  test spares the full regex nearly everywhere. */
  extend(m: Match, text: string): Match {
    const from = Math.max(0, m.index - PREFIX_REACH);
    const window = text.slice(from, m.index);
    this.groupEnds.lastIndex = window.length;
    if (!this.groupEnds.test(window)) return m;
    const p = this.re.exec(window);
    if (!p || p[0].length === 0) return m;
    const at = from + p.index;
    const groups: Record<string, string | undefined> = { ...(p.groups ?? {}), ...(m.groups ?? {}) };
    const pi = p.indices?.groups ?? {};
    const indexGroups: Record<string, [number, number] | undefined> = {};
    for (const [k, v] of Object.entries(pi)) indexGroups[k] = v ? [v[0] + from, v[1] + from] : undefined;
    m[0] = p[0] + m[0];
    m.index = at;
    m.groups = groups as Record<string, string>;
    // rules without the 'd' flag read no offsets
    if (m.indices) {
      Object.assign(indexGroups, m.indices.groups ?? {});
      (m.indices as { groups?: unknown }).groups = indexGroups;
    }
    return m;
  }
}

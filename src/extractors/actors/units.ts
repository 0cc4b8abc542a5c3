// Words as a reader sees them: wink splits "al-Assad" and "Russia-backed" at the hyphen; a unit glues the
// pieces back together when no space separates them, so that names and modifiers are judged whole.
import type { AnalysedDoc } from '../../document/model.js';

export interface Unit {
  /** index of this unit in the unit array. */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** the pieces split at hyphens ("al", "Assad"). */
  parts: string[];
  /** POS of the first token (wink UPOS). */
  pos: string;
  /** segment index: a sentence, further cut at line breaks (headlines, table rows, datelines). */
  sentence: number;
  /** first unit of its segment, or first after an opening quote / bracket / dash. */
  initial: boolean;
  /** the first letter is a capital (or a particle-led name such as "al-Assad"). */
  cap: boolean;
}

const PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'bint', 'ben', 'de', 'van', 'von', 'der', 'di', 'da', 'du', 'le', 'la', 'dos', 'del']);
export const isParticle = (w: string): boolean => PARTICLES.has(w.toLowerCase());

const upper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 65 && c <= 90;
};

export function buildUnits(doc: AnalysedDoc): Unit[] {
  const { tokens, text } = doc;
  const units: Unit[] = [];
  let prevSentence = -1;
  let prevEnd = 0;
  let segment = -1;
  let afterOpener = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'SPACE' || !t.text.trim()) continue;
    let end = t.end;
    const parts = [t.text];
    // glue "x-y" (and "x-y-z") when the hyphen touches both sides
    let j = k;
    for (;;) {
      const h = tokens[j + 1];
      const n = tokens[j + 2];
      if (!h || !n || h.text !== '-' || h.start !== end || n.start !== h.end || !/^[\p{L}\d]/u.test(n.text)) break;
      parts.push(n.text);
      end = n.end;
      j += 2;
    }
    const newSegment = t.sentence !== prevSentence || text.slice(prevEnd, t.start).includes('\n');
    if (newSegment) segment++;
    const initial = newSegment || afterOpener;
    prevSentence = t.sentence;
    prevEnd = end;
    const s = text.slice(t.start, end);
    const first = parts[0] ?? '';
    const cap = upper(first) || (parts.length > 1 && isParticle(first) && upper(parts[parts.length - 1] ?? ''));
    units.push({ i: units.length, start: t.start, end, text: s, lower: s.toLowerCase(), parts, pos: t.pos, sentence: segment, initial, cap });
    afterOpener = /^["“‘'([—–-]$/.test(t.text) && j === k;
    k = j;
  }
  return units;
}

/** segments whose letters are nearly all capitals: a headline or a table in capitals ("SOCCER - SHEARER NAMED"). */
export function allCapsSegments(units: Unit[]): Set<number> {
  const counts = new Map<number, [number, number]>();
  for (const u of units) {
    const c = counts.get(u.sentence) ?? [0, 0];
    for (let i = 0; i < u.text.length; i++) {
      const code = u.text.charCodeAt(i);
      if (code >= 65 && code <= 90) c[0]++;
      else if (code >= 97 && code <= 122) c[1]++;
    }
    counts.set(u.sentence, c);
  }
  const out = new Set<number>();
  for (const [seg, [up, low]] of counts) if (up >= 4 && low * 4 < up) out.add(seg);
  return out;
}

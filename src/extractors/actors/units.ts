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

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-']);

export function buildUnits(doc: AnalysedDoc): Unit[] {
  const { tokens, text } = doc;
  const units: Unit[] = [];
  let prevSentence = -1;
  let prevEnd = 0;
  let segment = -1;
  let afterOpener = false;
  let nl = text.indexOf('\n');
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.pos === 'SPACE' || !t.text.trim()) continue;
    let end = t.end;
    let parts: string[] | null = null;
    // glue "x-y" (and "x-y-z") when the hyphen touches both sides
    let j = k;
    for (;;) {
      const h = tokens[j + 1];
      const n = tokens[j + 2];
      if (!h || !n || h.text !== '-' || h.start !== end || n.start !== h.end || !wordStart(n.text)) break;
      (parts ??= [t.text]).push(n.text);
      end = n.end;
      j += 2;
    }
    while (nl !== -1 && nl < prevEnd) nl = text.indexOf('\n', prevEnd);
    const newSegment = t.sentence !== prevSentence || (nl !== -1 && nl < t.start);
    if (newSegment) segment++;
    const initial = newSegment || afterOpener;
    prevSentence = t.sentence;
    prevEnd = end;
    const glued = parts !== null;
    const s = glued ? text.slice(t.start, end) : t.text;
    const ps = parts ?? [t.text];
    const cap = upper(t.text) || (glued && isParticle(t.text) && upper(ps[ps.length - 1] ?? ''));
    units.push({ i: units.length, start: t.start, end, text: s, lower: glued ? s.toLowerCase() : t.lower, parts: ps, pos: t.pos, sentence: segment, initial, cap });
    afterOpener = !glued && OPENERS.has(t.text);
    k = j;
  }
  return units;
}

function wordStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
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

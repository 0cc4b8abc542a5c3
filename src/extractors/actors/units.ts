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
  sentence: number;
  /** first unit of its sentence, or first after an opening quote / bracket / dash. */
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
    const initial = t.sentence !== prevSentence || afterOpener;
    prevSentence = t.sentence;
    const s = text.slice(t.start, end);
    const first = parts[0] ?? '';
    const cap = upper(first) || (parts.length > 1 && isParticle(first) && upper(parts[parts.length - 1] ?? ''));
    units.push({ i: units.length, start: t.start, end, text: s, lower: s.toLowerCase(), parts, pos: t.pos, sentence: t.sentence, initial, cap });
    afterOpener = /^["“‘'([—–-]$/.test(t.text) && j === k;
    k = j;
  }
  return units;
}

/** the sentence's letters are nearly all capitals: a headline or a table in capitals ("SOCCER - SHEARER NAMED"). */
export function allCapsSentences(doc: AnalysedDoc): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) {
    let up = 0;
    let low = 0;
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text.charCodeAt(i);
      if (c >= 65 && c <= 90) up++;
      else if (c >= 97 && c <= 122) low++;
    }
    if (up >= 4 && low * 4 < up) out.add(s.index);
  }
  return out;
}

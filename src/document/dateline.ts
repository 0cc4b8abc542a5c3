import type { Dateline } from '../schema.js';

// "DAMASCUS - ", "BEIRUT (Reuters) - ", "WASHINGTON, D.C. — ", "LONDON 1996-08-30": an upper-case place at the
// start of a line, an optional agency in brackets, then a dash (or an ISO date, as in the CoNLL wires).
// Bounded repetitions keep the pattern linear on hostile input.
const DATELINE =
  /^([A-Z][A-Z'.-]{1,30}(?:[ ,]{1,2}[A-Z][A-Za-z'.-]{1,30}){0,3})(?:\s{1,3}\(([A-Za-z][\w .&-]{0,40})\))?(?:\s{0,3}[-–—]{1,2}\s|\s{1,3}(?=\d{4}-\d{2}-\d{2}\b))/;

/** How far into the text a dateline may sit: it opens the body, after at most a headline and a caption. */
const SEARCH_LINES = 6;

export function findDateline(text: string): Dateline | null {
  let lineStart = 0;
  for (let n = 0; n < SEARCH_LINES && lineStart < text.length; n++) {
    const lineEnd = nextLineEnd(text, lineStart);
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const m = DATELINE.exec(line);
    if (m?.[1] && isUpperPlace(m[1]) && !shoutedHeadline(line.slice(m[0].length))) {
      const placeText = m[1].replace(/[,\s]+$/, '');
      const place = { start: lineStart, end: lineStart + placeText.length, text: placeText };
      let agency = null;
      if (m[2] !== undefined) {
        const at = line.indexOf(m[2], placeText.length);
        agency = { start: lineStart + at, end: lineStart + at + m[2].length, text: m[2] };
      }
      const whole = m[0].trimEnd();
      return { span: { start: lineStart, end: lineStart + whole.length, text: whole }, place, agency };
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

function nextLineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

// The first word must be all capitals (datelines shout), and a lone capital word is not enough if it is
// a sentence opener like "A -".
function isUpperPlace(s: string): boolean {
  const first = s.split(/[ ,]/)[0] ?? '';
  return first.length >= 2 && first === first.toUpperCase() && /[A-Z]{2}/.test(first);
}

// A wire headline shouts its topic before a dash ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"): when what
// follows the dash is in capitals too, the line is a headline and the dateline, if any, comes further down.
// A dateline opens a body written in ordinary case.
function shoutedHeadline(rest: string): boolean {
  return /[A-Z]{2,}/.test(rest) && !/[a-z]/.test(rest);
}

// chrono-node's strict English parser, run on a window without the parsers that cannot match it. Every
// chrono parser scans the whole window with its own regex; some of those regexes need a sequence most
// windows lack ("ago", a slash between digits). A parser that finds nothing adds no result, so leaving
// it out changes nothing that chrono returns: the others' results and the refiners are the same.
import * as chrono from 'chrono-node/en';

/** What a parser's regex cannot match without, by its class name (read from chrono-node 2.x's sources). */
const NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  SlashDateFormatParser: /\d[-./]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now/i,
};

let strict: chrono.Chrono | undefined;
/** the parsers with a need, in chrono's order, each with its bit in a window's mask */
let needy: { bit: number; need: RegExp }[] = [];
/** a configured parser per mask of parsers left out, made when first needed */
const byMask = new Map<number, chrono.Chrono>();

function strictParser(): chrono.Chrono {
  if (strict) return strict;
  strict = chrono.strict.clone();
  needy = [];
  strict.parsers.forEach((p) => {
    const need = NEEDS[p.constructor.name];
    if (need) needy.push({ bit: 1 << needy.length, need });
  });
  return strict;
}

/** chrono's strict parser for `window`: the same results as the full one, from fewer parsers. */
export function parserFor(window: string): chrono.Chrono {
  const full = strictParser();
  let mask = 0;
  for (const { bit, need } of needy) if (!need.test(window)) mask |= bit;
  if (mask === 0) return full;
  let parser = byMask.get(mask);
  if (!parser) {
    let i = 0;
    const parsers = full.parsers.filter((p) => {
      if (!NEEDS[p.constructor.name]) return true;
      return (mask & (1 << i++)) === 0;
    });
    parser = new chrono.Chrono({ parsers, refiners: [...full.refiners] });
    byMask.set(mask, parser);
  }
  return parser;
}

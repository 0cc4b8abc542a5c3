// Context patterns for places the gazetteer may not hold, read over tokens (no backtracking regexes):
//   "the district of X", "the neighbourhoods of X and Y", "the camp of X"      (trigger … of NAME-list)
//   "X province", "Laurel County", "the Yarmuk camp", "Idlib governorate"      (NAME trigger)
//   "Route 30", "Highway 9", "Interstate 95"                                    (road NUMBER)
//   "north of X", "in southern X", "the outskirts of X"                          (compass cue)
//   "Alexandria, La.", "Hope, Ark."                                              (NAME, STATE-ABBREVIATION)
// Each returns a name span with the kind the trigger implies; evidence.ts turns them into cues.
import type { AnalysedDoc, Token } from '../../document/model.js';
import type { Gazetteer, PlaceKind } from '../../gazetteer/index.js';
import { COMPASS_ADJ, COMPASS_OF, placesLexicon, STRONG_PREPOSITIONS } from './lexicon.js';
import { nameRun } from './match.js';
import { isCapWord } from './mention.js';

export interface PatternHit {
  /** token range of the name, half-open (includes a capitalised trigger: "Laurel County"). */
  t0: number;
  t1: number;
  kind?: PlaceKind;
  countryHint?: string | undefined;
  pattern: 'trigger-of' | 'trigger-after' | 'road' | 'compass' | 'compass-strong' | 'state-abbreviation' | 'resident' | 'party' | 'state-alone';
  /** the hit's own tokens are the abbreviation of `region` ("D-Pa.", "Ga. pastor"), not a town qualified by it. */
  isRegion?: boolean;
  /** for "X, La.": the ISO 3166-2 region the abbreviation names. */
  region?: string;
  /** token range of the abbreviation, so it can become a mention of that region. */
  regionT0?: number;
  regionT1?: number;
}

/** capitalised at a sentence start, never the first word of a place name. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'and', 'but', 'from', 'to', 'by',
  'with', 'as', 'of', 'if', 'when', 'while', 'after', 'before', 'since', 'during', 'his', 'her', 'its', 'their',
  'our', 'my', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'some', 'many', 'most', 'all', 'both',
]);

/** "a Concord resident", "two Berea men": the name before them is where people live. */
const RESIDENT_NOUNS = new Set(['resident', 'residents', 'native', 'natives', 'man', 'woman', 'men', 'women', 'teen', 'teens', 'couple', 'homeowner', 'homeowners', 'motorist', 'youth']);
const RESIDENT_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'several', 'many', 'some', 'other', 'fellow', 'longtime', 'former']);

const ROAD_WORDS = new Set(['route', 'highway', 'interstate', 'motorway', 'road']);
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/;
const ROAD_QUALIFIERS = new Set(['County', 'State', 'U.S.', 'US', 'National', 'Federal', 'Provincial']);

export function patternHits(doc: AnalysedDoc, g: Gazetteer): PatternHit[] {
  const { tokens } = doc;
  const lex = placesLexicon();
  const hits: PatternHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];

    // trigger … of NAME (, NAME)* (and NAME)?
    const ofKind = next?.lower === 'of' && !isCapWord(t) ? lex.triggersOf.get(t.lower) : undefined;
    if (ofKind) {
      for (const [a, b] of nameList(tokens, i + 2)) hits.push({ t0: a, t1: b, kind: ofKind, pattern: 'trigger-of' });
    }

    // NAME trigger: the name ends right before a trigger word ("Idlib province", "Laurel County", "Yarmuk camp")
    if (isCapWord(t) && !FUNCTION_WORDS.has(t.lower)
      && (i === 0 || !isCapWord(tokens[i - 1]) || FUNCTION_WORDS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.sentence !== t.sentence)) {
      let end = nameRun(tokens, i);
      let start = i;
      let institution = false;
      // a capitalised trigger inside the run ends the name: "Douglas County Sheriff" → "Douglas County"
      for (let k = i + 1; k < end; k++) {
        const word = (tokens[k] as Token).lower;
        if (!lex.triggersAfter.has(word)) continue;
        // "U.S. District Court", "Santa Ana Unified School District": an institution, not a district
        // ("Henderson County Jail", "Douglas County Sheriff" still name the county: an admin region's trigger holds)
        const kind = lex.triggersAfter.get(word);
        institution = kind !== 'road' && kind !== 'admin_region'
          && ((isCapWord(tokens[k + 1]) && tokens[k + 1]?.sentence === t.sentence) || tokens.slice(i, k).some((x) => lex.orgHeads.has(x.lower)));
        if (!institution) {
          end = k + 1;
          start = nameStart(tokens, i, k);
        }
        break;
      }
      if (end > start) {
        const after = tokens[end];
        const after2 = tokens[end + 1];
        const last = tokens[end - 1] as Token;
        // a capitalised trigger is inside the run already ("Laurel County"); a lower-case one follows it
        const inner = lex.triggersAfter.get(last.lower);
        if (inner && end - start >= 2 && isCapWord(last) && !institution) {
          hits.push({ t0: start, t1: end, kind: inner, pattern: 'trigger-after', countryHint: lex.triggerCountry.get(last.lower) });
        } else if (after && !after.newlineBefore && !isCapWord(after)) {
          // a two-word trigger ("refugee camp") before a one-word one
          const twoWordKind = after2 && lex.triggersAfterFirstWords.has(after.lower) ? lex.triggersAfter.get(`${after.lower} ${after2.lower}`) : undefined;
          const kind = twoWordKind ?? lex.triggersAfter.get(after.lower);
          // "the Palestinian camp", "the Kurdish region": a nationality word, not a name
          if (kind && !(end - i === 1 && g.demonymOfLower(t.lower))) hits.push({ t0: i, t1: end, kind, pattern: 'trigger-after' });
        }
        // "a Concord resident", "the Meadow Grove man": a name used as the home of a person
        if (after && RESIDENT_NOUNS.has(after.lower) && !after.newlineBefore && !isCapWord(after)
          && RESIDENT_DETERMINERS.has(tokens[i - 1]?.lower ?? '') && !g.demonymOfLower(t.lower)) {
          hits.push({ t0: i, t1: end, kind: 'city', pattern: 'resident' });
        }
        // NAME, St.  ("Alexandria, La.") — the abbreviation needs the comma and a capitalised name before it
        const comma = tokens[end];
        const abbr = tokens[end + 1];
        if (comma?.text === ',' && abbr && !abbr.newlineBefore) {
          let region = lex.usStates.get(abbr.text);
          let abbrEnd = end + 2;
          // "W. Va." is two tokens
          const abbr2 = tokens[end + 2];
          if (!region && abbr2) {
            const joined = `${abbr.text} ${abbr2.text}`;
            if (lex.usStates.has(joined)) {
              region = lex.usStates.get(joined);
              abbrEnd = end + 3;
            }
          }
          if (region) hits.push({ t0: i, t1: end, kind: 'city', pattern: 'state-abbreviation', region, regionT0: end + 1, regionT1: abbrEnd });
        }
      }
    }

    // a legislator's party and home: ", R-Ashland,", "(DFL-Chisholm)", "D-W. Va." (US news)
    if (next?.text === '-' && PARTIES.has(t.text) && next.start === t.end && (tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '(')) {
      const at = i + 2;
      const home = tokens[at];
      if (home && home.start === next.end && isCapWord(home)) {
        const state = stateAt(doc.text, tokens, at, lex.usStates);
        if (state) hits.push({ t0: at, t1: state.end, kind: 'admin_region', pattern: 'party', region: state.region, isRegion: true });
        // a postal code or an initial ("D-CA", "D-N" of an abbreviation written otherwise) is no town
        else if (home.text.length > 2) {
          const end = nameRun(tokens, at);
          if (end > at && end - at <= 3) hits.push({ t0: at, t1: end, kind: 'city', pattern: 'party' });
        }
      }
    }

    // a state's abbreviation as a modifier: "Ga. pastor", "Mass. legislators", "Ill. man" (headline style)
    const alone = isCapWord(t) && t.text.endsWith('.') && !AMBIGUOUS_ABBREVIATIONS.has(t.text) ? lex.usStates.get(t.text) : undefined;
    if (alone && next && !next.newlineBefore && /^[a-z]/.test(next.text) && next.pos === 'NOUN'
      && !(isCapWord(tokens[i - 1]) && tokens[i - 1]?.sentence === t.sentence && !tokens[i]?.newlineBefore)) {
      hits.push({ t0: i, t1: i + 1, kind: 'admin_region', pattern: 'state-alone', region: alone, isRegion: true });
    }

    // Route 30, Highway 9, Interstate 95, County Road 35, State Route 7
    if (isCapWord(t) && next && startsWithDigit(next.text) && ROAD_WORDS.has(t.lower) && ROAD_NUMBER.test(next.text)) {
      const before = tokens[i - 1];
      const start = before && ROAD_QUALIFIERS.has(before.text) && before.sentence === t.sentence ? i - 1 : i;
      if (t.lower !== 'road' || start < i) hits.push({ t0: start, t1: i + 2, kind: 'road', pattern: 'road' });
    }

    // north of X / the outskirts of X / southern X
    if (!isCapWord(t) || i === 0) {
      if (next?.lower === 'of') {
        if (COMPASS_OF.has(t.lower)) {
          const at = tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2;
          const end = nameRun(tokens, at);
          if (end > at) hits.push({ t0: at, t1: end, pattern: 'compass-strong' });
        }
      } else if (isCapWord(next) && COMPASS_ADJ.has(t.lower) && t.text === t.lower) {
        // (only a capitalised word after the adjective can start the name: most tokens skip the look-up)
        const end = nameRun(tokens, i + 1);
        // "in southern X" is a place; "southern Democrats" needs more than the adjective
        const located = STRONG_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
        if (end > i + 1 && !g.demonymOfLower(tokens[i + 1]?.lower ?? '')) hits.push({ t0: i + 1, t1: end, pattern: located ? 'compass-strong' : 'compass' });
      }
    }
  }
  return hits;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** party letters before a legislator's home town: "R-Ashland", "DFL-Chisholm". */
const PARTIES = new Set(['R', 'D', 'I', 'DFL']);

/** abbreviations that are also titles or words ("Miss. Smith", "Col. Jones", "Ind." independent). */
const AMBIGUOUS_ABBREVIATIONS = new Set(['Miss.', 'Del.', 'Ind.', 'Mo.', 'Col.', 'Cal.', 'Penn.', 'La.', 'Me.']);

/** the longest US state abbreviation written from token `at` on, over up to four tokens ("Pa.", "W. Va.", "N.D."). */
function stateAt(text: string, tokens: readonly Token[], at: number, states: ReadonlyMap<string, string>): { region: string; end: number } | undefined {
  const a = tokens[at];
  if (!a) return undefined;
  let found: { region: string; end: number } | undefined;
  for (let k = at; k < at + 4 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > at && (t.newlineBefore || t.start - (tokens[k - 1] as Token).end > 1 || !/^[a-z.]+$/i.test(t.text))) break;
    const region = states.get(text.slice(a.start, t.end));
    if (region) found = { region, end: k + 1 };
  }
  return found;
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'several', 'many', 'some', 'former']);

/**
 * Where the name before a capitalised trigger at `k` starts, inside the capitalised run from `i`: after a
 * counted noun's number ("Three Eastland County residents") and after a spaced dash ("DANIELSVILLE - Madison County").
 */
function nameStart(tokens: readonly Token[], i: number, k: number): number {
  let start = i;
  for (let s = i; s < k - 1; s++) {
    const t = tokens[s] as Token;
    if (s === start && NUMBER_WORDS.has(t.lower)) start = s + 1;
    else if (t.text === '-' && tokens[s + 1] && tokens[s + 1]!.start > t.end && t.start > tokens[s - 1]!.end) start = s + 1;
  }
  return start;
}

/** "X", "X and Y", "X, Y and Z", "X as well as Y": capitalised names joined by commas and conjunctions. */
function nameList(tokens: readonly Token[], i: number): [number, number][] {
  const out: [number, number][] = [];
  let at = tokens[i]?.lower === 'the' ? i + 1 : i;
  for (let n = 0; n < 6; n++) {
    const end = nameRun(tokens, at);
    if (end <= at) break;
    out.push([at, end]);
    const sep = tokens[end];
    const sep2 = tokens[end + 1];
    if (sep?.text === ',' && sep2?.lower === 'and') at = end + 2;
    else if (sep?.text === ',' || sep?.lower === 'and' || sep?.lower === 'or') at = end + 1;
    else break;
  }
  return out;
}

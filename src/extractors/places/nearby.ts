// Spatial coherence at recognition: local news names towns near one another ("Sulphur Springs … Greenville …
// Dallas"). A small town's name with no cue of its own but nothing against it either is taken as a place when one
// of its gazetteer candidates lies near a candidate of a name the article already accepts as a place.
import { namePrior } from './evidence.js';
import { ACCEPT, isCapWord, note, type Mention } from './mention.js';
import type { AnalysedDoc, Token } from '../../document/model.js';
import { km } from './resolve.js';
import type { Gazetteer, GazEntry } from '../../gazetteer/index.js';

/** how close (km) a town must lie to a place the article names. */
const NEAR_KM = 60;
/** candidates of each name compared, the best by population first */
const PER_NAME = 12;

const townsMemo = new WeakMap<readonly GazEntry[], GazEntry[]>();

/** a name's towns, most populous first (memoised by the gazetteer slot's array). */
function towns(entries: readonly GazEntry[]): GazEntry[] {
  let out = townsMemo.get(entries);
  if (!out) {
    out = entries.filter((e) => e.kind === 'city').sort((a, b) => b.population - a.population).slice(0, PER_NAME);
    townsMemo.set(entries, out);
  }
  return out;
}

/** nothing around the name makes it part of another: no capitalised word or number on either side, no age ("Parker, 8"). */
function standsAlone(tokens: readonly Token[], m: Mention): boolean {
  const first = tokens[m.t0] as Token;
  const prev = tokens[m.t0 - 1];
  const next = tokens[m.t1];
  if (prev && !first.newlineBefore && prev.sentence === first.sentence && (isCapWord(prev) || /^\d/.test(prev.text))) return false;
  if (next && !next.newlineBefore && (isCapWord(next) || /^\d/.test(next.text))) return false;
  if (next?.text === ',' && /^\d/.test(tokens[m.t1 + 1]?.text ?? '')) return false;
  // "Lawrence of Arabia", "(A.J.P.) Taylor"
  if (next?.lower === 'of' && isCapWord(tokens[m.t1 + 1])) return false;
  if (prev?.text === ')' && !first.newlineBefore) return false;
  return true;
}

export function nearbyEvidence(doc: AnalysedDoc, g: Gazetteer, candidates: readonly Mention[]): void {
  const waiting = candidates.filter((m) => !m.vetoed && m.score < ACCEPT && m.score >= ACCEPT - 1 && m.entries.length > 0
    && m.score >= namePrior(m.entries, g) && standsAlone(doc.tokens, m));
  if (!waiting.length) return;
  const anchors: GazEntry[] = [];
  const seen = new Set<readonly GazEntry[]>();
  for (const m of candidates) {
    if (m.vetoed || m.score < ACCEPT || seen.has(m.entries)) continue;
    seen.add(m.entries);
    anchors.push(...towns(m.entries));
  }
  if (!anchors.length) return;
  for (const m of waiting) {
    const mine = towns(m.entries);
    const hit = mine.some((e) => anchors.some((a) => a !== e && a.country === e.country && Math.abs(a.lat - e.lat) < 1 && km(a, e) <= NEAR_KM));
    if (hit) note(m, 1, 'nearby');
  }
}

// Teams in sports reports: CoNLL and most news NER tag a club or county side as an organisation ("Surrey
// beat Kent", "homered for Cleveland"). The places stage refuses towns used so; here the context says team:
// a player's role after the name, a possessive before a player or a result, a match or transfer word before
// it, or the name as the subject of a verb (a town the gazetteer knows, which places did not keep as a place).
import { foldKey, gazetteer } from '../../gazetteer/index.js';
import { loadList } from '../../lexicons/load.js';
import { contextWords } from './context-words.js';
import { nameFacts, type NameCandidate } from './names.js';
import { keyFactsOf, type Unit } from './units.js';

let roleWords: Set<string> | undefined;
/** player roles and squad words (data/lexicons/actors-team-roles.txt). */
export function teamRoles(): Set<string> {
  roleWords ??= new Set(loadList('actors-team-roles').map((w) => w.toLowerCase()));
  return roleWords;
}

/** is the gazetteer aware of this name (a town, a county)? */
function known(text: string): boolean {
  return gazetteer().hasName(foldKey(text));
}

/**
 * Does the context make this name a team? `placed`: the places stage kept this mention as a place, so only the
 * cues that speak of players or results count; `report`: the title says sports, which the weaker cues need.
 * Callers check that the article talks sports.
 */
export function teamCue(n: NameCandidate, units: Unit[], placed: boolean, report: () => boolean): boolean {
  const where = contextWords('team-where');
  const teamBefore = contextWords('team-before');
  const resultNouns = contextWords('team-result');
  const events = contextWords('team-event');
  const first = units[n.first];
  const last = units[n.last];
  if (!first || !last) return false;
  // "Former England captain", "West Indian all-rounder": a modifier or a nationality, not a side
  if (first.lower === 'former' || events.has(last.key) || gazetteer().demonymOfLower(last.lower)) return false;
  const single = n.first === n.last;
  const prev = units[n.first - 1];
  const next = units[n.last + 1];
  const next2 = units[n.last + 2];
  const seg = first.sentence;
  const prevIn = prev && prev.sentence === seg ? prev : undefined;
  const nextIn = next && next.sentence === seg ? next : undefined;
  if (nameFacts(n, units).country !== undefined) return false;
  const roles = teamRoles();
  // "Surrey all-rounder Adam Hollioake", "Rotor fans"
  if (nextIn && !nextIn.cap && roles.has(nextIn.lower)) return true;
  // "Derbyshire's Australian captain", "Baltimore's Eddie Murray", "Cleveland's lead"
  if (nextIn && (nextIn.text === "'s" || nextIn.text === '’s') && next2 && next2.sentence === seg) {
    if (!next2.cap && (roles.has(next2.lower) || resultNouns.has(next2.lower))) return true;
    if (next2.cap && keyFactsOf(next2).firstName && known(n.text)) return true;
  }
  if (prevIn && where.has(prevIn.lower)) return false;
  // below, the cues a person's name shares ("beat Agassi", "Jasper blew right by me"): a known town only
  if (placed || !known(n.text) || !report() || (single && (keyFactsOf(first).firstName || keyFactsOf(first).surname))) return false;
  // "in the West": a region
  if (prevIn?.lower === 'the' && where.has(units[n.first - 2]?.lower ?? '')) return false;
  if (prevIn && !prevIn.cap && teamBefore.has(prevIn.lower)) return true;
  // the subject of a verb: "Derbyshire kept up the hunt", "Kent will also need"
  return !!nextIn && !nextIn.cap && (nextIn.pos === 'VERB' || nextIn.pos === 'AUX');
}

// Within-article coreference: one actor per chain of mentions. Rules, each a small function below:
//   same name · lexicon entry (name ↔ acronym ↔ other names) · acronym ↔ initials of a name · "(ACR)"
//   after a name · surname / given name ↔ full name · organisation head word ↔ its name ("the Observatory")
//   name + descriptor ("IS fighters") · descriptor + name ("state news agency SANA") · descriptor ↔ nearest
//   named actor it describes ("the monitor") · state forces / government / regime of one country.
import type { Actor, ActorMention, ActorType } from '../../schema.js';
import { actorLexicon, isAcronym, type OrgEntry } from './lexicon.js';
import type { NameCandidate } from './names.js';
import type { NominalCandidate } from './nominals.js';
import { isParticle, type Unit } from './units.js';
import { firstWord, hasSpace, lastWord } from './words.js';

export interface Rec {
  start: number;
  end: number;
  text: string;
  kind: 'name' | 'nominal';
  type: ActorType;
  country: string | null;
  entry: OrgEntry | null;
  /** extra surface forms this mention brings ("President Bashar al-Assad", "IS fighters"). */
  extra: string[];
  /** a state medium ("state news agency SANA", "Syrian state television"). */
  stateMedia: boolean;
  /** descriptor nouns by which later mentions may refer to it (shared: never added to). */
  descriptors: ReadonlySet<string>;
  /** unit range, for adjacency. */
  first: number;
  last: number;
  /** union-find parent. */
  parent: number;
}

const STOP = new Set(['of', 'for', 'the', 'and', '&', 'on', 'de', 'al']);
/** the form two names must share to be one: lower case, no "the", no possessive, punctuation as spaces. */
function norm(s: string): string {
  const lower = s.toLowerCase();
  // most names are plain words already ("john smith"): nothing to strip or replace
  if (plainWords(lower)) return lower;
  return lower.replace(/^the\s+/, '').replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** a-z and 0-9 words between single spaces, not opening with "the ": what norm would leave as it is. */
function plainWords(s: string): boolean {
  if (s.length === 0 || s.startsWith('the ')) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c !== 32 || i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
  }
  return true;
}

/** the surname a full name ends with, lower-cased, without a particle glued on ("al-Assad" → "assad"). */
const lastPart = (s: string): string => {
  const w = lastWord(s);
  const dash = w.indexOf('-');
  return (dash !== -1 && isParticle(w.slice(0, dash)) ? w.slice(dash + 1) : w).toLowerCase();
};

export function initials(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !STOP.has(w.toLowerCase())).map((w) => w.charAt(0).toUpperCase()).join('');
}

function find(recs: Rec[], i: number): number {
  let r = i;
  while ((recs[r]?.parent ?? r) !== r) r = recs[r]?.parent ?? r;
  let k = i;
  while (k !== r) { const rec = recs[k] as Rec; const n = rec.parent; rec.parent = r; k = n; }
  return r;
}
function union(recs: Rec[], a: number, b: number): void {
  const ra = find(recs, a);
  const rb = find(recs, b);
  if (ra !== rb) (recs[Math.max(ra, rb)] as Rec).parent = Math.min(ra, rb);
}

const NO_DESCRIPTORS: ReadonlySet<string> = new Set();

export function nameRecord(c: NameCandidate, i: number): Rec {
  // the entry's descriptors and the head words of the name; a set of its own only when the name adds a word
  let descriptors = c.entry?.descriptors ?? NO_DESCRIPTORS;
  const heads = actorLexicon().heads;
  for (const w of c.lower.split(/\s+/)) {
    if (!heads.has(w) || descriptors.has(w)) continue;
    if (descriptors === NO_DESCRIPTORS || descriptors === c.entry?.descriptors) descriptors = new Set(descriptors);
    (descriptors as Set<string>).add(w);
  }
  return {
    start: c.start, end: c.end, text: c.text, kind: 'name', type: c.type ?? 'other', country: c.country, entry: c.entry,
    extra: c.fullText !== c.text ? [c.fullText] : [], stateMedia: c.entry?.stateMedia ?? false, descriptors,
    first: c.first, last: c.last, parent: i,
  };
}

export interface MergeInput {
  source: string;
  units: Unit[];
  names: Rec[];
  nominals: NominalCandidate[];
  /** "Russia-backed": states named by a backing modifier. */
  states: { start: number; end: number; text: string; code: string }[];
}

export function mergeActors(input: MergeInput): Actor[] {
  const { source, units } = input;
  const recs: Rec[] = [...input.names].sort((a, b) => a.start - b.start);
  const named0 = recs.length;
  recs.forEach((r, i) => { r.parent = i; });
  const named = recs.length;

  // 1. names: same text, same lexicon entry
  const byKey = new Map<string, number>();
  const byEntry = new Map<OrgEntry, number>();
  for (let i = 0; i < recs.length; i++) {
    const r = recs[i] as Rec;
    const key = norm(r.text);
    if (key) {
      const j = byKey.get(key);
      if (j !== undefined) union(recs, j, i);
      else byKey.set(key, i);
    }
    if (r.entry) {
      const j = byEntry.get(r.entry);
      if (j !== undefined) union(recs, j, i);
      else byEntry.set(r.entry, i);
    }
  }
  // 2. acronym ↔ initials of an organisation name; "(ACR)" right after a name
  const byInitials = new Map<string, number[]>();
  recs.forEach((o, j) => {
    if (o.type === 'person' || !hasSpace(o.text)) return;
    const key = initials(o.text);
    const list = byInitials.get(key) ?? [];
    list.push(j);
    byInitials.set(key, list);
  });
  const byEnd = new Map<number, number>();
  recs.forEach((o, j) => { if (o.type !== 'person') byEnd.set(o.end, j); });
  recs.forEach((r, i) => {
    if (r.type === 'person' || !isAcronym(r.text)) return;
    const acr = r.text.replace(/\./g, '');
    for (const j of byInitials.get(acr) ?? []) union(recs, i, j);
    // "Karen National Union (KNU)": an acronym in brackets right after a name with the same first letter
    if (units[r.first - 1]?.text === '(') {
      const j = byEnd.get(units[r.first - 2]?.end ?? -1);
      const o = j === undefined ? undefined : recs[j];
      if (o && j !== i && o.text.charAt(0).toUpperCase() === acr.charAt(0)) union(recs, i, j as number);
    }
  });
  // 3. surname / given name ↔ full name of a person; head word ↔ organisation ("the Observatory")
  // surname or given name → the full names (chains) it may stand for
  const partOwners = new Map<string, Set<number>>();
  recs.forEach((r, i) => {
    if (r.type !== 'person' || !hasSpace(r.text)) return;
    for (const key of [lastPart(r.text), firstWord(r.text).toLowerCase()]) {
      const set = partOwners.get(key) ?? new Set<number>();
      set.add(i);
      partOwners.set(key, set);
    }
  });
  recs.forEach((r, i) => {
    if (hasSpace(r.text)) return;
    const key = lastPart(r.text);
    const owners = partOwners.get(key);
    if (owners && (r.type === 'person' || r.type === 'other')) {
      const root = oneRoot(recs, owners);
      if (root >= 0) { union(recs, i, root); r.type = 'person'; }
    }
    if (r.type !== 'person' && actorLexicon().heads.has(r.text.toLowerCase())) {
      const near = nearest(recs, named, r, (o) => o !== r && o.type !== 'person' && /\s/.test(o.text) && o.text.toLowerCase().split(/\s+/).includes(r.text.toLowerCase()));
      if (near >= 0) union(recs, i, near);
    }
  });

  // 4. descriptive mentions
  const stateKey = new Map<string, number>();
  let defaultCountry: string | null = null;
  const ownKey = new Map<string, number>();
  const pendingCountry: [number, number][] = [];
  const byLast = new Map<number, number>();
  const byFirst = new Map<number, number>();
  for (let k = 0; k < named; k++) {
    const r = recs[k] as Rec;
    if (!byLast.has(r.last)) byLast.set(r.last, k);
    if (!byFirst.has(r.first)) byFirst.set(r.first, k);
  }
  for (const n of input.nominals) {
    const before = byLast.get(n.first - 1) ?? -1;
    const possessor = /^['’]s?$/.test(units[n.first - 1]?.text ?? '') ? byLast.get(n.first - 2) ?? -1 : -1;
    const after = byFirst.get(n.last + 1) ?? -1;
    const rec: Rec = {
      start: n.start, end: n.end, text: source.slice(n.start, n.end), kind: 'nominal', type: n.type, country: n.country,
      entry: null, extra: [], stateMedia: n.cls === 'statemedia', descriptors: new Set(), first: n.first, last: n.last, parent: recs.length,
    };
    const idx = recs.length;
    recs.push(rec);
    if (before >= 0 && n.cls !== 'state' && n.cls !== 'own' && recs[before]?.type !== 'person') {
      const b = recs[before] as Rec;
      b.extra.push(source.slice(b.start, n.end));
      union(recs, before, idx);
      continue;
    }
    if (after >= 0 && n.cls !== 'state' && n.cls !== 'own' && recs[after]?.type !== 'person') {
      const a = recs[after] as Rec;
      a.extra.push(source.slice(n.start, a.end));
      if (rec.stateMedia) a.stateMedia = true;
      if (!a.country && n.country) a.country = n.country;
      union(recs, after, idx);
      continue;
    }
    if (n.cls === 'state') {
      // "the police" after "the Municipal Police": the named force it describes, when the country does not differ
      const head = n.phrase.toLowerCase().split(' ').pop() ?? '';
      const named = nearest(recs, named0, rec, (o) => o.kind === 'name' && (o.type === 'state_forces' || o.type === 'government')
        && o.descriptors.has(head) && (!n.country || o.country === n.country));
      if (named >= 0) { union(recs, named, idx); continue; }
      if (n.country && !defaultCountry) defaultCountry = n.country;
      const key = n.country ?? defaultCountry ?? '?';
      const j = stateKey.get(key);
      if (j !== undefined) union(recs, j, idx);
      else stateKey.set(key, idx);
      const owner = recs[possessor];
      if (possessor >= 0 && owner?.type === 'person') {
        rec.extra.push(source.slice(owner.start, n.end));
        pendingCountry.push([possessor, idx]);
      }
      continue;
    }
    if (n.cls === 'statemedia') {
      if (n.country) {
        const key = `sm:${n.country}:${medium(n.phrase)}`;
        const j = ownKey.get(key);
        if (j !== undefined) union(recs, j, idx);
        else ownKey.set(key, idx);
        continue;
      }
      const near = nearest(recs, recs.length, rec, (o) => o !== rec && o.stateMedia && (o.kind === 'name' || o.country !== null));
      if (near >= 0) { union(recs, near, idx); continue; }
    }
    if (n.cls === 'resolve') {
      if (!n.definite && n.start === n.headStart) { recs.pop(); continue; }
      const head = n.phrase.toLowerCase().split(' ').pop() ?? '';
      const near = nearest(recs, named, rec, (o) => describes(o, head));
      if (near >= 0) { union(recs, near, idx); continue; }
    }
    const key = `own:${n.cls}:${n.phrase.toLowerCase()}`;
    const j = ownKey.get(key);
    if (j !== undefined) union(recs, j, idx);
    else ownKey.set(key, idx);
  }
  // state mentions without a country join the first country's state actor
  const fallback = defaultCountry ? stateKey.get(defaultCountry) : undefined;
  const orphan = stateKey.get('?');
  if (fallback !== undefined && orphan !== undefined) union(recs, fallback, orphan);
  for (const [p, n] of pendingCountry) {
    const person = recs[p] as Rec;
    const c = recs[find(recs, n)]?.country ?? recs[n]?.country ?? defaultCountry;
    if (!person.country && c) person.country = c;
  }

  // 5. states named by a backing modifier ("Russia-backed")
  const stateByCode = new Map<string, number>();
  for (const s of input.states) {
    const idx = recs.length;
    recs.push({
      start: s.start, end: s.end, text: s.text, kind: 'name', type: 'state', country: s.code, entry: null, extra: [],
      stateMedia: false, descriptors: new Set(), first: -1, last: -1, parent: idx,
    });
    const j = stateByCode.get(s.code);
    if (j !== undefined) union(recs, j, idx);
    else stateByCode.set(s.code, idx);
  }
  return emit(recs);
}

function medium(phrase: string): string {
  if (/television|tv|broadcaster/.test(phrase)) return 'tv';
  if (/agency/.test(phrase)) return 'agency';
  return 'media';
}

function describes(o: Rec, head: string): boolean {
  if (o.kind !== 'name' || o.type === 'person') return false;
  const singular = head.replace(/s$/, '');
  return o.descriptors.has(head) || o.descriptors.has(singular) || o.text.toLowerCase().split(/\s+/).includes(head);
}

/** index of the nearest record (before `limit`) satisfying `ok`, preceding ones first. */
function nearest(recs: Rec[], limit: number, at: Rec, ok: (o: Rec) => boolean): number {
  let best = -1;
  let bestDist = Infinity;
  for (let k = 0; k < limit; k++) {
    const o = recs[k];
    if (!o || !ok(o)) continue;
    const d = o.start <= at.start ? at.start - o.start : (o.start - at.start) * 4;
    if (d < bestDist) { bestDist = d; best = k; }
  }
  return best;
}

/** an entry's type; else state forces; else the best-ranked type, a person where a name says so. */
function groupType(g: Rec[], names: Rec[], entry: OrgEntry | null): ActorType {
  if (entry) return entry.type;
  if (g.some((r) => r.type === 'state_forces')) return 'state_forces';
  if (names.some((r) => r.type === 'person')) return 'person';
  let best: ActorType = 'other';
  for (const r of g) if (r.type !== 'other' && (best === 'other' || TYPE_RANK.indexOf(r.type) < TYPE_RANK.indexOf(best))) best = r.type;
  return best;
}

/** one mention per span; `g` is sorted by start, so the records of one span stand together. */
function mentionsOf(g: Rec[]): ActorMention[] {
  const mentions: ActorMention[] = [];
  let start = -1;
  const ends: number[] = [];
  for (const r of g) {
    if (r.start !== start) { start = r.start; ends.length = 0; }
    if (ends.includes(r.end)) continue;
    ends.push(r.end);
    mentions.push({ start: r.start, end: r.end, text: r.text, kind: r.kind });
  }
  return mentions;
}

const TYPE_RANK: ActorType[] = ['person', 'igo', 'ngo', 'media', 'armed_group', 'state', 'state_forces', 'government', 'organization', 'civilians', 'other'];

/** the chain all of these records belong to, or -1 when they belong to several. */
function oneRoot(recs: Rec[], members: Iterable<number>): number {
  let root = -1;
  for (const k of members) {
    const r = find(recs, k);
    if (root === -1) root = r;
    else if (r !== root) return -1;
  }
  return root;
}

function emit(recs: Rec[]): Actor[] {
  const groups = new Map<number, Rec[]>();
  recs.forEach((r, i) => {
    const root = find(recs, i);
    const g = groups.get(root) ?? [];
    g.push(r);
    groups.set(root, g);
  });
  const actors: Actor[] = [];
  const ordered = [...groups.values()].map((g) => g.sort((a, b) => a.start - b.start)).sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
  for (const g of ordered) {
    const names = g.filter((r) => r.kind === 'name');
    const entry = g.find((r) => r.entry)?.entry ?? null;
    const pool = names.length ? names : g.some((r) => r.country) ? g.filter((r) => r.country) : g;
    const name = pool.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
    const aliases = new Set<string>();
    for (const r of g) {
      if (r.text && r.text !== name) aliases.add(r.text);
      for (const s of r.extra) if (s && s !== name) aliases.add(s);
    }
    const country = entry?.country ?? g.find((r) => r.country)?.country ?? null;
    actors.push({ id: '', name: name.replace(/^the\s+/i, ''), type: groupType(g, names, entry), country, aliases: [...aliases], mentions: mentionsOf(g) });
  }
  actors.forEach((a, i) => { a.id = `actor-${i + 1}`; });
  return actors;
}

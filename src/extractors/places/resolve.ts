// Resolution: choose, for each name, the gazetteer entry the article means. Each entry's score is its
// prior (kind, capital status, population) plus the article's context: the countries and first-level
// regions it names (dateline, country names, demonyms, confidently resolved places) and explicit
// qualifiers ("Alexandria, La.", "Paris, France"). Two passes: confident names first set the context.
import type { AnalysedDoc } from '../../document/model.js';
import type { Gazetteer, GazEntry } from '../../gazetteer/index.js';
import type { Mention } from './mention.js';

export interface Context {
  /** entries with other names of the article nearby: how many other names (capped) have a candidate close to it. */
  cluster?: Map<GazEntry, number>;
  countries: Map<string, number>;
  regions: Map<string, number>;
  countryTotal: number;
  regionTotal: number;
}

export function entryPrior(e: GazEntry): number {
  if (e.kind === 'country') return 7.5;
  if (e.feature === 'AREA') return e.kind === 'admin_region' ? 5.5 : 5;
  if (e.kind === 'admin_region') return 5;
  let s = 0.8 * Math.log10(e.population + 1);
  if (e.feature === 'PPLC') s += 1.5;
  else if (e.feature === 'PPLA') s += 0.7;
  else if (e.feature === 'PPLA2') s += 0.3;
  else if (e.feature === 'PPLX') s -= 0.5;
  return s;
}

export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function share(map: Map<string, number>, total: number, key: string | null): number {
  return key && total > 0 ? (map.get(key) ?? 0) / total : 0;
}

/** the entry a qualifier mention stands for (its best by prior: "La." → Louisiana). */
function qualifierEntry(q: Mention): GazEntry | undefined {
  let best: GazEntry | undefined;
  for (const e of q.entries) if (e.kind === 'country' || e.kind === 'admin_region') if (!best || entryPrior(e) > entryPrior(best)) best = e;
  return best;
}

export function scoreEntry(e: GazEntry, group: readonly Mention[], ctx: Context | null): number {
  let s = entryPrior(e);
  if (ctx) {
    s += 4 * share(ctx.countries, ctx.countryTotal, e.country);
    s += 3 * share(ctx.regions, ctx.regionTotal, e.admin);
    s += CLUSTER_WEIGHT * (ctx.cluster?.get(e) ?? 0);
  }
  for (const m of group) {
    const q = m.qualifier ? qualifierEntry(m.qualifier) : undefined;
    if (q) {
      if (q.kind === 'country' && e.country === q.country) s += 10;
      else if (q.kind === 'admin_region' && (e.admin === q.admin || (e.country === q.country && km(e, q) < 400))) s += 10;
      else if (e.country === q.country) s += 3;
    }
    if (m.kind && m.kind === e.kind) s += 1.5;
    // "X, in southern Damascus": the candidate near that Damascus
    if (m.insideOf?.entries.some((p) => p !== e && Math.abs(p.lat - e.lat) < 1 && km(p, e) < 100)) s += 5;
  }
  return s;
}

export function choose(group: readonly Mention[], ctx: Context | null): { entry: GazEntry; margin: number } | undefined {
  const seen = new Set<GazEntry>();
  let best: GazEntry | undefined;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (const m of group) {
    for (const e of m.entries) {
      if (seen.has(e)) continue;
      seen.add(e);
      const s = scoreEntry(e, group, ctx);
      if (s > bestScore) {
        if (!best || best.country !== e.country) second = bestScore;
        best = e;
        bestScore = s;
      } else if (s > second && best && e.country !== best.country) second = s;
    }
  }
  return best ? { entry: best, margin: bestScore - second } : undefined;
}

interface AnchorPick {
  entry: GazEntry;
  margin: number;
  /** a country or region name that no other country or region shares ("Georgia" is not) */
  anchor: boolean;
  /** not a county name several states share ("Walker County" tells the country, not the state) */
  oneAdmin: boolean;
}

/** anchorPick of a plain group (one entries array, no qualifier, kind or container): it depends on the array alone. */
const anchorMemo = new WeakMap<readonly GazEntry[], AnchorPick | null>();

/** The group's best entry without context, and whether it may anchor the article's country and region. */
function anchorPick(group: readonly Mention[]): AnchorPick | undefined {
  const shared = group[0]?.entries;
  const plain = !!shared && group.every((m) => m.entries === shared && !m.qualifier && !m.kind && !m.insideOf);
  if (plain) {
    const memo = anchorMemo.get(shared);
    if (memo !== undefined) return memo ?? undefined;
  }
  const pick = choose(group, null);
  let out: AnchorPick | undefined;
  if (pick) {
    const { entry, margin } = pick;
    const anchor = (entry.kind === 'country' || entry.kind === 'admin_region' || (entry.feature === 'AREA' && !!entry.country))
      && group.every((m) => m.entries.every((e) => e.country === entry.country || (e.kind === 'city' && entryPrior(e) < entryPrior(entry) - 2.5)));
    const oneAdmin = entry.feature !== 'ADM2' || group.every((m) => m.entries.every((e) => e.admin === entry.admin));
    out = { entry, margin, anchor, oneAdmin };
  }
  if (plain) anchorMemo.set(shared, out ?? null);
  return out;
}

/**
 * The article's country and region context. Only anchors set it: country and region names, the dateline,
 * demonyms and trigger words that imply a country ("X County"). A city name does not, however big:
 * "Paris, Illinois" must not be pulled to France by the fame of the other Paris.
 */
export function buildContext(doc: AnalysedDoc, g: Gazetteer, groups: readonly (readonly Mention[])[]): Context {
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const add = (map: Map<string, number>, k: string | null, w: number): void => {
    if (k) map.set(k, (map.get(k) ?? 0) + w);
  };
  const dl = doc.dateline?.place;
  const hinted = new Map<string, number>();
  for (const group of groups) {
    const hint = group.find((m) => m.countryHint)?.countryHint;
    if (hint && (hinted.get(hint) ?? 0) < 1.5) {
      hinted.set(hint, (hinted.get(hint) ?? 0) + 0.5);
      add(countries, hint, 0.5);
    }
    const pick = anchorPick(group);
    if (!pick) continue;
    const { entry, margin, anchor, oneAdmin } = pick;
    const inDateline = group.some((m) => (!!dl && m.start >= dl.start && m.end <= dl.end) || m.reasons.includes('dateline'));
    // an ambiguous name ("Georgia", "Jordan") must not set the context it is then resolved by
    if (!(anchor && margin >= 2.5) && !(inDateline && margin >= 2.5)) continue;
    const w = Math.min(group.length, 3) + (inDateline ? 3 : 0);
    add(countries, entry.country, w);
    // a county name several states share ("Walker County") tells the country, not the state
    if (oneAdmin) add(regions, entry.admin, w);
  }
  const demonymCount = new Map<string, number>();
  for (const t of doc.tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 128)) continue;
    const cc = g.demonymOfLower(t.lower);
    if (cc && (demonymCount.get(cc) ?? 0) < 3) {
      demonymCount.set(cc, (demonymCount.get(cc) ?? 0) + 1);
      add(countries, cc, 1);
    }
  }
  let countryTotal = 0;
  for (const v of countries.values()) countryTotal += v;
  let regionTotal = 0;
  for (const v of regions.values()) regionTotal += v;
  return { countries, regions, countryTotal, regionTotal };
}

const CLUSTER_CANDIDATES = 8;
const CLUSTER_WEIGHT = 1.6;

/** topCandidates of a group whose mentions share one entries array (a gazetteer slot's, reused across articles). */
const topMemo = new WeakMap<readonly GazEntry[], GazEntry[]>();

/** candidates worth comparing: the best few by prior. */
function topCandidates(group: readonly Mention[]): GazEntry[] {
  const shared = group[0]?.entries;
  if (shared && group.every((m) => m.entries === shared)) {
    let top = topMemo.get(shared);
    if (!top) {
      top = topOf(group);
      topMemo.set(shared, top);
    }
    return top;
  }
  return topOf(group);
}

function topOf(group: readonly Mention[]): GazEntry[] {
  const all = new Set<GazEntry>();
  for (const m of group) for (const e of m.entries) all.add(e);
  return [...all].sort((a, b) => entryPrior(b) - entryPrior(a)).slice(0, CLUSTER_CANDIDATES);
}

/** within reach, with a cheap latitude test before the great-circle distance (1° of latitude ≈ 111 km). */
function near(a: GazEntry, b: GazEntry): boolean {
  const r = reach(a, b);
  if (Math.abs(a.lat - b.lat) * 111 > r) return false;
  return km(a, b) <= r;
}

/** how far two candidates may lie and still count as the same neighbourhood of the article. */
function reach(a: GazEntry, b: GazEntry): number {
  const wide = (e: GazEntry): boolean => e.kind === 'admin_region' && e.feature !== 'ADM2';
  return wide(a) || wide(b) ? 500 : 150;
}

/**
 * Spatial coherence: local news names places near one another ("Paris" with "Chrisman" and "Terre Haute"
 * is Paris, Illinois). An entry earns a point for each other name of the article with a candidate near it.
 */
export function clusterSupport(groups: readonly (readonly Mention[])[]): Map<GazEntry, number> {
  const tops = groups.map(topCandidates);
  const cands = tops.map((top) => top.filter((e) => e.kind !== 'country' && !(e.feature === 'AREA' && !e.country)));
  // a name that is first of all a country ("Egypt", "Lebanon") lends no support to the towns named after
  // it: their clustering is an artefact of settlers' naming, not of the article's geography
  // (a country name that is also a state, "Georgia", lends it as the state)
  const gives = tops.map((top) => {
    return top[0]?.kind !== 'country' || top.some((e) => e.kind === 'admin_region' && e.feature !== 'ADM2' && e.feature !== 'AREA');
  });
  const support = new Map<GazEntry, number>();
  for (let i = 0; i < cands.length; i++) {
    for (const e of cands[i] ?? []) {
      let n = 0;
      for (let j = 0; j < cands.length && n < 3; j++) {
        if (j === i || !gives[j]) continue;
        if ((cands[j] ?? []).some((h) => h !== e && h.country === e.country && near(e, h))) n++;
      }
      if (n) support.set(e, n);
    }
  }
  return support;
}

/** the article's main country: the one with the most weight, if it has at least a third of it. */
export function mainCountry(ctx: Context): string | null {
  let best: string | null = null;
  let bw = 0;
  for (const [cc, w] of ctx.countries) if (w > bw) [best, bw] = [cc, w];
  return best && bw >= ctx.countryTotal / 3 ? best : null;
}

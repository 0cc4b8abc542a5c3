import { beforeAll, describe, expect, it } from 'vitest';
import { buildGazetteer, foldKey, type Gazetteer, type GazEntry, type Slot } from '../../src/gazetteer/index.js';

// The prebuilt index (dist/gazetteer.idx, written by `npm run build` and by the test global setup) must answer
// exactly as the gazetteer built in memory: same entries in the same order, same prefix flags, same loose slots.
let memory: Gazetteer;
let prebuilt: Gazetteer;

beforeAll(() => {
  // a file that is not there: the fallback builds in memory
  memory = buildGazetteer(true, new URL('../../dist/no-such-gazetteer.idx', import.meta.url));
  prebuilt = buildGazetteer();
}, 300_000);

const show = (entries: readonly GazEntry[] | undefined): string | undefined => (entries ? JSON.stringify(entries) : undefined);
const showSlot = (s: Readonly<Slot> | undefined): string | undefined =>
  s ? JSON.stringify({ entries: s.entries, prefix: s.prefix, loose: s.loose ?? null }) : undefined;

describe('prebuilt gazetteer index', () => {
  it('is used, and the fallback is not', () => {
    expect(prebuilt.stats.prebuilt).toBe(true);
    expect(memory.stats.prebuilt).toBe(false);
    expect(prebuilt.entryCount).toBe(memory.entryCount);
    expect(prebuilt.keyCount).toBe(memory.keyCount);
  });

  it('holds the same slot under every sampled key (every 41st, with its loose look-up)', () => {
    const keys = [...memory.memoryIndex().slots.keys()];
    expect(keys.length).toBeGreaterThan(100_000);
    let checked = 0;
    for (let i = 0; i < keys.length; i += 41) {
      const key = keys[i] as string;
      expect(showSlot(prebuilt.slot(key)), key).toBe(showSlot(memory.slot(key)));
      expect(show(prebuilt.lookupLoose(key)), key).toBe(show(memory.lookupLoose(key)));
      checked++;
    }
    expect(checked).toBeGreaterThan(2_000);
  });

  it.each([
    'damascus', 'aleppo', 'new', 'new york', 'new york city', 'us', 'uk', 'georgia', 'saint petersburg', 'hajar al aswad',
    'yarmouk', 'sao paulo', 'kyiv', 'gaza', 'washington', 'springfield', "cote d'ivoire", 'al', 'são', 'москва', 'zzqx',
  ])('answers %j as the in-memory build does', (name) => {
    const key = foldKey(name);
    expect(showSlot(prebuilt.slot(key))).toBe(showSlot(memory.slot(key)));
    expect(show(prebuilt.lookup(key))).toBe(show(memory.lookup(key)));
    expect(show(prebuilt.lookupLoose(key))).toBe(show(memory.lookupLoose(key)));
    expect(prebuilt.hasPrefix(key)).toBe(memory.hasPrefix(key));
    expect(prebuilt.hasName(key)).toBe(memory.hasName(key));
  });

  it('has the same countries, regions, demonyms and areas', () => {
    const { countries, regions, demonyms, areas } = memory.memoryIndex();
    for (const cc of countries.keys()) expect(JSON.stringify(prebuilt.country(cc)), cc).toBe(JSON.stringify(memory.country(cc)));
    for (const code of regions.keys()) expect(JSON.stringify(prebuilt.region(code)), code).toBe(JSON.stringify(memory.region(code)));
    for (const [word, cc] of demonyms) expect(prebuilt.demonymOfLower(word), word).toBe(cc);
    for (const cc of areas.keys()) expect(prebuilt.area(cc), cc).toBe(memory.area(cc));
    expect(prebuilt.country('XX')).toBeUndefined();
    expect(prebuilt.region('XX-YY')).toBeUndefined();
  });

  it('gives one object per entry, whatever the key it is found under', () => {
    const syria = prebuilt.country('SY');
    expect(syria).toBeDefined();
    expect(prebuilt.lookup('syria')?.[0]).toBe(syria);
    // the same in-memory object under two keys is the same prebuilt object under them
    const mine = new Map<GazEntry, GazEntry>();
    let shared = 0;
    const keys = [...memory.memoryIndex().slots.keys()];
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const a = memory.slot(key)?.entries ?? [];
      const b = prebuilt.slot(key)?.entries ?? [];
      a.forEach((e, j) => {
        const seen = mine.get(e);
        if (seen) {
          shared++;
          expect(b[j]).toBe(seen);
        } else mine.set(e, b[j] as GazEntry);
      });
    }
    expect(shared).toBeGreaterThan(100);
  });

  // false positives
  it.each(['', ' ', 'no such place anywhere', 'damascus ', '\ud800'])('has nothing under %j', (key) => {
    expect(prebuilt.slot(key)).toBe(memory.slot(key));
    expect(prebuilt.hasName(key)).toBe(false);
  });
});

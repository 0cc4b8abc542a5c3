#!/usr/bin/env node
// Makes a deliberately imperfect prediction file from a gold file: gold items dropped, shifted,
// duplicated, mislabelled, merged and invented, with a fixed random seed. It exercises every matching
// rule of the scorers (scripts/check-scorer-agreement.mjs compares sitrep eval with score.mjs on it),
// which the output of placeholder extractors cannot.
// usage: node scripts/perturb-gold.mjs GOLD.jsonl [SEED] > pred.ndjson
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, seedable, good enough for test noise. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

export function perturb(record, seed = 1) {
  const rand = rng(hash(record.id) ^ seed);
  const chance = (p) => rand() < p;
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const text = record.text;
  const span = (start, end) => {
    const s = Math.max(0, Math.min(start, text.length));
    const e = Math.max(s, Math.min(end, text.length));
    return { start: s, end: e, text: text.slice(s, e) };
  };
  const jiggle = (sp) => {
    const r = rand();
    if (r < 0.08) return chance(0.5) ? span(sp.end, sp.end + 4) : span(sp.start - 4, sp.start); // touching, not overlapping
    if (r < 0.25) return span(sp.start + pick([-2, 0, 1]), sp.end + pick([-1, 0, 3]));
    return span(sp.start, sp.end);
  };
  const randomSpan = (len = 6) => {
    const s = Math.floor(rand() * Math.max(1, text.length - len));
    return span(s, s + len);
  };
  // spellings the name normalisation must see through: case, a leading article, a possessive, accents
  const variant = (name) => {
    const r = rand();
    if (r < 0.15) return name.toUpperCase();
    if (r < 0.3) return `The ${name}`;
    if (r < 0.4) return `${name}'s`;
    if (r < 0.45) return name.replace(/e/g, 'é');
    return name;
  };
  const G = record.gold;
  const out = { schemaVersion: '1.0.0', id: record.id, ok: true, title: null, published: { value: record.published ?? null, source: 'input' },
    places: [], actors: [], dates: [], casualties: [], attributions: [], warnings: [] };
  if (chance(0.03)) return { schemaVersion: '1.0.0', id: record.id, ok: false, error: { code: 'EXTRACTOR_FAILED', message: 'perturbed' }, input: {} };

  for (const d of G.dates ?? []) {
    if (chance(0.2)) continue;
    const m = { ...jiggle(d), type: chance(0.1) ? 'duration' : d.type.toLowerCase(), value: chance(0.2) ? pick([null, '2001-01-01', 'P1D']) : d.value, anchored: false };
    out.dates.push(m);
    if (chance(0.1)) out.dates.push({ ...m });
  }
  if (G.dates && chance(0.5)) out.dates.push({ ...randomSpan(), type: 'date', value: 'XXXX', anchored: false });

  const placeFrom = (name, mentions, geo) => ({
    id: `p${out.places.length}`, name, country: geo.country ?? null, lat: geo.lat ?? null, lon: geo.lon ?? null, mentions,
    ...(chance(0.5) ? { aliases: [name] } : {}),
  });
  const shiftGeo = (g) => {
    const r = rand();
    if (r < 0.1) return { country: g.country ?? null, lat: null, lon: null };
    if (r < 0.25 && Number.isFinite(g.lat)) return { country: g.country ?? null, lat: Math.max(-90, Math.min(90, g.lat + 3)), lon: g.lon };
    if (r < 0.35) return { ...g, country: 'ZZ' };
    return { country: g.country ?? null, lat: g.lat ?? null, lon: g.lon ?? null };
  };
  for (const p of G.places ?? []) {
    if (chance(0.15)) continue;
    const names = [p.name, ...(p.aliases ?? [])];
    const place = placeFrom(variant(pick(names)), (p.mentions ?? []).filter(() => !chance(0.2)).map(jiggle), shiftGeo(p));
    if (chance(0.15) && out.places.length) out.places[out.places.length - 1].mentions.push(...place.mentions); // merge
    else out.places.push(place);
    if (chance(0.1)) out.places.push(placeFrom(p.name, [], shiftGeo(p))); // split
  }
  if (!G.places) {
    for (const t of G.toponyms ?? []) if (!chance(0.2)) out.places.push(placeFrom(t.text, [jiggle(t)], shiftGeo(t)));
    for (const e of (G.entities ?? []).filter((e) => e.type === 'LOC' || (e.type === 'MISC' && chance(0.2)))) {
      if (!chance(0.2)) out.places.push(placeFrom(e.text, [jiggle(e)], {}));
    }
  }
  if (G.places || G.toponyms || G.entities) if (chance(0.5)) out.places.push(placeFrom('Nowhere', [randomSpan()], { country: 'XX', lat: 0, lon: 0 }));

  const actorFrom = (name, type, mentions) => ({ id: `a${out.actors.length}`, name, type, aliases: chance(0.5) ? [name] : [], mentions });
  const kinds = () => pick(['name', 'name', 'name', 'nominal', 'pronoun', undefined]);
  for (const a of G.actors ?? []) {
    if (chance(0.15)) continue;
    const names = [a.name, ...(a.aliases ?? [])];
    const actor = actorFrom(variant(pick(names)), chance(0.2) ? 'organization' : a.type, []);
    if (chance(0.1) && out.actors.length) out.actors[out.actors.length - 1].aliases.push(actor.name);
    else out.actors.push(actor);
  }
  for (const e of (G.entities ?? []).filter((e) => e.type === 'PER' || e.type === 'ORG' || e.type === 'MISC')) {
    if (chance(0.2) || (e.type === 'MISC' && chance(0.7))) continue;
    const type = (e.type === 'PER') !== chance(0.1) ? 'person' : pick(['armed_group', 'media', 'government', 'ngo']);
    const kind = kinds();
    out.actors.push(actorFrom(e.text, type, [{ ...jiggle(e), ...(kind ? { kind } : {}) }]));
  }

  const sources = [...(G.sources ?? []), ...(G.actors ?? [])];
  for (const c of G.casualties ?? []) {
    if (chance(0.2)) continue;
    const r = rand();
    const low = r < 0.15 ? c.low + 1 : c.low;
    const high = r < 0.15 ? c.high : r < 0.25 ? null : r < 0.3 ? (c.high ?? c.low) + 10 : c.high;
    const src = c.reportedBy == null ? null : sources.find((s) => s.name === c.reportedBy);
    const reporter = chance(0.15) ? null : c.reportedBy == null ? (chance(0.5) ? null : 'police') : chance(0.8) ? variant(pick([src?.name ?? c.reportedBy, ...(src?.aliases ?? [])])) : 'the ministry';
    const evidence = c.evidence ? jiggle(c.evidence) : randomSpan();
    const fig = {
      id: `c${out.casualties.length}`, kind: chance(0.1) ? 'injured' : c.kind,
      count: { low, high, qualifier: 'exact', text: evidence.text },
      victims: { text: c.victims ?? '', category: chance(0.2) ? 'unknown' : c.category },
      reportedBy: reporter === null ? null : { name: reporter, actor: null, mention: evidence, cue: 'said' },
      evidence,
    };
    out.casualties.push(fig);
    if (chance(0.1)) out.casualties.push({ ...fig, id: `${fig.id}b` });
  }
  for (const n of G.notCasualties ?? []) {
    if (chance(0.5)) out.casualties.push({ id: `n${out.casualties.length}`, kind: 'killed', count: { low: 3, high: 3, qualifier: 'exact', text: n.text },
      victims: { text: 'people', category: 'people' }, reportedBy: null, evidence: span(n.start, n.end) });
  }
  if (G.casualties && chance(0.3)) {
    const sp = randomSpan();
    out.casualties.push({ id: 'x', kind: 'killed', count: { low: 2, high: 2, qualifier: 'exact', text: sp.text }, victims: { text: '', category: 'people' }, reportedBy: null, evidence: sp });
  }

  if (G.tally) {
    const tally = {};
    for (const kind of ['killed', 'injured']) {
      const g = G.tally[kind];
      if (g == null || chance(0.2)) continue;
      const v = chance(0.3) ? g + pick([1, 2, -1]) : g;
      tally[kind] = chance(0.2) ? Math.max(0, v) : { low: Math.max(0, v), best: chance(0.2) ? null : Math.max(0, v), high: null };
    }
    out.tally = tally;
  }

  for (const a of G.attributions ?? []) {
    if (chance(0.2)) continue;
    const attr = { id: `t${out.attributions.length}`, source: { ...jiggle(a.source), actor: null, name: a.source.text }, cue: jiggle(a.cue), content: jiggle(a.content), direct: false };
    if (chance(0.15)) attr.cue = randomSpan(3);
    if (chance(0.1)) delete attr.content;
    out.attributions.push(attr);
  }
  if (G.attributions && chance(0.5)) out.attributions.push({ id: 'tx', source: { ...randomSpan(), actor: null, name: '' }, cue: randomSpan(3), content: randomSpan(20), direct: false });

  if (chance(0.02)) out.dates.push({ start: 0, end: 3, text: 'not the text', type: 'date', value: null, anchored: false }); // a span error
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [goldPath, seed = '1'] = process.argv.slice(2);
  if (!goldPath) {
    console.error('usage: node scripts/perturb-gold.mjs GOLD.jsonl [SEED] > pred.ndjson');
    process.exit(2);
  }
  const lines = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim());
  for (const line of lines) {
    const record = JSON.parse(line);
    process.stdout.write(JSON.stringify(perturb(record, Number(seed))) + '\n');
  }
}

// Predictions as the scorer sees them: only the parts that are scored, read tolerantly from any sitrep
// output record (older versions, hand-made files), so that a missing field scores as "nothing found"
// instead of crashing the scorer.
import { readFileSync } from 'node:fs';

export interface PredSpan {
  start: number;
  end: number;
  text: string;
}
export interface PredDate extends PredSpan {
  value: string | null | undefined;
  type: string | undefined;
}
export interface PredPlace {
  name: string;
  aliases: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  mentions: PredSpan[];
}
export interface PredActor {
  name: string;
  aliases: string[];
  type: string;
  mentions: (PredSpan & { kind: string })[];
}
export interface PredFigure {
  kind: string;
  low: number | null;
  high: number | null;
  category: string | undefined;
  /** the reporter's name, or null when the figure is stated in the article's own voice. */
  reporter: string | null;
  evidence: PredSpan | null;
  text: string;
}
export interface PredAttribution {
  source: PredSpan;
  cue: PredSpan;
  content: PredSpan | null;
}

export interface Prediction {
  id: string;
  ok: boolean;
  /** an error record's code and message. */
  error?: string;
  dates: PredDate[];
  places: PredPlace[];
  actors: PredActor[];
  casualties: PredFigure[];
  attributions: PredAttribution[];
  /** per kind: the tally's best value (else its low), a bare number as is; absent kinds are absent. */
  tally: Record<string, number>;
  /** the spans checked against the gold text (places', actors' mentions, dates, figures' evidence and reporter). */
  spans: PredSpan[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const objs = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : []);
const strs = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const numOrNull = (x: unknown): number | null => (typeof x === 'number' ? x : null);
// a span with missing offsets keeps its place in the counts but matches nothing (NaN compares false)
const span = (x: Obj): PredSpan => ({
  start: typeof x['start'] === 'number' ? x['start'] : NaN,
  end: typeof x['end'] === 'number' ? x['end'] : NaN,
  text: str(x['text']),
});
const optSpan = (x: unknown): PredSpan | null => (isObj(x) ? span(x) : null);

/** Any sitrep output record → what is scored of it; null when it has no id. */
export function toPrediction(raw: unknown): Prediction | null {
  if (!isObj(raw) || (typeof raw['id'] !== 'string' && typeof raw['id'] !== 'number') || raw['id'] === '') return null;
  const dates = objs(raw['dates'])
    .filter((d) => Number.isInteger(d['start']))
    .map((d): PredDate => ({ ...span(d), value: d['value'] as string | null | undefined, type: typeof d['type'] === 'string' ? d['type'] : undefined }));
  const places = objs(raw['places']).map((p): PredPlace => ({
    name: str(p['name']),
    aliases: strs(p['aliases']),
    country: typeof p['country'] === 'string' ? p['country'] : null,
    lat: numOrNull(p['lat']),
    lon: numOrNull(p['lon']),
    mentions: objs(p['mentions']).map(span),
  }));
  const actors = objs(raw['actors']).map((a): PredActor => ({
    name: str(a['name']),
    aliases: strs(a['aliases']),
    type: str(a['type']),
    mentions: objs(a['mentions']).map((m) => ({ ...span(m), kind: typeof m['kind'] === 'string' ? m['kind'] : 'name' })),
  }));
  const spans: PredSpan[] = [...places.flatMap((p) => p.mentions), ...actors.flatMap((a) => a.mentions), ...dates];
  const casualties = objs(raw['casualties']).map((c): PredFigure => {
    const count = isObj(c['count']) ? c['count'] : {};
    const victims = isObj(c['victims']) ? c['victims'] : {};
    const by = isObj(c['reportedBy']) ? c['reportedBy'] : null;
    const evidence = optSpan(c['evidence']);
    if (evidence) spans.push(evidence);
    const byMention = optSpan(by?.['mention']);
    if (byMention) spans.push(byMention);
    return {
      kind: str(c['kind']),
      low: numOrNull(count['low']),
      high: numOrNull(count['high']),
      category: typeof victims['category'] === 'string' ? victims['category'] : undefined,
      reporter: by ? str(by['name']) : null,
      evidence,
      text: str(count['text']) + (typeof victims['text'] === 'string' ? ` ${victims['text']}` : ''),
    };
  });
  const attributions = objs(raw['attributions']).flatMap((a): PredAttribution[] => {
    const source = optSpan(a['source']);
    const cue = optSpan(a['cue']);
    return source && cue ? [{ source, cue, content: optSpan(a['content']) }] : [];
  });
  const tally: Record<string, number> = {};
  if (isObj(raw['tally'])) {
    for (const [kind, t] of Object.entries(raw['tally'])) {
      if (typeof t === 'number') tally[kind] = t;
      else if (isObj(t)) tally[kind] = numOrNull(t['best']) ?? numOrNull(t['low']) ?? 0;
    }
  }
  const error = isObj(raw['error']) ? `${str(raw['error']['code'])} ${str(raw['error']['message'])}`.trim() : '';
  return { id: String(raw['id']), ok: raw['ok'] !== false, ...(error ? { error } : {}), dates, places, actors, casualties, attributions, tally, spans };
}

export interface PredictionFile {
  path: string;
  byId: Map<string, Prediction>;
  /** lines that are not JSON or carry no id. */
  badLines: number;
}

/** Reads sitrep NDJSON output; a later record with the same id replaces an earlier one. */
export function readPredictionFile(path: string): PredictionFile {
  const content = readFileSync(path, 'utf8');
  const byId = new Map<string, Prediction>();
  let badLines = 0;
  for (const line of content.split('\n')) {
    if (!line.trim()) continue;
    let pred: Prediction | null = null;
    try {
      pred = toPrediction(JSON.parse(line));
    } catch {
      pred = null;
    }
    if (pred) byId.set(pred.id, pred);
    else badLines++;
  }
  return { path, byId, badLines };
}

export const emptyPrediction = (id: string): Prediction => ({
  id, ok: true, dates: [], places: [], actors: [], casualties: [], attributions: [], tally: {}, spans: [],
});

// Gold files (shared/eval/README.md): JSONL, one article per line; the keys present in `gold` say
// what is scored for that article.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const offset = z.number().int().min(0);
const GoldSpan = z.object({ start: offset, end: offset, text: z.string() });
const Names = { name: z.string(), aliases: z.array(z.string()).optional() };

const GoldDate = GoldSpan.extend({ type: z.string(), value: z.string().nullable().optional() });
const GoldEntity = GoldSpan.extend({ type: z.string() });
const GoldToponym = GoldSpan.extend({
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  country: z.string().nullable().optional(),
  geonameid: z.union([z.string(), z.number()]).nullable().optional(),
});
const GoldPlace = z.object({
  ...Names,
  country: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  mentions: z.array(GoldSpan).optional(),
});
const GoldActor = z.object({ ...Names, type: z.string(), country: z.string().nullable().optional(), mentions: z.array(GoldSpan).optional() });
const GoldSource = z.object({ ...Names, mentions: z.array(GoldSpan).optional() });
const GoldFigure = z.object({
  kind: z.string(),
  low: z.number().int().min(0),
  high: z.number().int().min(0).nullable(),
  victims: z.string().optional(),
  category: z.string().optional(),
  reportedBy: z.string().nullable().optional(),
  evidence: GoldSpan.optional(),
});
const GoldTally = z.object({ killed: z.number().nullable().optional(), injured: z.number().nullable().optional() });
const GoldAttribution = z.object({ source: GoldSpan, cue: GoldSpan, content: GoldSpan });

export const GoldRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: z.string().nullable().optional(),
  gold: z.object({
    dates: z.array(GoldDate).optional(),
    entities: z.array(GoldEntity).optional(),
    toponyms: z.array(GoldToponym).optional(),
    places: z.array(GoldPlace).optional(),
    actors: z.array(GoldActor).optional(),
    sources: z.array(GoldSource).optional(),
    casualties: z.array(GoldFigure).optional(),
    notCasualties: z.array(GoldSpan).optional(),
    tally: GoldTally.optional(),
    attributions: z.array(GoldAttribution).optional(),
  }),
});
export type GoldRecord = z.infer<typeof GoldRecord>;
export type Gold = GoldRecord['gold'];
export type GoldSpan = z.infer<typeof GoldSpan>;
export type GoldDate = z.infer<typeof GoldDate>;
export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldToponym = z.infer<typeof GoldToponym>;
export type GoldPlace = z.infer<typeof GoldPlace>;
export type GoldActor = z.infer<typeof GoldActor>;
export type GoldSource = z.infer<typeof GoldSource>;
export type GoldFigure = z.infer<typeof GoldFigure>;
export type GoldTally = z.infer<typeof GoldTally>;
export type GoldAttribution = z.infer<typeof GoldAttribution>;

/** An input (gold or prediction file) that cannot be scored: what is wrong, and where. */
export class EvalInputError extends Error {}

/** Parses gold JSONL; throws EvalInputError naming the first bad lines. */
export function parseGold(content: string, label: string): GoldRecord[] {
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  const lines = content.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || problems.length >= 5) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(`${label}:${i + 1}: not valid JSON`);
      return;
    }
    const parsed = GoldRecord.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      problems.push(`${label}:${i + 1}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`);
    }
  });
  if (problems.length) throw new EvalInputError(`not a gold file (see shared/eval/README.md for the format):\n  ${problems.join('\n  ')}`);
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new EvalInputError(`${label}: id "${r.id}" appears twice; ids must be unique within a gold file`);
    seen.add(r.id);
  }
  return records;
}

export function readGoldFile(path: string): GoldRecord[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    throw new EvalInputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseGold(content, path);
}

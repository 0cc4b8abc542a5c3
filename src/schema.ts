// The single source of truth for sitrep's output: TypeScript types come from z.infer, the JSON Schema
// from z.toJSONSchema, and every record is validated against these objects before it is written.
// Field names are a contract that other tools read: add fields freely, rename none.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().min(0);

/** Evidence: UTF-16 offsets into the article text, half-open; `text === article.slice(start, end)`. */
export const Span = z.object({ start: offset, end: offset, text: z.string() });
export type Span = z.infer<typeof Span>;

export const DateType = z.enum(['date', 'time', 'duration', 'set']);
export type DateType = z.infer<typeof DateType>;

export const DateMention = Span.extend({
  type: DateType,
  /** TIMEX3 value: "2018-04-27", "2018-03", "2015", "2018-04-27TMO", "P8D", "PRESENT_REF"; null when unknowable. */
  value: z.string().nullable(),
  /** true when the value rests on a reference date (publication date or a date mentioned before). */
  anchored: z.boolean(),
  /** TIMEX3 modifier: "START", "MID", "END", "MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE", … */
  mod: z.string().optional(),
  /** what a relative value was resolved against. */
  anchor: z.enum(['published', 'inferred', 'mention']).optional(),
});
export type DateMention = z.infer<typeof DateMention>;

export const PlaceKind = z.enum([
  'country', 'admin_region', 'city', 'district', 'camp', 'road', 'region', 'landmark', 'water', 'other',
]);
export const PlaceResolution = z.enum(['gazetteer', 'parent', 'country', 'unresolved']);

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().length(2).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  geonameId: z.number().int().nullable().optional(),
  kind: PlaceKind.optional(),
  /** id of the place that contains this one, when the text says so ("Hajar al-Aswad, in southern Damascus"). */
  within: z.string().nullable().optional(),
  resolution: PlaceResolution.optional(),
  aliases: z.array(z.string()).optional(),
  mentions: z.array(Span),
});
export type Place = z.infer<typeof Place>;

export const ActorType = z.enum([
  'person', 'armed_group', 'state_forces', 'government', 'state', 'media', 'ngo', 'igo', 'civilians',
  'organization', 'other',
]);
export type ActorType = z.infer<typeof ActorType>;

/** ACE mention kinds: "Islamic State group" / "the jihadists" / "it". Only names count as PER/ORG. */
export const MentionKind = z.enum(['name', 'nominal', 'pronoun']);
export const ActorMention = Span.extend({ kind: MentionKind });
export type ActorMention = z.infer<typeof ActorMention>;

export const Actor = z.object({
  id: z.string(),
  name: z.string(),
  type: ActorType,
  country: z.string().length(2).nullable().optional(),
  aliases: z.array(z.string()),
  mentions: z.array(ActorMention),
});
export type Actor = z.infer<typeof Actor>;

export const SourceType = z.enum([
  'media', 'state_media', 'government', 'military', 'armed_group', 'ngo', 'igo', 'witness', 'medic', 'police',
  'person', 'organization', 'unknown',
]);

export const Attribution = z.object({
  id: z.string(),
  source: Span.extend({
    /** id of the actor the source resolves to, or null when the text does not say who. */
    actor: z.string().nullable(),
    name: z.string(),
    type: SourceType.optional(),
  }),
  cue: Span,
  content: Span,
  /** a direct quote ("…", said X) rather than reported speech. */
  direct: z.boolean(),
});
export type Attribution = z.infer<typeof Attribution>;

export const CasualtyKind = z.enum([
  'killed', 'injured', 'displaced', 'evacuated', 'missing', 'captured', 'detained', 'arrested', 'kidnapped',
]);
export type CasualtyKind = z.infer<typeof CasualtyKind>;

export const Qualifier = z.enum([
  'exact', 'at_least', 'more_than', 'up_to', 'fewer_than', 'approximate', 'range', 'vague',
]);
export type Qualifier = z.infer<typeof Qualifier>;

/** A number of people with its bounds: "at least 74" → 74..null; "tens of thousands" → 20000..99999. */
export const Count = z.object({
  low: z.number().int().min(0),
  high: z.number().int().min(0).nullable(),
  best: z.number().int().min(0).optional(),
  qualifier: Qualifier,
  text: z.string(),
});
export type Count = z.infer<typeof Count>;

export const VictimCategory = z.enum(['civilians', 'combatants', 'security_forces', 'people', 'unknown']);
export type VictimCategory = z.infer<typeof VictimCategory>;

export const ReportedBy = z.object({
  name: z.string(),
  actor: z.string().nullable(),
  mention: Span,
  cue: z.string(),
});
export type ReportedBy = z.infer<typeof ReportedBy>;

export const CasualtyFigure = z.object({
  id: z.string(),
  kind: CasualtyKind,
  count: Count,
  victims: z.object({ text: z.string(), category: VictimCategory, actor: z.string().nullable().optional() }),
  reportedBy: ReportedBy.nullable(),
  evidence: Span,
  /** the trigger that says what happened ("killed", "death toll", "bussed out"). */
  trigger: Span.optional(),
  period: Span.optional(),
  place: Span.extend({ place: z.string().nullable() }).optional(),
  cause: Span.optional(),
  /** a running total ("the toll rose to 30") rather than a new event. */
  cumulative: z.boolean().optional(),
});
export type CasualtyFigure = z.infer<typeof CasualtyFigure>;

export const TallyValue = z.object({
  low: z.number().int().min(0),
  best: z.number().int().min(0),
  high: z.number().int().min(0).nullable(),
});
export const Tally = z.partialRecord(CasualtyKind, TallyValue);
export type Tally = z.infer<typeof Tally>;

export const PublishedSource = z.enum(['input', 'flag', 'dateline', 'inferred', 'none']);
export const Published = z.object({
  /** YYYY-MM-DD */
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  source: PublishedSource,
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(Span).optional(),
});
export type Published = z.infer<typeof Published>;

export const Dateline = z.object({
  span: Span,
  place: Span,
  agency: Span.nullable(),
});
export type Dateline = z.infer<typeof Dateline>;

export const InputOrigin = z.object({
  path: z.string().optional(),
  line: z.number().int().min(1).optional(),
});
export type InputOrigin = z.infer<typeof InputOrigin>;

export const ArticleResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  ok: z.literal(true),
  title: z.string().nullable(),
  url: z.string().optional(),
  published: Published,
  dateline: Dateline.nullable().optional(),
  places: z.array(Place),
  actors: z.array(Actor),
  dates: z.array(DateMention),
  casualties: z.array(CasualtyFigure),
  attributions: z.array(Attribution).optional(),
  tally: Tally.optional(),
  warnings: z.array(z.string()),
  input: InputOrigin.optional(),
});
export type ArticleResult = z.infer<typeof ArticleResult>;

export const ErrorCode = z.enum([
  'EMPTY_INPUT', 'BINARY_INPUT', 'INVALID_UTF8', 'MALFORMED_JSON', 'NO_TEXT', 'TOO_LARGE', 'NOT_ENGLISH',
  'HTML_INPUT', 'READ_FAILED', 'EXTRACTOR_FAILED', 'TIMEOUT', 'INVALID_OUTPUT',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  ok: z.literal(false),
  error: z.object({ code: ErrorCode, message: z.string() }),
  input: InputOrigin,
});
export type ErrorResult = z.infer<typeof ErrorResult>;

export const Result = z.discriminatedUnion('ok', [ArticleResult, ErrorResult]);
export type Result = z.infer<typeof Result>;

/** An article as given to `extract`: offsets in the output index into `text`. */
export const ArticleInput = z.object({
  id: z.string().optional(),
  text: z.string(),
  title: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  url: z.string().optional(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export function jsonSchema(): unknown {
  return z.toJSONSchema(Result, { target: 'draft-2020-12' });
}

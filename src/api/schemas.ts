/**
 * The zod schemas of the HTTP API: every query, path parameter, body and response. They are the one
 * source of request validation and of the OpenAPI document at /api/openapi.json; the web UI
 * imports the inferred types (`import type`). Response schemas describe the store's types
 * (src/core/store/*.ts) field by field; the API tests parse real responses with them, so a drift
 * between the store and the document fails a test.
 */
import { z } from '@hono/zod-openapi';

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** The largest page the API serves, and the page size when none is asked for. */
export const API_MAX_LIMIT = 500;
export const API_DEFAULT_LIMIT = 50;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date query value: YYYY-MM-DD or an ISO date-time. */
export const DateQuery = z.string().regex(DATE_RE, 'a date like 2025-08-27').refine((v) => !Number.isNaN(Date.parse(v)), 'a real date')
  .openapi({ example: '2025-08-27' });

const nonEmpty = z.string().trim().min(1).max(500);

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(API_MAX_LIMIT).default(API_DEFAULT_LIMIT)
    .openapi({ description: `page size (default ${API_DEFAULT_LIMIT}, at most ${API_MAX_LIMIT})` }),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0).openapi({ description: 'items to skip' }),
});

/** A page of `item`: the store's Page<T>. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string().openapi({ description: 'the StorylineError code (docs/errors.md)', example: 'NOT_FOUND' }),
    message: z.string(),
  }),
}).openapi('Error');

export const IdParam = z.object({ id: z.string().min(1).max(300).openapi({ param: { name: 'id', in: 'path' }, example: 'a1b2c3' }) });

const nullableString = z.string().nullable();

// ---------------------------------------------------------------------------------------------
// Articles

export const ArticleSummarySchema = z.object({
  id: z.string(),
  externalId: nullableString,
  url: nullableString,
  outlet: nullableString,
  title: nullableString,
  author: nullableString,
  published: nullableString.openapi({ description: 'publication time as stored (ISO)' }),
  language: nullableString,
  format: z.enum(['text', 'html', 'markdown']),
  length: z.number().int().openapi({ description: 'characters of clean text' }),
  ingestedAt: z.string(),
}).openapi('ArticleSummary');

export const SearchHitSchema = ArticleSummarySchema.extend({
  score: z.number().openapi({ description: 'bm25 score, higher is better' }),
  snippet: z.string().openapi({ description: 'a passage of the body with matches between [ and ]' }),
}).openapi('SearchHit');

const SpanFields = { start: z.number().int(), end: z.number().int() };
const MentionSchema = z.object({ ...SpanFields, text: z.string() });
// An entity's mention may lie outside the clean text: `field` names the string its offsets index.
const EntityMentionSchema = MentionSchema.extend({ field: z.enum(['byline', 'author', 'removed', 'credit']).optional(), removal: z.number().int().optional() });

export const StoredArticleSchema = z.object({
  id: z.string(),
  ingestedAt: z.string(),
  source: z.object({
    externalId: z.string().optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    title: z.string().optional(),
    author: z.string().optional(),
    published: z.string().optional(),
    language: z.string().optional(),
    format: z.enum(['text', 'html', 'markdown']),
    raw: z.string().openapi({ description: 'the document as received: untrusted, never markup' }),
    metadata: z.record(z.string(), z.unknown()),
    origin: z.object({ file: z.string().optional(), line: z.number().int().optional(), url: z.string().optional() }),
  }),
  clean: z.object({
    text: z.string(),
    title: nullableString,
    byline: nullableString,
    published: nullableString,
    outlet: nullableString,
    tags: z.array(z.string()),
    removed: z.array(z.object({ ...SpanFields, reason: z.string(), text: z.string() })),
    map: z.object({ clean: z.array(z.number()), input: z.array(z.number()) }),
    paragraphs: z.array(z.object(SpanFields)),
  }).passthrough().optional(),
  language: z.object({
    code: z.string(), confidence: z.number(), source: z.enum(['metadata', 'detected', 'none']), scripts: z.record(z.string(), z.number()),
  }).optional(),
  sentences: z.object({ sentences: z.array(z.object({ ...SpanFields, paragraph: z.number().int() })), tokens: z.number() }).optional(),
  entities: z.array(z.object({
    id: z.string(), name: z.string(), type: z.string(), mentions: z.array(EntityMentionSchema), roles: z.array(z.string()).optional(),
  })).optional(),
  quotes: z.array(z.object({
    ...SpanFields,
    text: z.string(),
    kind: z.enum(['direct', 'indirect', 'mixed']),
    cue: nullableString,
    speaker: z.object({ name: z.string(), entity: nullableString, mention: MentionSchema.nullable() }).nullable(),
    fragment: z.literal(true).optional().openapi({ description: 'the quoted words of the mixed quote before it, on their own' }),
    nested: z.literal(true).optional().openapi({ description: 'the speaker and cue lie inside another quote’s content (an attribution reported by another)' }),
  })).optional(),
  dates: z.array(z.object({ ...SpanFields, text: z.string(), value: z.string(), inferred: z.boolean(), mod: z.string().optional() })).optional(),
  trace: z.array(z.object({
    stage: z.string(), version: z.number(), ms: z.number(), warnings: z.array(z.string()), status: z.enum(['ok', 'skipped', 'failed']), error: z.string().optional(),
  })),
  versions: z.record(z.string(), z.number()),
}).openapi('StoredArticle');

export const ArticlePlacementSchema = z.object({
  article: z.string(),
  event: z.string(),
  story: z.string(),
  duplicateOf: nullableString,
  reason: z.unknown().openapi({ description: "the clusterer's reason (shared terms, entities, places, dates and quoted words, scores)" }),
}).openapi('ArticlePlacement');

export const ArticleDetailSchema = z.object({
  article: StoredArticleSchema,
  placement: ArticlePlacementSchema.nullable(),
  entityIds: z.record(z.string(), z.string()).openapi({ description: 'index in article.entities → resolved corpus entity id' }),
  statementIds: z.record(z.string(), z.string()).openapi({ description: 'index in article.quotes → statement id' }),
}).openapi('ArticleDetail');

export const ArticleFilterQuery = z.object({
  outlet: nonEmpty.optional(),
  language: z.string().trim().min(1).max(20).optional(),
  since: DateQuery.optional(),
  until: DateQuery.optional(),
});

export const ArticlesQuery = ArticleFilterQuery.extend({ story: nonEmpty.optional().openapi({ description: "only this story's articles" }) }).extend(PageQuery.shape);

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(1000).openapi({ description: 'words (all must occur); "a phrase"; prefix*; OR' }),
  outlet: nonEmpty.optional(),
  language: z.string().trim().min(1).max(20).optional(),
  since: DateQuery.optional(),
  until: DateQuery.optional(),
  speaker: nonEmpty.optional().openapi({ description: 'only articles quoting this speaker (any spelling the corpus knows)' }),
  entity: nonEmpty.optional().openapi({ description: 'only articles mentioning this entity (id or alias)' }),
}).extend(PageQuery.shape);

// ---------------------------------------------------------------------------------------------
// Store facts

export const StoreStatsSchema = z.object({
  articles: z.number().int(),
  outlets: z.array(z.object({ outlet: nullableString, articles: z.number().int() })),
  languages: z.array(z.object({ language: nullableString, articles: z.number().int() })),
  months: z.array(z.object({ month: nullableString, articles: z.number().int() })),
  rejections: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  stageVersions: z.array(z.object({ stage: z.string(), version: z.number().int(), articles: z.number().int() })),
  firstPublished: nullableString,
  lastPublished: nullableString,
}).openapi('StoreStats');

export const HealthSchema = z.object({ ok: z.literal(true), store: z.string(), articles: z.number().int() }).openapi('Health');

export const OutletSchema = z.object({
  outlet: nullableString,
  articles: z.number().int(),
  first: nullableString.openapi({ description: 'earliest publication time' }),
  last: nullableString.openapi({ description: 'latest publication time' }),
  stories: z.number().int().openapi({ description: 'stories with an article of this outlet' }),
}).openapi('Outlet');

export const OutletsSchema = z.object({ items: z.array(OutletSchema) }).openapi('Outlets');

// ---------------------------------------------------------------------------------------------
// Stories

export const StoryListItemSchema = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.number().int(),
  events: z.number().int(),
  firstPublished: nullableString,
  lastPublished: nullableString,
  outlets: z.array(z.object({ outlet: z.string(), articles: z.number().int() })),
  independentSources: z.number().int().openapi({ description: 'distinct duplicate groups: wire copies count once' }),
  topEntities: z.array(z.object({ name: z.string(), type: z.string(), articles: z.number().int() })),
  summary: z.array(z.object({ text: z.string(), article: z.string(), event: z.string(), published: nullableString })),
  eventList: z.array(z.object({ id: z.string(), label: z.string(), articles: z.number().int(), firstPublished: nullableString, lastPublished: nullableString })),
}).openapi('StoryListItem');

export const CoverageDaySchema = z.object({ date: z.string().openapi({ example: '2025-06-11' }), articles: z.number().int() });

/**
 * A line of the story list: the story's facts without its summary sentences and event list (the
 * story page has them; a list of 50 large stories would otherwise weigh hundreds of kilobytes),
 * with its coverage per day.
 */
export const StoryWithCoverageSchema = StoryListItemSchema.omit({ summary: true, eventList: true }).extend({
  coverage: z.array(CoverageDaySchema).openapi({ description: 'articles per publication day (days without articles are left out)' }),
}).openapi('StoryWithCoverage');

export const StoriesQuery = z.object({
  since: DateQuery.optional(),
  until: DateQuery.optional(),
  outlet: nonEmpty.optional(),
}).extend(PageQuery.shape);

export const StoryEventSchema = z.object({
  id: z.string(),
  label: z.string(),
  articles: z.number().int(),
  firstPublished: nullableString,
  lastPublished: nullableString,
  outlets: z.array(z.string()),
}).openapi('StoryEvent');

export const StoryOutletSchema = z.object({
  outlet: z.string(),
  articles: z.number().int(),
  first: nullableString,
  last: nullableString,
  words: z.array(z.string()).openapi({ description: "terms this outlet's articles of the story use more than the story's other outlets" }),
}).openapi('StoryOutlet');

export const StoryEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  articles: z.number().int().openapi({ description: "the story's articles that mention it" }),
  mentions: z.number().int(),
}).openapi('StoryEntity');

export const StorySpeakerSchema = z.object({
  name: z.string(),
  entity: nullableString.openapi({ description: 'resolved entity id, when known' }),
  statements: z.number().int(),
  reports: z.number().int(),
}).openapi('StorySpeaker');

export const StoryDetailSchema = StoryListItemSchema.extend({
  coverage: z.array(CoverageDaySchema),
  events: z.array(StoryEventSchema),
  outlets: z.array(StoryOutletSchema).openapi({ description: 'per outlet: counts, dates and distinctive words' }),
  entities: z.array(StoryEntitySchema),
  speakers: z.array(StorySpeakerSchema),
}).openapi('StoryDetail');

export const StoryArticleSchema = ArticleSummarySchema.extend({
  event: z.string(),
  duplicateOf: nullableString.openapi({ description: 'the article this one copies' }),
}).openapi('StoryArticle');

// ---------------------------------------------------------------------------------------------
// Timelines

export const TimelineItemSchema = z.object({
  kind: z.enum(['statement', 'event']),
  date: nullableString,
  dateSource: z.enum(['stated', 'publication']),
  dateText: nullableString,
  article: z.string(),
  outlet: nullableString,
  published: nullableString,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  statementId: z.string().optional(),
  speaker: nullableString.optional(),
  cue: nullableString.optional(),
  reports: z.number().int().optional(),
  outlets: z.array(z.string()).optional(),
}).openapi('TimelineItem');

export const TimelineSchema = z.object({
  query: z.object({ entity: z.string().optional(), story: z.string().optional() }),
  entities: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  items: z.array(TimelineItemSchema),
}).openapi('Timeline');

export const TimelineQuery = z.object({
  entity: nonEmpty.optional().openapi({ description: 'an entity id or any alias' }),
  story: nonEmpty.optional().openapi({ description: 'a story id' }),
});

// ---------------------------------------------------------------------------------------------
// Entities

export const EntitySummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  articles: z.number().int(),
  mentions: z.number().int(),
  outlets: z.number().int(),
}).openapi('EntitySummary');

export const EntitiesQuery = z.object({
  q: nonEmpty.optional().openapi({ description: 'a name or alias in any spelling or script' }),
  type: z.string().trim().min(1).max(20).optional().openapi({ description: 'PERSON, ORG, PLACE, NORP, EVENT, OTHER' }),
  story: nonEmpty.optional().openapi({ description: "count only this story's articles" }),
  outlet: nonEmpty.optional(),
  since: DateQuery.optional(),
  until: DateQuery.optional(),
}).extend(PageQuery.shape);

const RoleSightingSchema = z.object({ article: z.string(), outlet: nullableString, published: nullableString });

export const StatementSummarySchema = z.object({
  id: z.string(),
  text: z.string(),
  speakerName: nullableString,
  reports: z.number().int(),
  outlets: z.number().int(),
  cues: z.array(z.string()),
  outletNames: z.array(z.string()),
  firstPublished: nullableString,
  firstOutlet: nullableString,
  date: nullableString,
  dateSource: z.enum(['stated', 'publication']),
}).openapi('StatementSummary');

export const EntityDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  articleCount: z.number().int(),
  data: z.object({
    outlets: z.array(z.string()),
    merges: z.array(z.object({ names: z.array(z.string()), rule: z.string(), evidence: z.array(z.string()), score: z.number(), count: z.number().optional() })),
    roleConflicts: z.array(z.object({
      role: z.string(), pastRole: z.string(), current: z.array(RoleSightingSchema), past: z.array(RoleSightingSchema), days: z.number(),
      record: z.object({ country: z.string(), office: z.string(), from: z.string(), to: nullableString }).optional()
        .openapi({ description: 'the office-holder table has the person in this office on a past sighting\'s date' }),
    })),
    place: z.object({
      kind: z.enum(['country', 'region', 'city']), name: z.string(), countryCode: z.string(), country: z.string(),
      lat: z.number(), lon: z.number(), geonamesId: z.number().int().optional(), population: z.number().optional(),
      evidence: z.array(z.string()),
    }).optional().openapi({ description: 'a PLACE entity\'s gazetteer entry: coordinates, country and why this entry' }),
  }),
  aliases: z.array(z.object({ alias: z.string(), count: z.number().int(), articles: z.number().int(), outlets: z.array(z.string()) })),
  roles: z.array(z.object({ role: z.string(), first: nullableString, last: nullableString, sightings: z.array(RoleSightingSchema) })),
  links: z.array(z.object({
    from: z.string(), to: z.string(), kind: z.string(), evidence: z.array(z.string()),
    direction: z.enum(['out', 'in']),
    other: z.object({ id: z.string(), name: z.string(), type: z.string() }).nullable(),
  }).passthrough()),
  cooccurring: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), articles: z.number().int() })),
  articles: z.array(z.object({ id: z.string(), title: nullableString, outlet: nullableString, published: nullableString, mentions: z.number().int() })),
  statements: z.array(StatementSummarySchema).openapi({ description: 'statements this entity made, most outlets first' }),
}).openapi('EntityDetail');

// ---------------------------------------------------------------------------------------------
// Quotes and statements

export const QuotesQuery = z.object({
  speaker: nonEmpty.optional().openapi({ description: 'any spelling or script the corpus knows, else the surname' }),
  story: nonEmpty.optional(),
  outlet: nonEmpty.optional(),
  since: DateQuery.optional(),
  until: DateQuery.optional(),
}).extend(PageQuery.shape);

export const StoryQuotesQuery = z.object({ speaker: nonEmpty.optional() }).extend(PageQuery.shape);

export const StatementReportSchema = z.object({
  statementId: z.string(),
  article: z.string(),
  quoteIndex: z.number().int(),
  outlet: nullableString,
  cue: nullableString,
  kind: z.enum(['direct', 'indirect', 'mixed']),
  form: z.enum(['verbatim', 'trimmed', 'near-verbatim', 'partial', 'paraphrase']).nullable(),
  published: nullableString,
  date: nullableString,
  dateSource: z.enum(['stated', 'publication']),
  dateText: nullableString,
  speakerName: nullableString,
  speakerEntity: nullableString,
  speakerResolved: nullableString,
  speakerKey: nullableString,
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
}).openapi('StatementReport');

export const StatementSchema = z.object({
  id: z.string(),
  text: z.string(),
  speakerName: nullableString,
  reports: z.array(StatementReportSchema),
  outlets: z.array(z.string()),
  first: StatementReportSchema,
}).openapi('Statement');

// ---------------------------------------------------------------------------------------------
// Ingest and export

export const IngestUrlsBody = z.object({
  urls: z.array(z.string().min(1).max(4096)).min(1).max(100).openapi({ description: 'pages to fetch (robots.txt respected; private addresses refused)' }),
  outlet: nonEmpty.optional(),
}).openapi('IngestUrls');

export const RejectionSchema = z.object({
  reason: z.string(),
  detail: z.string(),
  file: nullableString,
  line: z.number().int().nullable(),
  externalId: nullableString.optional(),
  at: z.string().optional(),
}).openapi('Rejection');

export const IngestSummarySchema = z.object({
  documents: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  skipped: z.number().int(),
  bytes: z.number().int(),
  elapsedMs: z.number(),
  rejectedBy: z.record(z.string(), z.number().int()),
  rejections: z.array(RejectionSchema),
  addedIds: z.array(z.string()),
  stageMs: z.record(z.string(), z.number()),
  stageFailures: z.record(z.string(), z.number().int()),
  corpus: z.array(z.object({ step: z.string(), ms: z.number() }).passthrough()),
}).openapi('IngestSummary');

export const ExportQuery = ArticleFilterQuery.extend({
  format: z.enum(['jsonl', 'json', 'csv']).default('jsonl'),
  what: z.enum(['articles', 'rejections']).default('articles'),
});

// ---------------------------------------------------------------------------------------------
// Inferred types, for the web UI and the handlers

export type ApiError = z.infer<typeof ErrorSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type StoreStatsDto = z.infer<typeof StoreStatsSchema>;
export type OutletDto = z.infer<typeof OutletSchema>;
export type OutletsDto = z.infer<typeof OutletsSchema>;
export type ArticleSummaryDto = z.infer<typeof ArticleSummarySchema>;
export type SearchHitDto = z.infer<typeof SearchHitSchema>;
export type StoredArticleDto = z.infer<typeof StoredArticleSchema>;
export type ArticlePlacementDto = z.infer<typeof ArticlePlacementSchema>;
export type ArticleDetailDto = z.infer<typeof ArticleDetailSchema>;
export type StoryListItemDto = z.infer<typeof StoryListItemSchema>;
export type CoverageDay = z.infer<typeof CoverageDaySchema>;
export type StoryWithCoverageDto = z.infer<typeof StoryWithCoverageSchema>;
export type StoryEventDto = z.infer<typeof StoryEventSchema>;
export type StoryOutletDto = z.infer<typeof StoryOutletSchema>;
export type StoryEntityDto = z.infer<typeof StoryEntitySchema>;
export type StorySpeakerDto = z.infer<typeof StorySpeakerSchema>;
export type StoryDetailDto = z.infer<typeof StoryDetailSchema>;
export type StoryArticleDto = z.infer<typeof StoryArticleSchema>;
export type TimelineItemDto = z.infer<typeof TimelineItemSchema>;
export type TimelineDto = z.infer<typeof TimelineSchema>;
export type EntitySummaryDto = z.infer<typeof EntitySummarySchema>;
export type EntityDetailDto = z.infer<typeof EntityDetailSchema>;
export type StatementSummaryDto = z.infer<typeof StatementSummarySchema>;
export type StatementReportDto = z.infer<typeof StatementReportSchema>;
export type StatementDto = z.infer<typeof StatementSchema>;
export type IngestSummaryDto = z.infer<typeof IngestSummarySchema>;
export type RejectionDto = z.infer<typeof RejectionSchema>;
/** A page of T, as every list route returns. */
export interface PageDto<T> { items: T[]; total: number; limit: number; offset: number }

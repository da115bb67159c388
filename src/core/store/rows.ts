import type { Article, ArticleFields, EntityType } from '../article.js';
import { articleFacts } from '../publication.js';
import type { FeedState } from '../sources/index.js';
import type { EntityLink } from '../corpus/entities/types.js';
import type { ArticleEntitiesRow, EntityData, EntityDetail, EntitySummary, RoleSighting } from './entity-store.js';
import type { PendingArticle, StatementReport } from './statement-store.js';
import type { ArticleSummary, PageRequest, StoredArticle } from './store.js';

/*
 * What the SQLite and PostgreSQL adapters share: page limits, and the rows of tables both create
 * with the same columns, with their mapping to the store's types.
 */

/** Page size when none is asked for, and the largest page served. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** A page request made safe: a whole limit in 1..MAX_LIMIT and a non-negative offset. */
export function pageOf(page: PageRequest, fallback = DEFAULT_LIMIT): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? fallback)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}

/** A row of `statement_reports`. */
export interface ReportRow {
  statement_id: string;
  article_id: string;
  quote_index: number;
  outlet: string | null;
  cue: string | null;
  kind: string;
  form: string | null;
  published: string | null;
  date: string | null;
  date_source: string;
  date_text: string | null;
  speaker_name: string | null;
  speaker_entity: string | null;
  speaker_resolved: string | null;
  speaker_key: string | null;
  text: string;
  start: number;
  end: number;
}

/** A report row as the store type. */
export function toReport(r: ReportRow): StatementReport {
  return {
    statementId: r.statement_id, article: r.article_id, quoteIndex: r.quote_index, outlet: r.outlet, cue: r.cue,
    kind: r.kind as StatementReport['kind'], form: r.form as StatementReport['form'], published: r.published,
    date: r.date, dateSource: r.date_source === 'stated' ? 'stated' : 'publication', dateText: r.date_text,
    speakerName: r.speaker_name, speakerEntity: r.speaker_entity, speakerResolved: r.speaker_resolved, speakerKey: r.speaker_key,
    text: r.text, start: r.start, end: r.end,
  };
}

/** A JSON array stored as text; damaged or absent data reads as empty. */
export function parseArray<T>(data: string | null): T[] {
  if (!data) return [];
  try {
    const parsed: unknown = JSON.parse(data);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    // A damaged stage field reads as empty; re-processing the article rewrites it.
    return [];
  }
}

/** A row of `feeds`. */
export interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: number | null;
  seen_item_ids: string;
  failures: number;
  next_poll_at: number;
  last_error: string | null;
}

/** A feed row as the store type. */
export function toFeedState(row: FeedRow): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastPolledAt: row.last_polled_at,
    seenItemIds: JSON.parse(row.seen_item_ids) as string[],
    failures: row.failures,
    nextPollAt: row.next_poll_at,
    lastError: row.last_error ? JSON.parse(row.last_error) as FeedState['lastError'] : null,
  };
}

/** The columns of an `articles` row both adapters store (each adds its own row number). */
export interface ArticleDbRow {
  id: string;
  external_id: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  format: string;
  raw: string;
  body: string;
  metadata: string;
  origin: string;
  trace: string;
  ingested_at: string;
}

/** One stored stage field of an article: its name, version and JSON data. */
export interface StageDbRow {
  stage: string;
  version: number;
  data: string;
}

/** A stored article from its row and its stage rows (the clean text is the row's body). */
export function toStoredArticle(row: ArticleDbRow, stages: Iterable<StageDbRow>): StoredArticle {
  const fields: ArticleFields = {};
  const versions: Record<string, number> = {};
  for (const s of stages) {
    const data = JSON.parse(s.data);
    if (s.stage === 'clean') data.text = row.body;
    (fields as Record<string, unknown>)[s.stage] = data;
    versions[s.stage] = s.version;
  }
  return {
    id: row.id,
    source: {
      externalId: row.external_id ?? undefined,
      url: row.url ?? undefined,
      outlet: row.outlet ?? undefined,
      title: row.title ?? undefined,
      author: row.author ?? undefined,
      published: row.published ?? undefined,
      language: row.language ?? undefined,
      format: row.format as Article['source']['format'],
      raw: row.raw,
      metadata: JSON.parse(row.metadata) as Record<string, unknown>,
      origin: JSON.parse(row.origin),
    },
    ...fields,
    trace: JSON.parse(row.trace),
    versions,
    ingestedAt: row.ingested_at,
  };
}

/** The summary columns of an `articles` row: its columns less the stored input, with the body's length. */
export type SummaryRow = Omit<ArticleDbRow, 'raw' | 'body' | 'metadata' | 'origin' | 'trace'> & { length: number };

/** A summary row as the store type. */
export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, externalId: r.external_id, url: r.url, outlet: r.outlet, title: r.title, author: r.author,
    published: r.published, language: r.language, format: r.format as ArticleSummary['format'], length: r.length,
    ingestedAt: r.ingested_at,
  };
}

/** A story member as the story queries return it. */
export interface StoryMember {
  article: string;
  event: string;
  duplicateOf: string | null;
}

/** A row of `story_articles` as the member queries read it. */
export interface MemberRow {
  id: string;
  event_id: string;
  duplicate_of: string | null;
}

/** Above this many events, the member query reads every row rather than a list of event ids. */
export const MEMBER_EVENT_LIST_MAX = 2000;

/**
 * Which live story each stored event belongs to. Events merge and move and stories merge, so an
 * article's stored event id is followed to the live event, and that event's story to the live story.
 */
export class StoryMembership {
  private readonly events = new Map<string, { story: string; mergedInto: string | null }>();
  private readonly stories = new Map<string, string | null>();

  constructor(events: Iterable<{ id: string; story_id: string; data: string }>, stories: Iterable<{ id: string; data: string }>) {
    for (const r of events) this.events.set(r.id, { story: r.story_id, mergedInto: (JSON.parse(r.data) as { mergedInto: string | null }).mergedInto });
    for (const r of stories) this.stories.set(r.id, (JSON.parse(r.data) as { mergedInto: string | null }).mergedInto);
  }

  /** The live event of a stored event id. */
  liveEvent(id: string): string {
    return follow(id, (e) => this.events.get(e)?.mergedInto);
  }

  /** The live story of a stored event id. */
  storyOfEvent(id: string): string {
    return follow(this.events.get(this.liveEvent(id))?.story ?? '', (s) => this.stories.get(s));
  }

  /** Stored event ids whose live story is one of these: the rows of `story_articles` to read. */
  eventsIn(stories: ReadonlySet<string>): string[] {
    return [...this.events.keys()].filter((e) => stories.has(this.storyOfEvent(e)));
  }

  /** Member rows (in the order read) grouped by live story, for the wanted stories only. */
  group(rows: Iterable<MemberRow>, wanted: ReadonlySet<string>): Map<string, StoryMember[]> {
    const out = new Map<string, StoryMember[]>();
    for (const r of rows) {
      const story = this.storyOfEvent(r.event_id);
      if (!wanted.has(story)) continue;
      const list = out.get(story) ?? [];
      list.push({ article: r.id, event: this.liveEvent(r.event_id), duplicateOf: r.duplicate_of });
      out.set(story, list);
    }
    return out;
  }
}

function follow(id: string, next: (x: string) => string | null | undefined): string {
  let current = id;
  for (let i = 0; i < 100; i++) {
    const n = next(current);
    if (!n) return current;
    current = n;
  }
  return current;
}

/** A row of an entity list: the `entities` table's summary columns. */
export interface EntitySummaryRow {
  id: string;
  name: string;
  type: string;
  articles: number;
  mentions: number;
  outlets: number;
}

/** An entity list's row as the store's summary. */
export function toEntitySummary(r: EntitySummaryRow): EntitySummary {
  return { id: r.id, name: r.name, type: r.type as EntityType, articles: r.articles, mentions: r.mentions, outlets: r.outlets };
}

/** The rows of one entity's detail, as both adapters query them (an alias's outlets as a list). */
export interface EntityDetailRows {
  entity: { id: string; name: string; type: string; articles: number; data: string };
  aliases: Array<{ alias: string; count: number; articles: number; outlets: Array<string | null> }>;
  /** Ordered by role, then publication date. */
  roles: Array<{ role: string; article_id: string; outlet: string | null; published: string | null }>;
  links: Array<{ from_id: string; to_id: string; kind: EntityLink['kind']; evidence: string; other_id: string | null; other_name: string | null; other_type: string | null; direction: 'out' | 'in' }>;
  cooccurring: Array<{ id: string; name: string; type: string; articles: number }>;
  articles: EntityDetail['articles'];
}

/** An entity's detail from its rows: roles with the first and last date they were seen at. */
export function toEntityDetail(rows: EntityDetailRows): EntityDetail {
  const { entity } = rows;
  const data = { outlets: [], merges: [], roleConflicts: [], ...(JSON.parse(entity.data) as Partial<EntityData>) } as EntityData;
  const roles = new Map<string, RoleSighting[]>();
  for (const r of rows.roles) {
    const list = roles.get(r.role) ?? [];
    list.push({ article: r.article_id, outlet: r.outlet, published: r.published });
    roles.set(r.role, list);
  }
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type as EntityType,
    articleCount: entity.articles,
    data,
    aliases: rows.aliases.map((a) => ({ alias: a.alias, count: a.count, articles: a.articles, outlets: a.outlets.filter((o): o is string => o !== null).sort() })),
    roles: [...roles].map(([role, sightings]) => {
      const dates = sightings.map((s) => s.published).filter((d): d is string => d !== null).sort();
      return { role, first: dates[0] ?? null, last: dates.at(-1) ?? null, sightings };
    }),
    links: rows.links.map((l) => ({
      from: l.from_id, to: l.to_id, kind: l.kind, evidence: JSON.parse(l.evidence) as string[], direction: l.direction,
      other: l.other_id ? { id: l.other_id, name: l.other_name ?? l.other_id, type: (l.other_type ?? 'OTHER') as EntityType } : null,
    })),
    cooccurring: rows.cooccurring.map((c) => ({ ...c, type: c.type as EntityType })),
    articles: rows.articles,
  };
}

/** `entity_members` rows → stored entity id → its members as `article|member` keys. */
export function toMemberKeys(rows: Iterable<{ entity_id: string; article_id: string; member: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push(`${r.article_id}|${r.member}`);
    out.set(r.entity_id, list);
  }
  return out;
}

export interface ArticleEntitiesDbRow {
  id: string;
  outlet: string | null;
  published: string | null;
  data: string | null;
}

/** An entities row as the store type; a damaged stage field reads as no entities (re-processing rewrites it). */
export function toArticleEntitiesRow(r: ArticleEntitiesDbRow): ArticleEntitiesRow {
  return { id: r.id, outlet: r.outlet, published: r.published, entities: parseArray(r.data) };
}

/** An article with the stage fields the statement ledger reads. */
export interface PendingDbRow {
  id: string;
  outlet: string | null;
  published: string | null;
  body: string;
  quotes: string | null;
  sentences: string | null;
  dates: string | null;
  entities: string | null;
}

/** A pending-article row as the store type; damaged stage fields read as empty. */
export function toPendingArticle(r: PendingDbRow): PendingArticle {
  let sentences: PendingArticle['sentences'] = [];
  try {
    const parsed = r.sentences ? (JSON.parse(r.sentences) as { sentences?: unknown }) : null;
    if (parsed && Array.isArray(parsed.sentences)) sentences = parsed.sentences as PendingArticle['sentences'];
  } catch {
    sentences = [];
  }
  return {
    id: r.id, outlet: r.outlet, published: r.published, text: r.body,
    quotes: parseArray(r.quotes), sentences, dates: parseArray(r.dates), entities: parseArray(r.entities),
  };
}

/** The `articles` columns an article's stage fields feed (written on put and on update). */
export function articleColumns(article: Article): { outlet: string | null; title: string | null; author: string | null; published: string | null; language: string | null; body: string } {
  const f = articleFacts(article);
  return {
    outlet: f.outlet, title: f.title, author: f.byline, published: f.published,
    language: article.language?.code ?? article.source.language ?? null, body: article.clean?.text ?? '',
  };
}

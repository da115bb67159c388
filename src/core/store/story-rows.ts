import type { DuplicateRecord } from '../corpus/duplicates/duplicate-detector.js';
import type { ArticleRecord, ClusterCounters, EventRecord, Override, StoryRecord, StorySnapshot, StoryStore } from '../corpus/stories/story-state.js';
import type { StorySummary } from '../corpus/story-summary/summarize-story.js';
import { pageOf } from './rows.js';
import type { Page, PageRequest } from './store.js';
import type { StoryFilter, StoryListItem } from './story-store.js';

// The story tables' rows (migration 4) and their mapping to the clusterer's and the duplicate
// detector's records, once for both adapters: SQLite and PostgreSQL store the same columns and
// differ only in how and when they write them.

export interface StoryArticleRow { id: string; ordinal: number; event_id: string; story_id: string; duplicate_of: string | null; features: Buffer; weights: Buffer; data: string }
export interface StoryEventRow { id: string; story_id: string; centroid_ids: Buffer; centroid_weights: Buffer; data: string }
export interface DuplicateRow { id: string; ordinal: number; signature: Buffer; shingles: number; grp: string; duplicate_of: string | null; jaccard: number | null; containment: number | null }
export interface CounterRow { articles: number; next_event: number; next_story: number; df: Buffer; df_width: number; df_depth: number; paragraphs: Buffer; par_width: number; par_depth: number }

/** A copy of the array's bytes: a record is kept by reference and its arrays may change after a save. */
const blob = (a: Int32Array | Uint32Array | Float32Array): Buffer => Buffer.from(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
/** The bytes as an aligned buffer of their own, to view as a typed array. */
const bytes = (b: Buffer): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** The clusterer's state from the story tables' rows, or null when nothing was ever clustered. */
export function toStorySnapshot(rows: {
  counters: CounterRow | undefined | null;
  articles: StoryArticleRow[];
  events: StoryEventRow[];
  stories: Array<{ data: string }>;
  overrides: Array<{ data: string }>;
}): StorySnapshot | null {
  const { counters } = rows;
  if (!counters && rows.articles.length === 0) return null;
  return {
    articles: rows.articles.map((r) => ({
      ...(JSON.parse(r.data) as Omit<ArticleRecord, 'features' | 'weights'>),
      features: new Int32Array(bytes(r.features)),
      weights: new Float32Array(bytes(r.weights)),
    })),
    events: rows.events.map((r) => ({
      ...(JSON.parse(r.data) as Omit<EventRecord, 'centroid'>),
      centroid: { ids: new Int32Array(bytes(r.centroid_ids)), weights: new Float32Array(bytes(r.centroid_weights)) },
    })),
    stories: rows.stories.map((r) => JSON.parse(r.data) as StoryRecord),
    overrides: rows.overrides.map((r) => JSON.parse(r.data) as Override),
    counters: counters ? {
      articles: counters.articles, nextEvent: counters.next_event, nextStory: counters.next_story,
      df: { width: counters.df_width, depth: counters.df_depth, counts: new Uint32Array(bytes(counters.df)) },
      paragraphs: { width: counters.par_width, depth: counters.par_depth, counts: new Uint32Array(bytes(counters.paragraphs)) },
    } : null,
  };
}

export function toDuplicateRecord(r: DuplicateRow): DuplicateRecord {
  return {
    id: r.id, ordinal: r.ordinal, signature: new Uint32Array(bytes(r.signature)), shingles: r.shingles, group: r.grp,
    duplicateOf: r.duplicate_of, jaccard: r.jaccard, containment: r.containment,
  };
}

// Values in the column order of the adapters' INSERTs.

/** story_articles (id, ordinal, event_id, story_id, duplicate_of, features, weights, data). */
export function storyArticleValues(record: ArticleRecord): unknown[] {
  const { features, weights, ...rest } = record;
  return [record.id, record.ordinal, record.event, record.story, record.duplicateOf, blob(features), blob(weights), JSON.stringify(rest)];
}

/** story_events (id, story_id, centroid_ids, centroid_weights, data). */
export function storyEventValues(record: EventRecord): unknown[] {
  const { centroid, ...rest } = record;
  return [record.id, record.story, blob(centroid.ids), blob(centroid.weights), JSON.stringify(rest)];
}

/** stories (id, data). */
export function storyValues(record: StoryRecord): unknown[] {
  return [record.id, JSON.stringify(record)];
}

/** story_counters (articles, next_event, next_story, df, df_width, df_depth, paragraphs, par_width, par_depth). */
export function counterValues(c: ClusterCounters): unknown[] {
  return [c.articles, c.nextEvent, c.nextStory, blob(c.df.counts), c.df.width, c.df.depth, blob(c.paragraphs.counts), c.paragraphs.width, c.paragraphs.depth];
}

/** duplicate_records (id, ordinal, signature, shingles, grp, duplicate_of, jaccard, containment). */
export function duplicateValues(r: DuplicateRecord): unknown[] {
  return [r.id, r.ordinal, blob(r.signature), r.shingles, r.group, r.duplicateOf, r.jaccard, r.containment];
}

/** Records saved since the last checkpoint, the latest state of each. */
export interface PendingStoryRecords {
  articles: Iterable<ArticleRecord>;
  events: Iterable<EventRecord>;
  stories: Iterable<StoryRecord>;
}

/**
 * The clusterer's store over an adapter: article, event and story records are buffered (latest
 * state by id) and handed to `checkpoint` with the counters. The clusterer saves an event and its
 * story on every article it adds, and an event's member list grows with it, so writing each save
 * would cost the square of the event's size.
 */
export function bufferedStoryStore(adapter: {
  load(): StorySnapshot | null;
  saveOverride(override: Override): void;
  checkpoint(pending: PendingStoryRecords, counters: ClusterCounters): void;
}): StoryStore {
  const articles = new Map<string, ArticleRecord>();
  const events = new Map<string, EventRecord>();
  const stories = new Map<string, StoryRecord>();
  return {
    load: () => adapter.load(),
    saveArticle: (record) => void articles.set(record.id, record),
    saveEvent: (record) => void events.set(record.id, record),
    saveStory: (record) => void stories.set(record.id, record),
    saveOverride: (override) => adapter.saveOverride(override),
    saveCounters(counters) {
      adapter.checkpoint({ articles: articles.values(), events: events.values(), stories: stories.values() }, counters);
      articles.clear();
      events.clear();
      stories.clear();
    },
  };
}

/** Live, summarised stories from their rows, filtered, ranked (newest article's day first, larger stories first within a day) and paged. */
export function storyListPage(rows: Array<{ id: string; data: string; summary: string }>, filter: StoryFilter, page: PageRequest): Page<StoryListItem> {
  const { limit, offset } = pageOf(page);
  let items: StoryListItem[] = rows
    .filter((r) => !(JSON.parse(r.data) as StoryRecord).mergedInto)
    .map((r) => ({ id: r.id, ...(JSON.parse(r.summary) as StorySummary) }))
    .filter((s) => s.articles > 0);
  if (filter.outlet) items = items.filter((s) => s.outlets.some((o) => o.outlet.toLowerCase() === filter.outlet!.toLowerCase()));
  if (filter.since) items = items.filter((s) => (s.lastPublished ?? '') >= filter.since!);
  if (filter.until) items = items.filter((s) => (s.firstPublished ?? '9999') <= `${filter.until}\uffff`);
  items.sort((a, b) => (b.lastPublished ?? '').slice(0, 10).localeCompare((a.lastPublished ?? '').slice(0, 10)) || b.articles - a.articles || a.id.localeCompare(b.id));
  return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
}

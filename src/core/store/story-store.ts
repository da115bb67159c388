import type { DuplicateStore } from '../corpus/duplicates/duplicate-detector.js';
import type { StoryStore } from '../corpus/stories/story-state.js';
import type { StorySummary } from '../corpus/story-summary/summarize-story.js';
import type { Page, PageRequest } from './store.js';

/** Where an article was placed by the cross-article steps. */
export interface ArticlePlacement {
  article: string;
  event: string;
  story: string;
  duplicateOf: string | null;
  /** Why it went there (the clusterer's reason: shared terms, entities, places, dates and quoted words, scores). */
  reason: unknown;
}

/** A story as lists show it. */
export interface StoryListItem extends StorySummary {
  id: string;
}

/** Filters of the story list. */
export interface StoryFilter {
  /** Stories with an article published on or after this date. */
  since?: string;
  until?: string;
  /** Stories with an article of this outlet. */
  outlet?: string;
}

/**
 * Stories, events and near-duplicates: the persistence the clusterer and the duplicate detector
 * write through, and the queries that read their results.
 */
export interface StoryQueries {
  /**
   * Reads the clusterer's and the duplicate detector's stored state ahead of `storyState()` and
   * `duplicateState()`, whose interfaces are synchronous. Call it (inside `inTransaction`, so that
   * the state read is the state written over) before making a clusterer or detector. A store that
   * reads synchronously (SQLite) has nothing to do; PostgreSQL loads the state into memory here.
   */
  prepareState(): Promise<void>;
  /** The clusterer's persistence (synchronous: the clusterer is the single writer). */
  storyState(): StoryStore;
  /** The duplicate detector's persistence. */
  duplicateState(): DuplicateStore;
  /** Ids of stored articles not yet clustered, in publication order (undated last), then ingest order. */
  unclusteredArticleIds(): Promise<string[]>;
  /** Stores a story's summary (recomputed when its articles change). */
  saveSummary(storyId: string, summary: StorySummary): Promise<void>;
  /** Where an article went, or null before clustering. */
  placement(articleId: string): Promise<ArticlePlacement | null>;
  /** Stories ranked by recency and size. */
  listStories(filter?: StoryFilter, page?: PageRequest): Promise<Page<StoryListItem>>;
  /** Ids of the articles of a story, with their event, in publication order. */
  storyArticles(storyId: string): Promise<Array<{ article: string; event: string; duplicateOf: string | null }>>;
  /** The same for many stories in one pass (live story id → its articles). */
  storyMembers(storyIds: Iterable<string>): Promise<Map<string, Array<{ article: string; event: string; duplicateOf: string | null }>>>;
  /**
   * Runs `work` in one transaction (the clusterer writes many small records per article). Writes
   * the synchronous interfaces buffered are stored before it commits.
   */
  inTransaction<T>(work: () => Promise<T>): Promise<T>;
  /** One story's summary, or null. A merged story id resolves to the story it was merged into. */
  getStory(storyId: string): Promise<StoryListItem | null>;
}

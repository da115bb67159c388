import type { Article, SourceFormat } from '../article.js';
import type { RejectionReason } from '../errors.js';
import type { FeedStateStore } from '../sources/index.js';
import type { EntityStore } from './entity-store.js';
import type { StatementStore } from './statement-store.js';
import type { StoryQueries } from './story-store.js';

/** An article as stored: the pipeline's article plus storage facts. */
export interface StoredArticle extends Article {
  /** When it was first stored (ISO). */
  ingestedAt: string;
}

/** One line of an article list: what lists and exports show without the full text. */
export interface ArticleSummary {
  id: string;
  externalId: string | null;
  url: string | null;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** Publication time as stored (ISO), or null. */
  published: string | null;
  language: string | null;
  format: SourceFormat;
  /** Characters of clean text. */
  length: number;
  ingestedAt: string;
}

/** Filters shared by lists, search and export. */
export interface ArticleFilter {
  outlet?: string;
  language?: string;
  /** Published on or after (ISO date or date-time). */
  since?: string;
  /** Published before the end of this date (ISO date) or before this time. */
  until?: string;
}

/** A page request. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** A page of results with the total that matched. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A search hit: the article, its rank score and a highlighted snippet. */
export interface SearchHit extends ArticleSummary {
  /** Rank score, higher is better: bm25 on SQLite, ts_rank_cd on PostgreSQL (scales differ). */
  score: number;
  /** A passage of the body with matches between `[` and `]`. */
  snippet: string;
}

/** A document that was not stored, and why. */
export interface Rejection {
  reason: RejectionReason;
  detail: string;
  /** File path, URL or `-`. */
  file: string | null;
  /** 1-based line in a JSONL file. */
  line: number | null;
  externalId?: string | null;
  /** ISO time it was recorded. */
  at?: string;
}

/** What putArticle did. */
export interface PutResult {
  status: 'added' | 'duplicate';
  id: string;
}

/** Counts for `storyline stats`. */
export interface StoreStats {
  articles: number;
  outlets: Array<{ outlet: string | null; articles: number }>;
  languages: Array<{ language: string | null; articles: number }>;
  months: Array<{ month: string | null; articles: number }>;
  rejections: Array<{ reason: string; count: number }>;
  /** Stage → version → number of articles processed by that version. */
  stageVersions: Array<{ stage: string; version: number; articles: number }>;
  firstPublished: string | null;
  lastPublished: string | null;
}

/**
 * The storage interface. Adapters: `sqlite/` (embedded default) and `postgres/`; the same
 * contract test suite (`store-contract.ts`) runs against each. Writes of one article are one
 * transaction; `putArticle` is idempotent on the article id (a content hash).
 */
export interface Store {
  /** Which adapter this is (`sqlite`, `postgres`). */
  readonly kind: string;
  /** Stores an article with its stage fields, or reports that the same content is already stored. */
  putArticle(article: Article): Promise<PutResult>;
  /** Replaces the stage fields of a stored article (re-processing after a stage upgrade). */
  updateArticle(article: Article): Promise<void>;
  /** Records a rejection. */
  addRejection(rejection: Rejection): Promise<void>;
  /** An article by id or by the input record's own id; null when absent. */
  getArticle(id: string): Promise<StoredArticle | null>;
  /** True when an article with this id is stored. */
  hasArticle(id: string): Promise<boolean>;
  /** Articles, newest publication first (then newest ingest). */
  listArticles(filter?: ArticleFilter, page?: PageRequest): Promise<Page<ArticleSummary>>;
  /**
   * Summaries of the stored articles with these ids, in the order given (absent ids are left out).
   * Optional: the HTTP API falls back to paging through `listArticles` without it.
   */
  articleSummaries?(ids: readonly string[]): Promise<ArticleSummary[]>;
  /** Full-text search over title and body, ranked (title weighted more); see docs/storage.md. */
  search(query: string, filter?: ArticleFilter, page?: PageRequest): Promise<Page<SearchHit>>;
  /** Every stored article matching the filter, in ingest order, without holding them all in memory. */
  iterateArticles(filter?: ArticleFilter): AsyncIterable<StoredArticle>;
  /** Ids of articles whose stored version of some stage differs from `versions`. */
  outdatedArticleIds(versions: Record<string, number>): Promise<string[]>;
  /** Rejections, newest first. */
  listRejections(page?: PageRequest): Promise<Page<Rejection>>;
  stats(): Promise<StoreStats>;
  /**
   * A token that changes whenever stored data may have changed (a commit by this or any other
   * connection). Readers such as the HTTP API key their caches and ETags on it. Optional: without
   * it, nothing is cached.
   */
  dataVersion?(): Promise<string>;
  /** The feeds `storyline watch` polls, with their polling state (ETag, seen items, backoff). */
  feeds(): FeedStateStore;
  /** Resolved corpus entities, their mentions, roles and links, and the analyst overrides. */
  entities(): EntityStore;
  /** Near-duplicates, events and stories: the clusterer's persistence and the queries on it. */
  stories(): StoryQueries;
  /** The statement ledger: statements reported across outlets, with their reports (migration 5). */
  statements(): StatementStore;
  close(): Promise<void>;
}

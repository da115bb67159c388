import pg from 'pg';
import type { Article, StageField } from '../../article.js';
import { StorylineError, isStorylineError } from '../../errors.js';
import type {
  ArticleFilter, ArticleSummary, Page, PageRequest, PutResult, Rejection, SearchHit, Store,
  StoreStats, StoredArticle,
} from '../store.js';
import { articleColumns, pageOf, toStoredArticle, toSummary, type ArticleDbRow, type SummaryRow } from '../rows.js';
import type { EntityStore } from '../entity-store.js';
import type { StatementStore } from '../statement-store.js';
import type { StoryQueries } from '../story-store.js';
import type { FeedStateStore } from '../../sources/index.js';
import { PgDb, Params, describeError, parsePgLocation, type PgLocation } from './pg-db.js';
import { PG_MIGRATIONS } from './migrations.js';
import { joinConditions, pgArticleConditions } from './pg-sql.js';
import { toTsQuery } from './pg-fts.js';
import { MARK_START, MARK_STOP, unfoldHeadline } from './pg-fold.js';
import { PgFeedStateStore } from './pg-feed-state-store.js';
import { PgEntityStore } from './pg-entity-store.js';
import { PgStatementStore } from './pg-statement-store.js';
import { PgStoryStore } from './pg-story-store.js';

interface ArticleRow extends ArticleDbRow {
  seq: number;
}


const ARTICLE_COLUMNS = `a.seq, a.id, a.external_id, a.url, a.outlet, a.title, a.author, a.published, a.language, a.format,
  a.raw, a.body, a.metadata, a.origin, a.trace, a.ingested_at`;
/** An article row with its stage fields gathered by FROM_ARTICLES (null arrays when it has none). */
interface HydratedRow extends ArticleRow {
  stage_names: string[] | null;
  stage_versions: number[] | null;
  stage_data: string[] | null;
}

/** Articles (`a`) with their stage rows as three arrays in stage order, in the same query. */
const FROM_ARTICLES = `FROM articles a LEFT JOIN LATERAL (SELECT array_agg(s.stage ORDER BY s.stage) AS stage_names,
    array_agg(s.version ORDER BY s.stage) AS stage_versions, array_agg(s.data ORDER BY s.stage) AS stage_data
  FROM article_stages s WHERE s.article_seq = a.seq) st ON true`;
const STAGE_ARRAYS = 'st.stage_names, st.stage_versions, st.stage_data';

const SUMMARY_COLUMNS = `a.id, a.external_id, a.url, a.outlet, a.title, a.author, a.published, a.language, a.format,
  char_length(a.body) AS length, a.ingested_at`;

/** Rank weights of `ts_rank_cd` for the D, C, B, A labels: the title (A) weighs three times the body (B). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.33, 1.0}';
/** Headline options: matches between marks (made `[` and `]` later), one passage of 12–24 words, like SQLite's snippet(). */
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1`;
/** Rank normalisation 1: divide by 1 + log(document length), so long articles do not win by size alone. */
const RANK_NORMALIZATION = 1;

/**
 * Integers come back as numbers (counts are BIGINT in PostgreSQL; every count and millisecond time
 * Storyline stores is far below 2^53).
 */
const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** Options of `PostgresStore.open`. */
export interface PostgresStoreOptions {
  /** Most connections the pool opens (default 10). */
  maxConnections?: number;
}

/**
 * The server store: PostgreSQL through a `pg.Pool`, the same Store interface and behaviour as the
 * SQLite adapter (the same contract suites run against both). Versioned migrations in
 * `schema_migrations`; full-text search on a generated `tsvector` column (title weight A, body B,
 * the 'simple' configuration) with a GIN index, ranked by `ts_rank_cd` and highlighted by
 * `ts_headline`. A `?schema=NAME` parameter keeps the tables in their own schema (created when
 * missing), set as the search_path of every pooled connection. See docs/storage.md.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres';
  private readonly storyStore: PgStoryStore;

  private constructor(readonly db: PgDb, readonly location: PgLocation) {
    this.storyStore = new PgStoryStore(db);
  }

  /** Connects, creates the schema when asked for one that is missing, and applies migrations. */
  static async open(location: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const where = parsePgLocation(location);
    const pool = new pg.Pool({
      connectionString: where.connectionString,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      types: TYPES,
      ...(where.schema ? { options: `-c search_path=${where.schema}` } : {}),
    });
    // An idle connection that the server drops must not crash the process.
    pool.on('error', () => undefined);
    // Nor may a checked-out one (an open transaction) whose connection drops between queries: the
    // next query on it fails with the cause, and callers retry on a fresh connection.
    pool.on('connect', (client) => client.on('error', () => undefined));
    const store = new PostgresStore(new PgDb(pool, where.display), where);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (isStorylineError(error) && error.code !== 'DB_OPEN') throw error;
      const cause = isStorylineError(error) ? String((error.detail as { cause?: unknown } | undefined)?.cause ?? error.message) : describeError(error);
      throw new StorylineError('DB_OPEN', `Cannot open the PostgreSQL database ${where.display}: ${cause}`, { location: where.display });
    }
    return store;
  }

  /**
   * Applies the migrations this schema has not seen, under an advisory lock so that processes
   * starting together do not race; refuses a schema newer than this code.
   */
  private async migrate(): Promise<void> {
    const schema = this.location.schema;
    await this.db.transaction(async () => {
      await this.db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`storyline:migrate:${schema ?? ''}`]);
      if (schema) await this.db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await this.db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const applied = new Set((await this.db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
      const newest = Math.max(0, ...applied);
      const known = Math.max(...PG_MIGRATIONS.map((m) => m.version));
      if (newest > known) {
        throw new StorylineError('DB_SCHEMA', `The database has schema version ${newest}; this Storyline knows up to ${known}. Upgrade Storyline.`);
      }
      for (const migration of PG_MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await this.db.query(migration.sql);
        await this.db.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [migration.version, migration.name, new Date().toISOString()]);
      }
    });
  }

  /** The schema version now applied. */
  async schemaVersion(): Promise<number> {
    return (await this.db.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations'))?.v ?? 0;
  }

  /**
   * One statement, so one round trip and one transaction: the article row and its stage rows are
   * inserted together (a data-modifying WITH), or nothing when the id is stored already.
   */
  async putArticle(article: Article): Promise<PutResult> {
    const s = article.source;
    const p = new Params();
    const c = articleColumns(article);
    const values = [
      article.id, s.externalId ?? null, s.url ?? null, c.outlet, c.title, c.author, c.published, c.language,
      s.format, s.raw, c.body, JSON.stringify(s.metadata ?? {}), JSON.stringify(s.origin ?? {}), JSON.stringify(article.trace),
      new Date().toISOString(),
    ].map((v) => p.add(v));
    const stages = stageRows(article, p);
    const row = await this.db.one<{ seq: number }>(`WITH ins AS (
        INSERT INTO articles
          (id, external_id, url, outlet, title, author, published, language, format, raw, body, metadata, origin, trace, ingested_at)
          VALUES (${values.join(', ')})
          ON CONFLICT (id) DO NOTHING RETURNING seq),
      st AS (INSERT INTO article_stages (article_seq, stage, version, data) SELECT ins.seq, u.* FROM ins, ${stages} AS u)
      SELECT seq FROM ins`, p.values);
    return { status: row ? 'added' : 'duplicate', id: article.id };
  }

  /** Replaces the stage fields (and the columns they feed) of a stored article, in one statement. */
  async updateArticle(article: Article): Promise<void> {
    const c = articleColumns(article);
    const p = new Params();
    const values = [c.title, c.author, c.outlet, c.published, c.language, c.body, JSON.stringify(article.trace)].map((v) => p.add(v));
    const id = p.add(article.id);
    const stages = stageRows(article, p);
    // The full-text column is generated from title and body, so it follows the update.
    const row = await this.db.one<{ seq: number }>(`WITH up AS (
        UPDATE articles SET title = ${values[0]}, author = ${values[1]}, outlet = ${values[2]}, published = ${values[3]},
          language = ${values[4]}, body = ${values[5]}, trace = ${values[6]} WHERE id = ${id} RETURNING seq),
      st AS (INSERT INTO article_stages (article_seq, stage, version, data) SELECT up.seq, u.* FROM up, ${stages} AS u
        ON CONFLICT (article_seq, stage) DO UPDATE SET version = excluded.version, data = excluded.data),
      -- The ledger's reports index the old quotes: dropped, and the article is unread again, so the
      -- next ledger run places its new quotes; statements left without a report go. (All parts of
      -- one statement see the same snapshot, hence the explicit exclusion of this article's reports.)
      gone AS (DELETE FROM statement_reports WHERE article_id = ${id} AND EXISTS (SELECT 1 FROM up) RETURNING statement_id),
      unread AS (DELETE FROM statement_articles WHERE article_id = ${id} AND EXISTS (SELECT 1 FROM up)),
      orphans AS (DELETE FROM statements s WHERE s.id IN (SELECT statement_id FROM gone)
        AND NOT EXISTS (SELECT 1 FROM statement_reports r WHERE r.statement_id = s.id AND r.article_id <> ${id}))
      SELECT seq FROM up`, p.values);
    if (!row) throw new StorylineError('NOT_FOUND', `No article ${article.id} to update.`);
  }

  async addRejection(rejection: Rejection): Promise<void> {
    await this.db.query('INSERT INTO rejections (reason, detail, file, line, external_id, at) VALUES ($1, $2, $3, $4, $5, $6)', [
      rejection.reason, rejection.detail, rejection.file, rejection.line, rejection.externalId ?? null, rejection.at ?? new Date().toISOString(),
    ]);
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.db.one('SELECT 1 FROM articles WHERE id = $1', [id])) !== undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    // One round trip: by id, else the first article with this input record id.
    const row = await this.db.one<HydratedRow>(`SELECT ${ARTICLE_COLUMNS}, ${STAGE_ARRAYS} ${FROM_ARTICLES}
      WHERE a.seq = coalesce((SELECT seq FROM articles WHERE id = $1), (SELECT seq FROM articles WHERE external_id = $1 ORDER BY seq LIMIT 1))`, [id]);
    return row ? hydrate(row) : null;
  }

  async listArticles(filter: ArticleFilter = {}, page: PageRequest = {}): Promise<Page<ArticleSummary>> {
    const p = new Params();
    const where = joinConditions(pgArticleConditions(filter, p));
    const { limit, offset } = pageOf(page);
    const total = (await this.db.one<{ n: number }>(`SELECT count(*) AS n FROM articles a ${where}`, p.values))!.n;
    const rows = await this.db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
      ORDER BY a.published IS NULL, a.published DESC, a.seq DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return { items: rows.map(toSummary), total, limit, offset };
  }

  async articleSummaries(ids: readonly string[]): Promise<ArticleSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id = ANY($1::text[])`, [ids]);
    const found = new Map(rows.map((r) => [r.id, toSummary(r)]));
    return ids.map((id) => found.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  }

  /**
   * The server's current WAL position: it moves with every committed write (of this or any other
   * process, in any database of the server), so a reader's cache keyed on it is never stale; it may
   * also move without a change to this store, which only costs a cache refill.
   */
  async dataVersion(): Promise<string> {
    return (await this.db.one<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn'))!.lsn;
  }

  async search(query: string, filter: ArticleFilter = {}, page: PageRequest = {}): Promise<Page<SearchHit>> {
    const tsquery = toTsQuery(query);
    const { limit, offset } = pageOf(page);
    if (!tsquery) return { items: [], total: 0, limit, offset };
    const p = new Params();
    const q = `to_tsquery('simple', storyline_fold(${p.add(tsquery)}))`;
    const where = joinConditions([`a.fts @@ ${q}`, ...pgArticleConditions(filter, p)]);
    const total = (await this.db.one<{ n: number }>(`SELECT count(*) AS n FROM articles a ${where}`, p.values))!.n;
    // The page is ranked first; the (costlier) headline is made for its rows only, on the folded
    // body (so that folded matches are marked), and mapped back to the original characters.
    const rows = await this.db.query<SummaryRow & { score: number; headline: string; body: string }>(`
      WITH hits AS (
        SELECT a.seq, ts_rank_cd('${RANK_WEIGHTS}', a.fts, ${q}, ${RANK_NORMALIZATION}) AS score
        FROM articles a ${where}
        ORDER BY score DESC, a.seq LIMIT ${p.add(limit)} OFFSET ${p.add(offset)})
      SELECT ${SUMMARY_COLUMNS}, h.score, a.body,
        ts_headline('simple', storyline_fold(a.body), ${q}, ${p.add(HEADLINE_OPTIONS)}) AS headline
      FROM hits h JOIN articles a ON a.seq = h.seq
      ORDER BY h.score DESC, a.seq`, p.values);
    return {
      items: rows.map((r) => ({ ...toSummary(r), score: Math.round(r.score * 1000) / 1000, snippet: unfoldHeadline(r.headline, r.body) })),
      total, limit, offset,
    };
  }

  async *iterateArticles(filter: ArticleFilter = {}): AsyncIterable<StoredArticle> {
    // Paged by seq so that memory stays flat and no cursor stays open across the caller's awaits.
    let after = 0;
    const pageSize = 200;
    for (;;) {
      const p = new Params();
      const where = joinConditions([...pgArticleConditions(filter, p), `a.seq > ${p.add(after)}`]);
      const rows = await this.db.query<HydratedRow>(`SELECT ${ARTICLE_COLUMNS}, ${STAGE_ARRAYS} ${FROM_ARTICLES} ${where}
        ORDER BY a.seq LIMIT ${pageSize}`, p.values);
      if (rows.length === 0) return;
      for (const row of rows) yield hydrate(row);
      after = rows[rows.length - 1]!.seq;
    }
  }

  async outdatedArticleIds(versions: Record<string, number>): Promise<string[]> {
    const ids = new Set<string>();
    for (const [stage, version] of Object.entries(versions)) {
      const rows = await this.db.query<{ id: string }>(`SELECT a.id FROM articles a
        LEFT JOIN article_stages s ON s.article_seq = a.seq AND s.stage = $1
        WHERE s.version IS NULL OR s.version <> $2 ORDER BY a.seq`, [stage, version]);
      for (const r of rows) ids.add(r.id);
    }
    return [...ids];
  }

  async listRejections(page: PageRequest = {}): Promise<Page<Rejection>> {
    const { limit, offset } = pageOf(page);
    const total = (await this.db.one<{ n: number }>('SELECT count(*) AS n FROM rejections'))!.n;
    const rows = await this.db.query<{ reason: Rejection['reason']; detail: string; file: string | null; line: number | null; external_id: string | null; at: string }>(
      'SELECT reason, detail, file, line, external_id, at FROM rejections ORDER BY seq DESC LIMIT $1 OFFSET $2', [limit, offset]);
    return { items: rows.map((r) => ({ reason: r.reason, detail: r.detail, file: r.file, line: r.line, externalId: r.external_id, at: r.at })), total, limit, offset };
  }

  async stats(): Promise<StoreStats> {
    const all = <T>(sql: string): Promise<T[]> => this.db.query<T>(sql);
    const range = (await this.db.one<{ first: string | null; last: string | null }>('SELECT min(published) AS first, max(published) AS last FROM articles'))!;
    return {
      articles: (await this.db.one<{ n: number }>('SELECT count(*) AS n FROM articles'))!.n,
      outlets: await all('SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet NULLS FIRST'),
      languages: await all('SELECT language, count(*) AS articles FROM articles GROUP BY language ORDER BY articles DESC, language NULLS FIRST'),
      months: await all('SELECT substr(published, 1, 7) AS month, count(*) AS articles FROM articles GROUP BY month ORDER BY month NULLS FIRST'),
      rejections: await all('SELECT reason, count(*) AS count FROM rejections GROUP BY reason ORDER BY count DESC, reason'),
      stageVersions: await all('SELECT stage, version, count(*) AS articles FROM article_stages GROUP BY stage, version ORDER BY stage, version'),
      firstPublished: range.first,
      lastPublished: range.last,
    };
  }

  feeds(): FeedStateStore {
    return new PgFeedStateStore(this.db);
  }

  entities(): EntityStore {
    return new PgEntityStore(this.db);
  }

  statements(): StatementStore {
    return new PgStatementStore(this.db);
  }

  /** One instance per store: it holds the clusterer's loaded state and buffered writes. */
  stories(): StoryQueries {
    return this.storyStore;
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.storyStore.flush();
    } finally {
      await this.db.pool.end();
    }
  }
}

/**
 * The article's stage fields as an `unnest(…)` of (stage, version, data) rows, parameters added to
 * `p`. The clean text is stored once, in articles.body.
 */
function stageRows(article: Article, p: Params): string {
  const stages: string[] = [];
  const versions: number[] = [];
  const data: string[] = [];
  for (const [stage, version] of Object.entries(article.versions)) {
    const value = article[stage as StageField];
    if (value === undefined) continue;
    stages.push(stage);
    versions.push(version);
    data.push(JSON.stringify(stage === 'clean' ? { ...(value as object), text: undefined } : value));
  }
  return `unnest(${p.add(stages)}::text[], ${p.add(versions)}::int[], ${p.add(data)}::text[])`;
}

/** A stored article from its row and stage arrays. */
function hydrate(row: HydratedRow): StoredArticle {
  return toStoredArticle(row, (row.stage_names ?? []).map((stage, i) => ({ stage, version: row.stage_versions![i]!, data: row.stage_data![i]! })));
}



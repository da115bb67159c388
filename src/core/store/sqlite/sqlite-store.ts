import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article, StageField } from '../../article.js';
import { StorylineError } from '../../errors.js';
import type {
  ArticleFilter, ArticleSummary, Page, PageRequest, PutResult, Rejection, SearchHit, Store,
  StoreStats, StoredArticle,
} from '../store.js';
import { MIGRATIONS } from './migrations/index.js';
import { articleConditions } from './sql-helpers.js';
import { articleColumns, pageOf, toFeedState, toStoredArticle, toSummary, type ArticleDbRow, type FeedRow, type StageDbRow, type SummaryRow } from '../rows.js';
import { toFtsQuery } from '../fts-query.js';
import type { EntityStore } from '../entity-store.js';
import { SqliteEntityStore } from './sqlite-entity-store.js';
import type { StatementStore } from '../statement-store.js';
import { SqliteStatementStore } from './sqlite-statement-store.js';
import type { StoryQueries } from '../story-store.js';
import { SqliteStoryStore } from './sqlite-story-store.js';
import { MAX_SEEN_IDS, type FeedState, type FeedStateStore } from '../../sources/index.js';


interface ArticleRow extends ArticleDbRow {
  rowid: number;
}

const SUMMARY_COLUMNS = `a.id, a.external_id, a.url, a.outlet, a.title, a.author, a.published, a.language, a.format,
  length(a.body) AS length, a.ingested_at`;

/**
 * The embedded store: one SQLite file (better-sqlite3), WAL journal, versioned migrations, FTS5
 * with bm25 over title and body. Calls are synchronous underneath and wrapped in promises to share
 * the Store interface with the PostgreSQL adapter.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** Opens (creating when needed) the database file and brings its schema up to date. */
  static open(path: string): SqliteStore {
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    } catch (error) {
      throw new StorylineError('DB_OPEN', `Cannot open the database ${path}: ${(error as Error).message}`, { path });
    }
    const store = new SqliteStore(db);
    store.migrate();
    return store;
  }

  /** Applies the migrations this database has not seen; refuses a database newer than us. */
  private migrate(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const applied = new Set(
      (this.db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version),
    );
    const newest = Math.max(0, ...applied);
    const known = Math.max(...MIGRATIONS.map((m) => m.version));
    if (newest > known) {
      throw new StorylineError('DB_SCHEMA', `The database has schema version ${newest}; this Storyline knows up to ${known}. Upgrade Storyline.`);
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  }

  /** The schema version now applied. */
  schemaVersion(): number {
    const row = this.db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  async putArticle(article: Article): Promise<PutResult> {
    const existing = this.db.prepare('SELECT id FROM articles WHERE id = ?').get(article.id) as { id: string } | undefined;
    if (existing) return { status: 'duplicate', id: existing.id };
    this.db.transaction(() => {
      const s = article.source;
      const info = this.db.prepare(`INSERT INTO articles
        (id, external_id, url, outlet, title, author, published, language, format, raw, body, metadata, origin, trace, ingested_at)
        VALUES (@id, @external_id, @url, @outlet, @title, @author, @published, @language, @format, @raw, @body, @metadata, @origin, @trace, @ingested_at)`)
        .run({
          id: article.id,
          external_id: s.externalId ?? null,
          url: s.url ?? null,
          ...articleColumns(article),
          format: s.format,
          raw: s.raw,
          metadata: JSON.stringify(s.metadata ?? {}),
          origin: JSON.stringify(s.origin ?? {}),
          trace: JSON.stringify(article.trace),
          ingested_at: new Date().toISOString(),
        });
      const rowid = Number(info.lastInsertRowid);
      this.writeStages(rowid, article);
      this.db.prepare('INSERT INTO articles_fts (rowid, title, body) SELECT rowid, coalesce(title, \'\'), body FROM articles WHERE rowid = ?').run(rowid);
    })();
    return { status: 'added', id: article.id };
  }

  async updateArticle(article: Article): Promise<void> {
    const row = this.db.prepare('SELECT rowid, title, body FROM articles WHERE id = ?').get(article.id) as
      { rowid: number; title: string | null; body: string } | undefined;
    if (!row) throw new StorylineError('NOT_FOUND', `No article ${article.id} to update.`);
    this.db.transaction(() => {
      this.db.prepare("INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)")
        .run(row.rowid, row.title ?? '', row.body);
      const c = articleColumns(article);
      this.db.prepare(`UPDATE articles SET title = ?, author = ?, outlet = ?, published = ?, language = ?, body = ?, trace = ? WHERE rowid = ?`)
        .run(c.title, c.author, c.outlet, c.published, c.language, c.body, JSON.stringify(article.trace), row.rowid);
      this.writeStages(row.rowid, article);
      this.db.prepare('INSERT INTO articles_fts (rowid, title, body) SELECT rowid, coalesce(title, \'\'), body FROM articles WHERE rowid = ?').run(row.rowid);
      this.forgetStatementReports(article.id);
    })();
  }

  /**
   * The ledger's reports of an article index its old quotes: they are dropped, and the article is
   * pending again, so the next ledger run places its new quotes. Statements left without a report go.
   */
  private forgetStatementReports(articleId: string): void {
    const statements = this.db.prepare('SELECT DISTINCT statement_id AS id FROM statement_reports WHERE article_id = ?').all(articleId) as Array<{ id: string }>;
    this.db.prepare('DELETE FROM statement_reports WHERE article_id = ?').run(articleId);
    this.db.prepare('DELETE FROM statement_articles WHERE article_id = ?').run(articleId);
    const orphan = this.db.prepare('DELETE FROM statements WHERE id = ? AND NOT EXISTS (SELECT 1 FROM statement_reports WHERE statement_id = ?)');
    for (const { id } of statements) orphan.run(id, id);
  }

  private writeStages(rowid: number, article: Article): void {
    const put = this.db.prepare('INSERT OR REPLACE INTO article_stages (article_rowid, stage, version, data) VALUES (?, ?, ?, ?)');
    for (const [stage, version] of Object.entries(article.versions)) {
      const value = article[stage as StageField];
      if (value === undefined) continue;
      // The clean text is stored once, in articles.body.
      const data = stage === 'clean' ? { ...(value as object), text: undefined } : value;
      put.run(rowid, stage, version, JSON.stringify(data));
    }
  }

  async addRejection(rejection: Rejection): Promise<void> {
    this.db.prepare('INSERT INTO rejections (reason, detail, file, line, external_id, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(rejection.reason, rejection.detail, rejection.file, rejection.line, rejection.externalId ?? null, rejection.at ?? new Date().toISOString());
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = (this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id)
      ?? this.db.prepare('SELECT * FROM articles WHERE external_id = ? ORDER BY rowid LIMIT 1').get(id)) as ArticleRow | undefined;
    return row ? this.hydrate(row) : null;
  }

  private hydrate(row: ArticleRow): StoredArticle {
    return toStoredArticle(row, this.db.prepare('SELECT stage, version, data FROM article_stages WHERE article_rowid = ?').all(row.rowid) as StageDbRow[]);
  }


  async listArticles(filter: ArticleFilter = {}, page: PageRequest = {}): Promise<Page<ArticleSummary>> {
    const { where, params } = whereClause(filter);
    const { limit, offset } = pageOf(page);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles a ${where}`).get(params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a ${where}
      ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as SummaryRow[];
    return { items: rows.map(toSummary), total, limit, offset };
  }

  async articleSummaries(ids: readonly string[]): Promise<ArticleSummary[]> {
    const found = new Map<string, ArticleSummary>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as SummaryRow[];
      for (const r of rows) found.set(r.id, toSummary(r));
    }
    return ids.map((id) => found.get(id)).filter((a): a is ArticleSummary => a !== undefined);
  }

  async search(query: string, filter: ArticleFilter = {}, page: PageRequest = {}): Promise<Page<SearchHit>> {
    const match = toFtsQuery(query);
    const { limit, offset } = pageOf(page);
    if (!match) return { items: [], total: 0, limit, offset };
    const { where, params } = whereClause(filter, 'AND');
    const base = `FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH @match ${where}`;
    const total = (this.db.prepare(`SELECT count(*) AS n ${base}`).get({ ...params, match }) as { n: number }).n;
    // bm25 is lower-is-better; the title column weighs three times the body.
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, -bm25(articles_fts, 3.0, 1.0) AS score,
        snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet
      ${base} ORDER BY bm25(articles_fts, 3.0, 1.0) LIMIT @limit OFFSET @offset`)
      .all({ ...params, match, limit, offset }) as Array<SummaryRow & { score: number; snippet: string }>;
    return {
      items: rows.map((r) => ({ ...toSummary(r), score: Math.round(r.score * 1000) / 1000, snippet: r.snippet })),
      total, limit, offset,
    };
  }

  async *iterateArticles(filter: ArticleFilter = {}): AsyncIterable<StoredArticle> {
    const { where, params } = whereClause(filter);
    // Paged by rowid so that memory stays flat on large databases and no statement stays open
    // across the caller's awaits.
    let after = 0;
    const pageSize = 200;
    const conj = where ? `${where} AND` : 'WHERE';
    for (;;) {
      const rows = this.db.prepare(`SELECT * FROM articles a ${conj} a.rowid > @after ORDER BY a.rowid LIMIT ${pageSize}`)
        .all({ ...params, after }) as ArticleRow[];
      if (rows.length === 0) return;
      for (const row of rows) yield this.hydrate(row);
      after = rows[rows.length - 1].rowid;
    }
  }

  async outdatedArticleIds(versions: Record<string, number>): Promise<string[]> {
    const ids = new Set<string>();
    for (const [stage, version] of Object.entries(versions)) {
      const rows = this.db.prepare(`SELECT a.id FROM articles a
        LEFT JOIN article_stages s ON s.article_rowid = a.rowid AND s.stage = ?
        WHERE s.version IS NULL OR s.version <> ?`).all(stage, version) as Array<{ id: string }>;
      for (const r of rows) ids.add(r.id);
    }
    return [...ids];
  }

  async listRejections(page: PageRequest = {}): Promise<Page<Rejection>> {
    const { limit, offset } = pageOf(page);
    const total = (this.db.prepare('SELECT count(*) AS n FROM rejections').get() as { n: number }).n;
    const rows = this.db.prepare('SELECT reason, detail, file, line, external_id, at FROM rejections ORDER BY rowid DESC LIMIT ? OFFSET ?')
      .all(limit, offset) as Array<{ reason: Rejection['reason']; detail: string; file: string | null; line: number | null; external_id: string | null; at: string }>;
    return { items: rows.map((r) => ({ reason: r.reason, detail: r.detail, file: r.file, line: r.line, externalId: r.external_id, at: r.at })), total, limit, offset };
  }

  async dataVersion(): Promise<string> {
    // data_version changes when another connection commits; total_changes counts this connection's writes.
    const other = this.db.pragma('data_version', { simple: true }) as number;
    const own = (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    return `${other}.${own}`;
  }

  async stats(): Promise<StoreStats> {
    const all = <T>(sql: string): T[] => this.db.prepare(sql).all() as T[];
    const one = <T>(sql: string): T => this.db.prepare(sql).get() as T;
    const range = one<{ first: string | null; last: string | null }>('SELECT min(published) AS first, max(published) AS last FROM articles');
    return {
      articles: one<{ n: number }>('SELECT count(*) AS n FROM articles').n,
      outlets: all('SELECT outlet, count(*) AS articles FROM articles GROUP BY outlet ORDER BY articles DESC, outlet'),
      languages: all('SELECT language, count(*) AS articles FROM articles GROUP BY language ORDER BY articles DESC, language'),
      months: all('SELECT substr(published, 1, 7) AS month, count(*) AS articles FROM articles GROUP BY month ORDER BY month'),
      rejections: all('SELECT reason, count(*) AS count FROM rejections GROUP BY reason ORDER BY count DESC, reason'),
      stageVersions: all('SELECT stage, version, count(*) AS articles FROM article_stages GROUP BY stage, version ORDER BY stage, version'),
      firstPublished: range.first,
      lastPublished: range.last,
    };
  }

  feeds(): FeedStateStore {
    return new SqliteFeedStateStore(this.db);
  }

  entities(): EntityStore {
    return new SqliteEntityStore(this.db);
  }

  statements(): StatementStore {
    return new SqliteStatementStore(this.db);
  }

  stories(): StoryQueries {
    return new SqliteStoryStore(this.db);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/**
 * Feed states in the `feeds` table (migration 2), for `storyline watch`. `put` is an upsert that keeps
 * the row's `added_at`; the seen ids are capped as the poller caps them, so a row stays bounded.
 */
class SqliteFeedStateStore implements FeedStateStore {
  constructor(private readonly db: Database.Database) {}

  async get(url: string): Promise<FeedState | null> {
    const row = this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(url) as FeedRow | undefined;
    return row ? toFeedState(row) : null;
  }

  async put(state: FeedState): Promise<void> {
    this.db.prepare(`INSERT INTO feeds
        (url, etag, last_modified, last_polled_at, seen_item_ids, failures, next_poll_at, last_error, added_at)
        VALUES (@url, @etag, @last_modified, @last_polled_at, @seen_item_ids, @failures, @next_poll_at, @last_error, @added_at)
      ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        last_polled_at = excluded.last_polled_at, seen_item_ids = excluded.seen_item_ids, failures = excluded.failures,
        next_poll_at = excluded.next_poll_at, last_error = excluded.last_error`)
      .run({
        url: state.url,
        etag: state.etag,
        last_modified: state.lastModified,
        last_polled_at: state.lastPolledAt,
        seen_item_ids: JSON.stringify(state.seenItemIds.slice(-MAX_SEEN_IDS)),
        failures: state.failures,
        next_poll_at: state.nextPollAt,
        last_error: state.lastError ? JSON.stringify(state.lastError) : null,
        added_at: new Date().toISOString(),
      });
  }

  async due(now: number, limit: number): Promise<FeedState[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const rows = this.db.prepare('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, url LIMIT ?').all(now, n) as FeedRow[];
    return rows.map(toFeedState);
  }
}




function whereClause(filter: ArticleFilter, joiner: 'WHERE' | 'AND' = 'WHERE'): { where: string; params: Record<string, string> } {
  const { parts, params } = articleConditions(filter);
  if (parts.length === 0) return { where: '', params };
  return { where: `${joiner} ${parts.join(' AND ')}`, params };
}

import type Database from 'better-sqlite3';
import type { Page, PageRequest } from '../store.js';
import type {
  PendingArticle, Statement, StatementFilter, StatementReport, StatementStore, StatementSummary,
} from '../statement-store.js';
import { pageOf, toPendingArticle, toReport, type ReportRow } from '../rows.js';


/** The WHERE clause of a report filter, on `statement_reports r`. */
function reportWhere(filter: StatementFilter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const speaker: string[] = [];
  if (filter.speakerKeys?.length) {
    speaker.push(`r.speaker_key IN (${filter.speakerKeys.map(() => '?').join(',')})`);
    params.push(...filter.speakerKeys);
  }
  if (filter.speakerEntities?.length) {
    speaker.push(`r.speaker_resolved IN (${filter.speakerEntities.map(() => '?').join(',')})`);
    params.push(...filter.speakerEntities);
  }
  if (filter.speakerKeys || filter.speakerEntities) parts.push(speaker.length ? `(${speaker.join(' OR ')})` : '0');
  if (filter.outlet) {
    parts.push('lower(r.outlet) = lower(?)');
    params.push(filter.outlet);
  }
  // Dates filter when the words were said (the report's date), as the timeline orders them.
  if (filter.since) {
    parts.push('coalesce(r.date, r.published) >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    parts.push('substr(coalesce(r.date, r.published), 1, ?) <= ?');
    params.push(filter.until.length, filter.until);
  }
  if (filter.articles) {
    parts.push(filter.articles.length ? `r.article_id IN (${filter.articles.map(() => '?').join(',')})` : '0');
    params.push(...filter.articles);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * The statement ledger in SQLite (migration 5). Reports are appended (the ledger is incremental);
 * `statement_articles` records which articles were read, so that the step can catch up on articles
 * stored by an ingest that was killed before the ledger ran.
 */
export class SqliteStatementStore implements StatementStore {
  constructor(private readonly db: Database.Database) {}

  async *pendingArticles(): AsyncIterable<PendingArticle> {
    let after = 0;
    for (;;) {
      // Only the stage fields the ledger reads, never the raw input.
      const rows = this.db.prepare(`SELECT a.rowid, a.id, a.outlet, a.published, a.body,
            q.data AS quotes, se.data AS sentences, d.data AS dates, e.data AS entities
          FROM articles a
          JOIN article_stages q ON q.article_rowid = a.rowid AND q.stage = 'quotes'
          LEFT JOIN article_stages se ON se.article_rowid = a.rowid AND se.stage = 'sentences'
          LEFT JOIN article_stages d ON d.article_rowid = a.rowid AND d.stage = 'dates'
          LEFT JOIN article_stages e ON e.article_rowid = a.rowid AND e.stage = 'entities'
          WHERE a.rowid > ? AND NOT EXISTS (SELECT 1 FROM statement_articles sa WHERE sa.article_id = a.id)
          ORDER BY a.rowid LIMIT 200`)
        .all(after) as Array<{ rowid: number; id: string; outlet: string | null; published: string | null; body: string;
          quotes: string | null; sentences: string | null; dates: string | null; entities: string | null }>;
      if (rows.length === 0) return;
      for (const r of rows) yield toPendingArticle(r);
      after = rows[rows.length - 1]!.rowid;
    }
  }

  async *allReports(): AsyncIterable<StatementReport> {
    let after: [string, number] = ['', -1];
    for (;;) {
      const rows = this.db.prepare(`SELECT * FROM statement_reports WHERE (article_id, quote_index) > (?, ?)
          ORDER BY article_id, quote_index LIMIT 1000`).all(after[0], after[1]) as ReportRow[];
      if (rows.length === 0) return;
      for (const r of rows) yield toReport(r);
      const last = rows[rows.length - 1]!;
      after = [last.article_id, last.quote_index];
    }
  }

  async addReports(reports: StatementReport[], readArticles: string[]): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      const putStatement = db.prepare('INSERT OR IGNORE INTO statements (id, text, speaker_name) VALUES (?, ?, ?)');
      const putReport = db.prepare(`INSERT OR REPLACE INTO statement_reports (statement_id, article_id, quote_index, outlet, cue, kind, form,
          published, date, date_source, date_text, speaker_name, speaker_entity, speaker_resolved, speaker_key, text, start, "end")
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      // The wording shown is the longest direct report: the fullest verbatim form.
      const better = db.prepare(`UPDATE statements SET text = ?, speaker_name = coalesce(speaker_name, ?) WHERE id = ? AND length(text) < length(?)`);
      const markRead = db.prepare('INSERT OR IGNORE INTO statement_articles (article_id) VALUES (?)');
      for (const r of reports) {
        putStatement.run(r.statementId, r.text, r.speakerName);
        putReport.run(r.statementId, r.article, r.quoteIndex, r.outlet, r.cue, r.kind, r.form, r.published, r.date, r.dateSource, r.dateText,
          r.speakerName, r.speakerEntity, r.speakerResolved, r.speakerKey, r.text, r.start, r.end);
        if (r.kind === 'direct') better.run(r.text, r.speakerName, r.statementId, r.text);
      }
      for (const id of readArticles) markRead.run(id);
    })();
  }

  async listStatements(filter: StatementFilter = {}, page: PageRequest = {}): Promise<Page<StatementSummary>> {
    const { limit, offset } = pageOf(page);
    const { sql, params } = reportWhere(filter);
    const total = (this.db.prepare(`SELECT count(DISTINCT r.statement_id) AS n FROM statement_reports r ${sql}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT r.statement_id AS id, s.text, s.speaker_name, count(*) AS reports,
          count(DISTINCT coalesce(r.outlet, r.article_id)) AS outlets, min(coalesce(r.published, '9999')) AS first_published,
          json_group_array(DISTINCT r.cue) AS cues, json_group_array(DISTINCT r.outlet) AS outlet_names
        FROM statement_reports r JOIN statements s ON s.id = r.statement_id ${sql}
        GROUP BY r.statement_id ORDER BY outlets DESC, first_published DESC, r.statement_id LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<{ id: string; text: string; speaker_name: string | null; reports: number; outlets: number;
        first_published: string; cues: string; outlet_names: string }>;
    const first = this.db.prepare(`SELECT * FROM statement_reports WHERE statement_id = ? ORDER BY coalesce(published, '9999'), article_id, quote_index LIMIT 1`);
    const items = rows.map((r): StatementSummary => {
      const f = first.get(r.id) as ReportRow;
      return {
        id: r.id, text: r.text, speakerName: r.speaker_name, reports: r.reports, outlets: r.outlets,
        cues: (JSON.parse(r.cues) as Array<string | null>).filter((c): c is string => c !== null),
        outletNames: (JSON.parse(r.outlet_names) as Array<string | null>).filter((c): c is string => c !== null),
        firstPublished: f.published, firstOutlet: f.outlet, date: f.date, dateSource: f.date_source === 'stated' ? 'stated' : 'publication',
      };
    });
    return { items, total, limit, offset };
  }

  async getStatement(id: string): Promise<Statement | null> {
    const s = this.db.prepare('SELECT * FROM statements WHERE id = ?').get(id) as { id: string; text: string; speaker_name: string | null } | undefined;
    if (!s) return null;
    const reports = (this.db.prepare(`SELECT * FROM statement_reports WHERE statement_id = ?
        ORDER BY coalesce(published, '9999'), article_id, quote_index`).all(id) as ReportRow[]).map(toReport);
    if (reports.length === 0) return null;
    const outlets = [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))];
    return { id: s.id, text: s.text, speakerName: s.speaker_name, reports, outlets, first: reports[0]! };
  }

  async listReports(filter: StatementFilter = {}): Promise<StatementReport[]> {
    const { sql, params } = reportWhere(filter);
    return (this.db.prepare(`SELECT r.* FROM statement_reports r ${sql}
        ORDER BY coalesce(r.date, substr(r.published, 1, 10)), r.published, r.article_id, r.quote_index`).all(...params) as ReportRow[]).map(toReport);
  }
}

import type { Page, PageRequest } from '../store.js';
import type {
  PendingArticle, Statement, StatementFilter, StatementReport, StatementStore, StatementSummary,
} from '../statement-store.js';
import { pageOf, toPendingArticle, toReport, type ReportRow } from '../rows.js';
import { Params, type PgDb } from './pg-db.js';

/**
 * Distinct non-null values in order of first appearance: reports are aggregated in key order
 * (article, quote), the order SQLite's json_group_array(DISTINCT …) meets them in.
 */
function distinct(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

/** Length in code points, as SQLite's length() and PostgreSQL's char_length() count. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The WHERE clause of a report filter, on `statement_reports r` (as the SQLite adapter's). */
function reportWhere(filter: StatementFilter, p: Params): string {
  const parts: string[] = [];
  const speaker: string[] = [];
  if (filter.speakerKeys?.length) speaker.push(`r.speaker_key = ANY(${p.add(filter.speakerKeys)}::text[])`);
  if (filter.speakerEntities?.length) speaker.push(`r.speaker_resolved = ANY(${p.add(filter.speakerEntities)}::text[])`);
  if (filter.speakerKeys || filter.speakerEntities) parts.push(speaker.length ? `(${speaker.join(' OR ')})` : 'FALSE');
  if (filter.outlet) parts.push(`lower(r.outlet) = lower(${p.add(filter.outlet)} COLLATE "C")`);
  // Dates filter when the words were said (the report's date), as the timeline orders them.
  if (filter.since) parts.push(`coalesce(r.date, r.published) >= ${p.add(filter.since)}`);
  if (filter.until) parts.push(`substr(coalesce(r.date, r.published), 1, ${p.add(filter.until.length)}::int) <= ${p.add(filter.until)}`);
  if (filter.articles) parts.push(filter.articles.length ? `r.article_id = ANY(${p.add(filter.articles)}::text[])` : 'FALSE');
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}

const REPORT_COLUMNS = ['statement_id', 'article_id', 'quote_index', 'outlet', 'cue', 'kind', 'form', 'published', 'date', 'date_source',
  'date_text', 'speaker_name', 'speaker_entity', 'speaker_resolved', 'speaker_key', 'text', 'start', '"end"'];
const REPORT_TYPES = ['text', 'text', 'int', 'text', 'text', 'text', 'text', 'text', 'text', 'text',
  'text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'];

/**
 * The statement ledger in PostgreSQL (migration 5), the same behaviour as the SQLite adapter:
 * reports are appended (a report written again replaces itself), and `statement_articles` records
 * which articles were read so that a killed ingest is caught up on the next run.
 */
export class PgStatementStore implements StatementStore {
  constructor(private readonly db: PgDb) {}

  async *pendingArticles(): AsyncIterable<PendingArticle> {
    let after = 0;
    for (;;) {
      const rows = await this.db.query<{ seq: number; id: string; outlet: string | null; published: string | null; body: string;
        quotes: string | null; sentences: string | null; dates: string | null; entities: string | null }>(
        `SELECT a.seq, a.id, a.outlet, a.published, a.body,
            q.data AS quotes, se.data AS sentences, d.data AS dates, e.data AS entities
          FROM articles a
          JOIN article_stages q ON q.article_seq = a.seq AND q.stage = 'quotes'
          LEFT JOIN article_stages se ON se.article_seq = a.seq AND se.stage = 'sentences'
          LEFT JOIN article_stages d ON d.article_seq = a.seq AND d.stage = 'dates'
          LEFT JOIN article_stages e ON e.article_seq = a.seq AND e.stage = 'entities'
          WHERE a.seq > $1 AND NOT EXISTS (SELECT 1 FROM statement_articles sa WHERE sa.article_id = a.id)
          ORDER BY a.seq LIMIT 200`, [after]);
      if (rows.length === 0) return;
      for (const r of rows) yield toPendingArticle(r);
      after = rows[rows.length - 1]!.seq;
    }
  }

  async *allReports(): AsyncIterable<StatementReport> {
    let after: [string, number] = ['', -1];
    for (;;) {
      const rows = await this.db.query<ReportRow>(`SELECT * FROM statement_reports WHERE (article_id, quote_index) > ($1, $2)
          ORDER BY article_id, quote_index LIMIT 1000`, after);
      if (rows.length === 0) return;
      for (const r of rows) yield toReport(r);
      const last = rows[rows.length - 1]!;
      after = [last.article_id, last.quote_index];
    }
  }

  async addReports(reports: StatementReport[], readArticles: string[]): Promise<void> {
    // A report written twice in one call keeps the last, as successive INSERT OR REPLACE would.
    const byKey = new Map<string, StatementReport>();
    for (const r of reports) byKey.set(`${r.article}\u0000${r.quoteIndex}`, r);
    const rows = [...byKey.values()];
    await this.db.transaction(async () => {
      if (reports.length) {
        // Statements in order of first report; a statement's first report gives its initial wording.
        const statements = new Map<string, StatementReport>();
        for (const r of reports) if (!statements.has(r.statementId)) statements.set(r.statementId, r);
        await this.db.query(`INSERT INTO statements (id, text, speaker_name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
            ON CONFLICT (id) DO NOTHING`,
        [[...statements.keys()], [...statements.values()].map((r) => r.text), [...statements.values()].map((r) => r.speakerName)]);
        const values = rows.map((r) => [r.statementId, r.article, r.quoteIndex, r.outlet, r.cue, r.kind, r.form, r.published, r.date, r.dateSource,
          r.dateText, r.speakerName, r.speakerEntity, r.speakerResolved, r.speakerKey, r.text, r.start, r.end]);
        const columns = REPORT_COLUMNS.map((_, c) => values.map((v) => v[c]));
        await this.db.query(`INSERT INTO statement_reports (${REPORT_COLUMNS.join(', ')})
            SELECT * FROM unnest(${REPORT_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
            ON CONFLICT (article_id, quote_index) DO UPDATE SET
            ${REPORT_COLUMNS.filter((c) => c !== 'article_id' && c !== 'quote_index').map((c) => `${c} = excluded.${c}`).join(', ')}`, columns);
        // The wording shown is the longest direct report: the fullest verbatim form. The reports are
        // applied in order to the stored wording, as the SQLite adapter's UPDATE per report does
        // (a longer one replaces it and fills a missing speaker), and the outcome written at once.
        const direct = reports.filter((r) => r.kind === 'direct');
        if (direct.length) {
          const current = new Map((await this.db.query<{ id: string; text: string; speaker_name: string | null }>(
            'SELECT id, text, speaker_name FROM statements WHERE id = ANY($1::text[]) FOR UPDATE', [[...new Set(direct.map((r) => r.statementId))]],
          )).map((r) => [r.id, { text: r.text, speaker: r.speaker_name, changed: false }]));
          for (const r of direct) {
            const c = current.get(r.statementId);
            if (!c || codePoints(c.text) >= codePoints(r.text)) continue;
            c.text = r.text;
            c.speaker ??= r.speakerName;
            c.changed = true;
          }
          const changed = [...current].filter(([, c]) => c.changed);
          if (changed.length) {
            await this.db.query(`UPDATE statements s SET text = u.text, speaker_name = u.speaker
                FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, text, speaker) WHERE s.id = u.id`,
            [changed.map(([id]) => id), changed.map(([, c]) => c.text), changed.map(([, c]) => c.speaker)]);
          }
        }
      }
      if (readArticles.length) {
        await this.db.query('INSERT INTO statement_articles (article_id) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING', [readArticles]);
      }
    });
  }

  async listStatements(filter: StatementFilter = {}, page: PageRequest = {}): Promise<Page<StatementSummary>> {
    const { limit, offset } = pageOf(page);
    const p = new Params();
    const where = reportWhere(filter, p);
    const total = (await this.db.one<{ n: number }>(`SELECT count(DISTINCT r.statement_id) AS n FROM statement_reports r ${where}`, p.values))!.n;
    const rows = await this.db.query<{ id: string; text: string; speaker_name: string | null; reports: number; outlets: number;
      cues: Array<string | null>; outlet_names: Array<string | null> }>(
      `SELECT * FROM (SELECT r.statement_id AS id, s.text, s.speaker_name, count(*) AS reports,
          count(DISTINCT coalesce(r.outlet, r.article_id)) AS outlets, min(coalesce(r.published, '9999')) AS first_published,
          array_agg(r.cue ORDER BY r.article_id, r.quote_index) AS cues, array_agg(r.outlet ORDER BY r.article_id, r.quote_index) AS outlet_names
        FROM statement_reports r JOIN statements s ON s.id = r.statement_id ${where}
        GROUP BY r.statement_id, s.id) g
      ORDER BY g.outlets DESC, g.first_published DESC, g.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    const firsts = new Map<string, ReportRow>();
    if (rows.length) {
      for (const f of await this.db.query<ReportRow>(`SELECT DISTINCT ON (statement_id) * FROM statement_reports WHERE statement_id = ANY($1::text[])
          ORDER BY statement_id, coalesce(published, '9999'), article_id, quote_index`, [rows.map((r) => r.id)])) {
        firsts.set(f.statement_id, f);
      }
    }
    const items = rows.map((r): StatementSummary => {
      const f = firsts.get(r.id)!;
      return {
        id: r.id, text: r.text, speakerName: r.speaker_name, reports: r.reports, outlets: r.outlets,
        cues: distinct(r.cues),
        outletNames: distinct(r.outlet_names),
        firstPublished: f.published, firstOutlet: f.outlet, date: f.date, dateSource: f.date_source === 'stated' ? 'stated' : 'publication',
      };
    });
    return { items, total, limit, offset };
  }

  async getStatement(id: string): Promise<Statement | null> {
    const s = await this.db.one<{ id: string; text: string; speaker_name: string | null }>('SELECT * FROM statements WHERE id = $1', [id]);
    if (!s) return null;
    const reports = (await this.db.query<ReportRow>(`SELECT * FROM statement_reports WHERE statement_id = $1
        ORDER BY coalesce(published, '9999'), article_id, quote_index`, [id])).map(toReport);
    if (reports.length === 0) return null;
    const outlets = [...new Set(reports.map((r) => r.outlet).filter((o): o is string => o !== null))];
    return { id: s.id, text: s.text, speakerName: s.speaker_name, reports, outlets, first: reports[0]! };
  }

  async listReports(filter: StatementFilter = {}): Promise<StatementReport[]> {
    const p = new Params();
    const where = reportWhere(filter, p);
    return (await this.db.query<ReportRow>(`SELECT r.* FROM statement_reports r ${where}
        ORDER BY coalesce(r.date, substr(r.published, 1, 10)) NULLS FIRST, r.published NULLS FIRST, r.article_id, r.quote_index`, p.values)).map(toReport);
  }
}

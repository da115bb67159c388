import type { Override } from '../../corpus/entities/types.js';
import type {
  ArticleEntitiesRow, EntityDetail, EntityFilter, EntityResolutionWrite, EntityStore, EntitySummary, StoredOverride,
} from '../entity-store.js';
import type { Page, PageRequest } from '../store.js';
import { pageOf, toArticleEntitiesRow, toEntityDetail, toMemberKeys, toEntitySummary, type EntityDetailRows, type EntitySummaryRow as SummaryRow } from '../rows.js';
import { Params, type PgDb } from './pg-db.js';
import { joinConditions, pgArticleConditions } from './pg-sql.js';


/** Rows per INSERT … SELECT FROM unnest(…) when a resolution is written. */
const CHUNK = 5000;

/**
 * Entities in PostgreSQL (migration 3), the same queries as the SQLite adapter. A resolution is
 * replaced in one transaction and written in bulk (arrays unnested into each table).
 */
export class PgEntityStore implements EntityStore {
  constructor(private readonly db: PgDb) {}

  async *articleEntities(): AsyncIterable<ArticleEntitiesRow> {
    let after = 0;
    for (;;) {
      const rows = await this.db.query<{ seq: number; id: string; outlet: string | null; published: string | null; data: string | null }>(
        `SELECT a.seq, a.id, a.outlet, a.published, s.data FROM articles a
          LEFT JOIN article_stages s ON s.article_seq = a.seq AND s.stage = 'entities'
          WHERE a.seq > $1 ORDER BY a.seq LIMIT 500`, [after]);
      if (rows.length === 0) return;
      for (const r of rows) yield toArticleEntitiesRow(r);
      after = rows[rows.length - 1]!.seq;
    }
  }

  async replaceResolution(resolution: EntityResolutionWrite): Promise<void> {
    const entities: unknown[][] = [[], [], [], [], [], []];
    // Mentions of the same entity, article and alias are summed here (an upsert may not touch a row twice).
    const mentions = new Map<string, [string, string, string, string, number]>();
    const members = new Map<string, [string, string, string]>();
    const roles = new Map<string, [string, string, string]>();
    for (const e of resolution.entities) {
      const articles = new Set(e.mentions.map((m) => m.article));
      for (const m of e.members) articles.add(m.article);
      const count = e.mentions.reduce((n, m) => n + m.count, 0);
      for (const [i, v] of [e.id, e.name, e.type, articles.size, count, JSON.stringify(e.data)].entries()) entities[i]!.push(v);
      for (const m of e.mentions) {
        const key = JSON.stringify([e.id, m.article, m.alias]);
        const seen = mentions.get(key);
        if (seen) seen[4] += m.count;
        else mentions.set(key, [e.id, m.article, m.alias, m.key, m.count]);
      }
      for (const m of e.members) members.set(JSON.stringify([e.id, m.article, m.member]), [e.id, m.article, m.member]);
      for (const r of e.roles) roles.set(JSON.stringify([e.id, r.role, r.article]), [e.id, r.role, r.article]);
    }
    const ids = new Set(resolution.entities.map((e) => e.id));
    const links = new Map<string, [string, string, string, string]>();
    for (const l of resolution.links) {
      const key = JSON.stringify([l.from, l.to, l.kind]);
      if (ids.has(l.from) && ids.has(l.to) && !links.has(key)) links.set(key, [l.from, l.to, l.kind, JSON.stringify(l.evidence)]);
    }
    await this.db.transaction(async () => {
      for (const table of ['entity_links', 'entity_roles', 'entity_members', 'entity_mentions', 'entities']) await this.db.query(`DELETE FROM ${table}`);
      await this.bulk('INSERT INTO entities (id, name, type, articles, mentions, outlets, data) SELECT u.a, u.b, u.c, u.d, u.e, 0, u.f FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS u(a, b, c, d, e, f)',
        transpose(entities));
      await this.bulk('INSERT INTO entity_mentions (entity_id, article_id, alias, alias_key, count) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])',
        [...mentions.values()]);
      await this.bulk('INSERT INTO entity_members (entity_id, article_id, member) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [...members.values()]);
      await this.bulk('INSERT INTO entity_roles (entity_id, role, article_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [...roles.values()]);
      // Outlets as the articles table has them, the same count the filtered list makes.
      await this.db.query(`UPDATE entities SET outlets = o.n FROM (SELECT m.entity_id, count(DISTINCT a.outlet) AS n FROM entity_mentions m
        JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id) o WHERE o.entity_id = entities.id`);
      await this.bulk('INSERT INTO entity_links (from_id, to_id, kind, evidence) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])', [...links.values()]);
    });
  }

  /** Inserts rows (tuples) through `sql`, whose parameters are one array per column, in chunks. */
  private async bulk(sql: string, rows: unknown[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const columns = chunk[0]!.map((_, c) => chunk.map((r) => r[c]));
      await this.db.query(sql, columns);
    }
  }

  async memberKeys(): Promise<Map<string, string[]>> {
    return toMemberKeys(await this.db.query<{ entity_id: string; article_id: string; member: string }>(
      'SELECT entity_id, article_id, member FROM entity_members ORDER BY entity_id, article_id, member'));
  }

  async listEntities(filter: EntityFilter = {}, page: PageRequest = {}): Promise<Page<EntitySummary>> {
    const { limit, offset } = pageOf(page);
    const p = new Params();
    if (!filter.outlet && !filter.since && !filter.until && !filter.story) {
      const typeWhere = filter.type ? `WHERE lower(e.type) = lower(${p.add(filter.type)} COLLATE "C")` : '';
      const total = (await this.db.one<{ n: number }>(`SELECT count(*) AS n FROM entities e ${typeWhere}`, p.values))!.n;
      const rows = await this.db.query<SummaryRow>(`SELECT e.id, e.name, e.type, e.articles, e.mentions, e.outlets FROM entities e ${typeWhere}
        ORDER BY e.articles DESC, e.mentions DESC, e.name, e.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
      return { items: rows.map(toEntitySummary), total, limit, offset };
    }
    const parts = pgArticleConditions({ outlet: filter.outlet, since: filter.since, until: filter.until }, p);
    if (filter.type) parts.unshift(`lower(e.type) = lower(${p.add(filter.type)} COLLATE "C")`);
    if (filter.story) parts.push(`m.article_id IN (SELECT id FROM story_articles WHERE story_id = ${p.add(filter.story)})`);
    const grouped = `SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles, sum(m.count) AS mentions,
        count(DISTINCT a.outlet) AS outlets
      FROM entities e JOIN entity_mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
      ${joinConditions(parts)} GROUP BY e.id`;
    const total = (await this.db.one<{ n: number }>(`SELECT count(*) AS n FROM (${grouped}) g`, p.values))!.n;
    const rows = await this.db.query<SummaryRow>(`SELECT * FROM (${grouped}) g
      ORDER BY g.articles DESC, g.mentions DESC, g.name, g.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return { items: rows.map(toEntitySummary), total, limit, offset };
  }

  async findEntities(by: { id?: string; key?: string }): Promise<EntitySummary[]> {
    const ids = new Set<string>();
    if (by.id) {
      const row = await this.db.one<{ id: string }>('SELECT id FROM entities WHERE id = $1', [by.id]);
      if (row) ids.add(row.id);
    }
    if (by.key) {
      for (const r of await this.db.query<{ entity_id: string }>('SELECT DISTINCT entity_id FROM entity_mentions WHERE alias_key = $1', [by.key])) {
        ids.add(r.entity_id);
      }
      // No alias is exactly the query: take aliases that contain it as whole words.
      if (ids.size === 0 && by.key.trim() !== '') {
        const rows = await this.db.query<{ entity_id: string }>(
          "SELECT DISTINCT entity_id FROM entity_mentions WHERE strpos(' ' || alias_key || ' ', ' ' || $1 || ' ') > 0", [by.key]);
        for (const r of rows) ids.add(r.entity_id);
      }
    }
    if (ids.size === 0) return [];
    const rows = await this.db.query<SummaryRow>(`SELECT e.id, e.name, e.type, e.articles, coalesce(sum(m.count), 0) AS mentions,
        count(DISTINCT a.outlet) AS outlets
      FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id
      WHERE e.id = ANY($1::text[]) GROUP BY e.id ORDER BY e.articles DESC, e.name, e.id`, [[...ids]]);
    return rows.map(toEntitySummary);
  }

  async getEntity(id: string, limits: { articles?: number; cooccurring?: number } = {}): Promise<EntityDetail | null> {
    const entity = await this.db.one<EntityDetailRows['entity']>('SELECT id, name, type, articles, data FROM entities WHERE id = $1', [id]);
    if (!entity) return null;
    const aliases = (await this.db.query<{ alias: string; n: number; articles: number; outlets: Array<string | null> }>(
      `SELECT m.alias, sum(m.count) AS n, count(DISTINCT m.article_id) AS articles, array_agg(DISTINCT a.outlet) AS outlets
      FROM entity_mentions m LEFT JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = $1 GROUP BY m.alias ORDER BY n DESC, m.alias`, [id])).map(({ n, ...a }) => ({ ...a, count: n }));
    const roles = await this.db.query<EntityDetailRows['roles'][number]>(
      `SELECT r.role, r.article_id, a.outlet, a.published
      FROM entity_roles r LEFT JOIN articles a ON a.id = r.article_id
      WHERE r.entity_id = $1 ORDER BY r.role, a.published IS NULL, a.published, r.article_id`, [id]);
    const links = await this.db.query<EntityDetailRows['links'][number]>(
      `SELECT * FROM (SELECT l.from_id, l.to_id, l.kind, l.evidence, o.id AS other_id, o.name AS other_name, o.type AS other_type,
          CASE WHEN l.from_id = $1 THEN 'out' ELSE 'in' END AS direction
        FROM entity_links l LEFT JOIN entities o ON o.id = CASE WHEN l.from_id = $1 THEN l.to_id ELSE l.from_id END
        WHERE l.from_id = $1 OR l.to_id = $1) x
      ORDER BY x.direction COLLATE "C" DESC, x.kind, x.other_name NULLS FIRST`, [id]);
    const cooccurring = await this.db.query<EntityDetailRows['cooccurring'][number]>(
      `SELECT o.id, o.name, o.type, count(DISTINCT om.article_id) AS articles
      FROM (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = $1) mine
      JOIN entity_mentions om ON om.article_id = mine.article_id AND om.entity_id <> $1
      JOIN entities o ON o.id = om.entity_id
      GROUP BY o.id ORDER BY articles DESC, o.name, o.id LIMIT $2`, [id, limits.cooccurring ?? 20]);
    const articles = await this.db.query<EntityDetail['articles'][number]>(
      `SELECT a.id, a.title, a.outlet, a.published, sum(m.count) AS mentions
      FROM entity_mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = $1 GROUP BY a.id ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT $2`, [id, limits.articles ?? 50]);
    return toEntityDetail({ entity, aliases, roles, links, cooccurring, articles });
  }

  async addOverride(override: Override, createdAt: string): Promise<number> {
    const row = await this.db.one<{ seq: number }>('INSERT INTO entity_overrides (data, created_at) VALUES ($1, $2) RETURNING seq',
      [JSON.stringify(override), createdAt]);
    return row!.seq;
  }

  async listOverrides(): Promise<StoredOverride[]> {
    const rows = await this.db.query<{ seq: number; data: string; created_at: string }>('SELECT seq, data, created_at FROM entity_overrides ORDER BY seq');
    return rows.map((r) => ({ seq: r.seq, override: JSON.parse(r.data) as Override, createdAt: r.created_at }));
  }
}


/** Rows of columns → the same values as tuples. */
function transpose(columns: unknown[][]): unknown[][] {
  return (columns[0] ?? []).map((_, i) => columns.map((c) => c[i]));
}

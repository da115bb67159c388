import type Database from 'better-sqlite3';
import type { Override } from '../../corpus/entities/types.js';
import type {
  ArticleEntitiesRow, EntityDetail, EntityFilter, EntityResolutionWrite, EntityStore, EntitySummary, StoredOverride,
} from '../entity-store.js';
import type { Page, PageRequest } from '../store.js';
import { articleConditions } from './sql-helpers.js';
import { pageOf, toArticleEntitiesRow, toEntityDetail, toMemberKeys, toEntitySummary, type EntityDetailRows, type EntitySummaryRow as SummaryRow } from '../rows.js';



/**
 * Entities in SQLite (migration 3). The resolution is replaced whole in one transaction; the list
 * and the detail are SQL over `entity_mentions` joined to `articles`, so outlet and date filters
 * count only the matching articles.
 */
export class SqliteEntityStore implements EntityStore {
  constructor(private readonly db: Database.Database) {}

  async *articleEntities(): AsyncIterable<ArticleEntitiesRow> {
    // Only the entities stage's JSON and two columns: hydrating whole articles (raw input, body)
    // would cost most of the step's time on a large corpus.
    let after = 0;
    for (;;) {
      const rows = this.db.prepare(`SELECT a.rowid, a.id, a.outlet, a.published, s.data FROM articles a
          LEFT JOIN article_stages s ON s.article_rowid = a.rowid AND s.stage = 'entities'
          WHERE a.rowid > ? ORDER BY a.rowid LIMIT 500`)
        .all(after) as Array<{ rowid: number; id: string; outlet: string | null; published: string | null; data: string | null }>;
      if (rows.length === 0) return;
      for (const r of rows) yield toArticleEntitiesRow(r);
      after = rows[rows.length - 1]!.rowid;
    }
  }

  async replaceResolution(resolution: EntityResolutionWrite): Promise<void> {
    const db = this.db;
    db.transaction(() => {
      for (const table of ['entity_links', 'entity_roles', 'entity_members', 'entity_mentions', 'entities']) db.exec(`DELETE FROM ${table}`);
      const putEntity = db.prepare('INSERT INTO entities (id, name, type, articles, mentions, outlets, data) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const putMention = db.prepare(`INSERT INTO entity_mentions (entity_id, article_id, alias, alias_key, count) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (entity_id, article_id, alias) DO UPDATE SET count = count + excluded.count`);
      const putMember = db.prepare('INSERT OR IGNORE INTO entity_members (entity_id, article_id, member) VALUES (?, ?, ?)');
      const putRole = db.prepare('INSERT OR IGNORE INTO entity_roles (entity_id, role, article_id) VALUES (?, ?, ?)');
      const putLink = db.prepare('INSERT OR IGNORE INTO entity_links (from_id, to_id, kind, evidence) VALUES (?, ?, ?, ?)');
      for (const e of resolution.entities) {
        const articles = new Set(e.mentions.map((m) => m.article));
        for (const m of e.members) articles.add(m.article);
        const mentions = e.mentions.reduce((n, m) => n + m.count, 0);
        putEntity.run(e.id, e.name, e.type, articles.size, mentions, 0, JSON.stringify(e.data));
        for (const m of e.mentions) putMention.run(e.id, m.article, m.alias, m.key, m.count);
        for (const m of e.members) putMember.run(e.id, m.article, m.member);
        for (const r of e.roles) putRole.run(e.id, r.role, r.article);
      }
      // Outlets as the articles table has them, the same count the filtered list makes.
      db.exec(`UPDATE entities SET outlets = (SELECT count(DISTINCT a.outlet) FROM entity_mentions m
        JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id)`);
      const ids = new Set(resolution.entities.map((e) => e.id));
      for (const l of resolution.links) {
        if (ids.has(l.from) && ids.has(l.to)) putLink.run(l.from, l.to, l.kind, JSON.stringify(l.evidence));
      }
    })();
  }

  async memberKeys(): Promise<Map<string, string[]>> {
    return toMemberKeys(this.db.prepare('SELECT entity_id, article_id, member FROM entity_members ORDER BY entity_id, article_id, member').all() as
      Array<{ entity_id: string; article_id: string; member: string }>);
  }

  async listEntities(filter: EntityFilter = {}, page: PageRequest = {}): Promise<Page<EntitySummary>> {
    const { limit, offset } = pageOf(page);
    if (!filter.outlet && !filter.since && !filter.until && !filter.story) {
      // Without article filters the counts stored with each entity rank: grouping every mention
      // row costs most of a second at 3,000 articles.
      const typeWhere = filter.type ? 'WHERE e.type = @type COLLATE NOCASE' : '';
      const params = filter.type ? { type: filter.type } : {};
      const total = (this.db.prepare(`SELECT count(*) AS n FROM entities e ${typeWhere}`).get(params) as { n: number }).n;
      const rows = this.db.prepare(`SELECT e.id, e.name, e.type, e.articles, e.mentions, e.outlets FROM entities e ${typeWhere}
        ORDER BY e.articles DESC, e.mentions DESC, e.name, e.id LIMIT @limit OFFSET @offset`).all({ ...params, limit, offset }) as SummaryRow[];
      return { items: rows.map(toEntitySummary), total, limit, offset };
    }
    const { where, params } = entityWhere(filter);
    const grouped = `SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS articles, sum(m.count) AS mentions,
        count(DISTINCT a.outlet) AS outlets
      FROM entities e JOIN entity_mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
      ${where} GROUP BY e.id`;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM (${grouped})`).get(params) as { n: number }).n;
    const rows = this.db.prepare(`${grouped} ORDER BY articles DESC, mentions DESC, e.name, e.id LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as SummaryRow[];
    return { items: rows.map(toEntitySummary), total, limit, offset };
  }

  async findEntities(by: { id?: string; key?: string }): Promise<EntitySummary[]> {
    const ids = new Set<string>();
    if (by.id) {
      const row = this.db.prepare('SELECT id FROM entities WHERE id = ?').get(by.id) as { id: string } | undefined;
      if (row) ids.add(row.id);
    }
    if (by.key) {
      for (const r of this.db.prepare('SELECT DISTINCT entity_id FROM entity_mentions WHERE alias_key = ?').all(by.key) as Array<{ entity_id: string }>) {
        ids.add(r.entity_id);
      }
      // No alias is exactly the query: take aliases that contain it as whole words ("Kostyrsky"
      // finds "Oleksii Kostyrskyi" when no article wrote the surname alone).
      if (ids.size === 0 && by.key.trim() !== '') {
        const rows = this.db.prepare("SELECT DISTINCT entity_id FROM entity_mentions WHERE instr(' ' || alias_key || ' ', ' ' || ? || ' ') > 0")
          .all(by.key) as Array<{ entity_id: string }>;
        for (const r of rows) ids.add(r.entity_id);
      }
    }
    if (ids.size === 0) return [];
    const list = [...ids];
    const rows = this.db.prepare(`SELECT e.id, e.name, e.type, e.articles, coalesce(sum(m.count), 0) AS mentions,
        count(DISTINCT a.outlet) AS outlets
      FROM entities e LEFT JOIN entity_mentions m ON m.entity_id = e.id LEFT JOIN articles a ON a.id = m.article_id
      WHERE e.id IN (${list.map(() => '?').join(', ')}) GROUP BY e.id ORDER BY e.articles DESC, e.name, e.id`).all(...list) as SummaryRow[];
    return rows.map(toEntitySummary);
  }

  async getEntity(id: string, limits: { articles?: number; cooccurring?: number } = {}): Promise<EntityDetail | null> {
    const entity = this.db.prepare('SELECT id, name, type, articles, data FROM entities WHERE id = ?').get(id) as EntityDetailRows['entity'] | undefined;
    if (!entity) return null;
    const aliases = (this.db.prepare(`SELECT m.alias, sum(m.count) AS count, count(DISTINCT m.article_id) AS articles,
        json_group_array(DISTINCT a.outlet) AS outlets
      FROM entity_mentions m LEFT JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = ? GROUP BY m.alias ORDER BY count DESC, m.alias`).all(id) as
      Array<{ alias: string; count: number; articles: number; outlets: string | null }>)
      .map((a) => ({ ...a, outlets: JSON.parse(a.outlets ?? '[]') as Array<string | null> }));
    const roles = this.db.prepare(`SELECT r.role, r.article_id, a.outlet, a.published
      FROM entity_roles r LEFT JOIN articles a ON a.id = r.article_id
      WHERE r.entity_id = ? ORDER BY r.role, a.published IS NULL, a.published, r.article_id`).all(id) as EntityDetailRows['roles'];
    const links = this.db.prepare(`SELECT l.from_id, l.to_id, l.kind, l.evidence, o.id AS other_id, o.name AS other_name, o.type AS other_type,
        CASE WHEN l.from_id = @id THEN 'out' ELSE 'in' END AS direction
      FROM entity_links l LEFT JOIN entities o ON o.id = CASE WHEN l.from_id = @id THEN l.to_id ELSE l.from_id END
      WHERE l.from_id = @id OR l.to_id = @id ORDER BY direction DESC, l.kind, other_name`).all({ id }) as EntityDetailRows['links'];
    const cooccurring = this.db.prepare(`SELECT o.id, o.name, o.type, count(DISTINCT om.article_id) AS articles
      FROM (SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = @id) mine
      JOIN entity_mentions om ON om.article_id = mine.article_id AND om.entity_id <> @id
      JOIN entities o ON o.id = om.entity_id
      GROUP BY o.id ORDER BY articles DESC, o.name, o.id LIMIT @limit`).all({ id, limit: limits.cooccurring ?? 20 }) as EntityDetailRows['cooccurring'];
    const articles = this.db.prepare(`SELECT a.id, a.title, a.outlet, a.published, sum(m.count) AS mentions
      FROM entity_mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = @id GROUP BY a.id ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT @limit`)
      .all({ id, limit: limits.articles ?? 50 }) as EntityDetail['articles'];
    return toEntityDetail({ entity, aliases, roles, links, cooccurring, articles });
  }

  async addOverride(override: Override, createdAt: string): Promise<number> {
    const info = this.db.prepare('INSERT INTO entity_overrides (data, created_at) VALUES (?, ?)').run(JSON.stringify(override), createdAt);
    return Number(info.lastInsertRowid);
  }

  async listOverrides(): Promise<StoredOverride[]> {
    const rows = this.db.prepare('SELECT seq, data, created_at FROM entity_overrides ORDER BY seq').all() as
      Array<{ seq: number; data: string; created_at: string }>;
    return rows.map((r) => ({ seq: r.seq, override: JSON.parse(r.data) as Override, createdAt: r.created_at }));
  }
}


function entityWhere(filter: EntityFilter): { where: string; params: Record<string, string> } {
  const { parts, params } = articleConditions({ outlet: filter.outlet, since: filter.since, until: filter.until });
  if (filter.type) {
    parts.unshift('e.type = @type COLLATE NOCASE');
    params.type = filter.type;
  }
  if (filter.story) {
    parts.push('m.article_id IN (SELECT id FROM story_articles WHERE story_id = @story)');
    params.story = filter.story;
  }
  return { where: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

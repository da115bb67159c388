import type Database from 'better-sqlite3';
import type { DuplicateRecord, DuplicateStore } from '../../corpus/duplicates/duplicate-detector.js';
import type { ArticleRecord, ClusterCounters, EventRecord, Override, StoryRecord, StoryStore } from '../../corpus/stories/story-state.js';
import type { StorySummary } from '../../corpus/story-summary/summarize-story.js';
import type { Page, PageRequest } from '../store.js';
import type { ArticlePlacement, StoryFilter, StoryListItem, StoryQueries } from '../story-store.js';
import { MEMBER_EVENT_LIST_MAX, StoryMembership, type MemberRow } from '../rows.js';

import {
  bufferedStoryStore, counterValues, storyListPage, duplicateValues, storyArticleValues, storyEventValues, storyValues, toDuplicateRecord, toStorySnapshot,
  type CounterRow, type DuplicateRow, type PendingStoryRecords, type StoryArticleRow, type StoryEventRow,
} from '../story-rows.js';

/** Stories, events and near-duplicates in SQLite (migration 4). */
export class SqliteStoryStore implements StoryQueries {
  constructor(private readonly db: Database.Database) {}

  /** Nothing to do: SQLite reads the state synchronously when the clusterer asks for it. */
  async prepareState(): Promise<void> {}

  storyState(): StoryStore {
    const db = this.db;
    const putArticle = db.prepare(`INSERT OR REPLACE INTO story_articles (id, ordinal, event_id, story_id, duplicate_of, features, weights, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const putEvent = db.prepare('INSERT OR REPLACE INTO story_events (id, story_id, centroid_ids, centroid_weights, data) VALUES (?, ?, ?, ?, ?)');
    const putStory = db.prepare('INSERT INTO stories (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data');
    const putCounters = db.prepare(`INSERT OR REPLACE INTO story_counters (id, articles, next_event, next_story, df, df_width, df_depth, paragraphs, par_width, par_depth)
      VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // One transaction per checkpoint.
    const checkpoint = db.transaction((pending: PendingStoryRecords, counters: ClusterCounters) => {
      for (const record of pending.articles) putArticle.run(...storyArticleValues(record));
      for (const record of pending.events) putEvent.run(...storyEventValues(record));
      for (const record of pending.stories) putStory.run(...storyValues(record));
      putCounters.run(...counterValues(counters));
    });
    return bufferedStoryStore({
      load: () => toStorySnapshot({
        counters: db.prepare('SELECT * FROM story_counters WHERE id = 1').get() as CounterRow | undefined,
        articles: db.prepare('SELECT * FROM story_articles ORDER BY ordinal').all() as StoryArticleRow[],
        events: db.prepare('SELECT * FROM story_events').all() as StoryEventRow[],
        stories: db.prepare('SELECT data FROM stories').all() as Array<{ data: string }>,
        overrides: db.prepare('SELECT data FROM story_overrides ORDER BY seq').all() as Array<{ data: string }>,
      }),
      saveOverride(override: Override): void {
        db.prepare('INSERT INTO story_overrides (data) VALUES (?)').run(JSON.stringify(override));
      },
      checkpoint: (pending, counters) => checkpoint(pending, counters),
    });
  }

  duplicateState(): DuplicateStore {
    const db = this.db;
    const put = db.prepare(`INSERT OR REPLACE INTO duplicate_records (id, ordinal, signature, shingles, grp, duplicate_of, jaccard, containment)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    return {
      put(r: DuplicateRecord): void {
        put.run(...duplicateValues(r));
      },
      *all(): Iterable<DuplicateRecord> {
        const rows = db.prepare('SELECT * FROM duplicate_records ORDER BY ordinal').all() as DuplicateRow[];
        for (const r of rows) yield toDuplicateRecord(r);
      },
    };
  }

  async unclusteredArticleIds(): Promise<string[]> {
    const rows = this.db.prepare(`SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.id = a.id
      WHERE s.id IS NULL ORDER BY a.published IS NULL, a.published, a.rowid`).all() as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  async saveSummary(storyId: string, summary: StorySummary): Promise<void> {
    this.db.prepare('UPDATE stories SET summary = ? WHERE id = ?').run(JSON.stringify(summary), storyId);
  }

  /** Follows merges to the live story. */
  private liveStory(id: string): string {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = this.db.prepare('SELECT data FROM stories WHERE id = ?').get(current) as { data: string } | undefined;
      const next = row ? (JSON.parse(row.data) as StoryRecord).mergedInto : null;
      if (!next) return current;
      current = next;
    }
    return current;
  }

  private liveEvent(id: string): string {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = this.db.prepare('SELECT data FROM story_events WHERE id = ?').get(current) as { data: string } | undefined;
      const next = row ? (JSON.parse(row.data) as EventRecord).mergedInto : null;
      if (!next) return current;
      current = next;
    }
    return current;
  }

  async placement(articleId: string): Promise<ArticlePlacement | null> {
    const row = this.db.prepare('SELECT event_id, story_id, duplicate_of, data FROM story_articles WHERE id = ?').get(articleId) as
      { event_id: string; story_id: string; duplicate_of: string | null; data: string } | undefined;
    if (!row) return null;
    const event = this.liveEvent(row.event_id);
    const eventRow = this.db.prepare('SELECT story_id FROM story_events WHERE id = ?').get(event) as { story_id: string } | undefined;
    return {
      article: articleId, event, story: this.liveStory(eventRow?.story_id ?? row.story_id), duplicateOf: row.duplicate_of,
      reason: (JSON.parse(row.data) as ArticleRecord).reason,
    };
  }

  async listStories(filter: StoryFilter = {}, page: PageRequest = {}): Promise<Page<StoryListItem>> {
    return storyListPage(this.db.prepare('SELECT id, data, summary FROM stories WHERE summary IS NOT NULL').all() as Array<{ id: string; data: string; summary: string }>, filter, page);
  }

  async storyArticles(storyId: string): Promise<Array<{ article: string; event: string; duplicateOf: string | null }>> {
    return (await this.storyMembers([storyId])).get(this.liveStory(storyId)) ?? [];
  }

  async storyMembers(storyIds: Iterable<string>): Promise<Map<string, Array<{ article: string; event: string; duplicateOf: string | null }>>> {
    const wanted = new Set([...storyIds].map((id) => this.liveStory(id)));
    if (wanted.size === 0) return new Map();
    const membership = new StoryMembership(
      this.db.prepare('SELECT id, story_id, data FROM story_events').all() as Array<{ id: string; story_id: string; data: string }>,
      this.db.prepare('SELECT id, data FROM stories').all() as Array<{ id: string; data: string }>,
    );
    // Only the rows of the wanted stories' events, unless they are most of the corpus.
    const events = membership.eventsIn(wanted);
    const only = events.length <= MEMBER_EVENT_LIST_MAX ? `WHERE s.event_id IN (${events.map(() => '?').join(', ') || 'NULL'})` : '';
    const rows = this.db.prepare(`SELECT s.id, s.event_id, s.duplicate_of FROM story_articles s JOIN articles a ON a.id = s.id ${only}
      ORDER BY a.published IS NULL, a.published, s.ordinal`).all(...(only ? events : [])) as MemberRow[];
    return membership.group(rows, wanted);
  }

  async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return work();
    this.db.exec('BEGIN');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async getStory(storyId: string): Promise<StoryListItem | null> {
    const live = this.liveStory(storyId);
    const row = this.db.prepare('SELECT id, summary FROM stories WHERE id = ?').get(live) as { id: string; summary: string | null } | undefined;
    if (!row || !row.summary) return null;
    return { id: row.id, ...(JSON.parse(row.summary) as StorySummary) };
  }
}


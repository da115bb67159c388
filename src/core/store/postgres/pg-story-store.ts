import { AsyncLocalStorage } from 'node:async_hooks';
import type { DuplicateRecord, DuplicateStore } from '../../corpus/duplicates/duplicate-detector.js';
import type { ArticleRecord, EventRecord, Override, StoryRecord, StorySnapshot, StoryStore } from '../../corpus/stories/story-state.js';
import type { StorySummary } from '../../corpus/story-summary/summarize-story.js';
import { StorylineError } from '../../errors.js';
import type { Page, PageRequest } from '../store.js';
import type { ArticlePlacement, StoryFilter, StoryListItem, StoryQueries } from '../story-store.js';
import { MEMBER_EVENT_LIST_MAX, StoryMembership, type MemberRow, type StoryMember } from '../rows.js';
import type { PgDb } from './pg-db.js';

import {
  bufferedStoryStore, counterValues, storyListPage, duplicateValues, storyArticleValues, storyEventValues, storyValues, toDuplicateRecord, toStorySnapshot,
  type CounterRow, type DuplicateRow, type StoryArticleRow, type StoryEventRow,
} from '../story-rows.js';

type Member = StoryMember;

/** Rows serialised at a checkpoint, waiting to be written. */
interface Queue {
  articles: Map<string, unknown[]>;
  events: Map<string, unknown[]>;
  stories: Map<string, unknown[]>;
  overrides: string[];
  counters: unknown[] | null;
  duplicates: Map<string, unknown[]>;
}

const emptyQueue = (): Queue => ({ articles: new Map(), events: new Map(), stories: new Map(), overrides: [], counters: null, duplicates: new Map() });

/** The clusterer's loaded state and queued writes of one unit of work. */
interface WorkState {
  prepared: { snapshot: StorySnapshot | null; duplicates: DuplicateRecord[] } | null;
  /** Whether the prepared state was handed to a clusterer / a detector already. */
  storyTaken: boolean;
  duplicatesTaken: boolean;
  queue: Queue;
}

const newWorkState = (): WorkState => ({ prepared: null, storyTaken: false, duplicatesTaken: false, queue: emptyQueue() });

/**
 * Stories, events and near-duplicates in PostgreSQL (migration 4).
 *
 * The clusterer and the duplicate detector persist through synchronous interfaces (they were made
 * for better-sqlite3). Here `prepareState()` reads their whole state into memory first; their
 * `load()` / `all()` then hand it over (once: a second clusterer must prepare again). Their writes
 * are serialised into rows at once — records are kept by reference and change after a save — and
 * queued; the queue is written in bulk before any query of this store reads the tables, and before
 * `inTransaction` commits. `inTransaction` also takes an advisory lock so that the clusterer stays
 * the single writer when several processes share the database.
 */
export class PgStoryStore implements StoryQueries {
  /** The state of the `inTransaction` call running (at any depth of awaits), found like PgDb's transaction. */
  private readonly current = new AsyncLocalStorage<WorkState>();
  /** The state of work outside `inTransaction`. */
  private readonly outside: WorkState = newWorkState();

  constructor(private readonly db: PgDb) {}

  /**
   * Loaded state and queued writes belong to one `inTransaction` call: a query made meanwhile by
   * other work on the same store (another request in a server) neither writes them outside the
   * transaction nor sees them before the commit.
   */
  private get state(): WorkState {
    return this.current.getStore() ?? this.outside;
  }

  async prepareState(): Promise<void> {
    await this.flush();
    const snapshot = toStorySnapshot({
      counters: await this.db.one<CounterRow>('SELECT * FROM story_counters WHERE id = 1'),
      articles: await this.db.query<StoryArticleRow>('SELECT * FROM story_articles ORDER BY ordinal'),
      events: await this.db.query<StoryEventRow>('SELECT * FROM story_events ORDER BY id'),
      stories: await this.db.query<{ data: string }>('SELECT data FROM stories ORDER BY id'),
      overrides: await this.db.query<{ data: string }>('SELECT data FROM story_overrides ORDER BY seq'),
    });
    const duplicates = (await this.db.query<DuplicateRow>('SELECT * FROM duplicate_records ORDER BY ordinal')).map(toDuplicateRecord);
    const state = this.state;
    state.prepared = { snapshot, duplicates };
    state.storyTaken = false;
    state.duplicatesTaken = false;
  }

  storyState(): StoryStore {
    const state = this.state;
    // Only a checkpoint serialises the records it is handed (they are kept by reference and change
    // after a save) into the queue.
    return bufferedStoryStore({
      load: (): StorySnapshot | null => {
        if (!state.prepared || state.storyTaken) throw notPrepared();
        state.storyTaken = true;
        const { snapshot } = state.prepared;
        state.prepared = { ...state.prepared, snapshot: null };
        return snapshot;
      },
      saveOverride(override: Override): void {
        state.queue.overrides.push(JSON.stringify(override));
      },
      checkpoint(pending, counters): void {
        const q = state.queue;
        for (const record of pending.articles) q.articles.set(record.id, storyArticleValues(record));
        for (const record of pending.events) q.events.set(record.id, storyEventValues(record));
        for (const record of pending.stories) q.stories.set(record.id, storyValues(record));
        q.counters = counterValues(counters);
      },
    });
  }

  duplicateState(): DuplicateStore {
    const state = this.state;
    return {
      put(r: DuplicateRecord): void {
        state.queue.duplicates.set(r.id, duplicateValues(r));
      },
      all: (): Iterable<DuplicateRecord> => {
        if (!state.prepared || state.duplicatesTaken) throw notPrepared();
        state.duplicatesTaken = true;
        const records = state.prepared.duplicates;
        state.prepared = { ...state.prepared, duplicates: [] };
        return records;
      },
    };
  }

  /** Writes the queued rows (in the open transaction, or in one of its own). */
  async flush(): Promise<void> {
    const state = this.state;
    const q = state.queue;
    if (!q.articles.size && !q.events.size && !q.stories.size && !q.overrides.length && !q.counters && !q.duplicates.size) return;
    state.queue = emptyQueue();
    await this.db.transaction(async () => {
      if (q.overrides.length) await this.db.query('INSERT INTO story_overrides (data) SELECT unnest($1::text[])', [q.overrides]);
      await this.upsert('story_articles', ['id', 'ordinal', 'event_id', 'story_id', 'duplicate_of', 'features', 'weights', 'data'],
        ['text', 'int', 'text', 'text', 'text', 'bytea', 'bytea', 'text'], [...q.articles.values()]);
      await this.upsert('story_events', ['id', 'story_id', 'centroid_ids', 'centroid_weights', 'data'],
        ['text', 'text', 'bytea', 'bytea', 'text'], [...q.events.values()]);
      await this.upsert('stories', ['id', 'data'], ['text', 'text'], [...q.stories.values()]);
      if (q.counters) {
        await this.db.query(`INSERT INTO story_counters (id, articles, next_event, next_story, df, df_width, df_depth, paragraphs, par_width, par_depth)
            VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9)
          ON CONFLICT (id) DO UPDATE SET articles = excluded.articles, next_event = excluded.next_event, next_story = excluded.next_story,
            df = excluded.df, df_width = excluded.df_width, df_depth = excluded.df_depth, paragraphs = excluded.paragraphs,
            par_width = excluded.par_width, par_depth = excluded.par_depth`, q.counters);
      }
      await this.upsert('duplicate_records', ['id', 'ordinal', 'signature', 'shingles', 'grp', 'duplicate_of', 'jaccard', 'containment'],
        ['text', 'int', 'bytea', 'int', 'text', 'text', 'float8', 'float8'], [...q.duplicates.values()]);
    });
  }

  /**
   * Inserts or replaces rows by id (every column but `summary` of stories, which keeps its value as
   * SQLite's ON CONFLICT … DO UPDATE SET data does there). A row with another id but the same
   * ordinal replaces the old one, as SQLite's INSERT OR REPLACE does.
   */
  private async upsert(table: string, columns: string[], types: string[], rows: unknown[][]): Promise<void> {
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      const values = columns.map((_, c) => chunk.map((r) => r[c]));
      if (columns.includes('ordinal')) {
        await this.db.query(`DELETE FROM ${table} t USING unnest($1::text[], $2::int[]) AS u(id, ordinal) WHERE t.ordinal = u.ordinal AND t.id <> u.id`,
          [values[0], values[1]]);
      }
      await this.db.query(`INSERT INTO ${table} (${columns.join(', ')})
          SELECT * FROM unnest(${types.map((t, k) => `$${k + 1}::${t}[]`).join(', ')})
          ON CONFLICT (id) DO UPDATE SET ${columns.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`, values);
    }
  }

  async unclusteredArticleIds(): Promise<string[]> {
    await this.flush();
    const rows = await this.db.query<{ id: string }>(`SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.id = a.id
      WHERE s.id IS NULL ORDER BY a.published IS NULL, a.published, a.seq`);
    return rows.map((r) => r.id);
  }

  async saveSummary(storyId: string, summary: StorySummary): Promise<void> {
    await this.flush();
    await this.db.query('UPDATE stories SET summary = $1 WHERE id = $2', [JSON.stringify(summary), storyId]);
  }

  /** Follows merges to the live story. */
  private async liveStory(id: string): Promise<string> {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = await this.db.one<{ data: string }>('SELECT data FROM stories WHERE id = $1', [current]);
      const next = row ? (JSON.parse(row.data) as StoryRecord).mergedInto : null;
      if (!next) return current;
      current = next;
    }
    return current;
  }

  private async liveEvent(id: string): Promise<string> {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = await this.db.one<{ data: string }>('SELECT data FROM story_events WHERE id = $1', [current]);
      const next = row ? (JSON.parse(row.data) as EventRecord).mergedInto : null;
      if (!next) return current;
      current = next;
    }
    return current;
  }

  async placement(articleId: string): Promise<ArticlePlacement | null> {
    await this.flush();
    const row = await this.db.one<{ event_id: string; story_id: string; duplicate_of: string | null; data: string }>(
      'SELECT event_id, story_id, duplicate_of, data FROM story_articles WHERE id = $1', [articleId]);
    if (!row) return null;
    const event = await this.liveEvent(row.event_id);
    const eventRow = await this.db.one<{ story_id: string }>('SELECT story_id FROM story_events WHERE id = $1', [event]);
    return {
      article: articleId, event, story: await this.liveStory(eventRow?.story_id ?? row.story_id), duplicateOf: row.duplicate_of,
      reason: (JSON.parse(row.data) as ArticleRecord).reason,
    };
  }

  async listStories(filter: StoryFilter = {}, page: PageRequest = {}): Promise<Page<StoryListItem>> {
    await this.flush();
    return storyListPage(await this.db.query<{ id: string; data: string; summary: string }>('SELECT id, data, summary FROM stories WHERE summary IS NOT NULL ORDER BY id'), filter, page);
  }

  async storyArticles(storyId: string): Promise<Member[]> {
    await this.flush();
    const live = await this.liveStory(storyId);
    return (await this.storyMembers([live])).get(live) ?? [];
  }

  async storyMembers(storyIds: Iterable<string>): Promise<Map<string, Member[]>> {
    await this.flush();
    const wanted = new Set<string>();
    for (const id of storyIds) wanted.add(await this.liveStory(id));
    if (wanted.size === 0) return new Map();
    const membership = new StoryMembership(
      await this.db.query<{ id: string; story_id: string; data: string }>('SELECT id, story_id, data FROM story_events'),
      await this.db.query<{ id: string; data: string }>('SELECT id, data FROM stories'),
    );
    // Only the rows of the wanted stories' events, unless they are most of the corpus.
    const events = membership.eventsIn(wanted);
    const only = events.length <= MEMBER_EVENT_LIST_MAX;
    const rows = await this.db.query<MemberRow>(`SELECT s.id, s.event_id, s.duplicate_of FROM story_articles s JOIN articles a ON a.id = s.id
      ${only ? 'WHERE s.event_id = ANY($1::text[])' : ''} ORDER BY a.published IS NULL, a.published, s.ordinal`, only ? [events] : []);
    return membership.group(rows, wanted);
  }

  async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore() || this.db.inTransaction) {
      // Joins the transaction already open (and its state).
      const result = await work();
      await this.flush();
      return result;
    }
    // A fresh state: on failure it is dropped with the rolled-back transaction.
    return this.current.run(newWorkState(), () => this.db.transaction(work, {
      // One clusterer at a time per schema, across processes.
      before: async () => {
        await this.db.query("SELECT pg_advisory_xact_lock(hashtext('storyline:stories:' || current_schema()))");
      },
      after: () => this.flush(),
    }));
  }

  async getStory(storyId: string): Promise<StoryListItem | null> {
    await this.flush();
    const live = await this.liveStory(storyId);
    const row = await this.db.one<{ id: string; summary: string | null }>('SELECT id, summary FROM stories WHERE id = $1', [live]);
    if (!row || !row.summary) return null;
    return { id: row.id, ...(JSON.parse(row.summary) as StorySummary) };
  }
}


function notPrepared(): StorylineError {
  return new StorylineError('INTERNAL', 'The story state was not loaded: call stories().prepareState() before storyState() or duplicateState().');
}


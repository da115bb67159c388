import { MAX_SEEN_IDS, type FeedState, type FeedStateStore } from '../../sources/index.js';
import type { PgDb } from './pg-db.js';
import { toFeedState, type FeedRow } from '../rows.js';

/**
 * Feed states in the `feeds` table (migration 2), as the SQLite adapter keeps them: `put` is an
 * upsert that keeps the row's `added_at`, and the seen ids are capped at MAX_SEEN_IDS.
 */
export class PgFeedStateStore implements FeedStateStore {
  constructor(private readonly db: PgDb) {}

  async get(url: string): Promise<FeedState | null> {
    const row = await this.db.one<FeedRow>('SELECT * FROM feeds WHERE url = $1', [url]);
    return row ? toFeedState(row) : null;
  }

  async put(state: FeedState): Promise<void> {
    await this.db.query(`INSERT INTO feeds
        (url, etag, last_modified, last_polled_at, seen_item_ids, failures, next_poll_at, last_error, added_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        last_polled_at = excluded.last_polled_at, seen_item_ids = excluded.seen_item_ids, failures = excluded.failures,
        next_poll_at = excluded.next_poll_at, last_error = excluded.last_error`, [
      state.url,
      state.etag,
      state.lastModified,
      state.lastPolledAt,
      JSON.stringify(state.seenItemIds.slice(-MAX_SEEN_IDS)),
      state.failures,
      state.nextPollAt,
      state.lastError ? JSON.stringify(state.lastError) : null,
      new Date().toISOString(),
    ]);
  }

  async due(now: number, limit: number): Promise<FeedState[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const rows = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE next_poll_at <= $1 ORDER BY next_poll_at, url LIMIT $2', [now, n]);
    return rows.map(toFeedState);
  }
}


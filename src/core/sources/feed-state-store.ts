/**
 * Where the poller keeps what it knows about each feed. The interface is small so that the SQLite and
 * PostgreSQL stores can implement it; the in-memory one here serves tests and one-off runs.
 */

/** What is remembered about one feed between polls. Times are milliseconds since the epoch. */
export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: number | null;
  /** Ids of items already handed out, most recent last (bounded; see `MAX_SEEN_IDS`). */
  seenItemIds: string[];
  /** Consecutive failed polls; 0 after a success. */
  failures: number;
  nextPollAt: number;
  /** The last failure, for display; null after a success. */
  lastError: { code: string; message: string } | null;
}

/** How many item ids are remembered per feed: several times the length of any real feed. */
export const MAX_SEEN_IDS = 5000;

/** Storage of feed states. */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
  /** Feeds whose `nextPollAt` is at or before `now`, soonest first, at most `limit`. */
  due(now: number, limit: number): Promise<FeedState[]>;
}

/** The state of a feed never polled, due at `now`. */
export function newFeedState(url: string, now: number): FeedState {
  return { url, etag: null, lastModified: null, lastPolledAt: null, seenItemIds: [], failures: 0, nextPollAt: now, lastError: null };
}

/** A FeedStateStore in memory (copies in and out, so callers cannot alter stored state by accident). */
export class MemoryFeedStateStore implements FeedStateStore {
  private readonly states = new Map<string, FeedState>();

  async get(url: string): Promise<FeedState | null> {
    const state = this.states.get(url);
    return state ? structuredClone(state) : null;
  }

  async put(state: FeedState): Promise<void> {
    this.states.set(state.url, structuredClone(state));
  }

  async due(now: number, limit: number): Promise<FeedState[]> {
    return [...this.states.values()]
      .filter((s) => s.nextPollAt <= now)
      .sort((a, b) => a.nextPollAt - b.nextPollAt || a.url.localeCompare(b.url))
      .slice(0, Math.max(0, limit))
      .map((s) => structuredClone(s));
  }
}

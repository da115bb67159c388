/**
 * Polling feeds: conditional requests (ETag / Last-Modified, 304 handled), robots.txt, a per-host
 * politeness delay (robots Crawl-delay when it is longer), exponential backoff on failure (and
 * Retry-After when the server gives one), and new items handed out once, optionally merged with the
 * metadata of their pages.
 *
 * Items are marked seen only once the consumer has taken them, so a consumer that stops early gets
 * the rest on the next poll (at least once; ingest is idempotent by content hash).
 */
import { isStorylineError } from '../errors.js';
import type { Clock } from './clock.js';
import { fetchDocument, fetchIfChanged, type FetchedDocument, type FetchOptions } from './fetch-document.js';
import { MAX_SEEN_IDS, type FeedState, type FeedStateStore } from './feed-state-store.js';
import { mergeItemMetadata, type MergedItem, type PageMetadata } from './merge-item-metadata.js';
import { parseFeed, type FeedItem } from './parse-feed.js';
import type { RobotsCache } from './robots-cache.js';

/** Options of a FeedPoller. */
export interface FeedPollerOptions {
  store: FeedStateStore;
  clock: Clock;
  /** Options for every fetch (SSRF guard, timeouts, size limit, resolver). `robots` is set from below. */
  fetchOptions?: FetchOptions;
  /** robots.txt checker; null turns robots.txt off (only for tests of other behaviour). */
  robots: RobotsCache | null;
  /** Least time between two requests to the same host. */
  politenessDelayMs?: number;
  /** Time between polls of a healthy feed. */
  intervalMs?: number;
  /** Longest wait after repeated failures. */
  maxBackoffMs?: number;
  /** Most feeds taken per `pollDue` call. */
  batchSize?: number;
  /**
   * When given, the page of every new item is fetched and this extracts its metadata (the clean
   * stage's metadata extraction); the result is merged with the item's own.
   */
  extractPage?: (page: FetchedDocument) => PageMetadata | null;
}

/** What polling produces, in order: per feed, its items, then one `feed` summary. */
export type PollEvent =
  | {
      type: 'item';
      feedUrl: string;
      item: MergedItem;
      /** The feed item as the feed gave it. */
      feedItem: FeedItem;
      /** The fetched page, when pages are fetched and the fetch succeeded. */
      page: FetchedDocument | null;
      pageError: { code: string; message: string } | null;
    }
  | {
      type: 'feed';
      feedUrl: string;
      outcome: 'updated' | 'not-modified' | 'failed';
      newItems: number;
      error: { code: string; message: string } | null;
      nextPollAt: number;
    };

const DEFAULTS = { politenessDelayMs: 1000, intervalMs: 15 * 60_000, maxBackoffMs: 24 * 3600_000, batchSize: 50 };

function errorInfo(error: unknown): { code: string; message: string } {
  if (isStorylineError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

/** Retry-After as milliseconds from `now` (seconds or an HTTP date), or null. */
export function retryAfterMs(value: unknown, now: number): number | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** The delay before the next poll after `failures` consecutive failures: interval × 2^(n-1), capped. */
export function backoffMs(failures: number, intervalMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
}

/** Chronological order (undated items keep their feed order, after dated ones of equal rank). */
function oldestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ta = a.item.published ?? a.item.updated;
      const tb = b.item.published ?? b.item.updated;
      if (ta && tb && ta !== tb) return ta < tb ? -1 : 1;
      // Feeds list newest first; without dates, reverse feed order is the best guess of age.
      return b.index - a.index;
    })
    .map((x) => x.item);
}

/** Polls feeds kept in a FeedStateStore. */
export class FeedPoller {
  private readonly options: FeedPollerOptions;
  /** When each host may next be contacted. Per poller: one poller per process talks to a host. */
  private readonly hostReadyAt = new Map<string, number>();

  constructor(options: FeedPollerOptions) {
    this.options = options;
  }

  /** Polls every feed due now, yielding events as they happen. */
  async *pollDue(): AsyncGenerator<PollEvent> {
    const due = await this.options.store.due(this.options.clock.now(), this.options.batchSize ?? DEFAULTS.batchSize);
    for (const state of due) yield* this.pollFeed(state);
  }

  /** Polls one feed now, whether or not it is due. */
  async *pollFeed(state: FeedState): AsyncGenerator<PollEvent> {
    const { clock, store } = this.options;
    const intervalMs = this.options.intervalMs ?? DEFAULTS.intervalMs;
    const fetchOptions: FetchOptions = { ...this.options.fetchOptions, robots: this.options.robots ?? undefined, accept: ['feed'] };
    let response: Awaited<ReturnType<typeof fetchIfChanged>>;
    try {
      await this.waitForHost(state.url);
      response = await fetchIfChanged(state.url, { etag: state.etag, lastModified: state.lastModified }, fetchOptions);
    } catch (error) {
      const failed = this.failedState(state, error);
      await store.put(failed);
      yield { type: 'feed', feedUrl: state.url, outcome: 'failed', newItems: 0, error: failed.lastError, nextPollAt: failed.nextPollAt };
      return;
    }
    const now = clock.now();
    if (response.notModified) {
      const next: FeedState = {
        ...state,
        etag: response.headers.etag ?? state.etag,
        lastModified: response.headers.lastModified ?? state.lastModified,
        lastPolledAt: now,
        failures: 0,
        lastError: null,
        nextPollAt: now + intervalMs,
      };
      await store.put(next);
      yield { type: 'feed', feedUrl: state.url, outcome: 'not-modified', newItems: 0, error: null, nextPollAt: next.nextPollAt };
      return;
    }
    let items: FeedItem[];
    try {
      items = parseFeed(response.body, response.url).items;
    } catch (error) {
      const failed = this.failedState(state, error);
      await store.put(failed);
      yield { type: 'feed', feedUrl: state.url, outcome: 'failed', newItems: 0, error: failed.lastError, nextPollAt: failed.nextPollAt };
      return;
    }
    const seen = new Set(state.seenItemIds);
    const fresh = oldestFirst(items.filter((item) => !seen.has(item.id)));
    const handedOut: string[] = [];
    // Validators are stored only once every new item has been handed out: a consumer that stops early
    // must not be answered 304 next time while items are still unseen.
    let complete = false;
    try {
      for (const feedItem of fresh) {
        const event = await this.itemEvent(state.url, feedItem);
        // Counted as handed out once yielded: a consumer that stops here has taken this one.
        handedOut.push(feedItem.id);
        yield event;
      }
      complete = true;
    } finally {
      const after = clock.now();
      const seenIds = [...state.seenItemIds, ...handedOut].slice(-MAX_SEEN_IDS);
      const next: FeedState = {
        ...state,
        etag: complete ? response.headers.etag : state.etag,
        lastModified: complete ? response.headers.lastModified : state.lastModified,
        lastPolledAt: after,
        seenItemIds: seenIds,
        failures: 0,
        lastError: null,
        nextPollAt: complete ? after + intervalMs : after,
      };
      await store.put(next);
      if (complete) yield { type: 'feed', feedUrl: state.url, outcome: 'updated', newItems: handedOut.length, error: null, nextPollAt: next.nextPollAt };
    }
  }

  private failedState(state: FeedState, error: unknown): FeedState {
    const now = this.options.clock.now();
    const failures = state.failures + 1;
    const info = errorInfo(error);
    let wait = backoffMs(failures, this.options.intervalMs ?? DEFAULTS.intervalMs, this.options.maxBackoffMs ?? DEFAULTS.maxBackoffMs);
    const retryAfter = isStorylineError(error) ? retryAfterMs((error.detail as { retryAfter?: unknown } | undefined)?.retryAfter, now) : null;
    if (retryAfter !== null) wait = Math.max(wait, Math.min(retryAfter, this.options.maxBackoffMs ?? DEFAULTS.maxBackoffMs));
    return { ...state, lastPolledAt: now, failures, lastError: info, nextPollAt: now + wait };
  }

  private async itemEvent(feedUrl: string, feedItem: FeedItem): Promise<PollEvent> {
    const extract = this.options.extractPage;
    if (!extract || !feedItem.url) {
      return { type: 'item', feedUrl, item: mergeItemMetadata(feedItem, null), feedItem, page: null, pageError: null };
    }
    try {
      await this.waitForHost(feedItem.url);
      const page = await fetchDocument(feedItem.url, { ...this.options.fetchOptions, robots: this.options.robots ?? undefined, accept: ['html', 'text'] });
      let metadata: PageMetadata | null = null;
      let pageError: { code: string; message: string } | null = null;
      try {
        metadata = extract(page);
      } catch (error) {
        pageError = errorInfo(error);
      }
      return { type: 'item', feedUrl, item: mergeItemMetadata(feedItem, metadata), feedItem, page, pageError };
    } catch (error) {
      return { type: 'item', feedUrl, item: mergeItemMetadata(feedItem, null), feedItem, page: null, pageError: errorInfo(error) };
    }
  }

  /**
   * Sleeps until `url`'s host may be contacted, then books the next slot: our politeness delay, or
   * the robots.txt Crawl-delay when that is longer.
   */
  private async waitForHost(url: string): Promise<void> {
    const { clock } = this.options;
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return; // the fetch reports the bad URL with its code
    }
    let delay = this.options.politenessDelayMs ?? DEFAULTS.politenessDelayMs;
    if (this.options.robots) {
      try {
        const verdict = await this.options.robots.check(url);
        if (verdict.crawlDelayMs !== null) delay = Math.max(delay, verdict.crawlDelayMs);
      } catch {
        // A URL robots cannot judge fails in the fetch itself, with its own code.
      }
    }
    const readyAt = this.hostReadyAt.get(host) ?? 0;
    const now = clock.now();
    if (readyAt > now) await clock.sleep(readyAt - now);
    this.hostReadyAt.set(host, Math.max(now, readyAt) + delay);
  }
}

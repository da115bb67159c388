/**
 * FeedPoller against the fixture server with a manual clock: conditional requests and 304, new items
 * only, politeness delays (robots Crawl-delay), backoff with Retry-After, early stop, and merging
 * with page metadata. Deterministic: the clock only moves when the poller sleeps on it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ManualClock } from './clock.js';
import type { FetchedDocument, FetchOptions } from './fetch-document.js';
import { FeedPoller, backoffMs, retryAfterMs, type PollEvent } from './feed-poller.js';
import { MemoryFeedStateStore, newFeedState } from './feed-state-store.js';
import type { PageMetadata } from './merge-item-metadata.js';
import { RobotsCache } from './robots-cache.js';
import { startFixtureServer, type FixtureServer } from './testing/fixture-server.js';

const T = { timeout: 15_000 };
const START = Date.UTC(2026, 3, 10);
let server: FixtureServer;
const local: FetchOptions = { allowPrivateNetwork: true, totalTimeoutMs: 5000 };

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server.close();
});

async function collect(events: AsyncGenerator<PollEvent>): Promise<PollEvent[]> {
  const out: PollEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** A test-only metadata extraction: the two meta tags the fixture pages carry. */
function extractPage(page: FetchedDocument): PageMetadata {
  const meta = (name: string) => new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(page.body)?.[1] ?? null;
  return { title: /<title>([^<]*)<\/title>/.exec(page.body)?.[1] ?? null, published: meta('article:published_time'), byline: meta('author'), tags: meta('keywords') ? [meta('keywords')!] : [] };
}

test('first poll yields every item oldest first; a 304 yields nothing; a change yields only new items', T, async () => {
  server.state.etagFeedVersion = 1;
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  const url = server.origin + '/etag-feed.xml';
  await store.put(newFeedState(url, START));
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots: null, intervalMs: 600_000, politenessDelayMs: 1000 });

  const first = await collect(poller.pollDue());
  assert.deepEqual(first.filter((e) => e.type === 'item').map((e) => e.type === 'item' && e.item.id), ['update-1', 'update-2']);
  assert.deepEqual(first.at(-1), { type: 'feed', feedUrl: url, outcome: 'updated', newItems: 2, error: null, nextPollAt: START + 600_000 });
  const state = await store.get(url);
  assert.equal(state?.etag, '"v1"');
  assert.deepEqual(state?.seenItemIds, ['update-1', 'update-2']);

  // Not due yet: nothing happens.
  assert.deepEqual(await collect(poller.pollDue()), []);

  clock.advance(600_000);
  const second = await collect(poller.pollDue());
  assert.equal(second.length, 1);
  assert.equal(second[0].type === 'feed' && second[0].outcome, 'not-modified');
  assert.equal(server.requests.at(-1)?.ifNoneMatch, '"v1"');

  server.state.etagFeedVersion = 2;
  clock.advance(600_000);
  const third = await collect(poller.pollDue());
  assert.deepEqual(third.filter((e) => e.type === 'item').map((e) => e.type === 'item' && e.item.id), ['update-3']);
  server.state.etagFeedVersion = 1;
});

test('a consumer that stops early gets the rest next time', T, async () => {
  server.state.etagFeedVersion = 2;
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  const url = server.origin + '/etag-feed.xml';
  await store.put(newFeedState(url, START));
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots: null });
  for await (const event of poller.pollDue()) {
    assert.equal(event.type === 'item' && event.item.id, 'update-1');
    break;
  }
  const state = await store.get(url);
  assert.deepEqual(state?.seenItemIds, ['update-1']);
  assert.equal(state?.etag, null, 'validators are kept back until every item is handed out');
  const rest = await collect(poller.pollDue());
  assert.deepEqual(rest.filter((e) => e.type === 'item').map((e) => e.type === 'item' && e.item.id), ['update-2', 'update-3']);
  server.state.etagFeedVersion = 1;
});

test('failures back off exponentially and honour Retry-After', T, async () => {
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  const missing = server.origin + '/not-found';
  const busy = server.origin + '/busy';
  await store.put(newFeedState(missing, START));
  await store.put(newFeedState(busy, START));
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots: null, intervalMs: 60_000, politenessDelayMs: 0 });
  const events = await collect(poller.pollDue());
  const failed = events.filter((e) => e.type === 'feed' && e.outcome === 'failed');
  assert.equal(failed.length, 2);
  let state = await store.get(missing);
  assert.equal(state?.failures, 1);
  assert.equal(state?.nextPollAt, START + 60_000);
  assert.equal(state?.lastError?.code, 'FETCH_BAD_STATUS');
  assert.equal((await store.get(busy))?.nextPollAt, START + 7_200_000);
  clock.advance(60_000);
  await collect(poller.pollDue());
  state = await store.get(missing);
  assert.equal(state?.failures, 2);
  assert.equal(state?.nextPollAt, START + 60_000 + 120_000);
});

test('politeness: the same host waits at least the robots Crawl-delay between requests', T, async () => {
  server.state.robotsStatus = 200;
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  for (const path of ['/rss.xml', '/atom.xml', '/rdf.xml']) await store.put(newFeedState(server.origin + path, START));
  const robots = new RobotsCache({ clock, fetchOptions: local });
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots, politenessDelayMs: 1000 });
  const events = await collect(poller.pollDue());
  assert.equal(events.filter((e) => e.type === 'feed' && e.outcome === 'updated').length, 3);
  // robots.txt says Crawl-delay: 3, longer than our 1 s: two waits of 3 s between three requests.
  assert.deepEqual(clock.sleeps, [3000, 3000]);
});

test('a feed disallowed by robots.txt fails with FETCH_ROBOTS', T, async () => {
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  await store.put(newFeedState(server.origin + '/private/feed.xml', START));
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots: new RobotsCache({ clock, fetchOptions: local }) });
  const [event] = await collect(poller.pollDue());
  assert.equal(event.type === 'feed' && event.error?.code, 'FETCH_ROBOTS');
});

test('items merge with their pages: the page date wins, the item date fills in, authors and tags merge', T, async () => {
  server.state.etagFeedVersion = 1;
  const clock = new ManualClock(START);
  const store = new MemoryFeedStateStore();
  const url = server.origin + '/etag-feed.xml';
  await store.put(newFeedState(url, START));
  const poller = new FeedPoller({ store, clock, fetchOptions: local, robots: null, extractPage, politenessDelayMs: 500 });
  const items = (await collect(poller.pollDue())).filter((e): e is Extract<PollEvent, { type: 'item' }> => e.type === 'item');
  assert.equal(items.length, 2);
  const [one, two] = items;
  assert.equal(one.page?.status, 200);
  assert.equal(one.item.published, '2026-04-01T09:45:00Z');
  assert.equal(one.item.from.published, 'page');
  assert.deepEqual(one.item.authors, ['Page Writer', 'Feed Author 1']);
  assert.deepEqual(one.item.categories, ['Feed section', 'page tag 1']);
  assert.equal(one.item.title, 'Article 1');
  assert.equal(two.item.published, '2026-04-02T10:00:00.000Z');
  assert.equal(two.item.from.published, 'feed');
  assert.deepEqual(two.item.authors, ['Feed Author 2']);
  // Feed, page 1, page 2 on one host: two politeness waits.
  assert.deepEqual(clock.sleeps, [500, 500]);
});

test('backoffMs and retryAfterMs', () => {
  assert.equal(backoffMs(1, 1000, 10_000), 1000);
  assert.equal(backoffMs(3, 1000, 10_000), 4000);
  assert.equal(backoffMs(50, 1000, 10_000), 10_000);
  assert.equal(retryAfterMs('120', 0), 120_000);
  assert.equal(retryAfterMs('Thu, 01 Jan 1970 00:01:00 GMT', 0), 60_000);
  // Negative cases.
  assert.equal(retryAfterMs('soon', 0), null);
  assert.equal(retryAfterMs(undefined, 0), null);
});

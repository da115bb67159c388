import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { FeedPoller, ManualClock, MemoryFeedStateStore, mergeItemMetadata, newFeedState, parseFeed, type FetchedDocument, type PollEvent } from '../sources/index.js';
import { feedItemToInput, pageMetadataOf, pageToInput, pollInputs, readFeeds, readUrls, type NetworkInputOptions } from './network-inputs.js';
import type { InputItem } from './read-inputs.js';
import { startNetworkFixtureServer, type NetworkFixtureServer } from './testing/network-fixture-server.js';

const T0 = Date.UTC(2026, 3, 10, 9, 0, 0);

function page(body: string, fields: Partial<FetchedDocument> = {}): FetchedDocument {
  return {
    notModified: false, url: 'https://gazette.example/news/a.html', redirects: ['https://gazette.example/a', 'https://gazette.example/news/a.html'],
    status: 200, contentType: 'text/html', charset: 'utf-8', charsetSource: 'header', body, bytes: Buffer.byteLength(body),
    headers: { etag: null, lastModified: null }, format: 'html', ...fields,
  };
}

const FEED = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://gazette.example/</link>
<item><title>Feed title</title><link>https://gazette.example/news/a.html</link><guid>g-1</guid><pubDate>Wed, 01 Apr 2026 08:00:00 GMT</pubDate><dc:creator>Ada Feed</dc:creator><category>Harbour</category></item>
<item><title>Full text item</title><link>https://gazette.example/news/b.html</link><guid>g-2</guid><content:encoded><![CDATA[<p>The whole story is in the feed.</p>]]></content:encoded></item>
<item><title>No link, no content</title><guid>g-3</guid></item>
</channel></rss>`;
const ITEMS = parseFeed(FEED, 'https://gazette.example/feed.xml').items;
const item = (id: string) => ITEMS.find((i) => i.id === id)!;

function itemEvent(id: string, fetched: FetchedDocument | null, pageError: { code: string; message: string } | null = null): Extract<PollEvent, { type: 'item' }> {
  const feedItem = item(id);
  return {
    type: 'item', feedUrl: 'https://gazette.example/feed.xml', feedItem, page: fetched, pageError,
    item: mergeItemMetadata(feedItem, fetched ? pageMetadataOf(fetched) : null),
  };
}

test('pageToInput: format, final url, origin and fetch facts', () => {
  const cases: Array<[FetchedDocument, 'html' | 'text']> = [
    [page('<p>Hello</p>'), 'html'],
    [page('Hello', { format: 'text', contentType: 'text/plain' }), 'text'],
  ];
  for (const [fetched, format] of cases) {
    const got = pageToInput(fetched, 'https://gazette.example/a', T0, { outlet: 'Gazette' });
    assert.equal(got.kind, 'document');
    if (got.kind !== 'document') continue;
    assert.equal(got.source.format, format);
    assert.equal(got.source.url, 'https://gazette.example/news/a.html');
    assert.deepEqual(got.source.origin, { url: 'https://gazette.example/a' });
    assert.equal(got.source.outlet, 'Gazette');
    assert.equal(got.source.raw, fetched.body);
    const facts = got.source.metadata.fetch as Record<string, unknown>;
    assert.equal(facts.requestedUrl, 'https://gazette.example/a');
    assert.deepEqual(facts.redirects, ['https://gazette.example/news/a.html']);
    assert.equal(facts.fetchedAt, '2026-04-10T09:00:00.000Z');
  }
});

test('pageMetadataOf: the clean stage metadata; a desk byline is not an author; text has none', () => {
  const html = '<html><head><meta property="og:title" content="Page title"><meta name="author" content="Staff Writer">'
    + '<meta property="article:published_time" content="2026-04-01T09:00:00Z"><meta property="article:tag" content="Port"></head><body><p>x</p></body></html>';
  const m = pageMetadataOf(page(html));
  assert.equal(m?.title, 'Page title');
  assert.equal(m?.byline, null);
  assert.equal(m?.published, '2026-04-01T09:00:00Z');
  assert.deepEqual(m?.tags, ['Port']);
  assert.equal(pageMetadataOf(page('Just text', { format: 'text' })), null);
});

test('feedItemToInput: page, feed content, fetch failure, nothing', () => {
  const html = '<html><head><title>Page title</title><meta name="author" content="Ben Page"></head><body><p>Story.</p></body></html>';
  const fromPage = feedItemToInput(itemEvent('g-1', page(html)), T0);
  assert.equal(fromPage.kind, 'document');
  if (fromPage.kind === 'document') {
    assert.equal(fromPage.source.title, 'Page title');
    assert.equal(fromPage.source.published, '2026-04-01T08:00:00.000Z'); // the page has no date: the feed's
    assert.equal(fromPage.source.author, 'Ben Page, Ada Feed');
    assert.equal(fromPage.source.externalId, 'g-1');
    assert.deepEqual(fromPage.source.metadata.categories, ['Harbour']);
    assert.deepEqual(fromPage.source.metadata.mergedFrom, { title: 'page', published: 'feed', updated: null });
    assert.equal((fromPage.source.metadata.feed as { itemId: string }).itemId, 'g-1');
  }

  const fromFeed = feedItemToInput(itemEvent('g-2', null, { code: 'FETCH_BAD_STATUS', message: '404' }), T0);
  assert.equal(fromFeed.kind, 'document');
  if (fromFeed.kind === 'document') {
    assert.equal(fromFeed.source.raw, '<p>The whole story is in the feed.</p>');
    assert.equal(fromFeed.source.format, 'html');
    assert.equal(fromFeed.source.metadata.contentFrom, 'feed');
    assert.deepEqual(fromFeed.source.metadata.pageError, { code: 'FETCH_BAD_STATUS', message: '404' });
  }

  const failed = feedItemToInput(itemEvent('g-1', null, { code: 'FETCH_TIMEOUT', message: 'too slow' }), T0);
  assert.equal(failed.kind, 'rejection');
  if (failed.kind === 'rejection') {
    assert.equal(failed.rejection.reason, 'fetch-failed');
    assert.match(failed.rejection.detail, /^FETCH_TIMEOUT: too slow \(item "g-1" of the feed https:\/\/gazette\.example\/feed\.xml\)$/);
    assert.equal(failed.rejection.file, 'https://gazette.example/news/a.html');
    assert.equal(failed.rejection.externalId, 'g-1');
  }
});

test('negative cases: an item with neither link nor content is no document', () => {
  const got = feedItemToInput(itemEvent('g-3', null), T0);
  assert.equal(got.kind, 'rejection');
  if (got.kind === 'rejection') assert.equal(got.rejection.reason, 'empty');
  // An item whose content is only white space, and whose page failed, is no document either.
  const blank = { ...itemEvent('g-2', null, { code: 'FETCH_NETWORK', message: 'reset' }) };
  blank.feedItem = { ...blank.feedItem, contentHtml: '  \n ' };
  assert.equal(feedItemToInput(blank, T0).kind, 'rejection');
});

let server: NetworkFixtureServer;
before(async () => {
  server = await startNetworkFixtureServer();
});
after(async () => {
  await server.close();
});

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const i of items) out.push(i);
  return out;
}

function options(allow: boolean): NetworkInputOptions {
  return { clock: new ManualClock(T0), fetchOptions: { allowPrivateNetwork: allow, totalTimeoutMs: 1500 } };
}

test('readUrls: pages from a real server; blocked, disallowed and silent ones are coded rejections', async () => {
  const urls = ['/go/tide-gauge', '/news/cp1251-undeclared.html', '/news/plain.txt', '/closed/page.html', '/feed.xml', '/hang'].map((p) => server.origin + p);
  const got = await collect(readUrls(urls, options(true)));
  assert.equal(got.length, 6);
  const [html, cp1251, text, closed, feed, hang] = got;
  assert.ok(html.kind === 'document' && html.source.url === `${server.origin}/news/tide-gauge.html` && html.source.format === 'html');
  assert.ok(cp1251.kind === 'document' && cp1251.source.raw.includes('пешеходного моста'));
  assert.equal((cp1251.kind === 'document' && (cp1251.source.metadata.fetch as { charset: string }).charset), 'windows-1251');
  assert.ok(text.kind === 'document' && text.source.format === 'text');
  const code = (i: InputItem) => (i.kind === 'rejection' ? i.rejection.detail.split(':')[0] : null);
  assert.equal(code(closed), 'FETCH_ROBOTS');
  assert.equal(code(feed), 'FETCH_UNSUPPORTED_TYPE');
  assert.equal(code(hang), 'FETCH_TIMEOUT');

  const blocked = await collect(readUrls([`${server.origin}/news/tide-gauge.html`], options(false)));
  assert.equal(blocked.length, 1);
  assert.equal(code(blocked[0]), 'FETCH_BLOCKED_ADDRESS');
  assert.equal(blocked[0].kind === 'rejection' && blocked[0].rejection.reason, 'fetch-failed');
});

test('readUrls: requests to one host are spaced by the politeness delay', async () => {
  const opts = options(true);
  const clock = opts.clock as ManualClock;
  await collect(readUrls([`${server.origin}/news/item-1.html`, `${server.origin}/news/item-2.html`], { ...opts, politenessDelayMs: 2500 }));
  assert.deepEqual(clock.sleeps, [2500]);
});

test('readFeeds: items oldest first with merged metadata; feed content when the page is missing', async () => {
  const got = await collect(readFeeds([`${server.origin}/feed.xml`, `${server.origin}/feed-fallback.xml`, `${server.origin}/nope.xml`], options(true)));
  const docs = got.filter((i) => i.kind === 'document').map((i) => (i.kind === 'document' ? i.source : null)!);
  assert.deepEqual(docs.map((d) => d.externalId), ['larkford-bridge-1', 'larkford-bridge-2', 'larkford-bridge-3', 'larkford-brief-1']);
  const [one, two, three, brief] = docs;
  assert.equal(one.title, 'Council approves footbridge over the Wend'); // the page's title wins
  assert.equal(one.published, '2026-04-01T08:15:00Z');
  assert.equal(two.published, '2026-04-02T09:40:00.000Z'); // the page has no date: the feed's
  assert.equal(two.author, 'Marta Self');
  assert.equal(three.author, 'Ruth Calder, Jon Hale');
  assert.deepEqual(three.metadata.categories, ['Bridge', 'Culture']);
  assert.equal(brief.metadata.contentFrom, 'feed');
  const rejections = got.filter((i) => i.kind === 'rejection').map((i) => (i.kind === 'rejection' ? i.rejection : null)!);
  assert.deepEqual(rejections.map((r) => [r.reason, r.detail.split(':')[0], r.file]), [
    ['fetch-failed', 'FETCH_BAD_STATUS', `${server.origin}/news/also-missing.html`],
    ['fetch-failed', 'FETCH_BAD_STATUS', `${server.origin}/nope.xml`],
  ]);
});

test('pollInputs: a stop after the item in hand leaves the rest for the next poll', async () => {
  const clock = new ManualClock(T0);
  const store = new MemoryFeedStateStore();
  const url = `${server.origin}/feed.xml`;
  await store.put(newFeedState(url, T0));
  const poller = new FeedPoller({ store, clock, robots: null, fetchOptions: { allowPrivateNetwork: true }, extractPage: pageMetadataOf });
  let stop = false;
  const outcomes: string[] = [];
  const first: InputItem[] = [];
  for await (const i of pollInputs(poller.pollDue(), { clock, onFeed: (o) => outcomes.push(o.outcome), shouldStop: () => stop })) {
    first.push(i);
    stop = true; // as a signal during the first article
  }
  assert.equal(first.length, 1);
  assert.equal(outcomes.length, 0);
  const saved = await store.get(url);
  assert.equal(saved?.seenItemIds.length, 1);
  assert.equal(saved?.etag, null); // validators wait until every item is taken: no 304 next time
  const rest = await collect(pollInputs(poller.pollDue(), { clock, onFeed: (o) => outcomes.push(o.outcome) }));
  assert.deepEqual(rest.map((i) => (i.kind === 'document' ? i.source.externalId : null)), ['larkford-bridge-2', 'larkford-bridge-3']);
  assert.deepEqual(outcomes, ['updated']);
});

/**
 * parseFeed on fixture feeds of the four kinds, fetched from the fixture server on 127.0.0.1, plus
 * the hostile ones (external entities, billion laughs) and inputs that must give FEED_PARSE.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isStorylineError } from '../errors.js';
import { fetchDocument } from './fetch-document.js';
import { parseFeed, stripDoctype, type ParsedFeed } from './parse-feed.js';
import { readFixture, startFixtureServer, type FixtureServer } from './testing/fixture-server.js';

const T = { timeout: 10_000 };
let server: FixtureServer;

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server.close();
});

async function fetchFeed(path: string): Promise<ParsedFeed> {
  const doc = await fetchDocument(server.origin + path, { allowPrivateNetwork: true, totalTimeoutMs: 5000, accept: ['feed'] });
  return parseFeed(doc.body, doc.url);
}

describe('RSS 2.0', () => {
  test('channel and items', T, async () => {
    const feed = await fetchFeed('/rss.xml');
    assert.equal(feed.kind, 'rss2');
    assert.equal(feed.title, 'Harbour Gazette & Review');
    assert.equal(feed.link, server.origin + '/news/');
    assert.equal(feed.items.length, 3);
    const [ferry, council, notice] = feed.items;
    assert.equal(ferry.id, 'gazette-1001');
    assert.equal(ferry.url, server.origin + '/news/ferry-resumes');
    assert.equal(ferry.title, 'Ferry service resumes after storm');
    assert.equal(ferry.published, '2026-03-03T06:15:00.000Z');
    assert.deepEqual(ferry.authors, ['Mara Lindqvist']);
    assert.deepEqual(ferry.categories, ['Transport', 'Local']);
    assert.equal(ferry.summary, 'The morning ferry sailed again on Tuesday .');
    assert.match(ferry.contentHtml ?? '', /^<p>The morning ferry sailed again on <b>Tuesday<\/b>, two days after the storm\.<\/p>/);
    // The unescaped & of real feeds is tolerated.
    assert.equal(council.title, 'Council votes on AT&T tower & harbour lights');
    assert.equal(council.id, 'https://example.test/news/council-vote');
    assert.deepEqual(council.authors, ['Jonas Ek']);
    assert.equal(council.published, '2026-03-02T19:00:00.000Z');
    // An invalid date becomes null; an item without guid is identified by its URL.
    assert.equal(notice.published, null);
    assert.equal(notice.id, server.origin + '/news/notice');
  });
});

describe('Atom 1.0', () => {
  test('feed and entries, xml:base, text constructs', T, async () => {
    const feed = await fetchFeed('/atom.xml');
    assert.equal(feed.kind, 'atom');
    assert.equal(feed.title, 'Night & Day Desk');
    assert.equal(feed.link, 'https://atom.example.test/');
    const [bridge, market] = feed.items;
    assert.equal(bridge.id, 'tag:atom.example.test,2026:bridge');
    assert.equal(bridge.url, 'https://atom.example.test/blog/posts/bridge-inspection');
    assert.equal(bridge.published, '2026-03-04T08:30:00.000Z');
    assert.equal(bridge.updated, '2026-03-04T11:45:10.250Z');
    assert.deepEqual(bridge.authors, ['Ilse Varga', 'Tom Reyes']);
    assert.deepEqual(bridge.categories, ['Infrastructure', 'city']);
    assert.equal(bridge.summary, 'Engineers found hairline cracks.');
    assert.equal(bridge.contentHtml, '<p>Engineers found <em>hairline</em> cracks &amp; closed one lane.</p>');
    // Feed-level author inherited; 30 February is not a date; text content is escaped into HTML.
    assert.deepEqual(market.authors, ['Desk Editors']);
    assert.equal(market.updated, null);
    assert.equal(market.contentHtml, 'The market moves to Saturday &lt;for this week&gt;.');
  });
});

describe('RSS 1.0 / RDF', () => {
  test('channel and items', T, async () => {
    const feed = await fetchFeed('/rdf.xml');
    assert.equal(feed.kind, 'rss1');
    assert.equal(feed.title, 'Valley Weekly');
    assert.equal(feed.items.length, 2);
    const [orchard, school] = feed.items;
    assert.equal(orchard.id, 'https://rdf.example.test/a/orchard');
    assert.equal(orchard.published, '2026-03-01T12:00:00.000Z');
    assert.deepEqual(orchard.authors, ['Ana Souza']);
    assert.deepEqual(orchard.categories, ['Farming']);
    assert.equal(school.url, 'https://rdf.example.test/a/school');
    assert.equal(school.published, '2026-03-02T00:00:00.000Z');
  });
});

describe('JSON Feed', () => {
  test('feed and items', T, async () => {
    const feed = await fetchFeed('/feed.json');
    assert.equal(feed.kind, 'json');
    assert.equal(feed.title, 'Signal Notes');
    const [mast, other] = feed.items;
    assert.equal(mast.id, 'n-77');
    assert.equal(mast.url, 'https://json.example.test/notes/radio-mast');
    assert.equal(mast.published, '2026-03-05T06:00:00.000Z');
    assert.equal(mast.updated, '2026-03-05T08:30:00.000Z');
    assert.deepEqual(mast.authors, ['Priya Nair']);
    assert.deepEqual(mast.categories, ['maintenance', 'radio']);
    assert.equal(other.id, '78');
    assert.equal(other.url, 'https://elsewhere.example.test/story');
    assert.equal(other.published, null);
    assert.deepEqual(other.authors, ['Signal Staff']);
    assert.equal(other.contentHtml, 'Plain text only &lt;not html&gt;.');
  });
});

describe('hostile feeds', () => {
  test('external entities are not resolved', T, async () => {
    const before = server.requests.length;
    const feed = await fetchFeed('/xxe.xml');
    assert.equal(server.requests.length, before + 1);
    assert.equal(feed.items.length, 1);
    assert.equal(feed.items[0].title, 'Item with &remote; reference');
    assert.ok(!JSON.stringify(feed).includes('root:'), 'no file content leaked');
    assert.equal(feed.title, 'Entity test &secret;');
  });

  test('a billion-laughs feed does not expand', T, async () => {
    const started = Date.now();
    const feed = await fetchFeed('/lol.xml');
    assert.ok(Date.now() - started < 2000);
    assert.equal(feed.items[0].title, '&lol9;');
    assert.ok(JSON.stringify(feed).length < 2000);
  });

  test('a feed nested 100,000 deep is refused quickly, not a stack overflow', T, () => {
    const depth = 100_000;
    const xml = '<rss><channel><item><title>t</title></item>' + '<a>'.repeat(depth) + '</a>'.repeat(depth) + '</channel></rss>';
    const started = Date.now();
    assert.throws(() => parseFeed(xml, 'https://example.test/feed'), (error: unknown) => isStorylineError(error) && error.code === 'FEED_PARSE');
    assert.ok(Date.now() - started < 5000);
  });

  test('predefined entities are not limited: a feed with 30,000 escapes parses', T, () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<item><guid>g${i}</guid><title>A &amp; B ${i}</title><description>${'&lt;p&gt;x&lt;/p&gt;'.repeat(7)}</description></item>`).join('');
    const feed = parseFeed(`<rss><channel>${items}</channel></rss>`, 'https://example.test/feed');
    assert.equal(feed.items.length, 1000);
    assert.equal(feed.items[999].title, 'A & B 999');
  });

  test('stripDoctype skips quoted ] and > inside the internal subset', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "]>"><!-- ]> -->]><rss/>';
    assert.equal(stripDoctype(xml), '<?xml version="1.0"?><rss/>');
  });

  test('a DOCTYPE after the root is left alone', () => {
    const xml = '<rss><!DOCTYPE x></rss>';
    assert.equal(stripDoctype(xml), xml);
  });
});

describe('negative cases: FEED_PARSE', () => {
  const bad: Array<[name: string, text: string]> = [
    ['empty', ''],
    ['whitespace', '   \n '],
    ['HTML page', '<!DOCTYPE html><html><body><p>not a feed</p></body></html>'],
    ['JSON that is not a JSON Feed', '{"items": []}'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", '],
    ['plain text', 'just words, no markup'],
  ];
  for (const [name, text] of bad) {
    test(name, () => {
      assert.throws(() => parseFeed(text, 'https://example.test/feed'), (error: unknown) => isStorylineError(error) && error.code === 'FEED_PARSE');
    });
  }

  test('unclosed XML gives a best effort or FEED_PARSE, never a crash', () => {
    for (const text of ['<rss><channel><title>x</title><item><title>y</item>', '<rss><channel><item><title>a</title>', '<feed><entry><title>t', '<rdf:RDF><item>']) {
      try {
        const feed = parseFeed(text, 'https://example.test/feed');
        assert.ok(Array.isArray(feed.items));
      } catch (error) {
        assert.ok(isStorylineError(error) && error.code === 'FEED_PARSE', String(error));
      }
    }
  });

  test('a feed with no items gives no items', () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', 'https://example.test/feed');
    assert.deepEqual(feed.items, []);
    const atom = parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>', 'https://example.test/feed');
    assert.deepEqual(atom.items, []);
  });

  test('links with unusable schemes become null', () => {
    const feed = parseFeed('<rss><channel><item><title>x</title><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>', 'https://example.test/feed');
    assert.equal(feed.items[0].url, null);
  });

  test('fixture files parse directly too', () => {
    for (const name of ['rss2.xml', 'atom.xml', 'rdf.xml', 'feed.json']) {
      const feed = parseFeed(readFixture(name).toString('utf8'), 'https://example.test/');
      assert.ok(feed.items.length >= 2, name);
    }
  });
});

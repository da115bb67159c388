import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoryline } from '../testing/run-cli.js';
import { CLI } from '../testing/repo-path.js';
import { startFixtureServer, type FixtureServer } from '../core/sources/testing/fixture-server.js';
import { FEED_ETAG, startNetworkFixtureServer, type NetworkFixtureServer } from '../core/ingest/testing/network-fixture-server.js';

// Every fetch here goes to a real HTTP server on 127.0.0.1, through the built CLI, as a user runs it.
const dir = mkdtempSync(join(tmpdir(), 'storyline-network-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshDb = (): string => join(dir, `net-${n++}.db`);

let site: NetworkFixtureServer;
let fixtures: FixtureServer;
before(async () => {
  site = await startNetworkFixtureServer();
  fixtures = await startFixtureServer();
});
after(async () => {
  await site.close();
  await fixtures.close();
});

/** The parts of `articles show --json` these tests read. */
interface Shown {
  title: string;
  url: string;
  byline: string;
  published: string;
  language: string;
  text: string;
  origin: Record<string, string>;
  metadata: {
    fetch: { charset: string };
    categories: string[];
    mergedFrom: { published: string };
    feed: { url: string };
  };
}

async function showJson(db: string, id: string): Promise<Shown> {
  const r = await runStoryline(['articles', 'show', id, '--db', db, '--json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function rejections(db: string): Promise<Array<{ reason: string; detail: string; file: string }>> {
  const r = await runStoryline(['export', '--what', 'rejections', '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('ingest --url: an HTML page (after a redirect) and windows-1251 pages, with --allow-private-network', async () => {
  const db = freshDb();
  const r = await runStoryline([
    'ingest', '--db', db, '--allow-private-network', '--json',
    '--url', `${site.origin}/go/tide-gauge`, '--url', `${site.origin}/news/cp1251.html`, '--url', `${fixtures.origin}/cp1251-meta.html`,
  ]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.added, 3);
  const list = JSON.parse((await runStoryline(['articles', '--db', db, '--json'])).stdout);
  const byUrl = new Map<string, { id: string }>(list.items.map((a: { url: string; id: string }) => [a.url, a]));
  const page = await showJson(db, byUrl.get(`${site.origin}/news/tide-gauge.html`)!.id);
  assert.equal(page.title, 'Tide gauge upgrade delayed again');
  assert.deepEqual(page.origin, { url: `${site.origin}/go/tide-gauge` });
  assert.match(page.text, /reading the sea with a ruler that bends/);
  assert.doesNotMatch(page.text, /Subscribe to our newsletter/);
  const cyrillic = await showJson(db, byUrl.get(`${site.origin}/news/cp1251.html`)!.id);
  assert.match(cyrillic.text, /одобрил строительство пешеходного моста через реку Венд/);
  assert.equal(cyrillic.language, 'ru');
  assert.equal(cyrillic.metadata.fetch.charset, 'windows-1251');
  const declaredInMeta = await showJson(db, byUrl.get(`${fixtures.origin}/cp1251-meta.html`)!.id);
  assert.match(declaredInMeta.text, /паром/);

  // The same pages again: recognised by content hash, nothing stored twice.
  const again = await runStoryline(['ingest', '--db', db, '--allow-private-network', '--json', '--url', `${site.origin}/go/tide-gauge`]);
  assert.equal(JSON.parse(again.stdout).duplicates, 1);
});

test('ingest --url without --allow-private-network: a fetch-failed rejection naming FETCH_BLOCKED_ADDRESS, exit 3', async () => {
  const db = freshDb();
  const requestsBefore = site.requests.length;
  const r = await runStoryline(['ingest', '--db', db, '--url', `${site.origin}/news/tide-gauge.html`]);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stdout, /fetch-failed/);
  assert.match(r.stdout, /FETCH_BLOCKED_ADDRESS/);
  assert.match(r.stderr, /--allow-private-network/);
  const stored = await rejections(db);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].reason, 'fetch-failed');
  assert.match(stored[0].detail, /^FETCH_BLOCKED_ADDRESS: /);
  assert.equal(stored[0].file, `${site.origin}/news/tide-gauge.html`);
  // Refused before any connection: the server saw nothing, not even a robots.txt request.
  assert.equal(site.requests.length, requestsBefore);
});

test('ingest --feed: three items stored with the feed metadata merged; a PATH and a feed together', async () => {
  const db = freshDb();
  const note = join(dir, 'council-note.txt');
  writeFileSync(note, 'Council note\n\nThe footbridge vote is on Tuesday evening in the town hall.\n');
  const r = await runStoryline(['ingest', note, '--db', db, '--allow-private-network', '--json', '--feed', `${site.origin}/feed.xml`]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal(JSON.parse(r.stdout).added, 4);
  const one = await showJson(db, 'larkford-bridge-1');
  assert.equal(one.title, 'Council approves footbridge over the Wend'); // the page's own title wins over the feed's
  assert.equal(one.url, `${site.origin}/news/item-1.html`);
  assert.deepEqual(one.metadata.categories, ['Bridge', 'Transport']);
  const two = await showJson(db, 'larkford-bridge-2');
  assert.equal(two.byline, 'Marta Self'); // the page names nobody: the feed's author
  assert.match(two.published, /^2026-04-02/); // the page has no date: the feed's
  assert.deepEqual(two.metadata.categories, ['Bridge', 'Jobs']);
  assert.equal(two.metadata.mergedFrom.published, 'feed');
  const three = await showJson(db, 'larkford-bridge-3');
  assert.equal(three.byline, 'Ruth Calder, Jon Hale'); // union of page and feed
  assert.equal(three.metadata.feed.url, `${site.origin}/feed.xml`);
});

test('ingest --url: a page that never answers is a FETCH_TIMEOUT rejection after --timeout', async () => {
  const db = freshDb();
  const started = Date.now();
  const r = await runStoryline(['ingest', '--db', db, '--allow-private-network', '--timeout', '800', '--url', `${fixtures.origin}/hang`]);
  assert.equal(r.code, 3, r.stderr);
  assert.ok(Date.now() - started < 20_000);
  const stored = await rejections(db);
  assert.match(stored[0].detail, /^FETCH_TIMEOUT: .*800 ms/);
});

test('ingest: network usage errors', async () => {
  const none = await runStoryline(['ingest', '--db', freshDb()]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /--url URL or --feed URL/);
  const bad = await runStoryline(['ingest', '--db', freshDb(), '--url', 'file:///etc/passwd']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /http or https/);
  const timeout = await runStoryline(['ingest', '--db', freshDb(), '--url', `${site.origin}/a`, '--timeout', 'soon']);
  assert.equal(timeout.code, 2);
});

test('watch --once twice: the second run gets a 304 and adds nothing; --list shows the state', async () => {
  const db = freshDb();
  const feed = `${site.origin}/feed.xml`;
  const first = await runStoryline(['watch', '--db', db, '--feed', feed, '--once', '--interval', '1', '--allow-private-network']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /feed\.xml {2}3 new items: 3 added, 0 already stored, 0 rejected; next poll at /);
  await new Promise((resolve) => setTimeout(resolve, 1100)); // --interval 1: due again
  const before304 = site.requests.length;
  const second = await runStoryline(['watch', '--db', db, '--once', '--allow-private-network', '--json']);
  assert.equal(second.code, 0, second.stderr);
  const line = JSON.parse(second.stdout.trim());
  assert.equal(line.outcome, 'not-modified');
  assert.equal(line.added, 0);
  const feedRequests = site.requests.slice(before304).filter((q) => q.path === '/feed.xml');
  assert.equal(feedRequests.length, 1);
  assert.equal(feedRequests[0].ifNoneMatch, FEED_ETAG);
  assert.equal(JSON.parse((await runStoryline(['articles', '--db', db, '--json'])).stdout).total, 3);

  const list = await runStoryline(['watch', '--db', db, '--list', '--json']);
  const [state] = JSON.parse(list.stdout);
  assert.equal(state.url, feed);
  assert.equal(state.seenItems, 3);
  assert.equal(state.etag, FEED_ETAG);
  assert.equal(state.failures, 0);
});

test('watch --once: a failed feed prints its code and exits 3; nothing due is said', async () => {
  const db = freshDb();
  const r = await runStoryline(['watch', '--db', db, '--feed', `${site.origin}/hang`, '--once', '--timeout', '800', '--allow-private-network']);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stdout, /hang {2}failed FETCH_TIMEOUT: .*; retry at /);
  const again = await runStoryline(['watch', '--db', db, '--once', '--allow-private-network']);
  assert.equal(again.code, 0);
  assert.match(again.stderr, /no feed is due/);
  const list = await runStoryline(['watch', '--db', db, '--list']);
  assert.match(list.stdout, /FETCH_TIMEOUT/);
  const empty = await runStoryline(['watch', '--db', freshDb(), '--once']);
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /no feeds to watch/);
});

test('watch: SIGINT stops cleanly and the database stays usable', async () => {
  const db = freshDb();
  const child = spawn(process.execPath, [CLI, 'watch', '--db', db, '--feed', `${site.origin}/feed.xml`, '--interval', '3600', '--allow-private-network'], {
    env: { ...process.env, STORYLINE_DB: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`watch did not stop: ${stdout} ${stderr}`));
    }, 30_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      // After its first poll the watcher idles until the next one: interrupt it there.
      if (/new items/.test(stdout)) child.kill('SIGINT');
    });
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  assert.equal(code, 0, stderr);
  assert.match(stderr, /SIGINT: stopping/);
  assert.match(stderr, /stopped/);
  const list = await runStoryline(['watch', '--db', db, '--list', '--json']);
  assert.equal(JSON.parse(list.stdout)[0].seenItems, 3);
});

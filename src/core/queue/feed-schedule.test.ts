import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { SKIP_PG, TEST_PG, dropSchema, testSchema, withSchema } from './testing/pg-test.js';
import { spawnCli } from './testing/spawn-cli.js';

const HOSTS = 8;
const FEEDS_PER_HOST = 5;
const ITEMS_PER_FEED = 2;

/** One loopback server per address 127.0.0.N, each serving FEEDS_PER_HOST feeds and their item pages. */
async function feedServers(): Promise<{ feedUrls: string[]; hits: Map<string, number>; close(): Promise<void> }> {
  const hits = new Map<string, number>();
  const servers: http.Server[] = [];
  const feedUrls: string[] = [];
  for (let h = 1; h <= HOSTS; h++) {
    const server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      const host = req.headers.host ?? '';
      const m = /^\/feed\/(\d+)$/.exec(path);
      if (m) {
        const key = `${host}${path}`;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        // A slow feed, so that polls overlap in time and both processes are busy at once.
        setTimeout(() => {
          const items = Array.from({ length: ITEMS_PER_FEED }, (_, i) => `<item><title>Story ${m[1]}.${i} from ${host}</title>
            <link>http://${host}/page/${m[1]}/${i}</link><guid>${host}-${m[1]}-${i}</guid>
            <pubDate>Mon, 02 Mar 2026 1${i}:00:00 GMT</pubDate></item>`).join('');
          res.writeHead(200, { 'content-type': 'application/rss+xml' });
          res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${m[1]}</title>${items}</channel></rss>`);
        }, 150);
        return;
      }
      const page = /^\/page\/(\d+)\/(\d+)$/.exec(path);
      if (page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!DOCTYPE html><html><head><title>Story ${page[1]}.${page[2]}</title></head><body><article><h1>Story ${page[1]}.${page[2]}</h1>
          <p>The harbour council of ${host} met on Monday to discuss the ferry timetable for story ${page[1]}.${page[2]}, officials said.</p>
          <p>"We expect the new timetable to start in April," the council chair said after the meeting.</p></article></body></html>`);
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h}`, resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    for (let f = 0; f < FEEDS_PER_HOST; f++) feedUrls.push(`http://127.0.0.${h}:${port}/feed/${f}`);
  }
  return {
    feedUrls, hits,
    close: async () => { await Promise.all(servers.map((s) => new Promise((r) => s.close(r)))); },
  };
}

test('watch on PostgreSQL: two processes share the feeds and never poll one feed twice', { skip: SKIP_PG, timeout: 120_000 }, async () => {
  const schema = testSchema('qfeed');
  const url = withSchema(TEST_PG!, schema);
  const servers = await feedServers();
  const client = new pg.Client({ connectionString: TEST_PG, options: `-c search_path=${schema}` });
  try {
    const register = spawnCli(['watch', '--db', url, '--list', ...servers.feedUrls.flatMap((f) => ['--feed', f])]);
    assert.equal(await register.exited, 0, register.stderr());
    const args = ['watch', '--db', url, '--once', '--allow-private-network', '--json'];
    const a = spawnCli(args);
    const b = spawnCli(args);
    assert.equal(await a.exited, 0, a.stderr());
    assert.equal(await b.exited, 0, b.stderr());

    const total = HOSTS * FEEDS_PER_HOST;
    assert.equal(servers.hits.size, total, 'every feed was polled');
    for (const [feed, n] of servers.hits) assert.equal(n, 1, `${feed} was requested ${n} times`);
    const lines = (p: typeof a): Array<{ feed: string; outcome: string }> => p.stdout().trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.feed);
    const byA = lines(a);
    const byB = lines(b);
    assert.equal(byA.length + byB.length, total);
    assert.ok(byA.length > 0 && byB.length > 0, `both processes polled feeds (${byA.length} and ${byB.length})`);
    assert.ok([...byA, ...byB].every((l) => l.outcome === 'updated'));

    await client.connect();
    const jobs = (await client.query("SELECT kind, state, count(*)::int AS n FROM jobs GROUP BY kind, state ORDER BY kind")).rows;
    assert.deepEqual(jobs, [
      { kind: 'article', state: 'pending', n: total * ITEMS_PER_FEED },
      { kind: 'feed', state: 'pending', n: total },
    ], 'one article job per item; each feed rescheduled for its next poll');
    const next = await client.query("SELECT count(*)::int AS n FROM jobs WHERE kind = 'feed' AND run_at > now() + interval '10 minutes'");
    assert.equal(next.rows[0].n, total, 'the next polls follow the interval');
    const seen = await client.query('SELECT count(*)::int AS n FROM feeds WHERE last_polled_at IS NOT NULL');
    assert.equal(seen.rows[0].n, total);
  } finally {
    await client.end().catch(() => undefined);
    await servers.close();
    await dropSchema(TEST_PG!, schema);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { privatePostgresUnavailable, startPrivatePostgres } from './testing/private-postgres.js';
import { spawnCli, waitFor } from './testing/spawn-cli.js';
import { syntheticRecords, toJsonl } from './testing/synthetic-records.js';

const RECORDS = 150;
const unavailable = privatePostgresUnavailable();

test('worker: survives the database being killed and restarted, and finishes the batch', { skip: unavailable ?? false, timeout: 240_000 }, async () => {
  const server = await startPrivatePostgres();
  const url = `${server.url}?schema=reconnect`;
  const dir = mkdtempSync(join(tmpdir(), 'storyline-reconnect-'));
  let worker: ReturnType<typeof spawnCli> | null = null;
  try {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, toJsonl(syntheticRecords(RECORDS)));
    const ingest = spawnCli(['ingest', file, '--db', url]);
    assert.equal(await ingest.exited, 0, ingest.stderr());
    const done = async (): Promise<number> => {
      const c = new pg.Client({ connectionString: server.url, options: '-c search_path=reconnect' });
      try {
        await c.connect();
        return Number((await c.query("SELECT count(*) AS n FROM jobs WHERE state = 'done'")).rows[0].n);
      } finally {
        await c.end().catch(() => undefined);
      }
    };
    worker = spawnCli(['worker', '--db', url, '--until-empty', '--lease', '3', '--concurrency', '2']);
    await waitFor(async () => (await done()) >= 20, 60_000, 'the worker to be under way');
    server.crash();
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(worker.child.exitCode, null, `the worker is still running while the database is down: ${worker.stderr()}`);
    server.start();
    assert.equal(await worker.exited, 0, worker.stderr());
    assert.match(worker.stderr(), /database unreachable/);
    assert.match(worker.stderr(), /database reachable again/);

    const store = await PostgresStore.open(url);
    try {
      assert.equal((await store.stats()).articles, RECORDS, 'every record stored once');
      assert.deepEqual(await store.stories().unclusteredArticleIds(), [], 'the corpus steps caught up');
    } finally {
      await store.close();
    }
    const c = new pg.Client({ connectionString: server.url, options: '-c search_path=reconnect' });
    await c.connect();
    const states = (await c.query("SELECT state, count(*)::int AS n FROM jobs WHERE kind = 'article' GROUP BY state")).rows;
    await c.end();
    assert.deepEqual(states, [{ state: 'done', n: RECORDS }]);
  } finally {
    if (worker && worker.child.exitCode === null) worker.child.kill('SIGKILL');
    server.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

if (unavailable) test(`worker reconnect test skipped: ${unavailable}`, { skip: unavailable }, () => undefined);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SKIP_PG, TEST_PG, dropSchema, testSchema, withSchema } from './testing/pg-test.js';
import { spawnCli, waitFor } from './testing/spawn-cli.js';
import { syntheticRecords, toJsonl } from './testing/synthetic-records.js';

const RECORDS = 200;

test('workers: killing one mid-article loses nothing and stores nothing twice', { skip: SKIP_PG, timeout: 180_000 }, async () => {
  const schema = testSchema('qkill');
  const url = withSchema(TEST_PG!, schema);
  const dir = mkdtempSync(join(tmpdir(), 'storyline-kill-'));
  const client = new pg.Client({ connectionString: TEST_PG, options: `-c search_path=${schema}` });
  const started: Array<ReturnType<typeof spawnCli>> = [];
  try {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, toJsonl(syntheticRecords(RECORDS)));
    const ingest = spawnCli(['ingest', file, '--db', url]);
    assert.equal(await ingest.exited, 0, ingest.stderr());
    assert.match(ingest.stdout(), new RegExp(`${RECORDS} queued`));
    await client.connect();
    const count = async (sql: string): Promise<number> => Number((await client.query(sql)).rows[0].n);

    const workerArgs = ['worker', '--db', url, '--lease', '2', '--concurrency', '3', '--until-empty'];
    const victim = spawnCli(workerArgs);
    const other = spawnCli(workerArgs);
    started.push(victim, other);
    // Kill the first worker while it holds jobs, once the batch is well under way.
    const held = `SELECT count(*) AS n FROM jobs WHERE state = 'running' AND locked_by LIKE '%:${victim.child.pid}:%'`;
    await waitFor(async () => (await count("SELECT count(*) AS n FROM jobs WHERE state = 'done'")) >= 30 && (await count(held)) > 0, 60_000, 'the batch to be under way');
    victim.child.kill('SIGKILL');
    assert.equal(await victim.exited, 'SIGKILL');
    const late = spawnCli(workerArgs);
    started.push(late);
    assert.equal(await other.exited, 0, other.stderr());
    assert.equal(await late.exited, 0, late.stderr());

    const states = (await client.query("SELECT kind, state, count(*)::int AS n FROM jobs GROUP BY kind, state ORDER BY kind, state")).rows;
    assert.deepEqual(states.filter((r) => r.kind === 'article'), [{ kind: 'article', state: 'done', n: RECORDS }], 'every article job done, none lost or dead');
    assert.ok(await count("SELECT count(*) AS n FROM jobs WHERE error_code = 'LEASE_EXPIRED' AND state = 'done'") >= 1, 'a job of the killed worker came back and was done');
    assert.equal(await count('SELECT count(*) AS n FROM articles'), RECORDS, 'each record stored exactly once');
    assert.equal(await count("SELECT count(*) AS n FROM jobs j JOIN articles a ON a.id = j.dedupe_key WHERE j.kind = 'article'"), RECORDS);
    assert.equal(await count('SELECT count(*) AS n FROM rejections'), 0);
    // The corpus steps caught up on everything, including what the killed worker stored.
    const store = await PostgresStore.open(url);
    try {
      assert.deepEqual(await store.stories().unclusteredArticleIds(), []);
    } finally {
      await store.close();
    }
  } finally {
    for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await client.end().catch(() => undefined);
    await dropSchema(TEST_PG!, schema);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('workers: SIGTERM finishes the jobs in flight and leaves none running', { skip: SKIP_PG, timeout: 120_000 }, async () => {
  const schema = testSchema('qterm');
  const url = withSchema(TEST_PG!, schema);
  const dir = mkdtempSync(join(tmpdir(), 'storyline-term-'));
  const client = new pg.Client({ connectionString: TEST_PG, options: `-c search_path=${schema}` });
  let worker: ReturnType<typeof spawnCli> | null = null;
  try {
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, toJsonl(syntheticRecords(120)));
    const ingest = spawnCli(['ingest', file, '--db', url]);
    assert.equal(await ingest.exited, 0, ingest.stderr());
    await client.connect();
    const count = async (sql: string): Promise<number> => Number((await client.query(sql)).rows[0].n);
    worker = spawnCli(['worker', '--db', url, '--concurrency', '3']);
    await waitFor(async () => (await count("SELECT count(*) AS n FROM jobs WHERE state = 'done'")) >= 10, 60_000, 'the worker to be under way');
    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.stderr());
    assert.match(worker.stderr(), /SIGTERM: finishing the jobs in flight/);
    assert.equal(await count("SELECT count(*) AS n FROM jobs WHERE state = 'running'"), 0, 'no job left held by the stopped worker');
    const pending = await count("SELECT count(*) AS n FROM jobs WHERE state = 'pending' AND kind = 'article'");
    assert.ok(pending > 0, 'it stopped before the end of the batch');
    assert.equal(await count("SELECT count(*) AS n FROM jobs WHERE state = 'done' AND kind = 'article'") + pending, 120);
    assert.equal(await count('SELECT count(*) AS n FROM articles'), 120 - pending, 'every job marked done has its article stored');
  } finally {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await client.end().catch(() => undefined);
    await dropSchema(TEST_PG!, schema);
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoryline } from '../testing/run-cli.js';
import { JobQueue } from '../core/queue/job-queue.js';
import { SKIP_PG, TEST_PG, dropSchema, testSchema, withSchema } from '../core/queue/testing/pg-test.js';
import { syntheticRecords, toJsonl } from '../core/queue/testing/synthetic-records.js';

test('worker and status refuse a SQLite database with a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-queue-cli-'));
  try {
    const worker = await runStoryline(['worker', '--db', join(dir, 'x.db')]);
    assert.equal(worker.code, 2);
    assert.match(worker.stderr, /PostgreSQL/);
    const status = await runStoryline(['status', '--db', join(dir, 'x.db')]);
    assert.equal(status.code, 2);
    const bad = await runStoryline(['worker', '--db', 'postgres://127.0.0.1/x', '--kinds', 'nonsense']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--kinds/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest queues on PostgreSQL, worker stores, status shows done and dead jobs with reasons', { skip: SKIP_PG, timeout: 120_000 }, async () => {
  const schema = testSchema('qcli');
  const url = withSchema(TEST_PG!, schema);
  const dir = mkdtempSync(join(tmpdir(), 'storyline-queue-cli-'));
  try {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, toJsonl(syntheticRecords(3)) + '{"id": "no-text"}\n');
    const first = await runStoryline(['ingest', file, '--db', url]);
    assert.equal(first.code, 3, first.stderr);
    assert.match(first.stdout, /4 documents in [\d.]+s: 3 queued, 0 already queued, 1 rejected/);
    const again = await runStoryline(['ingest', file, '--db', url, '--json']);
    assert.equal(again.code, 3);
    assert.deepEqual({ ...JSON.parse(again.stdout), elapsedMs: 0 }, {
      documents: 4, enqueued: 0, alreadyQueued: 3, rejected: 1, rejectedBy: { 'invalid-record': 1 }, skipped: 0, elapsedMs: 0,
    });
    // A job no handler can use: dead at once, with its reason.
    const queue = await JobQueue.open(url);
    await queue.enqueue([{ kind: 'article', payload: { not: 'a document' }, dedupeKey: 'junk' }]);
    await queue.close();

    const before = await runStoryline(['status', '--db', url, '--json']);
    assert.equal(before.code, 0, before.stderr);
    assert.equal(JSON.parse(before.stdout).counts.pending, 4);

    const worker = await runStoryline(['worker', '--db', url, '--until-empty']);
    assert.equal(worker.code, 0, worker.stderr);
    assert.match(worker.stderr, /article job \d+ attempt 1\/5 failed \[JOB_INVALID\].*; dead/);
    assert.match(worker.stderr, /jobs done, 1 failed \(1 dead\)/);

    const status = JSON.parse((await runStoryline(['status', '--db', url, '--json'])).stdout);
    assert.deepEqual(status.counts, { pending: 0, running: 0, done: 4, dead: 1 });
    assert.deepEqual(status.dead.map((d: { kind: string; code: string; count: number }) => [d.kind, d.code, d.count]), [['article', 'JOB_INVALID', 1]]);
    assert.equal(status.latency.jobs, 4);
    const text = await runStoryline(['status', '--db', url]);
    assert.match(text.stdout, /jobs: 0 pending .*, 0 running, 4 done, 1 dead/);
    assert.match(text.stdout, /dead:[\s\S]*JOB_INVALID/);

    const retried = await runStoryline(['status', '--db', url, '--retry-dead', 'article', '--json']);
    assert.match(retried.stderr, /1 dead job put back in the queue/);
    assert.equal(JSON.parse(retried.stdout).counts.pending, 1);
    const again2 = await runStoryline(['worker', '--db', url, '--until-empty', '--quiet']);
    assert.match(again2.stderr, /\[JOB_INVALID\].*; dead/, 'still dead: the payload is still unusable');

    const stats = JSON.parse((await runStoryline(['stats', '--db', url, '--json'])).stdout);
    assert.equal(stats.articles, 3);
    const stories = JSON.parse((await runStoryline(['stories', '--db', url, '--json'])).stdout);
    assert.ok(stories.items.length >= 1, 'the corpus run placed the articles in stories');

    const kept = await runStoryline(['status', '--db', url, '--prune-done', '1', '--json']);
    assert.match(kept.stderr, /0 done jobs deleted/, 'jobs finished just now are kept');
    const pruned = await runStoryline(['status', '--db', url, '--prune-done', '0', '--json']);
    assert.match(pruned.stderr, /4 done jobs deleted/);
    assert.deepEqual(JSON.parse(pruned.stdout).counts, { pending: 0, running: 0, done: 0, dead: 1 });
    const requeue = await runStoryline(['ingest', file, '--db', url]);
    assert.match(requeue.stdout, /3 queued/, 'pruned jobs can be queued again');
    const rerun = await runStoryline(['worker', '--db', url, '--until-empty', '--json']);
    const outcomes = rerun.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((e) => e.event === 'done' && e.kind === 'article');
    assert.deepEqual(outcomes.map((e) => e.detail.outcome), ['duplicate', 'duplicate', 'duplicate'], 'and the store still knows their articles');

    // --inline keeps the old path: processed in the command, nothing queued.
    const inlineFile = join(dir, 'inline.jsonl');
    writeFileSync(inlineFile, toJsonl(syntheticRecords(60).slice(55)));
    const inline = await runStoryline(['ingest', inlineFile, '--db', url, '--inline']);
    assert.equal(inline.code, 0, inline.stderr);
    assert.match(inline.stdout, /5 added/);
    assert.equal(JSON.parse((await runStoryline(['stats', '--db', url, '--json'])).stdout).articles, 8);
    assert.equal(JSON.parse((await runStoryline(['status', '--db', url, '--json'])).stdout).counts.pending, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(TEST_PG!, schema);
  }
});

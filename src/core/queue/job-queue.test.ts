import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JobQueue, newWorkerId } from './job-queue.js';
import { queueStatus } from './queue-status.js';
import { retryDelayMs } from './retry-delay.js';
import { StorylineError } from '../errors.js';
import { SKIP_PG, TEST_PG, dropSchema, testSchema, withSchema } from './testing/pg-test.js';

/** Runs `fn` on a queue in a schema of its own, dropped afterwards. */
async function withQueue(fn: (queue: JobQueue, url: string) => Promise<void>, options = {}): Promise<void> {
  const schema = testSchema('q');
  const url = withSchema(TEST_PG!, schema);
  const queue = await JobQueue.open(url, options);
  try {
    await fn(queue, url);
  } finally {
    await queue.close();
    await dropSchema(TEST_PG!, schema);
  }
}

test('retry delay grows exponentially, is capped, and is jittered between half and all of it', () => {
  assert.equal(retryDelayMs(1, 1000, 60_000, () => 0), 500);
  assert.equal(retryDelayMs(1, 1000, 60_000, () => 1), 1000);
  assert.equal(retryDelayMs(4, 1000, 60_000, () => 1), 8000);
  assert.equal(retryDelayMs(30, 1000, 60_000, () => 1), 60_000);
  assert.equal(retryDelayMs(30, 1000, 60_000, () => 0), 30_000);
});

test('queue: enqueue is idempotent on (kind, key) and claims are disjoint across concurrent workers', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    const jobs = Array.from({ length: 200 }, (_, i) => ({ kind: 'article' as const, payload: { n: i }, dedupeKey: `a${i}` }));
    assert.equal(await queue.enqueue(jobs), 200);
    assert.equal(await queue.enqueue(jobs.slice(0, 50)), 0, 're-enqueueing the same keys adds nothing');
    // Eight workers claim in parallel, in small batches, until nothing is left.
    const taken = new Map<string, string>();
    await Promise.all(Array.from({ length: 8 }, async () => {
      const me = newWorkerId();
      for (;;) {
        const got = await queue.claim(me, ['article'], 7, 30_000);
        if (got.length === 0) return;
        for (const j of got) {
          assert.equal(taken.has(j.id), false, `job ${j.id} claimed twice`);
          taken.set(j.id, me);
          assert.equal(await queue.complete(j, me), true);
        }
      }
    }));
    assert.equal(taken.size, 200);
    const status = await queueStatus(queue);
    assert.deepEqual(status.counts, { pending: 0, running: 0, done: 200, dead: 0 });
    assert.equal(status.latency.jobs, 200);
    assert.ok(status.latency.p50 !== null && status.latency.p50 >= 0);
    assert.equal(status.throughput[0].done, 200);
  });
});

test('queue: a failure is retried after a backoff, then dead with its reason after the last attempt', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    const me = newWorkerId();
    await queue.enqueue([{ kind: 'article', payload: {}, dedupeKey: 'x', maxAttempts: 2 }]);
    const [first] = await queue.claim(me, ['article'], 1, 30_000);
    assert.equal(first.attempts, 1);
    assert.equal(await queue.fail(first, me, new Error('database hiccup')), 'retry');
    assert.deepEqual(await queue.claim(me, ['article'], 1, 30_000), [], 'not due before its backoff');
    let status = await queueStatus(queue);
    assert.equal(status.retrying, 1);
    assert.equal(status.failing[0].example, 'database hiccup');
    await queue.pool.query("UPDATE jobs SET run_at = now() - interval '1 second'");
    const [second] = await queue.claim(me, ['article'], 1, 30_000);
    assert.equal(second.attempts, 2);
    assert.equal(await queue.fail(second, me, new Error('database hiccup again')), 'dead');
    status = await queueStatus(queue);
    assert.equal(status.counts.dead, 1);
    assert.deepEqual(status.dead.map((d) => [d.kind, d.code, d.count, d.example]), [['article', 'INTERNAL', 1, 'database hiccup again']]);
  }, { retryBaseMs: 60_000 });
});

test('queue: a permanent coded error goes dead at once', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    const me = newWorkerId();
    await queue.enqueue([{ kind: 'article', payload: 'junk', dedupeKey: 'bad' }]);
    const [job] = await queue.claim(me, ['article'], 1, 30_000);
    assert.equal(await queue.fail(job, me, new StorylineError('JOB_INVALID', 'payload is not a document')), 'dead');
    const status = await queueStatus(queue);
    assert.deepEqual(status.dead.map((d) => [d.code, d.count]), [['JOB_INVALID', 1]]);
  });
});

test('queue: an expired lease returns the job to pending; the old holder can no longer complete it', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    const dead = newWorkerId();
    const alive = newWorkerId();
    await queue.enqueue([{ kind: 'article', payload: {}, dedupeKey: 'k' }]);
    const [job] = await queue.claim(dead, ['article'], 1, 200);
    assert.deepEqual(await queue.reapExpired(), { returned: 0, dead: 0 }, 'a live lease is left alone');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await queue.reapExpired(), { returned: 1, dead: 0 });
    const [again] = await queue.claim(alive, ['article'], 1, 30_000);
    assert.equal(again.id, job.id);
    assert.equal(again.attempts, 2);
    assert.equal(await queue.complete(job, dead), false, 'the worker that lost the lease cannot finish the job');
    assert.deepEqual(await queue.heartbeat(dead, [job.id], 30_000), []);
    assert.deepEqual(await queue.heartbeat(alive, [job.id], 30_000), [job.id]);
    assert.equal(await queue.complete(again, alive), true);
  });
});

test('queue: a recurring job returns to pending at its next run; a key released on claim lets one more wait', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    const me = newWorkerId();
    await queue.enqueue([{ kind: 'feed', payload: { url: 'u' }, dedupeKey: 'u', recurring: true }]);
    const [feed] = await queue.claim(me, ['feed'], 5, 30_000);
    assert.equal(await queue.complete(feed, me, new Date(Date.now() + 3_600_000)), true);
    assert.equal(await queue.hasWork(['feed']), false, 'a recurring job not yet due is no work left');
    assert.deepEqual(await queue.claim(me, ['feed'], 5, 30_000), []);
    assert.ok(((await queue.msUntilNextDue(['feed'])) ?? 0) > 3_500_000);

    const corpus = { kind: 'corpus' as const, payload: {}, dedupeKey: 'corpus', releaseKeyOnClaim: true };
    assert.equal(await queue.enqueue([corpus]), 1);
    assert.equal(await queue.enqueue([corpus]), 0, 'one pending run at most');
    const [run] = await queue.claim(me, ['corpus'], 5, 30_000);
    assert.equal(await queue.enqueue([corpus]), 1, 'while one runs, the next may wait');
    assert.equal(await queue.enqueue([corpus]), 0);
    assert.equal(await queue.complete(run, me), true);
  });
});

test('queue: the advisory lock admits one holder at a time', { skip: SKIP_PG }, async () => {
  await withQueue(async (queue) => {
    let inside = 0;
    let most = 0;
    const results = await Promise.all(Array.from({ length: 3 }, () => queue.withTryLock('test-lock', async () => {
      inside++;
      most = Math.max(most, inside);
      await new Promise((r) => setTimeout(r, 100));
      inside--;
      return 'ran';
    })));
    assert.equal(most, 1);
    assert.equal(results.filter((r) => r.ran).length, 1);
    assert.equal((await queue.withTryLock('test-lock', async () => 1)).ran, true, 'released afterwards');
  });
});

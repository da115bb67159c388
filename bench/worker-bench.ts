import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { JobQueue } from '../src/core/queue/job-queue.js';
import { articleJob } from '../src/core/queue/article-job.js';
import { recordToSource } from '../src/core/ingest/record.js';
import { dropSchema, testSchema, withSchema } from '../src/core/queue/testing/pg-test.js';
import { spawnCli, waitFor, type CliProcess } from '../src/core/queue/testing/spawn-cli.js';
import { syntheticRecords, toJsonl } from '../src/core/queue/testing/synthetic-records.js';

// Queue throughput with 1, 2 and 4 worker processes against one PostgreSQL database.
// Backlog: N synthetic articles (made from samples/, see synthetic-records.ts) are queued with
// `storyline ingest`, then K `storyline worker --until-empty` processes drain them; articles/s is
// article jobs over the span from the first claim to the last finish. Trickle: with K workers
// running, articles arrive at a steady rate below capacity; queue latency (enqueue to done) is
// measured there, where it means something (in the backlog phase it is the drain time).
// Usage: node dist/bench/worker-bench.js [--db URL] [--articles N] [--workers 1,2,4] [--rate R] [--seconds S]

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface RunResult {
  workers: number;
  backlog: {
    articles: number; seconds: number; articlesPerSecond: number; wallSeconds: number;
    serviceMs: { p50: number; p95: number }; latencySeconds: { p50: number; p95: number };
    /** Runs of the corpus steps, their total time, and corpus jobs that found the lock taken. */
    corpusRuns: number; corpusSeconds: number; corpusDeferred: number;
    /** Processor time of all worker processes (pipeline, corpus steps, driver), per article. */
    workerCpuMsPerArticle: number;
  };
  trickle: { articles: number; ratePerSecond: number; latencySeconds: { p50: number; p95: number; max: number } };
}

/**
 * The queue alone: `jobs` empty jobs claimed in batches of `batch` and completed by `clients`
 * concurrent claimers in this process, with no work in between: the ceiling the queue table puts on
 * throughput on this database, before any article is processed.
 */
async function queueOnly(base: string, jobs: number, clients: number, batch: number): Promise<{ jobs: number; clients: number; batch: number; seconds: number; jobsPerSecond: number }> {
  const schema = testSchema('bench_queue');
  const url = withSchema(base, schema);
  const queue = await JobQueue.open(url, { poolSize: clients + 1 });
  try {
    for (let i = 0; i < jobs; i += 1000) {
      await queue.enqueue(Array.from({ length: Math.min(1000, jobs - i) }, (_, j) => ({ kind: 'article' as const, payload: {}, dedupeKey: `q${i + j}` })));
    }
    const started = performance.now();
    let done = 0;
    await Promise.all(Array.from({ length: clients }, async (_, c) => {
      const me = `bench-${c}`;
      for (;;) {
        const got = await queue.claim(me, ['article'], batch, 60_000);
        if (got.length === 0) return;
        for (const job of got) if (await queue.complete(job, me)) done++;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    if (done !== jobs) throw new Error(`queue-only: ${done} of ${jobs} jobs completed`);
    return { jobs, clients, batch, seconds: Math.round(seconds * 1000) / 1000, jobsPerSecond: Math.round(jobs / seconds) };
  } finally {
    await queue.close();
    await dropSchema(base, schema);
  }
}

async function main(argv: string[]): Promise<number> {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const base = get('--db') ?? process.env.STORYLINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const queueOnlyResult = await queueOnly(base, 5000, 4, 4);
  process.stderr.write(`queue alone: ${queueOnlyResult.jobsPerSecond} jobs/s (claim and complete, ${queueOnlyResult.clients} clients, batches of ${queueOnlyResult.batch})\n`);
  const articles = Number(get('--articles') ?? 2000);
  const counts = (get('--workers') ?? '1,2,4').split(',').map(Number);
  const rate = Number(get('--rate') ?? 20);
  const trickleSeconds = Number(get('--seconds') ?? 10);
  const dir = mkdtempSync(join(tmpdir(), 'storyline-worker-bench-'));
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, toJsonl(syntheticRecords(articles)));
  const trickle = syntheticRecords(articles + rate * trickleSeconds).slice(articles);
  const results: RunResult[] = [];
  const load = loadavg()[0];
  try {
    for (const k of counts) {
      const schema = testSchema(`bench_w${k}`);
      const url = withSchema(base, schema);
      const client = new pg.Client({ connectionString: base, options: `-c search_path=${schema}` });
      const workers: CliProcess[] = [];
      try {
        const ingest = spawnCli(['ingest', file, '--db', url, '--json']);
        if ((await ingest.exited) !== 0) throw new Error(ingest.stderr());
        await client.connect();
        const started = performance.now();
        for (let i = 0; i < k; i++) workers.push(spawnCli(['worker', '--db', url, '--until-empty', '--concurrency', '2', '--quiet']));
        for (const w of workers) if ((await w.exited) !== 0) throw new Error(w.stderr());
        const wallSeconds = (performance.now() - started) / 1000;
        // Processor time of the worker processes, from their summary lines.
        const cpuSeconds = workers.reduce((sum, w) => sum + Number(/processor time ([\d.]+)s/.exec(w.stderr())?.[1] ?? NaN), 0);
        const b = (await client.query(`SELECT count(*)::int AS n,
            extract(epoch FROM max(finished_at) - min(started_at))::float8 AS span,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float8 * 1000 AS s50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - started_at))::float8 * 1000 AS s95,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS l50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS l95
          FROM jobs WHERE kind = 'article' AND state = 'done'`)).rows[0];
        // Corpus jobs that ran the steps (the others found the lock taken and queued a later run).
        const c = (await client.query(`SELECT count(*)::int AS n, coalesce(sum(extract(epoch FROM finished_at - started_at)), 0)::float8 AS s
          FROM jobs WHERE kind = 'corpus' AND state = 'done' AND (result->>'ran')::boolean`)).rows[0];
        const deferred = (await client.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'corpus' AND state = 'done' AND NOT (result->>'ran')::boolean`)).rows[0].n as number;
        if (b.n !== articles) throw new Error(`expected ${articles} article jobs done, found ${b.n}`);

        // Trickle: K workers wait for work; articles arrive at `rate` per second.
        workers.length = 0;
        for (let i = 0; i < k; i++) workers.push(spawnCli(['worker', '--db', url, '--concurrency', '2', '--quiet']));
        const queue = await JobQueue.open(url, { poolSize: 2 });
        const t0 = performance.now();
        for (let i = 0; i < trickle.length; i++) {
          const due = t0 + (i * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          const r = recordToSource(trickle[i], { file: 'trickle', line: i + 1 });
          if (r.ok) await queue.enqueue([articleJob(r.source)]);
        }
        await waitFor(async () => (await client.query(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'article' AND state = 'done'`)).rows[0].n >= articles + trickle.length, 120_000, 'the trickle to be done');
        await queue.close();
        for (const w of workers) w.child.kill('SIGTERM');
        for (const w of workers) await w.exited;
        const t = (await client.query(`SELECT count(*)::int AS n,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS p50,
            percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS p95,
            max(extract(epoch FROM finished_at - created_at))::float8 AS max
          FROM jobs WHERE kind = 'article' AND state = 'done' AND payload->'origin'->>'file' = 'trickle'`)).rows[0];
        const r3 = (x: number): number => Math.round(x * 1000) / 1000;
        const result: RunResult = {
          workers: k,
          backlog: {
            articles: b.n, seconds: r3(b.span), articlesPerSecond: Math.round((b.n / b.span) * 10) / 10, wallSeconds: r3(wallSeconds),
            serviceMs: { p50: Math.round(b.s50 * 10) / 10, p95: Math.round(b.s95 * 10) / 10 },
            latencySeconds: { p50: r3(b.l50), p95: r3(b.l95) },
            corpusRuns: c.n, corpusSeconds: r3(c.s), corpusDeferred: deferred, workerCpuMsPerArticle: Math.round((cpuSeconds * 1000 / b.n) * 10) / 10,
          },
          trickle: { articles: t.n, ratePerSecond: rate, latencySeconds: { p50: r3(t.p50), p95: r3(t.p95), max: r3(t.max) } },
        };
        results.push(result);
        process.stderr.write(`${k} worker(s): ${result.backlog.articlesPerSecond} articles/s (backlog of ${articles}), service p50 ${result.backlog.serviceMs.p50} ms, `
          + `worker processor time ${result.backlog.workerCpuMsPerArticle} ms/article; `
          + `trickle at ${rate}/s: latency p50 ${result.trickle.latencySeconds.p50}s p95 ${result.trickle.latencySeconds.p95}s\n`);
      } finally {
        for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
        await client.end().catch(() => undefined);
        await dropSchema(base, schema);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server = new pg.Client({ connectionString: base });
  await server.connect();
  const version = (await server.query('SHOW server_version')).rows[0].server_version as string;
  await server.end();
  const report = {
    benchmark: 'workers',
    input: { articles, source: 'synthetic copies of samples/corpus/articles.jsonl (src/core/queue/testing/synthetic-records.ts)' },
    workerOptions: '--concurrency 2 per process',
    queueOnly: queueOnlyResult,
    results,
    environment: {
      node: process.version, postgres: version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30), loadAverageAtStart: Math.round(load * 100) / 100, date: new Date().toISOString(),
    },
    note: 'Workers, the database and the benchmark share one machine, which other jobs also use; compare runs made together.',
  };
  mkdirSync(join(REPO, 'bench', 'results'), { recursive: true });
  writeFileSync(join(REPO, 'bench', 'results', 'workers.json'), JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});

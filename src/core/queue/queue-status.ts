import type pg from 'pg';
import type { JobQueue } from './job-queue.js';

/** Dead jobs (or failing ones awaiting a retry) with one reason, grouped. */
export interface FailureGroup {
  kind: string;
  code: string | null;
  count: number;
  /** One message of the group, as recorded. */
  example: string | null;
}

/** Throughput over a window: jobs finished and per second. */
export interface Throughput {
  minutes: number;
  done: number;
  perSecond: number;
}

/** What `storyline status` shows. */
export interface QueueStatus {
  /** Jobs by state, and by kind and state. */
  counts: { pending: number; running: number; done: number; dead: number };
  byKind: Array<{ kind: string; pending: number; running: number; done: number; dead: number }>;
  /** Pending jobs due now (the rest wait for a retry or, for feeds, their next poll). */
  due: number;
  /** Pending jobs that failed before and wait for a retry. */
  retrying: number;
  /** Dead jobs, grouped by kind and reason. */
  dead: FailureGroup[];
  /** Failures awaiting a retry, grouped by kind and reason. */
  failing: FailureGroup[];
  /** Running jobs per worker, with the latest lease end. */
  workers: Array<{ worker: string; running: number; leaseUntil: string }>;
  /** Non-recurring jobs finished per window. */
  throughput: Throughput[];
  /** Age in seconds of the oldest job due and not yet claimed, or null. */
  oldestDueSeconds: number | null;
  /** Seconds from enqueue to done of the jobs finished in the last `latencyMinutes`. */
  latency: { minutes: number; jobs: number; p50: number | null; p95: number | null; max: number | null };
}

const WINDOWS = [1, 5, 15];

/**
 * Reads the queue's state in a few aggregate queries, all in one read-only snapshot so that the
 * figures agree with each other while workers keep changing the table.
 */
export async function queueStatus(queue: JobQueue, latencyMinutes = 15): Promise<QueueStatus> {
  const db = await queue.pool.connect();
  try {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const status = await readStatus(db, latencyMinutes);
    await db.query('COMMIT');
    return status;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

/** The queries of `queueStatus`, on one connection. */
async function readStatus(db: pg.PoolClient, latencyMinutes: number): Promise<QueueStatus> {
  const byKind = await db.query<{ kind: string; state: string; n: number }>('SELECT kind, state, count(*)::int AS n FROM jobs GROUP BY kind, state ORDER BY kind');
  const due = await db.query<{ due: number; retrying: number }>(
    `SELECT count(*) FILTER (WHERE run_at <= now())::int AS due, count(*) FILTER (WHERE last_error IS NOT NULL)::int AS retrying
     FROM jobs WHERE state = 'pending'`);
  const failures = await db.query<{ state: string; kind: string; code: string | null; n: number; example: string | null }>(
    `SELECT state, kind, error_code AS code, count(*)::int AS n, min(last_error) AS example
     FROM jobs WHERE state = 'dead' OR (state = 'pending' AND last_error IS NOT NULL)
     GROUP BY state, kind, error_code ORDER BY n DESC, kind`);
  const workers = await db.query<{ worker: string; n: number; until: Date }>(
    `SELECT locked_by AS worker, count(*)::int AS n, max(locked_until) AS until FROM jobs
     WHERE state = 'running' GROUP BY locked_by ORDER BY locked_by`);
  const throughput = await db.query<Record<string, number>>(
    `SELECT ${WINDOWS.map((m) => `count(*) FILTER (WHERE finished_at > now() - interval '${m} minutes')::int AS m${m}`).join(', ')}
     FROM jobs WHERE state = 'done' AND NOT recurring AND finished_at > now() - interval '${Math.max(...WINDOWS)} minutes'`);
  const oldest = await db.query<{ s: number | null }>(
    `SELECT extract(epoch FROM now() - min(created_at))::float8 AS s FROM jobs WHERE state = 'pending' AND run_at <= now() AND NOT recurring`);
  const latency = await db.query<{ n: number; p50: number | null; p95: number | null; max: number | null }>(
    `SELECT count(*)::int AS n,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS p50,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - created_at))::float8 AS p95,
       max(extract(epoch FROM finished_at - created_at))::float8 AS max
     FROM jobs WHERE state = 'done' AND NOT recurring AND finished_at > now() - $1 * interval '1 minute'`, [latencyMinutes]);
  const counts = { pending: 0, running: 0, done: 0, dead: 0 };
  const kinds = new Map<string, { kind: string; pending: number; running: number; done: number; dead: number }>();
  for (const r of byKind.rows) {
    const state = r.state as keyof typeof counts;
    counts[state] += r.n;
    const k = kinds.get(r.kind) ?? { kind: r.kind, pending: 0, running: 0, done: 0, dead: 0 };
    k[state] += r.n;
    kinds.set(r.kind, k);
  }
  const group = (state: string): FailureGroup[] => failures.rows
    .filter((r) => r.state === state)
    .map((r) => ({ kind: r.kind, code: r.code, count: r.n, example: r.example }));
  const round = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
  return {
    counts,
    byKind: [...kinds.values()],
    due: due.rows[0].due,
    retrying: due.rows[0].retrying,
    dead: group('dead'),
    failing: group('pending'),
    workers: workers.rows.map((w) => ({ worker: w.worker, running: w.n, leaseUntil: w.until.toISOString() })),
    throughput: WINDOWS.map((m) => ({ minutes: m, done: throughput.rows[0][`m${m}`], perSecond: Math.round((throughput.rows[0][`m${m}`] / (m * 60)) * 100) / 100 })),
    oldestDueSeconds: round(oldest.rows[0].s),
    latency: { minutes: latencyMinutes, jobs: latency.rows[0].n, p50: round(latency.rows[0].p50), p95: round(latency.rows[0].p95), max: round(latency.rows[0].max) },
  };
}

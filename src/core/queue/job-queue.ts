/**
 * A job queue in PostgreSQL on one table, claimed with `FOR UPDATE SKIP LOCKED`: any number of
 * workers on any number of machines take disjoint jobs without a broker. A claimed job carries a
 * lease (`locked_until`) that its worker extends while it works; a job whose lease ran out (its
 * worker was killed or lost the database) goes back to pending, so nothing is lost, and handlers
 * are idempotent, so nothing is done twice. Failures retry with exponential backoff and jitter;
 * after `max_attempts`, or at once for a permanent error, the job is dead with the reason kept.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import { isStorylineError } from '../errors.js';
import { ensureSchema, openPool, parsePgLocation, type PgLocation } from './pg-location.js';
import { migrateQueue } from './queue-migrations.js';
import { retryDelayMs } from './retry-delay.js';

/** The kinds of job Storyline runs. */
export type JobKind = 'article' | 'corpus' | 'feed';

/** A job to add. */
export interface NewJob {
  kind: JobKind;
  payload: unknown;
  /** Same kind and key as a job already queued (in any state) → not added again. */
  dedupeKey?: string | null;
  /** The key is freed when the job is claimed, so one more may wait while this one runs. */
  releaseKeyOnClaim?: boolean;
  recurring?: boolean;
  maxAttempts?: number;
  /** When it may run first (default now). */
  runAt?: Date;
}

/** A claimed job. */
export interface Job {
  id: string;
  kind: JobKind;
  payload: unknown;
  dedupeKey: string | null;
  recurring: boolean;
  /** Attempts so far, this one included. */
  attempts: number;
  maxAttempts: number;
  createdAt: Date;
}

/** What `fail` decided. */
export type FailOutcome = 'retry' | 'dead' | 'lost';

/** Error codes that no retry can fix: the job goes dead at once. */
export const PERMANENT_CODES = new Set(['JOB_INVALID', 'DOCUMENT_REJECTED', 'STAGE_REQUIREMENT', 'USAGE']);

/** True when retrying cannot help (a coded error about the input, not the infrastructure). */
export function isPermanent(error: unknown): boolean {
  return isStorylineError(error) && PERMANENT_CODES.has(error.code);
}

/** A worker's name in `locked_by`: host, process and a random suffix. */
export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Options of JobQueue.open. */
export interface JobQueueOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Base and cap of the retry backoff. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

interface JobRow {
  id: string;
  kind: JobKind;
  payload: unknown;
  dedupe_key: string | null;
  recurring: boolean;
  attempts: number;
  max_attempts: number;
  created_at: Date;
}

function toJob(r: JobRow): Job {
  return {
    id: String(r.id), kind: r.kind, payload: r.payload, dedupeKey: r.dedupe_key, recurring: r.recurring,
    attempts: r.attempts, maxAttempts: r.max_attempts, createdAt: r.created_at,
  };
}

/** The queue on one PostgreSQL database (and schema). */
export class JobQueue {
  readonly pool: pg.Pool;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  private constructor(pool: pg.Pool, options: JobQueueOptions) {
    this.pool = pool;
    this.retryBaseMs = options.retryBaseMs ?? 2000;
    this.retryMaxMs = options.retryMaxMs ?? 10 * 60_000;
  }

  /** Connects, creates the schema when missing and applies the queue's migrations. */
  static async open(location: string | PgLocation, options: JobQueueOptions = {}): Promise<JobQueue> {
    const where = typeof location === 'string' ? parsePgLocation(location) : location;
    const pool = openPool(where, options.poolSize ?? 4, 'storyline-queue');
    try {
      await ensureSchema(pool, where.schema);
      await migrateQueue(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new JobQueue(pool, options);
  }

  /**
   * Adds jobs in one statement; those whose (kind, key) is already queued are left alone. Returns
   * how many were added.
   */
  async enqueue(jobs: readonly NewJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const result = await this.pool.query(
      `INSERT INTO jobs (kind, payload, dedupe_key, release_key_on_claim, recurring, max_attempts, run_at)
       SELECT j.kind, j.payload, j.dedupe_key, j.release_key_on_claim, j.recurring, j.max_attempts, coalesce(j.run_at, now())
       FROM jsonb_to_recordset($1::jsonb) AS j(kind text, payload jsonb, dedupe_key text, release_key_on_claim boolean,
         recurring boolean, max_attempts integer, run_at timestamptz)
       ON CONFLICT (kind, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
      [JSON.stringify(jobs.map((j) => ({
        kind: j.kind, payload: j.payload ?? null, dedupe_key: j.dedupeKey ?? null, release_key_on_claim: j.releaseKeyOnClaim ?? false,
        recurring: j.recurring ?? false, max_attempts: j.maxAttempts ?? 5, run_at: j.runAt?.toISOString() ?? null,
      })))],
    );
    return result.rowCount ?? 0;
  }

  /**
   * Claims up to `limit` due jobs of the given kinds for `workerId`, oldest due first, with a lease
   * of `leaseMs`. Rows other workers are claiming are skipped, never waited for.
   */
  async claim(workerId: string, kinds: readonly JobKind[], limit: number, leaseMs: number): Promise<Job[]> {
    if (limit <= 0) return [];
    const { rows } = await this.pool.query<JobRow>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, locked_by = $1,
         locked_until = now() + $2 * interval '1 millisecond', started_at = now(),
         dedupe_key = CASE WHEN release_key_on_claim THEN NULL ELSE dedupe_key END
       WHERE id IN (
         SELECT id FROM jobs WHERE state = 'pending' AND run_at <= now() AND kind = ANY($3)
         ORDER BY run_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, payload, dedupe_key, recurring, attempts, max_attempts, created_at`,
      [workerId, leaseMs, kinds, limit],
    );
    return rows.map(toJob).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Extends the leases of the jobs `workerId` holds; returns the ids it still holds. */
  async heartbeat(workerId: string, ids: readonly string[], leaseMs: number): Promise<string[]> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<{ id: string }>(
      `UPDATE jobs SET locked_until = now() + $2 * interval '1 millisecond'
       WHERE id = ANY($3::bigint[]) AND state = 'running' AND locked_by = $1 RETURNING id`,
      [workerId, leaseMs, ids],
    );
    return rows.map((r) => String(r.id));
  }

  /**
   * Marks a job done with what it reported (a recurring one goes back to pending at `nextRunAt`).
   * False when the lease was lost.
   */
  async complete(job: Job, workerId: string, nextRunAt?: Date, report?: Record<string, unknown>): Promise<boolean> {
    const result = job.recurring
      ? await this.pool.query(
        `UPDATE jobs SET state = 'pending', attempts = 0, run_at = coalesce($3::timestamptz, now()), locked_by = NULL,
           locked_until = NULL, last_error = NULL, error_code = NULL, finished_at = now(), result = $4
         WHERE id = $1 AND state = 'running' AND locked_by = $2`,
        [job.id, workerId, nextRunAt?.toISOString() ?? null, report ? JSON.stringify(report) : null])
      : await this.pool.query(
        `UPDATE jobs SET state = 'done', locked_by = NULL, locked_until = NULL, finished_at = now(), result = $3
         WHERE id = $1 AND state = 'running' AND locked_by = $2`,
        [job.id, workerId, report ? JSON.stringify(report) : null]);
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Records a failure: retried after a backoff, or dead (permanent error, or no attempts left) with
   * the error's code and message. 'lost' when the worker no longer held the job.
   */
  async fail(job: Job, workerId: string, error: unknown): Promise<FailOutcome> {
    const code = isStorylineError(error) ? error.code : (error as { code?: unknown })?.code ? String((error as { code: unknown }).code) : 'INTERNAL';
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const dead = isPermanent(error) || job.attempts >= job.maxAttempts;
    const delay = retryDelayMs(job.attempts, this.retryBaseMs, this.retryMaxMs);
    const result = await this.pool.query(
      `UPDATE jobs SET state = $3, run_at = CASE WHEN $3 = 'pending' THEN now() + $4 * interval '1 millisecond' ELSE run_at END,
         locked_by = NULL, locked_until = NULL, last_error = $5, error_code = $6,
         finished_at = CASE WHEN $3 = 'dead' THEN now() ELSE finished_at END
       WHERE id = $1 AND state = 'running' AND locked_by = $2`,
      [job.id, workerId, dead ? 'dead' : 'pending', delay, message, code],
    );
    if ((result.rowCount ?? 0) === 0) return 'lost';
    return dead ? 'dead' : 'retry';
  }

  /** Puts a job back without counting the attempt (the worker is stopping, or the job must wait its turn). */
  async release(job: Job, workerId: string, delayMs = 0): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE jobs SET state = 'pending', attempts = greatest(0, attempts - 1), run_at = now() + $3 * interval '1 millisecond',
         locked_by = NULL, locked_until = NULL
       WHERE id = $1 AND state = 'running' AND locked_by = $2`,
      [job.id, workerId, delayMs],
    );
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Returns jobs whose lease ran out to pending (their worker died or lost the database), or marks
   * them dead when that was their last attempt. Any worker may run this; it is cheap (an index on
   * running leases). Returns how many were returned and how many died.
   */
  async reapExpired(): Promise<{ returned: number; dead: number }> {
    const { rows } = await this.pool.query<{ state: string; n: number }>(
      `WITH expired AS (
         UPDATE jobs SET
           state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'pending' END,
           run_at = now(),
           last_error = 'the lease of ' || coalesce(locked_by, '?') || ' expired (the worker stopped or lost the database)',
           error_code = 'LEASE_EXPIRED',
           finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE finished_at END,
           locked_by = NULL, locked_until = NULL
         WHERE id IN (SELECT id FROM jobs WHERE state = 'running' AND locked_until < now() FOR UPDATE SKIP LOCKED)
         RETURNING state)
       SELECT state, count(*)::int AS n FROM expired GROUP BY state`,
    );
    return { returned: rows.find((r) => r.state === 'pending')?.n ?? 0, dead: rows.find((r) => r.state === 'dead')?.n ?? 0 };
  }

  /**
   * Puts dead jobs of these kinds back to pending with fresh attempts (after the cause was fixed);
   * their last error stays until they run. Returns how many.
   */
  async retryDead(kinds: readonly JobKind[]): Promise<number> {
    const result = await this.pool.query(
      `UPDATE jobs SET state = 'pending', attempts = 0, run_at = now(), finished_at = NULL
       WHERE state = 'dead' AND kind = ANY($1)`,
      [kinds],
    );
    return result.rowCount ?? 0;
  }

  /**
   * Deletes done jobs (not recurring ones) finished more than `days` ago; their articles stay, and
   * re-queueing the same document later is still recognised by the store's content id. Returns how
   * many were deleted.
   */
  async pruneDone(days: number): Promise<number> {
    const result = await this.pool.query(
      `DELETE FROM jobs WHERE state = 'done' AND NOT recurring AND finished_at < now() - $1 * interval '1 day'`,
      [days],
    );
    return result.rowCount ?? 0;
  }

  /**
   * True while any job of these kinds is left to do: running, or pending (recurring jobs count only
   * when due now, since they never end).
   */
  async hasWork(kinds: readonly JobKind[]): Promise<boolean> {
    const { rows } = await this.pool.query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = ANY($1) AND (state = 'running'
         OR (state = 'pending' AND (NOT recurring OR run_at <= now())))) AS any`,
      [kinds],
    );
    return rows[0].any;
  }

  /** Milliseconds until the next pending job of these kinds is due (0 when one is due), or null. */
  async msUntilNextDue(kinds: readonly JobKind[]): Promise<number | null> {
    const { rows } = await this.pool.query<{ ms: number | null }>(
      `SELECT greatest(0, extract(epoch FROM (min(run_at) - now())) * 1000)::float8 AS ms
       FROM jobs WHERE state = 'pending' AND kind = ANY($1)`,
      [kinds],
    );
    return rows[0].ms;
  }

  /**
   * Runs `fn` while holding the session advisory lock named `name` in this schema (two schemas of
   * one database never share a lock) on one connection, or returns `{ ran: false }` at once when
   * another session holds it. The lock goes with the connection if the process dies.
   */
  async withTryLock<T>(name: string, fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    const client = await this.pool.connect();
    let broken = false;
    let key = 0;
    try {
      key = (await client.query<{ key: number }>("SELECT hashtext($1 || ':' || current_schema()) AS key", [name])).rows[0].key;
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]);
      if (!rows[0].ok) return { ran: false };
      try {
        return { ran: true, value: await fn() };
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => { broken = true; });
      }
    } catch (error) {
      broken = true;
      throw error;
    } finally {
      // A connection whose unlock failed is discarded, so the lock cannot outlive this call.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

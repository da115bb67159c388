import type pg from 'pg';
import { StorylineError } from '../errors.js';

/** One versioned change of the queue's tables. */
export interface QueueMigration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The queue's own migrations, recorded in `queue_migrations` (apart from the store's, so the queue
 * and the store evolve independently). Applied in order, each in a transaction, under an advisory
 * lock so that workers starting together migrate once.
 */
export const QUEUE_MIGRATIONS: QueueMigration[] = [
  {
    version: 1,
    name: 'jobs',
    sql: `
      CREATE TABLE jobs (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        -- Re-enqueueing a job with the same (kind, dedupe_key) adds nothing: an article's content id,
        -- a feed's URL, or 'corpus' for the one pending run of the corpus steps.
        dedupe_key text,
        -- Jobs whose key is released when claimed (the corpus run): one may wait while one runs.
        release_key_on_claim boolean NOT NULL DEFAULT false,
        -- Recurring jobs (feeds) go back to pending after each run instead of done.
        recurring boolean NOT NULL DEFAULT false,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 5,
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_by text,
        locked_until timestamptz,
        last_error text,
        error_code text,
        -- What the last run reported (counts, the corpus steps' timings, a feed's outcome).
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE UNIQUE INDEX jobs_dedupe ON jobs (kind, dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX jobs_due ON jobs (run_at, id) WHERE state = 'pending';
      CREATE INDEX jobs_lease ON jobs (locked_until) WHERE state = 'running';
      CREATE INDEX jobs_finished ON jobs (finished_at) WHERE state IN ('done', 'dead');
    `,
  },
];


/** Applies the migrations the database lacks; refuses a database from a newer version (DB_SCHEMA). */
export async function migrateQueue(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('storyline:queue-migrate:' || current_schema()))");
    await client.query(`CREATE TABLE IF NOT EXISTS queue_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM queue_migrations');
    const current = rows[0].version;
    const latest = Math.max(...QUEUE_MIGRATIONS.map((m) => m.version));
    if (current > latest) {
      throw new StorylineError('DB_SCHEMA', `the queue tables are at version ${current}, newer than this Storyline knows (${latest}); upgrade Storyline`);
    }
    for (const m of QUEUE_MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO queue_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
    return latest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

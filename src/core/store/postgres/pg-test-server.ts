import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Why PostgreSQL tests are skipped when no server is configured. */
export const SKIP_REASON = 'set STORYLINE_TEST_PG=postgres://… to run the PostgreSQL store tests';

/** The PostgreSQL server tests run against, with a fresh schema per test and cleanup afterwards. */
export interface PgTestServer {
  /** STORYLINE_TEST_PG as given (without a schema). */
  baseUrl: string;
  /** A URL naming a new, unique schema (created by the store on open); dropped by `dropAll`. */
  freshUrl(): string;
  /** Drops every schema `freshUrl` handed out (DROP SCHEMA … CASCADE). */
  dropAll(): Promise<void>;
}

/**
 * The server named by STORYLINE_TEST_PG, or null when the variable is unset (tests then skip with
 * SKIP_REASON). Schema names carry the process id and a random part, so test files running in
 * parallel, and runs on a shared server, never meet.
 */
export function pgTestServer(env: NodeJS.ProcessEnv = process.env): PgTestServer | null {
  const baseUrl = env.STORYLINE_TEST_PG?.trim();
  if (!baseUrl) return null;
  const schemas: string[] = [];
  const tag = `${process.pid}_${randomBytes(3).toString('hex')}`;
  return {
    baseUrl,
    freshUrl(): string {
      const schema = `storyline_test_${tag}_${schemas.length}`;
      schemas.push(schema);
      const url = new URL(baseUrl);
      url.searchParams.set('schema', schema);
      return url.toString();
    },
    async dropAll(): Promise<void> {
      if (schemas.length === 0) return;
      const url = new URL(baseUrl);
      url.searchParams.delete('schema');
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

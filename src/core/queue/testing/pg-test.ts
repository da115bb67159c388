import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The test database's URL (STORYLINE_TEST_PG), or undefined: tests then skip, saying why. */
export const TEST_PG = process.env.STORYLINE_TEST_PG || undefined;

/** Why PostgreSQL tests are skipped when they are. */
export const SKIP_PG = TEST_PG ? false : 'set STORYLINE_TEST_PG=postgres://… to run the PostgreSQL tests';

/** A fresh schema name for one test. */
export function testSchema(prefix: string): string {
  return `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** The test database's URL with `?schema=NAME`. */
export function withSchema(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const u = new URL(url);
  u.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

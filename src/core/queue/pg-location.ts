import pg from 'pg';
import type { PgLocation } from '../store/postgres/pg-db.js';

export { parsePgLocation, type PgLocation } from '../store/postgres/pg-db.js';


/** A quoted SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A pool for a location: every connection uses the schema, and errors of connections (the server
 * restarted, the network dropped) are swallowed here and surface on the next query instead of
 * crashing the process; the pool then opens a fresh connection.
 */
export function openPool(location: PgLocation, max: number, applicationName = 'storyline'): pg.Pool {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max,
    application_name: applicationName,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
  });
  pool.on('error', () => { /* an idle client died; the next checkout reconnects */ });
  // A checked-out client whose connection drops between queries (a held advisory lock, an open
  // transaction) emits 'error' too; the next query on it fails with the cause instead.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** Creates the location's schema when missing (concurrent creators are tolerated). */
export async function ensureSchema(pool: pg.Pool, schema: string | null): Promise<void> {
  if (!schema) return;
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
  } catch (error) {
    // Two sessions creating the schema at once: the loser sees a unique violation; the schema exists.
    if (!['23505', '42P06'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN', '57P01', '57P02', '57P03', '53300']);

/**
 * True when an error means the database is (for now) out of reach rather than that the query was
 * wrong: refused or dropped connections, a server shutting down or starting, too many clients.
 */
export function isConnectionError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || e.code.startsWith('08'))) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (/Connection terminated|connection timeout|Client has encountered a connection error|terminating connection|the database system is (starting up|shutting down)/i.test(message)) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  return e.cause !== undefined && e.cause !== error && isConnectionError(e.cause);
}

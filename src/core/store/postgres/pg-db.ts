import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { StorylineError } from '../../errors.js';

/** A `postgres://` location split into what `pg` connects with and the schema Storyline works in. */
export interface PgLocation {
  /** The connection string without Storyline's own `schema` parameter. */
  connectionString: string;
  /** The schema the tables live in (`?schema=NAME`), or null for the server's default (`public`). */
  schema: string | null;
  /** The location with any password masked, for messages. */
  display: string;
}

/** Schema names Storyline accepts: plain SQL identifiers, so they never need quoting rules. */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Parses a `postgres://` or `postgresql://` URL; `?schema=NAME` selects (and creates) a schema. */
export function parsePgLocation(location: string): PgLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new StorylineError('DB_OPEN', `Not a valid PostgreSQL URL: ${mask(location)}`, { location: mask(location) });
  }
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) {
    throw new StorylineError('DB_OPEN', `The schema name "${schema}" is not allowed: use letters, digits and _ (at most 63, not starting with a digit).`, { schema });
  }
  const display = mask(url.toString()) + (schema ? `${url.search ? '&' : '?'}schema=${schema}` : '');
  return { connectionString: url.toString(), schema, display };
}

function mask(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}

/** A parameter list for positional `$n` placeholders: `p.add(value)` returns the placeholder. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The connection pool and the current transaction. Queries made inside `transaction(work)` (at any
 * depth of awaits) run on that transaction's connection, found through AsyncLocalStorage, so the
 * sub-stores need not pass a client around; other queries take any pooled connection.
 */
export class PgDb {
  private readonly current = new AsyncLocalStorage<pg.PoolClient>();

  /** `display` names the database in messages (password masked). */
  constructor(readonly pool: pg.Pool, private readonly display = 'PostgreSQL') {}

  /** Rows of a query, on the transaction's connection when one is open. */
  async query<R>(text: string, values: unknown[] = []): Promise<R[]> {
    const client = this.current.getStore();
    try {
      const result = await (client ?? this.pool).query(text, values);
      return result.rows as R[];
    } catch (error) {
      throw this.connectionError(error) ?? error;
    }
  }

  /**
   * A lost or refused connection as DB_OPEN (exit code 5, one line), not a stack trace; other
   * errors (SQL errors are bugs) are left as they are.
   */
  connectionError(error: unknown): StorylineError | null {
    if (!isConnectionFailure(error)) return null;
    const cause = describeError(error);
    return new StorylineError('DB_OPEN', `Lost the connection to the PostgreSQL database ${this.display}: ${cause}`, { location: this.display, cause });
  }

  /** The first row of a query, or undefined. */
  async one<R>(text: string, values: unknown[] = []): Promise<R | undefined> {
    return (await this.query<R>(text, values))[0];
  }

  /** True when called inside `transaction`. */
  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `work` in one transaction on one connection; a nested call joins the open one. `before`
   * runs first inside the transaction (locks), `after` last before COMMIT (buffered writes).
   */
  async transaction<T>(work: () => Promise<T>, hooks: { before?: () => Promise<void>; after?: () => Promise<void> } = {}): Promise<T> {
    if (this.inTransaction) return work();
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw this.connectionError(error) ?? error;
    }
    let released = false;
    try {
      await client.query('BEGIN');
      const result = await this.current.run(client, async () => {
        await hooks.before?.();
        const value = await work();
        await hooks.after?.();
        return value;
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      const lost = isConnectionFailure(error);
      if (!lost) await client.query('ROLLBACK').catch(() => undefined);
      // A connection that failed is discarded, not returned to the pool.
      released = true;
      client.release(lost ? (error as Error) : undefined);
      throw this.connectionError(error) ?? error;
    } finally {
      if (!released) client.release();
    }
  }
}

/** SQLSTATE classes and socket errors that mean the server is unreachable or dropped us. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  '57P01', '57P02', '57P03', '53300']);

/** True when an error from `pg` says the connection failed rather than the query. */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure);
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  const message = typeof e?.message === 'string' ? e.message : '';
  return CONNECTION_CODES.has(code) || code.startsWith('08')
    || /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** A driver or server error as one line: the server's message and its SQLSTATE or errno code. */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describeError(error.errors[0]);
  const e = error as { message?: string; code?: string } | null;
  const message = e?.message || String(error);
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

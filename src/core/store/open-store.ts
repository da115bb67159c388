import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/** True when a location names a PostgreSQL database (`postgres://…` or `postgresql://…`). */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store a location names: a file path (SQLite, the default), `:memory:`, or a
 * `postgres://` / `postgresql://` URL (PostgreSQL; `?schema=NAME` keeps the tables in that schema).
 * The PostgreSQL adapter and its driver are loaded only when such a URL is given.
 */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresLocation(location)) {
    const { PostgresStore } = await import('./postgres/postgres-store.js');
    return PostgresStore.open(location);
  }
  return SqliteStore.open(location);
}

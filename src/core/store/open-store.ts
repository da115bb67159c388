import { StorylineError } from '../errors.js';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';

/**
 * Opens the store a location names: a file path (SQLite, the default), `:memory:`, or a
 * `postgres://` URL once the PostgreSQL adapter exists.
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StorylineError('DB_OPEN', 'PostgreSQL databases are not supported by this version yet; use a SQLite file path.');
  }
  return SqliteStore.open(location);
}

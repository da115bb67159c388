import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from './sqlite-store.js';
import { MIGRATIONS } from './migrations/index.js';
import { sampleArticle, storeContract } from '../store-contract.js';
import { storyStoreContract } from '../story-store-contract.js';
import { isStorylineError } from '../../errors.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-sqlite-'));
let n = 0;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// The contract runs on real database files, not in memory, so WAL and file handling are exercised.
storeContract('sqlite', async () => SqliteStore.open(join(dir, `contract-${n++}.db`)));
storyStoreContract('sqlite', async () => SqliteStore.open(join(dir, `contract-${n++}.db`)));

/** The newest schema version: every migration is applied on open. */
const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));

test('sqlite: the schema is migrated once and the file persists across opens', async () => {
  const path = join(dir, 'persist.db');
  const first = SqliteStore.open(path);
  const a = sampleArticle('Persisted text.', { outlet: 'Keep' });
  await first.putArticle(a);
  assert.equal(first.schemaVersion(), LATEST);
  await first.close();
  const second = SqliteStore.open(path);
  assert.equal(second.schemaVersion(), LATEST);
  assert.equal((await second.getArticle(a.id))?.clean?.text, 'Persisted text.');
  await second.close();
  const raw = new Database(path);
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
});

test('sqlite: a database from a newer Storyline is refused with DB_SCHEMA', () => {
  const path = join(dir, 'newer.db');
  SqliteStore.open(path).close();
  const raw = new Database(path);
  raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
  raw.close();
  assert.throws(() => SqliteStore.open(path), (e: unknown) => isStorylineError(e) && e.code === 'DB_SCHEMA');
});

test('sqlite: an unopenable path is DB_OPEN', () => {
  // A path whose parent is a regular file can be neither created nor opened.
  const file = join(dir, 'plain-file');
  writeFileSync(file, 'not a folder');
  assert.throws(() => SqliteStore.open(join(file, 'cannot.db')), (e: unknown) => isStorylineError(e) && e.code === 'DB_OPEN');
});

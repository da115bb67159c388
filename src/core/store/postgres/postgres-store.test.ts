import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from './postgres-store.js';
import { FTS_BODY_CHARS, PG_MIGRATIONS } from './migrations.js';
import { parsePgLocation } from './pg-db.js';
import { toTsQuery } from './pg-fts.js';
import { MARK_START, MARK_STOP, foldWithOrigin, unfoldHeadline } from './pg-fold.js';
import { nextDay } from './pg-sql.js';
import { sampleArticle, storeContract } from '../store-contract.js';
import { storyStoreContract } from '../story-store-contract.js';
import { openStore } from '../open-store.js';
import { SqliteStore } from '../sqlite/sqlite-store.js';
import { isStorylineError } from '../../errors.js';
import { pgTestServer, SKIP_REASON } from './pg-test-server.js';

const server = pgTestServer();
after(async () => {
  await server?.dropAll();
});

if (!server) {
  test('postgres store contract', { skip: SKIP_REASON }, () => {});
} else {
  // The same contract suites as the SQLite adapter, each test in a fresh schema dropped afterwards.
  storeContract('postgres', async () => PostgresStore.open(server.freshUrl()));
  storyStoreContract('postgres', async () => PostgresStore.open(server.freshUrl()));

  const LATEST = Math.max(...PG_MIGRATIONS.map((m) => m.version));

  test('postgres: the schema is created, migrated once, and kept across opens', async () => {
    const url = server.freshUrl();
    const first = await PostgresStore.open(url);
    const a = sampleArticle('Persisted text.', { outlet: 'Keep' });
    await first.putArticle(a);
    assert.equal(await first.schemaVersion(), LATEST);
    await first.close();
    const second = await PostgresStore.open(url);
    assert.equal(await second.schemaVersion(), LATEST);
    assert.equal((await second.getArticle(a.id))?.clean?.text, 'Persisted text.');
    const applied = await second.db.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
    assert.equal(applied[0]!.n, PG_MIGRATIONS.length, 'a second open applies nothing');
    await second.close();
  });

  test('postgres: stores opened together migrate once (advisory lock)', async () => {
    const url = server.freshUrl();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url)));
    for (const s of stores) assert.equal(await s.schemaVersion(), LATEST);
    const applied = await stores[0]!.db.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
    assert.equal(applied[0]!.n, PG_MIGRATIONS.length);
    await Promise.all(stores.map((s) => s.close()));
  });

  test('postgres: a schema from a newer Storyline is refused with DB_SCHEMA', async () => {
    const url = server.freshUrl();
    const store = await PostgresStore.open(url);
    await store.db.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");
    await store.close();
    await assert.rejects(PostgresStore.open(url), (e: unknown) => isStorylineError(e) && e.code === 'DB_SCHEMA');
  });

  test('postgres: openStore routes postgres:// and postgresql:// URLs to the adapter', async () => {
    const url = server.freshUrl();
    const store = await openStore(url);
    assert.equal(store.kind, 'postgres');
    await store.close();
    const again = await openStore(url.replace(/^postgres:/, 'postgresql:'));
    assert.equal(again.kind, 'postgres');
    await again.close();
  });

  test('postgres: an unreachable server is DB_OPEN with a one-line message', async () => {
    // Port 1 on loopback: nothing listens there.
    await assert.rejects(PostgresStore.open('postgres://nobody:secret@127.0.0.1:1/none?schema=x'), (e: unknown) => {
      assert.ok(isStorylineError(e) && e.code === 'DB_OPEN');
      assert.match(e.message, /127\.0\.0\.1:1/);
      assert.doesNotMatch(e.message, /secret/, 'the password is masked');
      return true;
    });
  });

  test('postgres: a connection lost mid-command is DB_OPEN; the pool then reconnects', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      // The server ends this very connection, as a restart or an administrator would.
      await assert.rejects(store.db.query('SELECT pg_terminate_backend(pg_backend_pid())'),
        (e: unknown) => isStorylineError(e) && e.code === 'DB_OPEN' && /Lost the connection/.test(e.message));
      await assert.rejects(store.db.transaction(() => store.db.query('SELECT pg_terminate_backend(pg_backend_pid())')),
        (e: unknown) => isStorylineError(e) && e.code === 'DB_OPEN');
      assert.equal((await store.listArticles()).total, 0);
    } finally {
      await store.close();
    }
  });

  test('postgres: a missing database is DB_OPEN', async () => {
    const url = new URL(server.baseUrl);
    url.pathname = '/storyline_no_such_database';
    await assert.rejects(PostgresStore.open(url.toString()), (e: unknown) => isStorylineError(e) && e.code === 'DB_OPEN' && /does not exist/.test(e.message));
  });

  test('postgres: an article of any length is stored and found by its opening words', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      // 2 MB of distinct words: a tsvector of the whole body would pass PostgreSQL's 1 MB limit.
      const words = Array.from({ length: 250_000 }, (_, i) => `w${i.toString(36)}x`);
      const a = sampleArticle(`Opening harbourline words. ${words.join(' ')}`, { title: 'Long' });
      assert.ok(a.clean!.text.length > 2 * FTS_BODY_CHARS);
      assert.equal((await store.putArticle(a)).status, 'added');
      assert.equal((await store.getArticle(a.id))?.clean?.text, a.clean!.text);
      assert.equal((await store.search('harbourline')).total, 1);
    } finally {
      await store.close();
    }
  });

  test('postgres: search folds Latin diacritics as SQLite does, and snippets keep the original letters', async () => {
    const pgStore = await PostgresStore.open(server.freshUrl());
    const sqlite = SqliteStore.open(':memory:');
    try {
      const texts = [
        ['The delegation met in Zürich at a small café near the lake, then drove to Bördeby.', 'Talks in Zürich'],
        ['Négociations à Genève: the envoy said the proposal was naïve.', 'Genève round'],
        ['Делегація прибула до Києва; перемовини тривали до вечора. Ёлка.', 'Київ'],
        ['A plain English text about a harbour in Oslo and the Øresund bridge.', 'Oslo'],
      ];
      for (const [text, title] of texts) {
        const a = sampleArticle(text!, { title: title! });
        await pgStore.putArticle(a);
        await sqlite.putArticle(a);
      }
      for (const q of ['zurich', 'Zürich', 'cafe', 'café', 'geneve', 'negociations', 'naive', 'Киева', 'Києва', 'елка', 'Ёлка', 'oresund', 'Øresund', 'bordeby', '"zurich at"', 'zür*']) {
        const [p, s] = [await pgStore.search(q), await sqlite.search(q)];
        assert.equal(p.total, s.total, `"${q}": PostgreSQL ${p.total}, SQLite ${s.total}`);
      }
      // Outlet filters ignore the case of ASCII letters only, as SQLite's NOCASE.
      await pgStore.putArticle(sampleArticle('Текст про порт.', { outlet: 'День' }));
      await sqlite.putArticle(sampleArticle('Текст про порт.', { outlet: 'День' }));
      for (const outlet of ['День', 'ДЕНЬ', 'день']) {
        assert.equal((await pgStore.listArticles({ outlet })).total, (await sqlite.listArticles({ outlet })).total, outlet);
      }
      const hit = (await pgStore.search('zurich')).items[0]!;
      assert.match(hit.snippet, /\[Zürich\]/);
      assert.doesNotMatch(hit.snippet, /Zurich/, 'the original spelling is shown');
      assert.match((await pgStore.search('cafe')).items[0]!.snippet, /\[café\]/);
    } finally {
      await pgStore.close();
      await sqlite.close();
    }
  });

  test('postgres: updating an article that is not stored is NOT_FOUND and writes nothing', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      const a = sampleArticle('Never stored.', { outlet: 'Nowhere' });
      await assert.rejects(store.updateArticle(a), (e: unknown) => isStorylineError(e) && e.code === 'NOT_FOUND');
      assert.equal((await store.db.query<{ n: number }>('SELECT count(*) AS n FROM article_stages'))[0]!.n, 0);
    } finally {
      await store.close();
    }
  });

  test('postgres: the clusterer state must be prepared before use', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      assert.throws(() => store.stories().storyState().load(), (e: unknown) => isStorylineError(e) && e.code === 'INTERNAL');
      await store.stories().prepareState();
      assert.equal(store.stories().storyState().load(), null);
      assert.throws(() => store.stories().storyState().load(), (e: unknown) => isStorylineError(e) && e.code === 'INTERNAL', 'a snapshot is handed out once');
    } finally {
      await store.close();
    }
  });

  test('postgres: writes queued in a clustering transaction stay in it while other work reads', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      const a = sampleArticle('Ferry services to the island resumed on Friday after the storm passed.', { outlet: 'Wire', published: '2025-05-10' });
      await store.putArticle(a);
      const queries = store.stories();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let queued!: () => void;
      const ready = new Promise<void>((resolve) => (queued = resolve));
      const clustering = queries.inTransaction(async () => {
        await queries.prepareState();
        queries.duplicateState().put({ id: a.id, ordinal: 0, signature: new Uint32Array([7]), shingles: 1, group: a.id, duplicateOf: null, jaccard: null, containment: null });
        queued();
        await gate;
      });
      await ready;
      // Other work on the same store meanwhile: its reads flush nothing of the transaction's queue.
      assert.equal((await store.stories().listStories()).total, 0);
      assert.equal((await store.db.query<{ n: number }>('SELECT count(*) AS n FROM duplicate_records'))[0]!.n, 0);
      release();
      await clustering;
      assert.equal((await store.db.query<{ n: number }>('SELECT count(*) AS n FROM duplicate_records'))[0]!.n, 1, 'written at commit');
    } finally {
      await store.close();
    }
  });

  test('postgres: a failed clustering transaction leaves nothing behind', async () => {
    const store = await PostgresStore.open(server.freshUrl());
    try {
      const a = sampleArticle('Rescue teams evacuated residents of Oskel by boat overnight after the river flooded.', { outlet: 'Wire', published: '2025-05-09' });
      await store.putArticle(a);
      const queries = store.stories();
      await assert.rejects(queries.inTransaction(async () => {
        await queries.prepareState();
        queries.duplicateState().put({ id: a.id, ordinal: 0, signature: new Uint32Array([1, 2]), shingles: 2, group: a.id, duplicateOf: null, jaccard: null, containment: null });
        await queries.unclusteredArticleIds(); // flushes the put inside the transaction
        throw new Error('boom');
      }), /boom/);
      await queries.prepareState();
      assert.deepEqual([...queries.duplicateState().all()], []);
      assert.deepEqual(await queries.unclusteredArticleIds(), [a.id]);
    } finally {
      await store.close();
    }
  });
}

test('postgres URLs: schema parameter, masking, bad names', () => {
  const loc = parsePgLocation('postgres://u:pw@host:5433/db?schema=run_1&sslmode=disable');
  assert.equal(loc.schema, 'run_1');
  assert.equal(loc.connectionString, 'postgres://u:pw@host:5433/db?sslmode=disable');
  assert.doesNotMatch(loc.display, /pw/);
  assert.equal(parsePgLocation('postgresql://localhost/db').schema, null);
  for (const bad of ['x;DROP', '1abc', 'a b', '"q"', 'a'.repeat(64)]) {
    assert.throws(() => parsePgLocation(`postgres://localhost/db?schema=${encodeURIComponent(bad)}`), (e: unknown) => isStorylineError(e) && e.code === 'DB_OPEN', bad);
  }
});

test('postgres full-text queries: the same meaning as the FTS5 ones, never a syntax error', () => {
  assert.equal(toTsQuery('ceasefire'), "'ceasefire'");
  assert.equal(toTsQuery('"talks resumed"'), "('talks' <-> 'resumed')");
  assert.equal(toTsQuery('ceasef*'), "'ceasef':*");
  assert.equal(toTsQuery('budgets OR overnight'), "'budgets' | 'overnight'");
  assert.equal(toTsQuery('port strike OR lockout'), "'port' & 'strike' | 'lockout'");
  assert.equal(toTsQuery("'; DROP TABLE articles; --"), "'DROP' & 'TABLE' & 'articles'");
  for (const hostile of ['"', 'AND', '*', '-', '^', '   ', 'OR']) {
    const q = toTsQuery(hostile);
    assert.ok(q === null || /^[\p{L}\p{N}'&|:*()<> -]+$/u.test(q), hostile);
  }
  assert.equal(toTsQuery(''), null);
});

test('diacritic folding maps every folded character back to the original text', () => {
  const body = 'Prè-amble. Zürich (Zu\u0308rich) café: Øresund, Київ.';
  const { folded, origin } = foldWithOrigin(body);
  assert.equal(folded, 'Pre-amble. Zurich (Zurich) cafe: Øresund, Київ.');
  assert.equal(origin.length, folded.length + 1);
  const headline = `(${MARK_START}Zurich${MARK_STOP}) ${MARK_START}cafe${MARK_STOP}`;
  assert.equal(unfoldHeadline(headline, body), '…(Zu\u0308rich) [café]…'.replace('(', '([').replace('rich)', 'rich])'));
  assert.equal(unfoldHeadline(`${MARK_START}Pre${MARK_STOP}-amble.`, 'Prè-amble.'), '[Prè]-amble.');
  // A headline that is not in the body (cannot happen) is shown folded rather than lost.
  assert.equal(unfoldHeadline(`x ${MARK_START}y${MARK_STOP}`, 'nothing'), 'x [y]');
});

test('date-only "until" bounds match SQLite date(…, "+1 day")', () => {
  assert.equal(nextDay('2025-12-31'), '2026-01-01');
  assert.equal(nextDay('2024-02-28'), '2024-02-29');
  assert.equal(nextDay('2025-02-30'), '2025-03-03');
  assert.equal(nextDay('2025-02-32'), null);
  assert.equal(nextDay('2025-13-01'), null);
});

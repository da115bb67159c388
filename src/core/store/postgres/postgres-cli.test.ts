import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoryline, type CliResult } from '../../../testing/run-cli.js';
import { repoPath } from '../../../testing/repo-path.js';
import { pgTestServer, SKIP_REASON } from './pg-test-server.js';

/**
 * End-to-end equivalence: the sample corpus ingested through the CLI into SQLite and into
 * PostgreSQL gives the same stories, entities, statements, statistics and export, and the same
 * search hits (ranking functions differ between the engines; see docs/storage.md).
 */
const server = pgTestServer();
const dir = mkdtempSync(join(tmpdir(), 'storyline-pg-cli-'));
const sqlite = join(dir, 'same.db');
const postgres = server?.freshUrl() ?? '';
const CORPUS = repoPath('samples', 'corpus');

process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
after(async () => {
  await server?.dropAll();
});

async function json(db: string, ...args: string[]): Promise<unknown> {
  const r = await runStoryline([...args, '--json', '--db', db]);
  assert.equal(r.code, 0, `${args.join(' ')} on ${db}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The same command on both databases, as parsed JSON. */
async function both(...args: string[]): Promise<[unknown, unknown]> {
  return [await json(sqlite, ...args), await json(postgres, ...args)];
}

/** A value with every key named `ingestedAt` / `ingested_at` (the time of the run) taken out. */
function withoutIngestTimes(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'ingestedAt' || k === 'ingested_at' || k === 'elapsedMs' ? undefined : v)));
}

if (!server) {
  test('postgres CLI equivalence', { skip: SKIP_REASON }, () => {});
} else {
  let ingested: [CliResult, CliResult];

  before(async () => {
    // On PostgreSQL `ingest` queues jobs for workers by default; --inline processes them in the command.
    ingested = [
      await runStoryline(['ingest', CORPUS, '--json', '--db', sqlite]),
      await runStoryline(['ingest', CORPUS, '--inline', '--json', '--db', postgres]),
    ];
  });

  test('postgres CLI: ingest of samples/corpus stores the same articles as on SQLite', () => {
    const [s, p] = ingested;
    assert.equal(p.code, s.code, p.stderr);
    const [sj, pj] = [JSON.parse(s.stdout) as { added: number; addedIds: string[] }, JSON.parse(p.stdout) as { added: number; addedIds: string[] }];
    assert.ok(sj.added > 0);
    assert.equal(pj.added, sj.added);
    assert.deepEqual(pj.addedIds, sj.addedIds);
  });

  test('postgres CLI: stories, entities, statements, timelines, articles and stats are identical', async () => {
    for (const args of [['stories', '--limit', '1000'], ['entities', '--limit', '1000'], ['entity', 'Kostyrsky'], ['quotes', '--limit', '1000'],
      ['quotes', '--speaker', 'Kostyrsky'], ['timeline', '--entity', 'Kostyrsky'], ['articles', '--limit', '1000'], ['stats']]) {
      const [s, p] = await both(...args);
      assert.deepEqual(withoutIngestTimes(p), withoutIngestTimes(s), args.join(' '));
    }
    const stories = (await json(postgres, 'stories')) as { total: number; items: Array<{ id: string }> };
    assert.ok(stories.total > 0);
    for (const args of [['story', stories.items[0]!.id], ['timeline', '--story', stories.items[0]!.id]]) {
      const [s, p] = await both(...args);
      assert.deepEqual(withoutIngestTimes(p), withoutIngestTimes(s), args.join(' '));
    }
    const quotes = (await json(postgres, 'quotes')) as { items: Array<{ id: string }> };
    const [s, p] = await both('statement', quotes.items[0]!.id);
    assert.deepEqual(p, s);
  });

  test('postgres CLI: search finds the same articles, ranked, with highlighted snippets', async () => {
    for (const query of ['ceasefire', 'port', '"prisoner exchange"', 'negotiat*', 'Kalyn OR Meridale', 'перемовини', '"; DROP TABLE articles']) {
      const [s, p] = (await both('search', query, '--limit', '1000')) as Array<{ total: number; items: Array<{ id: string; score: number; snippet: string }> }>;
      assert.equal(p!.total, s!.total, query);
      assert.deepEqual(p!.items.map((i) => i.id).sort(), s!.items.map((i) => i.id).sort(), query);
      for (const [i, hit] of p!.items.entries()) {
        if (i > 0) assert.ok(p!.items[i - 1]!.score >= hit.score, `${query}: ranked by score`);
        assert.match(hit.snippet, /\[[^\]]+\]/, `${query}: a match is highlighted`);
      }
    }
  });

  test('postgres CLI: the export is identical', async () => {
    const [s, p] = await Promise.all([sqlite, postgres].map((db) => runStoryline(['export', '--format', 'jsonl', '--db', db])));
    assert.equal(p!.code, 0, p!.stderr);
    const lines = (r: CliResult): unknown[] => r.stdout.trim().split('\n').map((l) => withoutIngestTimes(JSON.parse(l)));
    assert.deepEqual(lines(p!), lines(s!));
  });

  test('postgres CLI: STORYLINE_DB selects PostgreSQL too', async () => {
    const r = await runStoryline(['stats', '--json'], { env: { STORYLINE_DB: postgres } });
    assert.equal(r.code, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { articles: number }).articles, (JSON.parse(ingested[1].stdout) as { added: number }).added);
  });
}

test('postgres CLI: an unreachable server is exit code 5 with a one-line DB_OPEN message', async () => {
  const r = await runStoryline(['stats', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
  assert.equal(r.code, 5, r.stderr);
  assert.match(r.stderr, /DB_OPEN/);
  assert.doesNotMatch(r.stderr, /secret|\n\s+at /, 'no password, no stack');
});

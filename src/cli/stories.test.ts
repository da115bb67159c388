import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runStoryline } from '../testing/run-cli.js';
import { repoPath } from '../testing/repo-path.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-stories-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'demo.db');

interface Expected { articles: Array<{ key: string; story: string; event: string; duplicate_of: string | null }> }
const expected = JSON.parse(readFileSync(repoPath('samples', 'expected.json'), 'utf8')) as Expected;

interface Row { id: string; storyline_id: string; duplicate_of: string | null; event_id: string | null; story_id: string | null; origin: { file?: string } }

async function exportRows(): Promise<Row[]> {
  const r = await runStoryline(['export', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Row);
}

// The key expected.json uses: the record id for JSONL, the path under samples/ for files.
function keyOf(row: Row): string {
  if (row.origin.file && !row.origin.file.endsWith('.jsonl')) return relative(repoPath('samples'), row.origin.file);
  return row.id;
}

test('stories: the demo corpus is clustered; wire copies are duplicates of their original', async () => {
  const demo = await runStoryline(['demo', '--db', db, '--no-serve']);
  assert.equal(demo.code, 0, demo.stderr);
  const rows = await exportRows();
  assert.equal(rows.length, expected.articles.length);
  for (const row of rows) {
    assert.ok(row.event_id && row.story_id, `${row.id} is placed`);
  }
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const idOf = (key: string): string => byKey.get(key)?.id ?? key;
  let found = 0;
  let wanted = 0;
  let wrong = 0;
  for (const a of expected.articles) {
    const row = byKey.get(a.key);
    assert.ok(row, `article ${a.key} exported`);
    if (a.duplicate_of) {
      wanted++;
      if (row.duplicate_of === idOf(a.duplicate_of)) found++;
    } else if (row.duplicate_of) {
      // An original marked as a copy of an article of another event is a false duplicate.
      const other = expected.articles.find((x) => idOf(x.key) === row.duplicate_of);
      if (!other || other.event !== a.event) wrong++;
    }
  }
  assert.equal(wrong, 0, 'no article is a copy of one about another event');
  assert.ok(found / wanted >= 0.75, `wire copies found: ${found} of ${wanted}`);
  // A copy is placed in the event of the article it copies.
  for (const row of rows.filter((r) => r.duplicate_of)) {
    const original = rows.find((r) => r.id === row.duplicate_of);
    assert.equal(row.event_id, original?.event_id, `${row.id} joins the event of ${row.duplicate_of}`);
  }
});

test('stories: no story mixes two of the corpus stories', async () => {
  const rows = await exportRows();
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  const storiesOf = new Map<string, Set<string>>();
  for (const a of expected.articles) {
    const story = byKey.get(a.key)!.story_id!;
    const set = storiesOf.get(story) ?? new Set<string>();
    set.add(a.story);
    storiesOf.set(story, set);
  }
  for (const [story, labels] of storiesOf) assert.equal(labels.size, 1, `${story} holds ${[...labels].join(', ')}`);
});

test('stories: list, detail, corrections, and ids stable across a re-ingest', async () => {
  const list = JSON.parse((await runStoryline(['stories', '--db', db, '--json'])).stdout);
  assert.ok(list.total >= 5);
  const top = list.items[0];
  for (const key of ['id', 'label', 'articles', 'events', 'firstPublished', 'lastPublished', 'outlets', 'independentSources', 'topEntities', 'summary']) assert.ok(key in top, key);
  assert.ok(top.summary.every((s: { article: string; text: string }) => s.article && s.text));
  const before = await exportRows();
  const detail = await runStoryline(['story', top.id, '--db', db]);
  assert.equal(detail.code, 0);
  assert.match(detail.stdout, new RegExp(`^${top.id}: `));
  assert.equal((await runStoryline(['story', 'st-99999', '--db', db])).code, 4);

  // Merge the two largest stories (an analyst correction) and check that it sticks.
  const sorted = [...list.items].sort((a, b) => b.articles - a.articles);
  const [a, b] = sorted;
  const merged = await runStoryline(['story', 'merge', a.id, b.id, '--db', db, '--json']);
  assert.equal(merged.code, 0, merged.stderr);
  const after = JSON.parse((await runStoryline(['story', a.id, '--db', db, '--json'])).stdout);
  assert.equal(after.articles, a.articles + b.articles);
  assert.equal(JSON.parse((await runStoryline(['story', b.id, '--db', db, '--json'])).stdout).id, a.id, 'the merged id resolves to the survivor');

  const again = await runStoryline(['demo', '--db', db, '--no-serve']);
  assert.equal(again.code, 0);
  const rows = await exportRows();
  for (const row of rows) {
    const old = before.find((r) => r.id === row.id)!;
    assert.equal(row.event_id, old.event_id, `${row.id} keeps its event`);
    if (old.story_id !== b.id) assert.equal(row.story_id, old.story_id, `${row.id} keeps its story`);
    else assert.equal(row.story_id, a.id);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { defineStage } from '../pipeline/stage.js';
import { cleanStage } from '../stages/clean/clean-stage.js';
import { ingest } from './ingest.js';
import { reprocessOutdated } from './reprocess.js';
import type { CorpusStep } from '../corpus/corpus-steps.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-reprocess-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('reprocessOutdated: articles of an older stage version are re-run, then the corpus steps', async () => {
  const store = SqliteStore.open(join(dir, 'r.db'));
  const file = join(dir, 'a.jsonl');
  writeFileSync(file, [1, 2].map((i) => JSON.stringify({ id: `r${i}`, text: `Article ${i} about the harbour.` })).join('\n'));
  // Version 1 of a language stage that finds nothing; version 2 finds English.
  const v1 = defineStage({ name: 'language', version: 1, requires: ['clean'], run: () => ({ code: 'und', confidence: 0, source: 'none', scripts: {} }) });
  const v2 = defineStage({ name: 'language', version: 2, requires: ['clean'], run: () => ({ code: 'en', confidence: 1, source: 'detected', scripts: {} }) });
  await ingest(store, [file], { stages: [cleanStage, v1], corpusSteps: [] });
  assert.equal((await store.getArticle('r1'))?.language?.code, 'und');
  const seen: string[][] = [];
  const probe: CorpusStep = { name: 'probe', run: async (_s, batch) => { seen.push([...batch.addedIds]); return {}; } };
  const first = await reprocessOutdated(store, [cleanStage, v2], [probe]);
  assert.equal(first.outdated, 2);
  assert.equal(first.updated, 2);
  assert.equal((await store.getArticle('r1'))?.language?.code, 'en');
  assert.equal((await store.getArticle('r1'))?.versions.language, 2);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].length, 2);
  const second = await reprocessOutdated(store, [cleanStage, v2], [probe]);
  assert.deepEqual([second.outdated, second.updated, seen.length], [0, 0, 1]);
  await store.close();
});

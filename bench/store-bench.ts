import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestSummary } from '../src/core/ingest/ingest.js';
import { SqliteStore } from '../src/core/store/sqlite/sqlite-store.js';
import { PostgresStore } from '../src/core/store/postgres/postgres-store.js';
import { pgTestServer } from '../src/core/store/postgres/pg-test-server.js';
import type { Store } from '../src/core/store/store.js';

// SQLite against PostgreSQL on the same work: the sample corpus (samples/corpus, 53 articles)
// ingested through the real ingest path (pipeline, storage, corpus steps) into a fresh SQLite file
// and a fresh PostgreSQL schema, alternately, then the same searches and story lists on each.
// Prints and writes bench/results/store.json.
// Usage: STORYLINE_TEST_PG=postgres://… node dist/bench/store-bench.js [--runs N]

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = join(REPO, 'samples', 'corpus');
const QUERIES = ['ceasefire', 'port', '"prisoner exchange"', 'negotiat*', 'Kalyn OR Meridale'];

interface Run {
  seconds: number;
  articles: number;
  /** Milliseconds of the whole batch spent storing (ingest total minus stage time). */
  storageAndCorpusMs: number;
  corpusMs: Record<string, number>;
  /** Median milliseconds of one search and of one story list, on the ingested corpus. */
  searchMs: number;
  storiesMs: number;
}

async function measure(store: Store): Promise<Run> {
  const started = performance.now();
  const summary: IngestSummary = await ingest(store, [CORPUS]);
  const seconds = (performance.now() - started) / 1000;
  const stageMs = Object.values(summary.stageMs).reduce((a, b) => a + b, 0);
  const searchTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await store.search(q);
      searchTimes.push(performance.now() - t);
    }
  }
  const storyTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await store.stories().listStories();
    storyTimes.push(performance.now() - t);
  }
  return {
    seconds, articles: summary.added, storageAndCorpusMs: Math.round(seconds * 1000 - stageMs),
    corpusMs: Object.fromEntries(summary.corpus.map((c) => [c.step, c.ms])),
    searchMs: round(median(searchTimes), 2), storiesMs: round(median(storyTimes), 2),
  };
}

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)]!;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function summarize(runs: Run[]): Record<string, unknown> {
  return {
    seconds: round(median(runs.map((r) => r.seconds)), 2),
    articlesPerSecond: round(median(runs.map((r) => r.articles / r.seconds)), 1),
    storageAndCorpusMs: median(runs.map((r) => r.storageAndCorpusMs)),
    corpusStepMs: Object.fromEntries(Object.keys(runs[0]!.corpusMs).map((k) => [k, median(runs.map((r) => r.corpusMs[k]!))])),
    searchMs: median(runs.map((r) => r.searchMs)),
    listStoriesMs: median(runs.map((r) => r.storiesMs)),
  };
}

async function main(argv: string[]): Promise<number> {
  const i = argv.indexOf('--runs');
  const runs = Number(i >= 0 ? argv[i + 1] : 3);
  const server = pgTestServer();
  if (!server) {
    process.stdout.write('store bench: skipped: set STORYLINE_TEST_PG=postgres://… to compare with PostgreSQL\n');
    return 0;
  }
  const sqlite: Run[] = [];
  const postgres: Run[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const dir = mkdtempSync(join(tmpdir(), 'storyline-store-bench-'));
      const s = SqliteStore.open(join(dir, 'bench.db'));
      sqlite.push(await measure(s));
      await s.close();
      rmSync(dir, { recursive: true, force: true });
      const p = await PostgresStore.open(server.freshUrl());
      postgres.push(await measure(p));
      await p.close();
      process.stderr.write(`run ${run + 1}: sqlite ${sqlite.at(-1)!.seconds.toFixed(2)}s, postgres ${postgres.at(-1)!.seconds.toFixed(2)}s\n`);
    }
  } finally {
    await server.dropAll();
  }
  const report = {
    benchmark: 'store',
    input: { corpus: 'samples/corpus', articles: sqlite[0]!.articles, queries: QUERIES },
    runs,
    median: { sqlite: summarize(sqlite), postgres: summarize(postgres) },
    environment: {
      node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30),
      postgres: 'local server on loopback', date: new Date().toISOString(),
    },
    note: 'Runs alternate between the adapters on a shared machine; compare numbers from the same run only.',
    runsDetail: { sqlite, postgres },
  };
  const out = join(REPO, 'bench', 'results', 'store.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`store bench (median of ${runs}):\n  sqlite   ${JSON.stringify(report.median.sqlite)}\n  postgres ${JSON.stringify(report.median.postgres)}\nwritten to ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then((c) => {
  process.exitCode = c;
});

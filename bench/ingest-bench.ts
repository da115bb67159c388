import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/core/ingest/ingest.js';
import { SqliteStore } from '../src/core/store/sqlite/sqlite-store.js';

// Ingest throughput on real news text: the gun-violence corpus (about 3,000 articles) through the
// real ingest path into a real SQLite file. Prints and writes bench/results/ingest.json.
// Usage: npm run bench [-- --runs N] [--file PATH]

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<number> {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const file = resolve(get('--file') ?? join(REPO, '..', 'shared', 'benchmarks', 'clustering', 'gunviolence', 'docs.jsonl'));
  const runs = Number(get('--runs') ?? 3);
  if (!existsSync(file)) {
    process.stdout.write(`bench: skipped: ${file} is absent\n`);
    return 0;
  }
  const bytes = statSync(file).size;
  const results: Array<{ seconds: number; articles: number; rejected: number; articlesPerSecond: number; mbPerSecond: number; msPerArticleByStage: Record<string, number>; corpusMs: Record<string, number> }> = [];
  for (let run = 0; run < runs; run++) {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-'));
    const store = SqliteStore.open(join(dir, 'bench.db'));
    const started = performance.now();
    const summary = await ingest(store, [file]);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const perStage = Object.fromEntries(Object.entries(summary.stageMs).map(([k, ms]) => [k, Math.round((ms / summary.added) * 1000) / 1000]));
    const corpusMs = Object.fromEntries(summary.corpus.map((c) => [c.step, c.ms]));
    results.push({ seconds, articles: summary.added, rejected: summary.rejected, articlesPerSecond: summary.added / seconds, mbPerSecond: bytes / 1e6 / seconds, msPerArticleByStage: perStage, corpusMs });
    process.stderr.write(`run ${run + 1}: ${summary.added} articles in ${seconds.toFixed(2)}s = ${(summary.added / seconds).toFixed(0)} articles/s\n`);
  }
  const median = <T>(xs: T[], key: (x: T) => number): number => {
    const v = xs.map(key).sort((a, b) => a - b);
    return v[Math.floor(v.length / 2)];
  };
  const stages = Object.keys(results[0].msPerArticleByStage);
  const report = {
    benchmark: 'ingest',
    input: { file: 'benchmarks/clustering/gunviolence/docs.jsonl', bytes, articles: results[0].articles, rejected: results[0].rejected },
    runs,
    median: {
      articlesPerSecond: Math.round(median(results, (r) => r.articlesPerSecond)),
      mbPerSecond: Math.round(median(results, (r) => r.mbPerSecond) * 100) / 100,
      seconds: Math.round(median(results, (r) => r.seconds) * 100) / 100,
      msPerArticleByStage: Object.fromEntries(stages.map((s) => [s, median(results, (r) => r.msPerArticleByStage[s])])),
      corpusStepMs: Object.fromEntries(Object.keys(results[0].corpusMs).map((s) => [s, median(results, (r) => r.corpusMs[s])])),
    },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    target: '300 articles/s per core for the whole pipeline once every stage is real',
    environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), date: new Date().toISOString() },
    note: 'The machine is shared; compare runs made together.',
    runsDetail: results,
  };
  const out = join(REPO, 'bench', 'results', 'ingest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`ingest: median ${report.median.articlesPerSecond} articles/s, ${report.median.mbPerSecond} MB/s, peak RSS ${report.peakRssMb} MB\nper stage (ms/article): ${JSON.stringify(report.median.msPerArticleByStage)}\ncorpus steps (ms per batch): ${JSON.stringify(report.median.corpusStepMs)}\n${report.environment.node} on ${report.environment.cpu}\nwritten to ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then((c) => {
  process.exitCode = c;
});

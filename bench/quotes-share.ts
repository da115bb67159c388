/**
 * The share of pipeline time taken by the quotes stage (issue 5, point 7: at most 30% added per
 * article) and by the dates stage (issue 6, point 6: at most 20%): ms per article per stage of the
 * default pipeline over the first 1,000 articles of the gun-violence clustering benchmark, the
 * median of 3 runs, from the runner's own per-stage trace. "Added" is the stage's time over the
 * time of the rest of the pipeline (what running it adds); "share" is its part of the total.
 * Writes `bench/results/stage-share.json` with the Node version, the CPU model and the load average.
 *
 * Run: `npx tsc -p tsconfig.json && node dist/bench/quotes-share.js [--articles=N] [--runs=N]`
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newArticle } from '../src/core/ingest/build-article.js';
import { DEFAULT_PIPELINE } from '../src/core/pipeline/default-pipeline.js';
import { runPipeline } from '../src/core/pipeline/run-pipeline.js';
import type { Article } from '../src/core/article.js';

const DOCS = '/work/shared/benchmarks/clustering/gunviolence/docs.jsonl';

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function loadArticles(n: number): Article[] {
  const out: Article[] = [];
  for (const line of readFileSync(DOCS, 'utf8').split('\n')) {
    if (out.length >= n) break;
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; title?: string; text?: string; date?: string; published?: string; source?: string };
    out.push(newArticle({
      format: 'text', raw: `${d.title ? `${d.title}\n\n` : ''}${d.text ?? ''}`, metadata: {}, origin: { file: 'docs.jsonl' },
      externalId: d.id, title: d.title, published: d.published ?? d.date, outlet: d.source,
    }));
  }
  return out;
}

/** One pass: total ms per stage over all articles. */
function pass(articles: readonly Article[]): Record<string, number> {
  const ms: Record<string, number> = {};
  for (const a of articles) {
    const done = runPipeline(a, DEFAULT_PIPELINE);
    for (const t of done.trace) ms[t.stage] = (ms[t.stage] ?? 0) + t.ms;
  }
  return ms;
}

const n = arg('articles', 1000);
const runs = arg('runs', 3);
const articles = loadArticles(n);
// A warm-up pass over a few articles, so that JIT compilation is not counted in the first run.
pass(articles.slice(0, 20));
const perRun: Array<Record<string, number>> = [];
for (let r = 0; r < runs; r++) perRun.push(pass(articles));
const stages = DEFAULT_PIPELINE.map((s) => s.name);
const msPerArticle: Record<string, number> = {};
for (const s of stages) msPerArticle[s] = Number((median(perRun.map((r) => r[s] ?? 0)) / articles.length).toFixed(4));
const total = Object.values(msPerArticle).reduce((a, b) => a + b, 0);
const shareOf = (stage: string): { msPerArticle: number; shareOfTotal: number; addedToRest: number } => {
  const ms = msPerArticle[stage] ?? 0;
  return { msPerArticle: ms, shareOfTotal: Number((ms / total).toFixed(4)), addedToRest: Number((ms / (total - ms)).toFixed(4)) };
};
const result = {
  benchmark: 'stage share of the default pipeline',
  corpus: 'gunviolence docs.jsonl (first articles)',
  articles: articles.length,
  runs,
  statistic: 'median over runs of total stage ms, divided by articles',
  msPerArticle,
  totalMsPerArticle: Number(total.toFixed(4)),
  quotes: { ...shareOf('quotes'), limit: 'adds at most 0.30 (issue 5, point 7)' },
  dates: { ...shareOf('dates'), limit: 'adds at most 0.20 (issue 6, point 6)' },
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
  measuredAt: new Date().toISOString(),
};
const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'results', 'stage-share.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

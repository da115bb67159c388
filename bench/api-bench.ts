/**
 * API latency on a database of 10,000 articles: the story list, story pages and the article list,
 * measured with autocannon against `storyline serve` running as a real child process.
 *
 * The corpus is synthesised from the bundled samples (samples/corpus/articles.jsonl, written for the
 * project): each synthetic event takes a sample article as its template, renames its capitalised
 * words consistently (events made from one template are told apart by their names), gets a
 * publication day, and is reported 1–5 times by different outlets with sentences dropped and
 * shuffled per report. It is ingested by the real pipeline into a real SQLite file (kept with --db
 * so that later runs skip the ingest).
 *
 * Each endpoint is measured as served (answers and indexes kept until the data changes) with
 * autocannon, and with `--no-cache` (every answer computed from the store) one request at a time. Requests carry `Accept-Encoding: gzip` as
 * a browser's do. Latency percentiles are computed from every response time autocannon reports.
 *
 * Run: npm run build && node dist/bench/api-bench.js [--articles 10000] [--db PATH] [--seconds 10] [--connections 10] [--out bench/results/api.json]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/core/corpus/duplicates/hash32.js';
import { ingest } from '../src/core/ingest/ingest.js';
import { SqliteStore } from '../src/core/store/sqlite/sqlite-store.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(REPO, 'dist', 'src', 'cli', 'main.js');

interface AutocannonInstance {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>, done: (error: Error | null, result: { requests: { average: number }; non2xx: number; errors: number; duration: number }) => void) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

interface Template { title: string; text: string }

const SYLLABLES = ['ka', 'lo', 'mir', 'an', 'ves', 'tor', 'el', 'du', 'ra', 'sen', 'vo', 'lin', 'bar', 'e', 'os', 'trel', 'ny', 'gar', 'pol', 'is'];

/** A name of two or three syllables from a random source. */
function fakeName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** The synthetic corpus as JSONL: `count` articles. */
function synthesise(templates: Template[], count: number): string {
  const rand = seededRandom(20261122);
  const outlets = Array.from({ length: 40 }, (_, i) => `${fakeName(rand)} ${['Times', 'Post', 'Wire', 'Herald', 'Courier'][i % 5]}`);
  const lines: string[] = [];
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let event = 0; lines.length < count; event++) {
    const t = templates[event % templates.length]!;
    const names = new Map<string, string>();
    const rename = (text: string): string => text.replace(/\b\p{Lu}[\p{Ll}’']{2,}\b/gu, (w) => {
      if (/^(The|A|An|In|On|At|He|She|It|We|They|But|And|Mr|Mrs|Ms|Dr|On|For|After|Before|When|If)$/.test(w)) return w;
      let n = names.get(w);
      if (!n) names.set(w, (n = fakeName(rand)));
      return n;
    });
    const title = rename(t.title);
    const sentences = rename(t.text).split(/(?<=[.!?])\s+/).filter(Boolean);
    const day = start + Math.floor(event / 6) * 86_400_000;
    const reports = 1 + Math.floor(rand() * 5);
    for (let r = 0; r < reports && lines.length < count; r++) {
      const kept = sentences.filter(() => rand() > 0.2);
      for (let i = kept.length - 1; i > 0; i--) {
        if (rand() < 0.3) {
          const j = Math.floor(rand() * (i + 1));
          [kept[i], kept[j]] = [kept[j]!, kept[i]!];
        }
      }
      const text = (kept.length ? kept : sentences).join(' ');
      const published = new Date(day + Math.floor(rand() * 86_400_000 * 2)).toISOString();
      lines.push(JSON.stringify({ id: `syn-${event}-${r}`, outlet: outlets[Math.floor(rand() * outlets.length)], title, published, text }));
    }
  }
  return lines.join('\n') + '\n';
}

async function buildDb(path: string, articles: number): Promise<{ seconds: number; added: number }> {
  const templates = readFileSync(join(REPO, 'samples', 'corpus', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title?: string; text?: string; language?: string })
    .filter((r) => r.title && r.text && (r.language ?? 'en') === 'en')
    .map((r) => ({ title: r.title!, text: r.text! }));
  const dir = mkdtempSync(join(tmpdir(), 'storyline-api-bench-'));
  const file = join(dir, 'synthetic.jsonl');
  writeFileSync(file, synthesise(templates, articles));
  const store = SqliteStore.open(path);
  const started = performance.now();
  const summary = await ingest(store, [file]);
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, added: summary.added };
}

function serve(db: string, cache: boolean): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolveServe, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0', ...(cache ? [] : ['--no-cache'])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/\S+\/)/.exec(out);
      if (m) resolveServe({ child, url: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await exited;
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (x: number): number => Math.round(x * 100) / 100;

interface Measured { requests: number; reqPerSec: number; p50: number; p95: number; p99: number; max: number; non2xx: number; errors: number }

function cannon(url: string, paths: string[], seconds: number, connections: number): Promise<Measured> {
  return new Promise((resolveRun, reject) => {
    const times: number[] = [];
    // Browsers send Accept-Encoding; so does the load, and large answers go gzipped as they would to a browser.
    const headers = { 'accept-encoding': 'gzip, deflate, br' };
    const instance = autocannon({ url, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path, headers })) }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      resolveRun({
        requests: times.length, reqPerSec: Math.round(times.length / result.duration), p50: round(pct(times, 50)), p95: round(pct(times, 95)), p99: round(pct(times, 99)),
        max: round(times[times.length - 1] ?? NaN), non2xx: result.non2xx, errors: result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
}

/** Latency of the first request of each path, one at a time (nothing cached yet but what the server builds at start). */
async function firstRequests(url: string, paths: string[]): Promise<{ p50: number; p95: number; max: number; n: number }> {
  const times: number[] = [];
  for (const path of paths) {
    const t0 = performance.now();
    const res = await fetch(new URL(path, url), { headers: { 'accept-encoding': 'gzip' } });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: round(pct(times, 50)), p95: round(pct(times, 95)), max: round(times[times.length - 1]!), n: times.length };
}

async function main(argv: string[]): Promise<number> {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(get('--articles') ?? 10_000);
  const seconds = Number(get('--seconds') ?? 10);
  const connections = Number(get('--connections') ?? 10);
  const out = get('--out') ?? join(REPO, 'bench', 'results', 'api.json');
  const tmp = mkdtempSync(join(tmpdir(), 'storyline-api-db-'));
  const db = resolve(get('--db') ?? join(tmp, 'api-bench.db'));
  let build: { seconds: number; added: number } | null = null;
  if (!existsSync(db)) {
    process.stderr.write(`building ${articles} articles into ${db} …\n`);
    build = await buildDb(db, articles);
    process.stderr.write(`  ${build.added} articles in ${build.seconds.toFixed(1)} s\n`);
  }
  const store = SqliteStore.open(db);
  const stats = await store.stats();
  const stories = await store.stories().listStories({}, { limit: 1000 });
  await store.close();
  const all = stories.items;
  const bySize = [...all].sort((a, b) => b.articles - a.articles);
  // Story pages: the 5 largest stories and 45 others spread over the list.
  const storyIds = [...bySize.slice(0, 5), ...all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 45)) === 0).slice(0, 45)].map((s) => s.id);
  const endpoints: Record<string, string[]> = {
    'GET /api/stories': ['/api/stories'],
    'GET /api/stories/:id': storyIds.map((id) => `/api/stories/${id}`),
    'GET /api/articles': ['/api/articles', '/api/articles?offset=5000', '/api/articles?outlet=' + encodeURIComponent(stats.outlets[0]?.outlet ?? '')],
  };
  const results: Record<string, unknown> = {};
  // As served: the first request of each path right after start (the indexes are being built),
  // then autocannon on each endpoint.
  {
    const { child, url } = await serve(db, true);
    try {
      results['served: first request of each path after start'] = await firstRequests(url, Object.values(endpoints).flatMap((paths) => paths.slice(0, 10)));
      for (const [name, paths] of Object.entries(endpoints)) {
        const m = await cannon(url, paths, seconds, connections);
        process.stderr.write(`served   ${name.padEnd(24)} ${m.reqPerSec} req/s  p50 ${m.p50} ms  p95 ${m.p95} ms  p99 ${m.p99} ms  (${m.requests} requests, non-2xx ${m.non2xx})\n`);
        results[`served: ${name}`] = { endpoint: name, paths: paths.length, ...m };
      }
      // A write by another process (as an ingest beside the server would make; here one rejection
      // row) changes the data version: the next answers wait for the indexes to be rebuilt.
      const writer = SqliteStore.open(db);
      await writer.addRejection({ reason: 'empty', detail: 'api bench: a write beside the server', file: null, line: null });
      await writer.close();
      results['served: first requests after a write by another process'] = await firstRequests(url, ['/api/stories', ...endpoints['GET /api/stories/:id']!.slice(0, 4)]);
      process.stderr.write(`served   after a write: ${JSON.stringify(results['served: first requests after a write by another process'])}\n`);
    } finally {
      await stop(child);
    }
  }
  // --no-cache: every answer computed from the store, one request at a time (under load these take
  // seconds and autocannon would only measure its own queue).
  {
    const { child, url } = await serve(db, false);
    try {
      for (const [name, paths] of Object.entries(endpoints)) {
        const m = await firstRequests(url, paths.slice(0, 5));
        process.stderr.write(`no-cache ${name.padEnd(24)} p50 ${m.p50} ms  max ${m.max} ms  (${m.n} requests, one at a time)\n`);
        results[`no-cache: ${name}`] = { endpoint: name, ...m };
      }
    } finally {
      await stop(child);
    }
  }
  const report = {
    benchmark: 'api',
    database: {
      articles: stats.articles, stories: stories.total, largestStory: bySize[0]?.articles ?? 0, outlets: stats.outlets.length,
      corpus: 'synthesised from samples/corpus/articles.jsonl (bench/api-bench.ts)', buildSeconds: build ? round(build.seconds) : null,
    },
    load: { tool: 'autocannon', connections, secondsPerEndpoint: seconds, server: 'storyline serve (child process, SQLite)' },
    target: 'p95 under 50 ms for the story list and a story page on 10,000 articles',
    results,
    environment: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), loadavg: loadavg().map(round), date: new Date().toISOString() },
    note: 'The machine is shared; autocannon and the server run on the same 2 cores.',
  };
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  process.stderr.write(`written to ${out}\n`);
  if (!get('--db')) rmSync(tmp, { recursive: true, force: true });
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});

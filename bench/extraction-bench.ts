/**
 * Throughput of the clean stage on HTML (issue 3, point 8): pages per second on one core over the
 * trafilatura evaluation pages, for the pages around the median size (45th to 55th percentile) and
 * for all pages, with the time split between the pre-scan, the main-text extraction and the rest.
 * Writes `bench/results/extraction.json` with the Node version, the CPU model and the load
 * average (the machine may be shared: a high load makes the numbers low). `medianBandFastMode` is
 * the same with `fast: true` (furniture-named containers cut before the DOM is built).
 *
 * Run: `npm run build && node dist/bench/extraction-bench.js [--quick] [--rounds=N]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument } from '../src/core/stages/clean/clean-document.js';
import { prepareHtml } from '../src/core/stages/clean/prepare-html.js';
import { extractMainText } from '../src/core/stages/clean/extract-main-text.js';
import { loadTrafilaturaEval, type EvalPage } from '../eval/extraction.js';

interface Measure {
  pages: number;
  megabytes: number;
  seconds: number;
  pagesPerSecond: number;
  megabytesPerSecond: number;
  medianPageChars: number;
}

function measure(pages: EvalPage[], rounds: number, fast = false): Measure {
  // One warm-up pass so that the JIT has compiled the hot paths.
  for (const p of pages.slice(0, 20)) cleanDocument(p.html, 'html', { url: p.url, fast });
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const p of pages) {
      try {
        cleanDocument(p.html, 'html', { url: p.url, fast });
      } catch {
        // A rejected page still cost its time; it is counted.
      }
    }
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const chars = pages.reduce((n, p) => n + p.html.length, 0);
  const sizes = pages.map((p) => p.html.length).sort((a, b) => a - b);
  return {
    pages: pages.length,
    megabytes: Number((chars / 1e6).toFixed(2)),
    seconds: Number(best.toFixed(3)),
    pagesPerSecond: Number((pages.length / best).toFixed(1)),
    megabytesPerSecond: Number((chars / 1e6 / best).toFixed(2)),
    medianPageChars: sizes[sizes.length >> 1] ?? 0,
  };
}

/** Where the time of one pass goes: pre-scan, DOM + Readability, everything else. */
function split(pages: EvalPage[]): Record<string, number> {
  let prep = 0;
  let extract = 0;
  let total = 0;
  for (const p of pages) {
    const t0 = performance.now();
    const page = prepareHtml(p.html);
    const t1 = performance.now();
    extractMainText(page.html, page);
    const t2 = performance.now();
    cleanDocument(p.html, 'html', { url: p.url });
    const t3 = performance.now();
    prep += t1 - t0;
    extract += t2 - t1;
    total += t3 - t2;
  }
  const per = (x: number): number => Number((x / pages.length).toFixed(2));
  return { prescanMsPerPage: per(prep), domAndReadabilityMsPerPage: per(extract), wholeStageMsPerPage: per(total) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? (quick ? 1 : 3));
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const benchmarks = process.env.STORYLINE_BENCHMARKS ?? join(root, '..', 'shared', 'benchmarks');
  const pages = loadTrafilaturaEval(join(benchmarks, 'extraction', 'trafilatura-eval'), quick);
  if (!pages.length) throw new Error(`no pages under ${benchmarks}`);
  const bySize = [...pages].sort((a, b) => a.html.length - b.html.length);
  const median = bySize.slice(Math.floor(bySize.length * 0.45), Math.ceil(bySize.length * 0.55));
  const loadBefore = loadavg();
  const medianBand = measure(median, rounds);
  const medianBandFast = measure(median, rounds, true);
  const all = measure(pages, 1);
  const breakdown = split(median);
  const result = {
    benchmark: 'clean stage on HTML, trafilatura-eval pages, one core',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: { before: loadBefore.map((x) => Number(x.toFixed(2))), after: loadavg().map((x) => Number(x.toFixed(2))) },
    quick,
    rounds,
    target: { pagesPerSecond: 150, on: 'median page size' },
    medianBand,
    medianBandFastMode: medianBandFast,
    allPages: all,
    breakdownMedianBand: breakdown,
  };
  const out = join(root, 'bench', 'results', 'extraction.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});

/**
 * Throughput of the clean stage on HTML (issue 3, point 8): pages per second on one core over the
 * trafilatura evaluation pages, for the pages around the median size (45th to 55th percentile) and
 * for all pages. Each measure reports wall time and CPU time (user + system of this process, from
 * `process.cpuUsage()`); pages per second per core come from the CPU time, which a shared machine
 * inflates much less than wall time. The default path (the light tree, Readability over a DOM
 * only as fallback) and the DOM path (`extractor: 'readability'`, the previous default) are
 * measured in the same run, and their ratio reported. Writes `bench/results/extraction.json` with
 * the Node version, the CPU model and the load average (a high load makes every number worse).
 * `medianBandFastMode` is the DOM path with `fast: true` (furniture-named containers cut before the
 * DOM is built).
 *
 * Run: `npm run build && node dist/bench/extraction-bench.js [--quick] [--rounds=N]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument, type CleanOptions } from '../src/core/stages/clean/clean-document.js';
import { prepareHtml } from '../src/core/stages/clean/prepare-html.js';
import { extractMainText } from '../src/core/stages/clean/extract-main-text.js';
import { loadTrafilaturaEval, type EvalPage } from '../eval/extraction.js';

interface Measure {
  pages: number;
  megabytes: number;
  /** Best round, wall clock. */
  seconds: number;
  pagesPerSecond: number;
  megabytesPerSecond: number;
  /** Best round, CPU time of this process (user + system). */
  cpuSeconds: number;
  cpuMsPerPage: number;
  pagesPerCpuSecond: number;
  medianPageChars: number;
  /** How many pages each extraction method handled. */
  methods: Record<string, number>;
}

function measure(pages: EvalPage[], rounds: number, options: CleanOptions = {}): Measure {
  // One warm-up pass so that the JIT has compiled the hot paths.
  for (const p of pages.slice(0, 20)) cleanDocument(p.html, 'html', { url: p.url, ...options });
  let best = Infinity;
  let bestCpu = Infinity;
  const methods: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const p of pages) {
      try {
        const out = cleanDocument(p.html, 'html', { url: p.url, ...options });
        if (r === 0) {
          const m = out.extraction?.method ?? 'none';
          methods[m] = (methods[m] ?? 0) + 1;
        }
      } catch {
        // A rejected page still cost its time; it is counted.
      }
    }
    best = Math.min(best, (performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
  }
  const chars = pages.reduce((n, p) => n + p.html.length, 0);
  const sizes = pages.map((p) => p.html.length).sort((a, b) => a - b);
  return {
    pages: pages.length,
    megabytes: Number((chars / 1e6).toFixed(2)),
    seconds: Number(best.toFixed(3)),
    pagesPerSecond: Number((pages.length / best).toFixed(1)),
    megabytesPerSecond: Number((chars / 1e6 / best).toFixed(2)),
    cpuSeconds: Number(bestCpu.toFixed(3)),
    cpuMsPerPage: Number(((bestCpu * 1000) / pages.length).toFixed(2)),
    pagesPerCpuSecond: Number((pages.length / bestCpu).toFixed(1)),
    medianPageChars: sizes[sizes.length >> 1] ?? 0,
    methods,
  };
}

/** Where the CPU time of one pass goes: pre-scan, main-text extraction, everything else. */
function split(pages: EvalPage[], lightTree: boolean): Record<string, number> {
  let prep = 0;
  let extract = 0;
  let total = 0;
  const cpu = (): number => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  for (const p of pages) {
    const t0 = cpu();
    const page = prepareHtml(p.html, { slim: !lightTree });
    const t1 = cpu();
    extractMainText(page.html, page, undefined, { lightTree, domMarkup: lightTree ? () => prepareHtml(p.html).html : undefined });
    const t2 = cpu();
    cleanDocument(p.html, 'html', { url: p.url, extractor: lightTree ? 'light' : 'readability' });
    const t3 = cpu();
    prep += t1 - t0;
    extract += t2 - t1;
    total += t3 - t2;
  }
  const per = (x: number): number => Number((x / pages.length).toFixed(2));
  return { prescanCpuMsPerPage: per(prep), extractionCpuMsPerPage: per(extract), wholeStageCpuMsPerPage: per(total) };
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
  const medianBandDom = measure(median, rounds, { extractor: 'readability' });
  const medianBandFast = measure(median, rounds, { extractor: 'readability', fast: true });
  const all = measure(pages, 1);
  const allDom = measure(pages, 1, { extractor: 'readability' });
  const breakdown = split(median, true);
  const breakdownDom = split(median, false);
  const ratio = (a: Measure, b: Measure): number => Number((b.cpuSeconds / a.cpuSeconds).toFixed(2));
  const result = {
    benchmark: 'clean stage on HTML, trafilatura-eval pages, one core',
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverage: { before: loadBefore.map((x) => Number(x.toFixed(2))), after: loadavg().map((x) => Number(x.toFixed(2))) },
    quick,
    rounds,
    target: { pagesPerSecond: 150, per: 'core (CPU time)', on: 'median page size' },
    medianBand,
    medianBandDomPath: medianBandDom,
    medianBandFastMode: medianBandFast,
    allPages: all,
    allPagesDomPath: allDom,
    speedupCpu: { medianBand: ratio(medianBand, medianBandDom), allPages: ratio(all, allDom) },
    breakdownMedianBand: breakdown,
    breakdownMedianBandDomPath: breakdownDom,
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

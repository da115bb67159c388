/**
 * Throughput and memory of near-duplicate detection + incremental story/event clustering at scale.
 *
 * The corpus is synthetic, scaled from the benchmark articles (gun-violence pool and ECB+): each synthetic
 * event takes a real article as its template, renames its capitalised words consistently (so that events
 * made from one template are told apart by names, as real look-alike events are), gets a publication day,
 * and is reported 1–5 times with sentences dropped and shuffled per report; each report carries the words it
 * quotes, found by the quotes stage in its own text (see `reportQuotes`). Nothing is stored in the
 * repository; the texts are generated in memory from `../shared/benchmarks`.
 *
 * Run: `npm run build && node dist/bench/clustering-bench.js [sizes=10000,100000] [out=bench/results/clustering.json] [quotes=on|off|withheld]`
 * (`quotes`: see `QuoteMode`). With `node --expose-gc` each checkpoint also gives the heap after a full
 * collection (`liveHeapMB`), outside the timed work.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { DuplicateDetector } from '../src/core/corpus/duplicates/duplicate-detector.js';
import { seededRandom } from '../src/core/corpus/duplicates/hash32.js';
import { StoryClusterer } from '../src/core/corpus/stories/story-clusterer.js';
import type { ClusterArticle } from '../src/core/corpus/stories/cluster-article.js';
import { quotedWords } from '../src/core/corpus/cluster-step/cluster-stories-step.js';
import { extractQuotes } from '../src/core/stages/quotes/extract-quotes.js';
import { findParagraphs } from '../src/core/text/normalize.js';

/**
 * What the clusterer is given of the quotes: `on`, the words each report quotes; `off`, none (and none are
 * looked for); `withheld`, none, though they are looked for as with `on`, so that the garbage the quote
 * stage leaves behind is collected during the timed work as with `on` and the difference to `on` is the
 * clusterer's own cost.
 */
type QuoteMode = 'on' | 'off' | 'withheld';

interface Template {
  title: string;
  text: string;
}

function loadTemplates(benchmarks: string): Template[] {
  const out: Template[] = [];
  for (const file of [join(benchmarks, 'clustering/gunviolence/docs.jsonl'), join(benchmarks, 'clustering/ecbplus/ecbplus_docs.jsonl')]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { title?: string | null; text?: string };
      if (typeof d.text === 'string' && d.text.length > 200) out.push({ title: d.title ?? '', text: d.text });
    }
  }
  return out;
}

// 40 syllables, 3–4 per name: about 2.6 million names, so that names stay rare at 100,000 articles as real
// names are (a small pool makes every name common and every event look like every other).
const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'vel', 'sor', 'din', 'lu', 'bra', 'het', 'qui', 'mon', 'zar', 'pel', 'ost', 'ur', 'gan', 'fe', 'lis', 'tor', 'nab', 'cel', 'dru', 'mak', 'ves', 'pim', 'go', 'rah', 'sel', 'tu', 'wen', 'yor', 'bel', 'cro', 'dat', 'fin', 'hal', 'jun', 'kor', 'lem'];

/** A sentence of a synthetic text: where it stands in its template and the whitespace that followed it there. */
interface Sentence {
  text: string;
  gap: string;
  index: number;
}

/** The sentences of a text, split where a sentence mark is followed by whitespace, each with that whitespace. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+/g)) {
    out.push({ text: text.slice(start, m.index), gap: m[0], index: out.length });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), gap: '', index: out.length });
  return out;
}

/**
 * The words a synthetic report quotes, found as the pipeline finds them (the quotes stage, then the direct
 * quotes and quoted fragments that clustering reads). The quote stage reads the report's sentences with
 * the whitespace its template had between them, and with a paragraph break where the report dropped or
 * moved a sentence, so that a quote whose middle was dropped is not closed by the next quote's mark.
 */
function reportQuotes(sentences: readonly Sentence[], paragraphBreak: string): string[] {
  let text = '';
  sentences.forEach((s, i) => {
    const next = sentences[i + 1];
    text += s.text + (next === undefined ? '' : next.index === s.index + 1 ? s.gap : paragraphBreak);
  });
  return quotedWords({ quotes: extractQuotes(text, { paragraphs: findParagraphs(text) }) });
}

/**
 * Generates synthetic articles in publication order, one at a time (nothing is kept). With `withQuotes`
 * each report carries the words it quotes (`ClusterArticle.quotes`): the reports of one event quote the
 * same renamed words (each report the quotes of the sentences it kept), and the quotes of a template that
 * hold no renamed word or number recur in every event made from it, as stock phrases do. The texts are
 * the same with or without quotes.
 */
function* syntheticArticles(templates: Template[], count: number, seed: number, withQuotes: boolean): Generator<ClusterArticle & { event: string }> {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const name = () => {
    const n = 3 + Math.floor(random() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  // About 60 articles a day: 100,000 articles span about four and a half years.
  const perDay = 60;
  let produced = 0;
  let eventNo = 0;
  const pending: { due: number; article: ClusterArticle & { event: string } }[] = [];
  while (produced < count) {
    const day = Math.floor(produced / perDay);
    const template = pick(templates);
    const renames = new Map<string, string>();
    const rename = (text: string) =>
      text.replace(/\b\p{Lu}\p{Ll}{2,}\b/gu, (w) => {
        if (random() < 0.2 && !renames.has(w)) return w; // keep some real words (places, institutions)
        if (!renames.has(w)) renames.set(w, name());
        return renames.get(w)!;
      });
    const event = `syn-${eventNo++}`;
    // Each synthetic event keeps about 70 % of its template's sentences and changes its numbers, so that two
    // events made from one template are look-alikes, not copies.
    const base = sentencesOf(rename(template.text))
      .filter(() => random() > 0.3)
      .map((s) => ({ ...s, text: s.text.replace(/\d+/g, () => String(1 + Math.floor(random() * 99))) }));
    // An event that kept no sentence is reported with an empty text (one empty sentence, as a split string gives).
    if (base.length === 0) base.push({ text: '', gap: '', index: 0 });
    const paragraphBreak = template.text.includes('\n\n') ? '\n\n' : '\n';
    const title = rename(template.title);
    const reports = 1 + Math.floor(random() * random() * 5);
    for (let r = 0; r < reports && produced < count; r++) {
      const kept = base.filter(() => r === 0 || random() > 0.45);
      if (r > 0 && kept.length > 3) kept.push(kept.splice(1, 1)[0]);
      const start = Date.UTC(2015, 0, 1) + (day + (r === 0 ? 0 : Math.floor(random() * 3))) * 86400000;
      const text = kept.map((s) => s.text).join(' ');
      const quotes = withQuotes ? reportQuotes(kept, paragraphBreak) : undefined;
      pending.push({
        due: produced,
        article: { id: `${event}-${r}`, title: r === 0 ? title : `${title} (${r})`, text, published: new Date(start).toISOString().slice(0, 10), outlet: `outlet-${Math.floor(random() * 300)}.example`, event, quotes },
      });
      produced++;
    }
    while (pending.length > 0) yield pending.shift()!.article;
  }
}

interface Checkpoint {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  articlesPerSecond: number;
  articlesPerCpuSecond: number;
  heapUsedMB: number;
  /** Heap in use after a full collection (only when node runs with `--expose-gc`): what the clusterer keeps. */
  liveHeapMB?: number;
  rssMB: number;
  events: number;
  stories: number;
  duplicates: number;
  /** Articles so far that quote at least one passage the clusterer keys (see `ClusterOptions.quotes`). */
  articlesWithQuotes: number;
  /** The clusterer's quote index: keys, postings (article ordinals) and the longest posting list. */
  quoteIndex: { keys: number; postings: number; longest: number };
}

function runOnce(templates: Template[], size: number, quotes: QuoteMode, log: (m: string) => void): { checkpoints: Checkpoint[]; pairwiseOnSynthetic: { precision: number; recall: number; f1: number } } {
  const detector = new DuplicateDetector();
  const clusterer = new StoryClusterer();
  const checkpoints: Checkpoint[] = [];
  const marks = new Set([1000, 10000, 25000, 50000, 75000, 100000, size]);
  // Only the work of the detector and the clusterer is timed, not the generation of the synthetic articles.
  let busy = 0;
  let cpuBusy = 0;
  let duplicates = 0;
  let quoting = 0;
  let n = 0;
  const gold: string[] = [];
  const ids: string[] = [];
  for (const generated of syntheticArticles(templates, size, 42, quotes !== 'off')) {
    const article = quotes === 'withheld' ? { ...generated, quotes: undefined } : generated;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const dup = detector.add(article.id, article.text);
    if (dup.duplicateOf) duplicates++;
    clusterer.add(article, dup.duplicateOf);
    const c1 = process.cpuUsage(c0);
    cpuBusy += (c1.user + c1.system) / 1e6;
    busy += (performance.now() - t0) / 1000;
    if (clusterer.article(article.id)?.quotes) quoting++;
    gold.push(article.event);
    ids.push(article.id);
    n++;
    if (marks.has(n)) {
      const seconds = busy;
      const cpuSeconds = cpuBusy;
      const mem = process.memoryUsage();
      const live = liveHeapMB();
      const cp: Checkpoint = {
        articles: n,
        seconds: round(seconds),
        cpuSeconds: round(cpuSeconds),
        articlesPerSecond: Math.round(n / seconds),
        articlesPerCpuSecond: Math.round(n / cpuSeconds),
        heapUsedMB: Math.round(mem.heapUsed / 1048576),
        ...(live === undefined ? {} : { liveHeapMB: live }),
        rssMB: Math.round(mem.rss / 1048576),
        events: clusterer.listEvents().length,
        stories: clusterer.listStories().length,
        duplicates,
        articlesWithQuotes: quoting,
        quoteIndex: clusterer.quoteIndexSize(),
      };
      checkpoints.push(cp);
      log(JSON.stringify(cp));
    }
  }
  // Pairwise agreement with the synthetic events (a sanity check that scale does not break quality).
  const cells = new Map<string, number>();
  const g = new Map<string, number>();
  const p = new Map<string, number>();
  ids.forEach((id, i) => {
    const pe = clusterer.event(clusterer.article(id)!.event)!.id;
    cells.set(gold[i] + '|' + pe, (cells.get(gold[i] + '|' + pe) ?? 0) + 1);
    g.set(gold[i], (g.get(gold[i]) ?? 0) + 1);
    p.set(pe, (p.get(pe) ?? 0) + 1);
  });
  const c2 = (x: number) => (x * (x - 1)) / 2;
  let tp = 0;
  for (const v of cells.values()) tp += c2(v);
  let gp = 0;
  for (const v of g.values()) gp += c2(v);
  let pp = 0;
  for (const v of p.values()) pp += c2(v);
  const precision = pp ? tp / pp : 0;
  const recall = gp ? tp / gp : 0;
  return { checkpoints, pairwiseOnSynthetic: { precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) } };
}

/** Heap in use after a full collection, in MB, when node exposes `gc` (`--expose-gc`); else undefined. */
function liveHeapMB(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return undefined;
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Runs the bench and writes the JSON results. */
export function main(args: string[] = process.argv.slice(2)): void {
  const kv = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  const sizes = (kv.sizes ?? '10000,100000').split(',').map(Number);
  const out = kv.out ?? join('bench', 'results', 'clustering.json');
  const benchmarks = kv.benchmarks ?? join(process.cwd(), '..', 'shared', 'benchmarks');
  const templates = loadTemplates(benchmarks);
  if (templates.length === 0) {
    process.stderr.write(`no benchmark articles under ${benchmarks}\n`);
    process.exitCode = 2;
    return;
  }
  const log = (m: string) => process.stderr.write(m + '\n');
  const quotes: QuoteMode = kv.quotes === 'off' || kv.quotes === 'withheld' ? kv.quotes : 'on';
  const runs = sizes.map((size) => ({ size, ...runOnce(templates, size, quotes, log) }));
  const result = {
    bench: 'clustering',
    what: 'near-duplicate detection + incremental event/story clustering, one article at a time, one core',
    corpus: `synthetic, scaled from ${templates.length} benchmark articles (gun-violence pool + ECB+), renamed and re-sampled per synthetic event`,
    quotes: {
      on: 'each report gives the clusterer what the quotes stage finds in its text (direct quotes and quoted fragments)',
      off: 'none (quotes=off)',
      withheld: 'found as with quotes=on but not given to the clusterer (quotes=withheld)',
    }[quotes],
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalMemoryMB: Math.round(totalmem() / 1048576),
    loadAverageAtStart: loadavg().map((x) => round(x)),
    note: 'The machine is shared: wall-clock rates depend on other load; the CPU-time rate is the steadier figure.',
    date: new Date().toISOString(),
    runs,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(JSON.stringify(result.runs.map((r) => ({ size: r.size, last: r.checkpoints[r.checkpoints.length - 1], synthetic: r.pairwiseOnSynthetic })), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) main();

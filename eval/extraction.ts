/**
 * Evaluation of the clean stage's HTML main-text extraction (issue 3, point 7).
 *
 * - The trafilatura evaluation set (`extraction/trafilatura-eval`, 990 pages, mostly German): for
 *   each page, the "with" snippets must be in the extracted text and the "without" snippets must
 *   not; counts are summed over the corpus, as trafilatura's `tests/eval_common.py` defines them
 *   (white space normalised in both; a crash counts as a full miss). Baselines: empty output, the
 *   raw page, and all visible text (the linear tag-stripping scan). Published anchors from the
 *   set's PROVENANCE.md are reported beside our number. The pages' own title, author and date
 *   annotations score the metadata extractor on the side.
 * - The seeds (`checkSeedCleaning`): every gold boilerplate string gone, no body sentence lost,
 *   the gold title and byline found.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { EvalContext, EvalReport, Evaluation } from './types.js';
import { cleanDocument } from '../src/core/stages/clean/clean-document.js';
import { htmlToText } from '../src/core/stages/clean/html-to-text.js';
import type { CleanText } from '../src/core/article.js';

interface EvalItem {
  file: string;
  with: string[];
  without: string[];
  title?: string;
  author?: string;
  date?: string;
}

/** Snippet counts as trafilatura's evaluation sums them. */
export interface SnippetCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Precision, recall, accuracy and F1 of snippet counts (0 when undefined). */
export function snippetScores(c: SnippetCounts): { precision: number; recall: number; accuracy: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const all = c.tp + c.fp + c.tn + c.fn;
  return { precision, recall, accuracy: all ? (c.tp + c.tn) / all : 0, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const squash = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

/** Adds one document's counts: "with" snippets found are TP, "without" snippets found are FP. */
export function countSnippets(output: string | null, item: { with: string[]; without: string[] }, into: SnippetCounts): void {
  if (output === null) {
    into.fn += item.with.length;
    into.tn += item.without.length;
    return;
  }
  const text = squash(output);
  for (const w of item.with) if (text.includes(squash(w))) into.tp++; else into.fn++;
  for (const w of item.without) if (text.includes(squash(w))) into.fp++; else into.tn++;
}

/** Decodes a page's bytes: UTF-8 when valid, else the charset the page declares, else windows-1252. */
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared && !/utf-?8/i.test(declared) ? declared : 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

/** Published anchors on this set (docs/evaluation.rst of trafilatura, as quoted in PROVENANCE.md). */
const ANCHORS: Record<string, { precision: number; recall: number; accuracy: number; f1: number }> = {
  'trafilatura 2.2.0 (standard)': { precision: 0.906, recall: 0.943, accuracy: 0.923, f1: 0.924 },
  'trafilatura 2.2.0 (fast)': { precision: 0.907, recall: 0.93, accuracy: 0.917, f1: 0.918 },
  'magic-html 0.1.8': { precision: 0.887, recall: 0.891, accuracy: 0.889, f1: 0.889 },
  'justext 3.0.2 (custom)': { precision: 0.864, recall: 0.859, accuracy: 0.862, f1: 0.862 },
  'news-please 1.6.16': { precision: 0.932, recall: 0.758, accuracy: 0.852, f1: 0.836 },
  'readability-lxml 0.8.4.1': { precision: 0.898, recall: 0.764, accuracy: 0.839, f1: 0.826 },
  'baseline (text markup)': { precision: 0.767, recall: 0.869, accuracy: 0.803, f1: 0.815 },
  'raw HTML': { precision: 0.528, recall: 0.906, accuracy: 0.549, f1: 0.667 },
};

/** One loaded page of the set. */
export interface EvalPage {
  url: string;
  item: EvalItem;
  html: string;
}

/** Loads the set's pages (all, or every tenth for `quick`). */
export function loadTrafilaturaEval(dir: string, quick = false): EvalPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalItem>;
  const entries = Object.entries(data).filter((_, k) => !quick || k % 10 === 0);
  const pages: EvalPage[] = [];
  for (const [url, item] of entries) {
    const file = join(dir, 'html', `${item.file}.gz`);
    if (!existsSync(file)) continue;
    pages.push({ url, item, html: decodePage(gunzipSync(readFileSync(file))) });
  }
  return pages;
}

/** Result of the seed check for one seed. */
export interface SeedCheck {
  file: string;
  boilerplateLeft: string[];
  sentencesLost: string[];
  titleExpected: string | null;
  titleFound: string | null;
  titleOk: boolean;
  bylineExpected: string | null;
  bylineFound: string | null;
  bylineOk: boolean;
  ok: boolean;
}

interface SeedGold {
  file: string;
  title: string | null;
  byline: string | null;
  boilerplate: string[];
}

/**
 * The seed check: cleans each seed as scraped text and verifies that every gold boilerplate string
 * is gone, that no body sentence was lost (every sentence of the input outside the boilerplate
 * and the headline is still in the clean text), and that the gold title and byline were found.
 */
export function checkSeedCleaning(seedsDir: string, clean: (raw: string) => CleanText = (raw) => cleanDocument(raw, 'text')): SeedCheck[] {
  const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as { articles: SeedGold[] };
  const out: SeedCheck[] = [];
  for (const g of gold.articles) {
    const raw = readFileSync(join(seedsDir, g.file), 'utf8');
    const result = clean(raw);
    const text = squash(result.text);
    const boilerplateLeft = g.boilerplate.filter((b) => text.includes(squash(b)));
    let body = raw;
    for (const b of [...g.boilerplate].sort((x, y) => y.length - x.length)) body = body.split(b).join('\n');
    const sentences = body.split('\n').flatMap((line) => line.split(/(?<=[.!?…]["”’]?)\s+(?=["“‘]?\p{Lu})/u)).map(squash).filter((s) => s.length > 0);
    const sentencesLost = sentences.filter((s) => !(g.title && squash(g.title) === s) && !text.includes(s));
    const norm = (s: string | null): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
    const titleOk = norm(g.title) === norm(result.title);
    const bylineOk = norm(g.byline) === norm(result.byline);
    out.push({
      file: g.file, boilerplateLeft, sentencesLost, titleExpected: g.title, titleFound: result.title, titleOk,
      bylineExpected: g.byline, bylineFound: result.byline, bylineOk,
      ok: !boilerplateLeft.length && !sentencesLost.length && titleOk && bylineOk,
    });
  }
  return out;
}

const fmt = (x: number): string => x.toFixed(3);

/** The extraction evaluation. */
export const evaluation: Evaluation = {
  name: 'extraction',
  description: 'HTML main-text extraction on the trafilatura evaluation set (snippet P/R/F1), plus the seed cleaning check',
  async run(ctx: EvalContext): Promise<EvalReport> {
    const started = Date.now();
    const dir = join(ctx.benchmarks, 'extraction', 'trafilatura-eval');
    if (!existsSync(join(dir, 'evaldata.json'))) {
      return { name: 'extraction', dataset: 'trafilatura-eval', headline: { metric: 'F1', value: 0 }, metrics: {}, table: '', skipped: `no data at ${dir}` };
    }
    const pages = loadTrafilaturaEval(dir, ctx.quick);
    ctx.log(`extraction: ${pages.length} pages`);
    const ours: SnippetCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const empty: SnippetCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const rawPage: SnippetCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const visible: SnippetCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
    const methods: Record<string, number> = {};
    const crashes: Array<{ url: string; error: string }> = [];
    const meta = { title: { gold: 0, ok: 0 }, author: { gold: 0, ok: 0 }, date: { gold: 0, ok: 0 } };
    let ms = 0;
    for (const [k, page] of pages.entries()) {
      if (k % 100 === 0 && k) ctx.log(`extraction: ${k}/${pages.length}`);
      let result: CleanText | null = null;
      const t0 = performance.now();
      try {
        result = cleanDocument(page.html, 'html', { url: page.url });
      } catch (error) {
        crashes.push({ url: page.url, error: String((error as Error).message ?? error) });
      }
      ms += performance.now() - t0;
      countSnippets(result?.text ?? null, page.item, ours);
      countSnippets(null, page.item, empty);
      countSnippets(page.html, page.item, rawPage);
      countSnippets(htmlToText(page.html).text, page.item, visible);
      if (result?.extraction) methods[result.extraction.method] = (methods[result.extraction.method] ?? 0) + 1;
      const same = (a: string | null | undefined, b: unknown): boolean => squash(a ?? '').toLowerCase() === squash(String(b)).toLowerCase();
      if (page.item.title) {
        meta.title.gold++;
        if (same(result?.title, page.item.title)) meta.title.ok++;
      }
      if (page.item.author) {
        meta.author.gold++;
        if (same(result?.byline, page.item.author)) meta.author.ok++;
      }
      if (page.item.date) {
        meta.date.gold++;
        if ((result?.published ?? '').slice(0, 10) === String(page.item.date).slice(0, 10)) meta.date.ok++;
      }
    }
    const scores = snippetScores(ours);
    const seedsReady = existsSync(join(ctx.seeds, 'gold.json'));
    const seeds = seedsReady ? checkSeedCleaning(ctx.seeds) : [];
    const rows: Array<[string, { precision: number; recall: number; accuracy: number; f1: number }]> = [
      ['storyline clean (this run)', scores],
      ['baseline: empty output', snippetScores(empty)],
      ['baseline: raw page', snippetScores(rawPage)],
      ['baseline: all visible text', snippetScores(visible)],
      ...Object.entries(ANCHORS).map(([name, s]) => [`published: ${name}`, s] as [string, typeof s]),
    ];
    const table = [
      `trafilatura-eval, ${pages.length} pages${ctx.quick ? ' (quick: every 10th page)' : ''}; published rows are on all 990 pages`,
      `${'system'.padEnd(44)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'Acc'.padStart(6)} ${'F1'.padStart(6)}`,
      ...rows.map(([name, s]) => `${name.padEnd(44)} ${fmt(s.precision).padStart(6)} ${fmt(s.recall).padStart(6)} ${fmt(s.accuracy).padStart(6)} ${fmt(s.f1).padStart(6)}`),
      '',
      `metadata (pages with gold): title ${meta.title.ok}/${meta.title.gold}, author ${meta.author.ok}/${meta.author.gold}, date ${meta.date.ok}/${meta.date.gold}`,
      `methods: ${Object.entries(methods).map(([m, n]) => `${m} ${n}`).join(', ')}; crashes: ${crashes.length}; ${(pages.length / (ms / 1000)).toFixed(1)} pages/s (this run, one core, eval overheads excluded)`,
      '',
      `seeds: ${seeds.filter((s) => s.ok).length}/${seeds.length} pass`,
      // Counts and verdicts only: the seeds' own text stays out of committed reports.
      ...seeds.map((s) => `  ${s.file}: boilerplate left ${s.boilerplateLeft.length}, sentences lost ${s.sentencesLost.length}, title ${s.titleOk ? 'ok' : 'wrong'}, byline ${s.bylineOk ? 'ok' : 'wrong'}`),
    ].join('\n');
    return {
      name: 'extraction',
      dataset: `trafilatura-eval (${pages.length} pages${ctx.quick ? ', quick subset' : ''}) + seeds`,
      headline: { metric: 'F1', value: Number(scores.f1.toFixed(4)) },
      metrics: {
        counts: ours, ...scores, pages: pages.length, methods, crashes, metadata: meta,
        pagesPerSecond: Number((pages.length / (ms / 1000)).toFixed(1)),
        seeds: {
          pass: seeds.filter((s) => s.ok).length, total: seeds.length,
          details: seeds.map((s) => ({ file: s.file, boilerplateLeft: s.boilerplateLeft.length, sentencesLost: s.sentencesLost.length, titleOk: s.titleOk, bylineOk: s.bylineOk, ok: s.ok })),
        },
      },
      baselines: {
        empty: snippetScores(empty), rawPage: snippetScores(rawPage), allVisibleText: snippetScores(visible), published: ANCHORS,
      },
      table,
      seconds: (Date.now() - started) / 1000,
    };
  },
};

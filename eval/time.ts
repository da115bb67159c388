/**
 * Evaluation of the dates stage (issue 6).
 *
 * - TempEval-3 Task A on TBAQ (TimeBank + AQUAINT, TimeML TIMEX3 gold, document creation time in the
 *   file): strict and relaxed span P/R/F1, value accuracy on relaxed matches and value P/R/F1 (a
 *   system timex counts when it overlaps a gold one and has its value), as the TempEval-3 scorer
 *   defines them. The platinum test split is scored when its annotated files are present.
 * - Baseline: chrono-node's casual parser alone, each result valued at day (or time) granularity.
 * - Speed: articles/s of `extractDates` and of chrono alone on the first 500 gun-violence news texts.
 * - The SemEval-2015 Task 4 TimeLine trial corpus: a timeline per target entity built through the
 *   pipeline, scored with the task's metric (see src/core/corpus/timeline/task-timeline.ts);
 *   `timelines=DIR` writes the system timelines there in the task's format.
 *
 * Values are compared after one normalisation: ISO week numbers without zero padding (TimeBank
 * writes both `W8` and `W08`) and hour-only times (`T17` = `T17:00`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import type { EvalContext, EvalReport, Evaluation } from './types.js';
import { canonical, sameTimexValue } from './timex-value.js';
import { extractDates } from '../src/core/stages/dates/extract-dates.js';
import type { Article, ArticleEntity, Mention } from '../src/core/article.js';
import { aliasKey } from '../src/core/corpus/entities/resolve-entities-step.js';
import { eventSentences } from '../src/core/corpus/timeline/event-sentences.js';
import { eventWord } from '../src/core/corpus/timeline/event-word.js';
import { awarenessScore, formatTaskTimeline, parseTaskTimeline, taskRows, temporalAwareness, type AwarenessCounts, type TaskTimelineRow } from '../src/core/corpus/timeline/task-timeline.js';
import { newArticle } from '../src/core/ingest/build-article.js';
import { articleFacts } from '../src/core/publication.js';
import { normalizePublished } from '../src/core/ingest/record.js';
import { DEFAULT_PIPELINE } from '../src/core/pipeline/default-pipeline.js';
import { runPipeline } from '../src/core/pipeline/run-pipeline.js';

/** A gold or system timex: span in the plain text and a value. */
interface Timex {
  start: number;
  end: number;
  value: string;
  text: string;
}

/** One TimeML document reduced to plain text, creation time and gold timexes. */
interface TimeMLDoc {
  id: string;
  dct: string;
  text: string;
  timexes: Timex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

/** Parses a TempEval-3 TimeML file: text inside `<TEXT>` with tags removed, TIMEX3 spans kept. */
export function parseTimeML(id: string, xml: string): TimeMLDoc | null {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1];
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (!dct || open < 0 || close < 0) return null;
  const body = xml.slice(open + 6, close);
  let text = '';
  const timexes: Timex[] = [];
  const stack: Array<{ start: number; value: string } | null> = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|([^<]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2];
    const selfClosing = m[3].endsWith('/');
    if (tag !== 'TIMEX3' || selfClosing) continue;
    if (!closing) {
      const value = /\bvalue="([^"]*)"/.exec(m[3])?.[1] ?? '';
      stack.push({ start: text.length, value });
    } else {
      const top = stack.pop();
      if (top) timexes.push({ start: top.start, end: text.length, value: top.value, text: text.slice(top.start, text.length) });
    }
  }
  return { id, dct, text, timexes };
}

/** Counts for one run over many documents. */
interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  valueCorrect: number;
}

const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, valueCorrect: 0 });

/** One-to-one matching: each gold timex takes the first unmatched system timex that overlaps it. */
function scoreDoc(gold: Timex[], system: Timex[], counts: Counts, errors?: string[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    for (let i = 0; i < system.length; i++) {
      if (used.has(i)) continue;
      const s = system[i];
      if (s.start < g.end && g.start < s.end) {
        if (best < 0 || (s.start === g.start && s.end === g.end)) best = i;
      }
    }
    if (best < 0) {
      errors?.push(`MISS\t${g.text}\t${g.value}`);
      continue;
    }
    used.add(best);
    const s = system[best];
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (canonical(s.value) === canonical(g.value)) counts.valueCorrect++;
    else errors?.push(`VALUE\t${g.text}\t${g.value}\t${s.text}\t${s.value}`);
  }
  system.forEach((s, i) => {
    if (!used.has(i)) errors?.push(`EXTRA\t${s.text}\t${s.value}`);
  });
}

const prf = (correct: number, system: number, gold: number): { precision: number; recall: number; f1: number } => {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
};

const round = (x: number): number => Math.round(x * 10000) / 10000;

function summarise(c: Counts): Record<string, unknown> {
  return {
    gold: c.gold,
    system: c.system,
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    value: { ...prf(c.valueCorrect, c.system, c.gold), accuracy: round(c.relaxed ? c.valueCorrect / c.relaxed : 0) },
  };
}

function dctDate(dct: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** The system: `extractDates` with the two ends of a range kept apart, as TimeML annotates them. */
function systemTimexes(doc: TimeMLDoc): Timex[] {
  return extractDates(doc.text, dctDate(doc.dct), { ranges: false }).map((d) => ({ start: d.start, end: d.end, value: d.value, text: d.text }));
}

/** The trivial baseline: chrono's casual parser, every result valued at day or time granularity. */
function chronoTimexes(doc: TimeMLDoc): Timex[] {
  const ref = dctDate(doc.dct) ?? new Date(0);
  return chrono.casual.parse(doc.text, ref).map((r) => {
    const d = r.start.date();
    const day = d.toISOString().slice(0, 10);
    const value = r.start.isCertain('hour') ? d.toISOString().slice(0, 16) : day;
    return { start: r.index, end: r.index + r.text.length, value, text: r.text };
  });
}

function readDir(dir: string, suffix: string): Array<{ id: string; xml: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ id: f, xml: readFileSync(join(dir, f), 'utf8') }));
}

function loadTbaq(root: string): TimeMLDoc[] {
  const base = join(root, 'time', 'tempeval3', 'train-TBAQ-cleaned');
  const docs: TimeMLDoc[] = [];
  for (const sub of ['TimeBank', 'AQUAINT']) {
    for (const f of readDir(join(base, sub), '.tml')) {
      const doc = parseTimeML(`${sub}/${f.id}`, f.xml);
      if (doc) docs.push(doc);
    }
  }
  return docs;
}

/**
 * Articles/s of two functions over the same texts, after a warm-up over the first 50. The two run
 * in turn on each article so that load from other processes on the machine hits both alike.
 */
function throughput(
  texts: Array<{ text: string; ref: Date | null }>,
  a: (t: string, r: Date | null) => unknown,
  b: (t: string, r: Date | null) => unknown,
): [number, number] {
  for (const t of texts.slice(0, 50)) {
    a(t.text, t.ref);
    b(t.text, t.ref);
  }
  let ta = 0;
  let tb = 0;
  // Alternate which runs first, so that neither always meets a cold or a warm cache.
  texts.forEach((t, i) => {
    if (i % 2 === 0) {
      const t0 = performance.now();
      a(t.text, t.ref);
      const t1 = performance.now();
      b(t.text, t.ref);
      ta += t1 - t0;
      tb += performance.now() - t1;
    } else {
      const t0 = performance.now();
      b(t.text, t.ref);
      const t1 = performance.now();
      a(t.text, t.ref);
      tb += t1 - t0;
      ta += performance.now() - t1;
    }
  });
  return [Math.round(texts.length / (ta / 1000)), Math.round(texts.length / (tb / 1000))];
}

function loadNews(root: string, limit: number): Array<{ text: string; ref: Date | null }> {
  const file = join(root, 'clustering', 'gunviolence', 'docs.jsonl');
  if (!existsSync(file)) return [];
  const out: Array<{ text: string; ref: Date | null }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { text?: string; published?: string };
    if (!rec.text) continue;
    const ref = rec.published ? new Date(rec.published) : null;
    out.push({ text: rec.text, ref: ref && !Number.isNaN(ref.getTime()) ? ref : null });
    if (out.length >= limit) break;
  }
  return out;
}

/** One trial document as the pipeline sees it: its title, and the task's sentences one per line. */
interface TrialDoc {
  docId: string;
  dct: string;
  title: string | null;
  text: string;
  /** The task's sentence id of each line. */
  sentenceIds: string[];
}

/**
 * Reads a trial document, markup dropped: the title (the task's sentence 0, which the gold never
 * uses) is the article's title, as ingest keeps it, and the body is the other sentences.
 */
function readTrialDoc(xml: string): TrialDoc | null {
  const docId = /<DOCID>\s*([^<\s]+)\s*<\/DOCID>/.exec(xml)?.[1];
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1];
  if (!docId || !dct) return null;
  const plain = (s: string): string => decode(s.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
  const lines: string[] = [];
  const sentenceIds: string[] = [];
  const title = /<EXTRAINFO>([\s\S]*?)<\/EXTRAINFO>/.exec(xml)?.[1];
  for (const m of xml.matchAll(/<s id="(\d+)">([\s\S]*?)<\/s>/g)) {
    if (m[1] === '0') continue;
    lines.push(plain(m[2]!));
    sentenceIds.push(m[1]!);
  }
  return { docId, dct, title: title ? plain(title) : null, text: lines.join('\n'), sentenceIds };
}

/** The pipeline's output for one trial document, with the publication date the DCT gives. */
function analyzeTrialDoc(doc: TrialDoc): Article {
  const published = normalizePublished(doc.dct) ?? undefined;
  const article = newArticle({
    format: 'text', raw: doc.text, metadata: {}, origin: { file: `${doc.docId}.txt`, publishedFrom: 'option' }, published, title: doc.title ?? undefined,
  });
  return runPipeline(article, DEFAULT_PIPELINE, { options: { verbatim: true } });
}

/**
 * A system timeline for one target entity, in the task's format, from the pipeline's output:
 * the entities of each document whose name or a mention has the target's lookup key (entity
 * resolution's `aliasKey`), the event sentences naming them (`eventSentences`, dated by the
 * governing date; with `undated`, also the sentences without one, at the day the article told of
 * before them, else the publication day), the
 * event word next to each mention (`eventWord`), ordered by date (`taskRows`).
 */
function systemTimeline(target: string, docs: ReadonlyArray<{ doc: TrialDoc; article: Article }>, undated: boolean): TaskTimelineRow[] {
  const key = aliasKey(target);
  const events: Array<{ date: string | null; mention: string }> = [];
  for (const { doc, article } of docs) {
    const text = article.clean?.text ?? '';
    // The target's mentions: those of the entities with its key, short forms included ("Jobs").
    const mentions: Mention[] = (article.entities ?? []).filter((e) => aliasKey(e.name) === key || e.mentions.some((m) => aliasKey(m.text) === key)).flatMap((e) => e.mentions);
    if (mentions.length === 0) continue;
    const entity: ArticleEntity = { id: 'target', name: target, type: 'OTHER', mentions };
    const options = undated ? { undatedAt: articleFacts(article).published } : {};
    for (const ev of eventSentences(text, article.sentences?.sentences ?? [], article.dates ?? [], [entity], options)) {
      for (const m of mentions) {
        if (m.start < ev.start || m.end > ev.end) continue;
        const word = eventWord(text, ev, m);
        if (!word) continue;
        const line = text.slice(0, word.start).split('\n').length - 1;
        events.push({ date: ev.date, mention: `${doc.docId}-${doc.sentenceIds[line]}-${word.text}` });
      }
    }
  }
  return taskRows(events);
}

/**
 * TimeLine trial (SemEval-2015 Task 4, Track A, the Apple corpus): for each target entity (the
 * gold files' names), a system timeline built from the trial texts through the pipeline, scored
 * with the task's metric (temporal awareness over the timeline's graph; micro average over the
 * targets). Two systems: the CLI timeline's events (sentences with a date and the entity), and all
 * sentences naming the entity (see `eventSentences`' `undatedAt`).
 */
export function scoreTimelineTrial(root: string, writeTo?: string): Record<string, unknown> | null {
  const base = join(root, 'time', 'timeline', 'trial');
  const goldDir = join(base, 'TimeLines_gold');
  const corpusDir = join(base, 'corpus_TimeML');
  if (!existsSync(goldDir) || !existsSync(corpusDir)) return null;
  const docs = readDir(corpusDir, '.tml')
    .map((f) => readTrialDoc(f.xml))
    .filter((d): d is TrialDoc => d !== null)
    .map((doc) => ({ doc, article: analyzeTrialDoc(doc) }));
  const variants = { datedSentences: false, allSentences: true } as const;
  const out: Record<string, unknown> = { documents: docs.length, anchor: { 'best Track A run F1 (Minard et al. 2015, test corpora)': 7.85 } };
  for (const [name, undated] of Object.entries(variants)) {
    const counts: AwarenessCounts[] = [];
    const perTarget: Record<string, unknown> = {};
    for (const g of readDir(goldDir, '.txt')) {
      const target = g.id.replace(/\.txt$/, '').replace(/_/g, ' ');
      const system = systemTimeline(target, docs, undated);
      const c = temporalAwareness(system, parseTaskTimeline(g.xml));
      counts.push(c);
      const sc = awarenessScore([c]);
      perTarget[target] = { events: system.length, f1: round(sc.f1 * 100), precision: round(sc.precision * 100), recall: round(sc.recall * 100) };
      if (writeTo) {
        mkdirSync(join(writeTo, name), { recursive: true });
        writeFileSync(join(writeTo, name, g.id), formatTaskTimeline(system));
      }
    }
    const micro = awarenessScore(counts);
    out[name] = { microF1: round(micro.f1 * 100), precision: round(micro.precision * 100), recall: round(micro.recall * 100), perTarget };
  }
  return out;
}


/**
 * The five seed articles: every non-borderline gold date (found by its text and occurrence) must be
 * overlapped by an expression with the gold value. Measured only; no rule is written for them.
 */
function scoreSeeds(seedsDir: string): Record<string, unknown> | null {
  const goldFile = join(seedsDir, 'gold.json');
  if (!existsSync(goldFile)) return null;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
    articles: Array<{ file: string; published: string | null; dates?: Array<{ text: string; value: string; occurrence?: number; borderline?: boolean }> }>;
  };
  let total = 0;
  let found = 0;
  let valued = 0;
  const misses: string[] = [];
  for (const a of gold.articles) {
    const path = join(seedsDir, a.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const system = extractDates(text, a.published ? dctDate(a.published) : null);
    for (const d of a.dates ?? []) {
      if (d.borderline) continue;
      let at = -1;
      for (let k = 0; k < (d.occurrence ?? 1); k++) at = text.indexOf(d.text, at + 1);
      if (at < 0) continue;
      total++;
      const hits = system.filter((x) => x.start < at + d.text.length && x.end > at);
      if (hits.length) found++;
      if (hits.some((x) => sameTimexValue(x.value, d.value))) valued++;
      else misses.push(`${a.file}: "${d.text}" gold ${d.value}, found ${hits.map((x) => `"${x.text}" ${x.value}`).join(', ') || 'nothing'}`);
    }
  }
  return { goldDates: total, found, withGoldValue: valued, misses };
}

/** The table lines of the TimeLine trial: micro F1 of each system with the anchor beside. */
function trialLines(t: Record<string, unknown>): string[] {
  const line = (label: string, m: unknown): string => {
    const v = m as { microF1: number; precision: number; recall: number };
    return `  ${label.padEnd(38)} F1 ${v.microF1.toFixed(2).padStart(6)}  P ${v.precision.toFixed(2).padStart(6)}  R ${v.recall.toFixed(2).padStart(6)}`;
  };
  return [
    `TimeLine trial (SemEval-2015 Task 4, Apple, ${String(t.documents)} docs), temporal awareness, micro average over targets:`,
    line('events: sentences with a date', t.datedSentences),
    line('events: all sentences naming the target', t.allSentences),
    '  published: best Track A run F1 7.85 (test corpora, not this trial)',
  ];
}

const pct = (x: unknown): string => (typeof x === 'number' ? (x * 100).toFixed(2) : '—');

/** The `time` evaluation: `npm run eval -- time`. */
export const evaluation: Evaluation = {
  name: 'time',
  description: 'Temporal expressions: TempEval-3 TBAQ span and value F1, TimeLine trial (task metric), throughput.',
  async run(ctx: EvalContext): Promise<EvalReport> {
    const t0 = performance.now();
    let docs = loadTbaq(ctx.benchmarks);
    if (docs.length === 0) {
      return { name: 'time', dataset: 'tempeval3 TBAQ', headline: { metric: 'value F1', value: 0 }, metrics: {}, table: 'no data', skipped: `no TimeML files under ${join(ctx.benchmarks, 'time', 'tempeval3')}` };
    }
    if (ctx.quick) docs = docs.filter((_, i) => i % 10 === 0);
    ctx.log(`time: scoring ${docs.length} TBAQ documents`);
    const ours = emptyCounts();
    const base = emptyCounts();
    const bySource: Record<string, Counts> = { TimeBank: emptyCounts(), AQUAINT: emptyCounts() };
    const errors: string[] = [];
    for (const doc of docs) {
      const system = systemTimexes(doc);
      scoreDoc(doc.timexes, system, ours, ctx.args.errors ? errors : undefined);
      const source = bySource[doc.id.split('/')[0]];
      if (source) scoreDoc(doc.timexes, system, source);
      scoreDoc(doc.timexes, chronoTimexes(doc), base);
    }
    const tbaq: Record<string, unknown> & { bySource: Record<string, unknown> } = { ...summarise(ours), bySource: Object.fromEntries(Object.entries(bySource).map(([k, c]) => [k, summarise(c)])) };
    const baseline = summarise(base);

    // The platinum test split: scored only when its annotated files are present.
    const testDir = join(ctx.benchmarks, 'time', 'tempeval3', 'test-te3-platinum');
    let test: Record<string, unknown> | string = `not scored: no annotated files in ${testDir} (only the unannotated input is present)`;
    const testFiles = readDir(testDir, '.tml');
    if (testFiles.length) {
      const c = emptyCounts();
      for (const f of testFiles) {
        const doc = parseTimeML(f.id, f.xml);
        if (doc) scoreDoc(doc.timexes, systemTimexes(doc), c);
      }
      test = summarise(c);
    }

    const timeline = ctx.quick ? null : scoreTimelineTrial(ctx.benchmarks, ctx.args.timelines);
    const seeds = scoreSeeds(ctx.seeds);
    const news = loadNews(ctx.benchmarks, ctx.quick ? 100 : 500);
    let speed: { articles: number; extractDatesPerSecond: number; chronoCasualPerSecond: number; ratio: number } | null = null;
    if (news.length) {
      const [ours, chronoAlone] = throughput(news, (t, r) => extractDates(t, r), (t, r) => chrono.casual.parse(t, r ?? undefined));
      speed = { articles: news.length, extractDatesPerSecond: ours, chronoCasualPerSecond: chronoAlone, ratio: Math.round((ours / chronoAlone) * 100) / 100 };
    }
    if (ctx.args.errors) for (const e of errors) ctx.log(e);

    const seconds = Math.round((performance.now() - t0) / 100) / 10;
    const v = tbaq.value as { f1: number; accuracy: number };
    const s = tbaq.strict as { f1: number };
    const r = tbaq.relaxed as { f1: number };
    const bv = baseline.value as { f1: number };
    const bs = baseline.strict as { f1: number };
    const br = baseline.relaxed as { f1: number };
    const lines = [
      `TempEval-3 Task A, TBAQ (${docs.length} docs, ${ours.gold} gold TIMEX3)`,
      'system                 strict F1  relaxed F1  value F1  value acc',
      `storyline dates        ${pct(s.f1).padStart(9)}  ${pct(r.f1).padStart(10)}  ${pct(v.f1).padStart(8)}  ${pct(v.accuracy).padStart(9)}`,
      ...Object.entries(tbaq.bySource).map(([k, m]) => {
        const sm = m as { strict: { f1: number }; relaxed: { f1: number }; value: { f1: number; accuracy: number } };
        return `  ${k.padEnd(21)}${pct(sm.strict.f1).padStart(9)}  ${pct(sm.relaxed.f1).padStart(10)}  ${pct(sm.value.f1).padStart(8)}  ${pct(sm.value.accuracy).padStart(9)}`;
      }),
      `chrono casual alone    ${pct(bs.f1).padStart(9)}  ${pct(br.f1).padStart(10)}  ${pct(bv.f1).padStart(8)}  ${pct((baseline.value as { accuracy: number }).accuracy).padStart(9)}`,
      'published, TE3 platinum test (not TBAQ): HeidelTime value F1 77.61, SUTime 67.38',
      `test split: ${typeof test === 'string' ? test : `value F1 ${pct((test.value as { f1: number }).f1)}`}`,
      ...(timeline ? trialLines(timeline) : ['TimeLine trial: not scored']),
      seeds ? `seeds: ${seeds.withGoldValue} of ${seeds.goldDates} non-borderline gold dates found with the gold value (${seeds.found} overlapped)` : 'seeds: not found',
      speed ? `speed on ${speed.articles} news articles: extractDates ${speed.extractDatesPerSecond}/s, chrono casual ${speed.chronoCasualPerSecond}/s` : 'speed: no news texts',
      `wall time ${seconds}s`,
    ];
    return {
      name: 'time',
      dataset: 'tempeval3 train-TBAQ-cleaned (TimeBank + AQUAINT); timeline trial (Apple)',
      headline: { metric: 'TBAQ value F1', value: v.f1 },
      metrics: { tbaq, test, timelineTrial: timeline, seeds, speed },
      baselines: {
        chronoCasualAlone: baseline,
        published: {
          note: 'TempEval-3 platinum test split (UzZaman et al., SemEval 2013), not TBAQ',
          'HeidelTime-t value F1': 0.7761,
          'SUTime value F1': 0.6738,
          unverified: { 'HeidelTime-t strict F1': 0.813, 'HeidelTime-t relaxed F1': 0.903, 'SUTime relaxed F1': 0.903, 'ClearTK strict F1': 0.827, 'NavyTime value F1': 0.7 },
        },
      },
      table: lines.join('\n'),
      seconds,
    };
  },
};

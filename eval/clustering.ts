/**
 * Evaluation of near-duplicate detection and incremental event/story clustering.
 *
 * - ECB+ (event level = gold sub-topic; story level = gold topic): B³ and pairwise P/R/F1, ARI. Headline
 *   split: the test topics 36–45 (the split of the K-means anchor); also all 982 documents.
 * - Gun violence (SemEval-2018 Task 5 pool, GVA incidents): pairwise P/R/F1 and ARI on the full pool
 *   fed in publication order, also scored on a held-out half of the incidents (by a hash of the
 *   incident id) and on the validated GVC subset run alone.
 * - Duplicates: synthetic rewrites (retitled, trimmed, with a paragraph added) of gun-violence articles,
 *   against pairs of different articles about the same incident and about different incidents.
 *
 * The headline runs go through the real ingest path: the benchmark records are written as JSONL in
 * publication order (undated ones last, in a seeded hash order, as the cluster step takes them) and
 * ingested into a fresh SQLite file with the default pipeline and corpus steps; the predicted event
 * and story of a document are its stored placement. The same clusterer fed the bare benchmark text (no entities, places or dates:
 * `direct` rows) shows what the pipeline's features add. Tuning clusters the ingested articles'
 * features in memory, so that a grid runs without re-ingesting.
 * Arguments: `tune=1 grid=[{...options},...]` scores a grid of options on the tuning splits only (ECB+
 * train topics and half of the gun-violence incidents; the ECB+ dev topics reported beside);
 * `options={...}` runs the bare-text comparison rows with options other than the defaults (the
 * headline runs use the cluster step as it ships).
 */
import { readFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/core/ingest/ingest.js';
import { SqliteStore } from '../src/core/store/sqlite/sqlite-store.js';
import type { StoredArticle } from '../src/core/store/store.js';
import { DEFAULT_CORPUS_STEPS } from '../src/core/corpus/default-corpus-steps.js';
import { toClusterArticle } from '../src/core/corpus/cluster-step/cluster-stories-step.js';
import type { EvalContext, EvalReport, Evaluation } from './types.js';
import { DuplicateDetector, DEFAULT_DUPLICATE_OPTIONS } from '../src/core/corpus/duplicates/duplicate-detector.js';
import { shingleHashes } from '../src/core/corpus/duplicates/shingle-hashes.js';
import { estimateContainment, estimateJaccard, minhashSeeds, minhashSignature } from '../src/core/corpus/duplicates/minhash-signature.js';
import { hashString, seededRandom } from '../src/core/corpus/duplicates/hash32.js';
import { StoryClusterer, type ClusterOptionsInput } from '../src/core/corpus/stories/story-clusterer.js';
import type { ClusterArticle } from '../src/core/corpus/stories/cluster-article.js';

/** One benchmark document with its gold labels. */
interface GoldArticle extends ClusterArticle {
  event: string;
  topic: string;
  split: string | null;
}

/** Scores of one clustering against gold labels. */
export interface ClusterScores {
  docs: number;
  goldClusters: number;
  predictedClusters: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  ari: number;
}

function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Pairwise P/R/F1, B³ P/R/F1 and the adjusted Rand index of `predicted` against `gold` (same keys). */
export function scoreClustering(gold: Map<string, string>, predicted: Map<string, string>): ClusterScores {
  const cells = new Map<string, number>();
  const goldSizes = new Map<string, number>();
  const predSizes = new Map<string, number>();
  for (const [doc, g] of gold) {
    const p = predicted.get(doc) ?? `__missing_${doc}`;
    const key = g + '\u0000' + p;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    goldSizes.set(g, (goldSizes.get(g) ?? 0) + 1);
    predSizes.set(p, (predSizes.get(p) ?? 0) + 1);
  }
  const n = gold.size;
  let tp = 0;
  let bp = 0;
  let br = 0;
  for (const [key, count] of cells) {
    const [g, p] = key.split('\u0000');
    tp += choose2(count);
    // B³: each doc's precision is |its cell|/|its predicted cluster|, recall |its cell|/|its gold cluster|.
    bp += (count * count) / predSizes.get(p)!;
    br += (count * count) / goldSizes.get(g)!;
  }
  let goldPairs = 0;
  for (const s of goldSizes.values()) goldPairs += choose2(s);
  let predPairs = 0;
  for (const s of predSizes.values()) predPairs += choose2(s);
  const precision = predPairs === 0 ? 0 : tp / predPairs;
  const recall = goldPairs === 0 ? 0 : tp / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const bP = bp / n;
  const bR = br / n;
  const expected = (goldPairs * predPairs) / choose2(n);
  const maxIndex = (goldPairs + predPairs) / 2;
  const ari = maxIndex === expected ? 0 : (tp - expected) / (maxIndex - expected);
  return {
    docs: n,
    goldClusters: goldSizes.size,
    predictedClusters: predSizes.size,
    pairwise: { precision: r3(precision), recall: r3(recall), f1: r3(f1) },
    bcubed: { precision: r3(bP), recall: r3(bR), f1: r3(bP + bR === 0 ? 0 : (2 * bP * bR) / (bP + bR)) },
    ari: r3(ari),
  };
}

/**
 * Pairwise P/R/F1 over the pairs with at least one member in `subset`: scores a part of a corpus that was
 * clustered whole, counting false merges between the part and the rest against the part.
 */
export function scorePairsTouching(gold: Map<string, string>, predicted: Map<string, string>, subset: Set<string>): { precision: number; recall: number; f1: number } {
  const pairsTouching = (all: number, inside: number) => choose2(all) - choose2(all - inside);
  const count = (groups: Map<string, string[]>) => {
    let pairs = 0;
    for (const ids of groups.values()) pairs += pairsTouching(ids.length, ids.filter((id) => subset.has(id)).length);
    return pairs;
  };
  const group = (labels: (id: string) => string) => {
    const out = new Map<string, string[]>();
    for (const id of gold.keys()) {
      const key = labels(id);
      const list = out.get(key);
      if (list) list.push(id);
      else out.set(key, [id]);
    }
    return out;
  };
  const predictedPairs = count(group((id) => predicted.get(id) ?? `__missing_${id}`));
  const goldPairs = count(group((id) => gold.get(id)!));
  const truePairs = count(group((id) => gold.get(id)! + '\u0000' + (predicted.get(id) ?? `__missing_${id}`)));
  const precision = predictedPairs ? truePairs / predictedPairs : 0;
  const recall = goldPairs ? truePairs / goldPairs : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(precision + recall ? (2 * precision * recall) / (precision + recall) : 0) };
}

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Publication order; undated documents last, in a seeded hash order (not the order of the file, which
 * groups topics). It is the order the cluster step takes stored articles in (undated last), so that the
 * bare-text rows and the tuning runs see the articles in the order ingest does.
 */
export function publicationOrder<T extends { id: string; published: string | null }>(docs: T[]): T[] {
  return [...docs].sort((a, b) => {
    const pa = a.published ?? '\uffff';
    const pb = b.published ?? '\uffff';
    if (pa !== pb) return pa < pb ? -1 : 1;
    return hashString(a.id, 7) - hashString(b.id, 7) || (a.id < b.id ? -1 : 1);
  });
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A benchmark record as a gold article; `split` names the record's split field. */
function goldArticle(d: Record<string, unknown>, split: string): GoldArticle {
  return {
    id: String(d.id),
    title: (d.title as string | null) ?? null,
    text: String(d.text ?? ''),
    published: (d.published as string | null) ?? null,
    outlet: (d.source as string | null) ?? null,
    event: String(d.event),
    topic: String(d.topic),
    split: (d[split] as string | null) ?? null,
  };
}

export function loadEcb(dir: string): GoldArticle[] {
  return readJsonl(join(dir, 'ecbplus_docs.jsonl')).map((d) => goldArticle(d, 'split_cybulska'));
}

function loadGunViolence(dir: string): (GoldArticle & { inGvc: boolean })[] {
  return readJsonl(join(dir, 'docs.jsonl')).map((d) => ({ ...goldArticle(d, 'gvc_split'), inGvc: d.in_gvc === true }));
}

/** Result of one clustering run: predicted event and story per document, and timing. */
interface RunResult {
  event: Map<string, string>;
  story: Map<string, string>;
  seconds: number;
  /** CPU seconds of this process during the run (steadier than wall time on a shared machine). */
  cpuSeconds: number;
  duplicates: number;
}

/** Feeds documents one at a time (duplicates first, then clustering) and reviews at the end, as the cluster step does with a batch. */
export function runClustering(docs: ClusterArticle[], options: ClusterOptionsInput = {}, withDuplicates = true): RunResult {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const detector = new DuplicateDetector();
  const clusterer = new StoryClusterer(undefined, options);
  const assigned: { id: string; event: string; story: string }[] = [];
  let duplicates = 0;
  for (const doc of docs) {
    const dup = withDuplicates ? detector.add(doc.id, doc.text) : null;
    if (dup?.duplicateOf) duplicates++;
    const a = clusterer.add(doc, dup?.duplicateOf ?? null);
    assigned.push({ id: a.article, event: a.event, story: a.story });
  }
  // The end of the batch, as the cluster step ends each batch with a review.
  clusterer.review();
  // Final ids: a merged event or story resolves to its survivor.
  const event = new Map<string, string>();
  const story = new Map<string, string>();
  for (const a of assigned) {
    const rec = clusterer.article(a.id)!;
    event.set(a.id, clusterer.event(rec.event)!.id);
    story.set(a.id, clusterer.story(rec.story)!.id);
  }
  const used = process.cpuUsage(cpu);
  return { event, story, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, duplicates };
}

/** What one run through the real ingest path gave: placements, and the features the clusterer read. */
interface IngestRun extends RunResult {
  /** Each document as the cluster step saw it (id = the benchmark id). */
  features: ClusterArticle[];
}

/**
 * Ingests the documents, in the order given, into a fresh SQLite file through the real ingest path
 * (default pipeline and corpus steps unless `corpusSteps` says otherwise) and reads back where each
 * was placed. A document whose content was already stored (same outlet and text) shares the stored
 * article's placement.
 */
export async function runThroughIngest(docs: GoldArticle[], corpusSteps = DEFAULT_CORPUS_STEPS): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), 'storyline-eval-clustering-'));
  try {
    const file = join(dir, 'docs.jsonl');
    writeFileSync(file, docs.map((d) => JSON.stringify({ id: d.id, title: d.title, text: d.text, published: d.published, outlet: d.outlet })).join('\n') + '\n');
    const store = SqliteStore.open(join(dir, 'eval.db'));
    try {
      const started = performance.now();
      const cpu = process.cpuUsage();
      await ingest(store, [file], { corpusSteps, keepIds: 0, keepRejections: 0 });
      const used = process.cpuUsage(cpu);
      const seconds = (performance.now() - started) / 1000;
      const byExternal = new Map<string, StoredArticle>();
      for await (const a of store.iterateArticles()) if (a.source.externalId) byExternal.set(a.source.externalId, a);
      const contentKey = (d: GoldArticle): string => `${d.outlet ?? ''}\u0000${d.text.replace(/\s+/g, ' ').trim()}`;
      const firstWithContent = new Map<string, string>();
      for (const d of docs) if (!firstWithContent.has(contentKey(d))) firstWithContent.set(contentKey(d), d.id);
      const event = new Map<string, string>();
      const story = new Map<string, string>();
      const features: ClusterArticle[] = [];
      let duplicates = 0;
      for (const d of docs) {
        const article = byExternal.get(d.id) ?? byExternal.get(firstWithContent.get(contentKey(d)) ?? '');
        if (!article) continue;
        features.push({ ...toClusterArticle(article), id: d.id });
        const placed = corpusSteps.length ? await store.stories().placement(article.id) : null;
        if (!placed) continue;
        event.set(d.id, placed.event);
        story.set(d.id, placed.story);
        if (placed.duplicateOf) duplicates++;
      }
      return { event, story, seconds, cpuSeconds: (used.user + used.system) / 1e6, duplicates, features };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function goldMap(docs: GoldArticle[], level: 'event' | 'topic'): Map<string, string> {
  return new Map(docs.map((d) => [d.id, level === 'event' ? d.event : d.topic]));
}

function restrict(map: Map<string, string>, ids: Set<string>): Map<string, string> {
  return new Map([...map].filter(([id]) => ids.has(id)));
}

function baselines(gold: Map<string, string>): { singletons: ClusterScores; allInOne: ClusterScores } {
  return {
    singletons: scoreClustering(gold, new Map([...gold.keys()].map((id) => [id, id]))),
    allInOne: scoreClustering(gold, new Map([...gold.keys()].map((id) => [id, 'all']))),
  };
}

/** Duplicate-threshold measurement on synthetic rewrites of real articles. */
function measureDuplicates(docs: GoldArticle[], quick: boolean): Record<string, unknown> {
  const random = seededRandom(11);
  const opts = DEFAULT_DUPLICATE_OPTIONS;
  const seeds = minhashSeeds(opts.bands * opts.rows, opts.seed);
  const usable = docs.filter((d) => d.text.split(/\n+/).filter((p) => p.trim()).length >= 5 && d.text.length > 1500);
  const sample = usable.filter(() => random() < (quick ? 0.1 : 0.35)).slice(0, quick ? 60 : 400);
  const sig = (text: string) => {
    const sh = shingleHashes(text, opts.shingleSize);
    return { sig: minhashSignature(sh, seeds), size: sh.length };
  };
  const pairScore = (a: string, b: string) => {
    const x = sig(a);
    const y = sig(b);
    const j = estimateJaccard(x.sig, y.sig);
    return { j, c: estimateContainment(j, x.size, y.size) };
  };
  const kinds: Record<string, { j: number; c: number }[]> = { trimmed: [], added: [], trimmedAndAdded: [], edited: [], sameEvent: [], differentEvent: [] };
  const byEvent = new Map<string, GoldArticle[]>();
  for (const d of usable) byEvent.set(d.event, [...(byEvent.get(d.event) ?? []), d]);
  for (const d of sample) {
    const paras = d.text.split(/\n+/).filter((p) => p.trim());
    const keep = Math.max(2, Math.round(paras.length * (0.6 + 0.3 * random())));
    const other = usable[Math.floor(random() * usable.length)];
    const foreign = other.text.split(/\n+/).filter((p) => p.trim())[0] ?? '';
    const trimmed = paras.slice(0, keep).join('\n\n');
    kinds.trimmed.push(pairScore(d.text, trimmed));
    kinds.added.push(pairScore(d.text, [paras[0], foreign, ...paras.slice(1)].join('\n\n')));
    kinds.trimmedAndAdded.push(pairScore(d.text, trimmed + '\n\n' + foreign));
    // Copy-editing: about one word in 25 changed.
    const edited = d.text.replace(/\b(\w+)\b/g, (w) => (random() < 0.04 ? w.split('').reverse().join('') : w));
    kinds.edited.push(pairScore(d.text, edited));
    const mates = (byEvent.get(d.event) ?? []).filter((m) => m.id !== d.id);
    if (mates.length > 0) kinds.sameEvent.push(pairScore(d.text, mates[0].text));
    kinds.differentEvent.push(pairScore(d.text, other.event === d.event ? '' : other.text));
  }
  const thresholds = [0.4, 0.5, 0.6, 0.7, 0.8];
  const table: Record<string, Record<string, number>> = {};
  for (const [kind, pairs] of Object.entries(kinds)) {
    const row: Record<string, number> = { pairs: pairs.length };
    for (const t of thresholds) row[`c>=${t}`] = r3(pairs.filter((p) => p.c >= t && p.j >= opts.minJaccard).length / Math.max(1, pairs.length));
    table[kind] = row;
  }
  return { sampled: sample.length, minJaccard: opts.minJaccard, chosenMinContainment: opts.minContainment, matchRateByContainmentThreshold: table };
}

function fmt(s: ClusterScores): string {
  return `pairwise P/R/F1 ${s.pairwise.precision.toFixed(3)}/${s.pairwise.recall.toFixed(3)}/${s.pairwise.f1.toFixed(3)}  B3 P/R/F1 ${s.bcubed.precision.toFixed(3)}/${s.bcubed.recall.toFixed(3)}/${s.bcubed.f1.toFixed(3)}  ARI ${s.ari.toFixed(3)}  clusters ${s.predictedClusters}/${s.goldClusters}`;
}

function parseGrid(arg: string | undefined): ClusterOptionsInput[] {
  if (!arg) return [{}];
  return JSON.parse(arg) as ClusterOptionsInput[];
}

async function run(ctx: EvalContext): Promise<EvalReport> {
  const started = performance.now();
  const ecbDir = join(ctx.benchmarks, 'clustering', 'ecbplus');
  const gvDir = join(ctx.benchmarks, 'clustering', 'gunviolence');
  if (!existsSync(join(ecbDir, 'ecbplus_docs.jsonl')) || !existsSync(join(gvDir, 'docs.jsonl'))) {
    return { name: 'clustering', dataset: 'ecbplus, gunviolence', headline: { metric: 'ECB+ test B3 F1', value: 0 }, metrics: {}, table: 'skipped: benchmark files missing', skipped: `missing ${ecbDir} or ${gvDir}` };
  }
  const options: ClusterOptionsInput = ctx.args.options ? (JSON.parse(ctx.args.options) as ClusterOptionsInput) : {};
  let ecb = loadEcb(ecbDir);
  let gv = loadGunViolence(gvDir);
  if (ctx.quick) {
    ecb = ecb.filter((d) => ['36', '37', '38', '2', '5'].includes(d.topic));
    gv = gv.filter((d) => d.published !== null && d.published < '2014-01-01');
  }

  if (ctx.args.tune) {
    // Tuning: ECB+ train topics alone (B³ F1) and the whole gun-violence pool scored on the pairs touching the
    // tuning half of the incidents (pairwise F1); the objective is their mean. The dev topics, run alone, are
    // reported beside it (a check against fitting the train topics, not part of the objective). Test topics
    // and the other half of the incidents are not looked at.
    const grid = parseGrid(ctx.args.grid);
    const ecbTrain = publicationOrder(ecb.filter((d) => d.split === 'train'));
    const ecbDev = publicationOrder(ecb.filter((d) => d.split === 'dev'));
    const gvAll = publicationOrder(gv);
    const tuneHalf = new Set(gvAll.filter((d) => hashString(d.event, 3) % 2 === 0).map((d) => d.id));
    // The pipeline's features (entities, places, dates) once, through the real ingest path.
    // In the order the cluster step would take them: by the publication date ingest found (a dateline
    // in the text dates some records the benchmark leaves undated).
    const ecbTrainFeatures = publicationOrder((await runThroughIngest(ecbTrain, [])).features);
    const ecbDevFeatures = publicationOrder((await runThroughIngest(ecbDev, [])).features);
    const gvFeatures = publicationOrder((await runThroughIngest(gvAll, [])).features);
    const rows = grid.map((options) => {
      const e = scoreClustering(goldMap(ecbTrain, 'event'), runClustering(ecbTrainFeatures, options).event);
      const dev = scoreClustering(goldMap(ecbDev, 'event'), runClustering(ecbDevFeatures, options).event);
      const g = scorePairsTouching(goldMap(gvAll, 'event'), runClustering(gvFeatures, options).event, tuneHalf);
      const row = { options, ecbTrainB3F1: e.bcubed.f1, ecbDevB3F1: dev.bcubed.f1, gunviolenceTunePairwiseF1: g.f1, objective: r3((e.bcubed.f1 + g.f1) / 2) };
      ctx.log(JSON.stringify(row));
      return row;
    });
    rows.sort((a, b) => b.objective - a.objective);
    const table = rows.map((r) => `${r.objective.toFixed(3)}  ECB+ train B3 F1 ${r.ecbTrainB3F1.toFixed(3)}  dev ${r.ecbDevB3F1.toFixed(3)}  GV tune-half pairwise F1 ${r.gunviolenceTunePairwiseF1.toFixed(3)}  ${JSON.stringify(r.options)}`).join('\n');
    return { name: 'clustering', dataset: 'tuning: ECB+ train topics (dev beside) + gun-violence tuning half', headline: { metric: 'best objective', value: rows[0]?.objective ?? 0 }, metrics: { rows }, table, seconds: r3((performance.now() - started) / 1000) };
  }

  // ECB+: test topics alone (the anchor's setting) and all documents, through the real ingest path.
  const ecbTest = publicationOrder(ecb.filter((d) => d.split === 'test'));
  const ecbAll = publicationOrder(ecb);
  const ecbTestRun = await runThroughIngest(ecbTest);
  const ecbAllRun = await runThroughIngest(ecbAll);
  const ecbTestEvent = scoreClustering(goldMap(ecbTest, 'event'), ecbTestRun.event);
  const ecbTestStory = scoreClustering(goldMap(ecbTest, 'topic'), ecbTestRun.story);
  const ecbAllEvent = scoreClustering(goldMap(ecbAll, 'event'), ecbAllRun.event);
  const ecbAllStory = scoreClustering(goldMap(ecbAll, 'topic'), ecbAllRun.story);
  const devIds = new Set(ecb.filter((d) => d.split === 'dev').map((d) => d.id));
  const ecbDevEvent = scoreClustering(restrict(goldMap(ecbAll, 'event'), devIds), restrict(ecbAllRun.event, devIds));
  // The same clusterer on the bare benchmark text (no pipeline features), for comparison.
  const ecbTestDirect = scoreClustering(goldMap(ecbTest, 'event'), runClustering(ecbTest, options).event);
  ctx.log(`ECB+ test events: ${fmt(ecbTestEvent)}`);

  // Gun violence: full pool in publication order; held-out half of incidents; GVC subset alone.
  const gvAll = publicationOrder(gv);
  const gvRun = await runThroughIngest(gvAll);
  const gvGold = goldMap(gvAll, 'event');
  const gvFull = scoreClustering(gvGold, gvRun.event);
  const heldOut = new Set(gvAll.filter((d) => hashString(d.event, 3) % 2 === 1).map((d) => d.id));
  const gvHeld = scorePairsTouching(gvGold, gvRun.event, heldOut);
  // Clustering alone (duplicates + clusterer in memory) on the ingested features: its throughput.
  const gvClusterOnly = runClustering(gvRun.features, options);
  const gvDirect = scoreClustering(gvGold, runClustering(gvAll, options).event);
  const gvc = publicationOrder(gv.filter((d) => d.inGvc));
  const gvcRun = await runThroughIngest(gvc);
  const gvcScores = scoreClustering(goldMap(gvc, 'event'), gvcRun.event);
  const gvcDevIds = new Set(gvc.filter((d) => d.split === 'dev').map((d) => d.id));
  const gvcDev = scoreClustering(restrict(goldMap(gvc, 'event'), gvcDevIds), restrict(gvcRun.event, gvcDevIds));
  ctx.log(`gun violence full pool: ${fmt(gvFull)}`);

  const duplicates = measureDuplicates(gv, ctx.quick);
  const metrics = {
    ecbplus: {
      testTopics: { event: ecbTestEvent, story: ecbTestStory, directEvent: ecbTestDirect, ingestSeconds: r3(ecbTestRun.seconds), duplicatesFound: ecbTestRun.duplicates },
      allDocs: { event: ecbAllEvent, story: ecbAllStory, devTopicsEvent: ecbDevEvent, ingestSeconds: r3(ecbAllRun.seconds), duplicatesFound: ecbAllRun.duplicates },
    },
    gunviolence: {
      fullPool: {
        event: gvFull, directEvent: gvDirect, ingestSeconds: r3(gvRun.seconds), duplicatesFound: gvRun.duplicates,
        clusteringSeconds: r3(gvClusterOnly.seconds), clusteringCpuSeconds: r3(gvClusterOnly.cpuSeconds),
        articlesPerSecond: Math.round(gvAll.length / gvClusterOnly.seconds), articlesPerCpuSecond: Math.round(gvAll.length / gvClusterOnly.cpuSeconds),
      },
      heldOutHalfPairsTouching: gvHeld,
      gvcAlone: gvcScores,
      gvcDevInGvcRun: gvcDev,
    },
    duplicates,
    options,
  };
  const baselineTable = {
    ecbTestEvent: baselines(goldMap(ecbTest, 'event')),
    ecbAllEvent: baselines(goldMap(ecbAll, 'event')),
    gunviolenceFullPool: baselines(gvGold),
    gvc: baselines(goldMap(gvc, 'event')),
    anchors: {
      ecbTestKMeans: 'Barhom et al. 2019 K-means (K=20 given): B3 F1 0.968, pairwise F1 0.967, ARI 0.965',
      gunviolenceTfidf: 'TF-IDF + average-link (batch, thr 0.8): full pool (5,738 docs) pairwise F1 0.557, ARI 0.557; GVC 0.900',
    },
  };
  const lines = [
    `ECB+ test topics (${ecbTest.length} docs), events: ${fmt(ecbTestEvent)}`,
    `ECB+ test topics, stories vs topics:   ${fmt(ecbTestStory)}`,
    `ECB+ test topics, events, bare text:   ${fmt(ecbTestDirect)}`,
    `ECB+ all (${ecbAll.length} docs), events:        ${fmt(ecbAllEvent)}`,
    `ECB+ all, stories vs topics:           ${fmt(ecbAllStory)}`,
    `ECB+ dev topics (in all-docs run):     ${fmt(ecbDevEvent)}`,
    `gun violence full pool (${gvAll.length}):     ${fmt(gvFull)}`,
    `gun violence full pool, bare text:     ${fmt(gvDirect)}`,
    `gun violence held-out half (pairs touching it): pairwise P/R/F1 ${gvHeld.precision.toFixed(3)}/${gvHeld.recall.toFixed(3)}/${gvHeld.f1.toFixed(3)}`,
    `GVC subset alone (${gvc.length}):           ${fmt(gvcScores)}`,
    `baseline singletons ECB+ test:         ${fmt(baselineTable.ecbTestEvent.singletons)}`,
    `baseline all-in-one ECB+ test:         ${fmt(baselineTable.ecbTestEvent.allInOne)}`,
    `baseline singletons gun violence:      ${fmt(baselineTable.gunviolenceFullPool.singletons)}`,
    `baseline all-in-one gun violence:      ${fmt(baselineTable.gunviolenceFullPool.allInOne)}`,
    `duplicates (rate flagged at chosen containment ${DEFAULT_DUPLICATE_OPTIONS.minContainment}): ${JSON.stringify((duplicates.matchRateByContainmentThreshold as Record<string, Record<string, number>>))}`,
    `throughput gun violence: ${Math.round(gvAll.length / gvClusterOnly.seconds)} articles/s wall, ${Math.round(gvAll.length / gvClusterOnly.cpuSeconds)} articles per CPU second (duplicates + clustering); whole ingest ${gvRun.seconds.toFixed(1)} s`,
    `all headline runs go through the real ingest path (JSONL → pipeline → SQLite → corpus steps)`,
  ];
  return {
    name: 'clustering',
    dataset: ctx.quick ? 'ecbplus topics 2,5,36,37,38 + gunviolence 2013 (quick)' : 'ecbplus (test topics 36-45 and all), gunviolence pool (2,981 docs) and GVC subset',
    headline: { metric: 'ECB+ test B3 F1 (event)', value: ecbTestEvent.bcubed.f1 },
    metrics,
    baselines: baselineTable,
    table: lines.join('\n'),
    seconds: r3((performance.now() - started) / 1000),
  };
}

/** The clustering evaluation: `npm run eval -- clustering`. */
export const evaluation: Evaluation = {
  name: 'clustering',
  description: 'Near-duplicates and incremental event/story clustering on ECB+ and the gun-violence pool',
  run,
};

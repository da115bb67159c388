/**
 * Trains the attribution-cue classifier of the quotes stage (a binary averaged perceptron over
 * hashed context features, `src/core/stages/quotes/cue-model.ts`) on the PolNeAR TRAIN split only,
 * chooses its decision threshold by cross-validation on train, and writes
 * `models/quotes/cue-model.json.gz`. Same seed and options → same bytes.
 *
 *   node dist/tools/train-cue-model.js [--polnear DIR] [--out DIR] [--seed N] [--epochs N]
 *                                      [--bits N] [--folds N] [--min-cues N] [--min-precision X]
 *                                      [--prune X]   (weights of smaller magnitude are dropped)
 *                                      [--threshold T|auto]   (default −3; auto: this tool's best)
 *
 * Vocabulary: the content words of annotated cues (with a source) seen at least `--min-cues` times that the
 * cue lexicon does not already use (absent, or marked low-precision). Examples: every lower-case
 * occurrence of a vocabulary word; positive when it lies inside an annotated cue whose attribution
 * has a source. Threshold: for each fold of articles, a model trained on the other folds runs inside
 * the extractor on the held-out articles; the threshold with the best source overlap F1 over all of
 * train, among those keeping source precision at or above `--min-precision`, is kept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cueWords, loadPolnear, scoreArticles, toRelations, type GoldArticle } from '../eval/quotes.js';
import { buildCueLexicon } from '../src/core/stages/quotes/cue-lexicon.js';
import { encodeCueModel, featureBuckets, type CueModel } from '../src/core/stages/quotes/cue-model.js';
import { cueCandidates, findQuotes, type CueCandidate } from '../src/core/stages/quotes/extract-quotes.js';
import { rng } from './seeded-random.js';
import { readToolOptions } from './tool-options.js';

interface Options {
  polnear: string;
  out: string;
  seed: number;
  epochs: number;
  bits: number;
  folds: number;
  minCues: number;
  minPrecision: number;
  prune: number;
  /** The decision threshold, or "auto" for the best cross-validated one of this tool's own grid. */
  threshold: string;
}

function readOptions(argv: string[]): Options {
  const defaults: Options = {
    polnear: resolve(process.cwd(), '../shared/benchmarks/quotes/polnear'),
    out: resolve(process.cwd(), 'models/quotes'),
    seed: 7,
    epochs: 10,
    bits: 16,
    folds: 5,
    minCues: 2,
    minPrecision: 0.8,
    prune: 0.05,
    // Chosen on the objective the stage is tuned on, the extractor with the source tagger
    // cross-validated on train (`node dist/tools/train-source-tagger.js` with this model at each
    // threshold; docs/quotes-and-timelines.md, version 13): −3, where this tool's own curve is flat.
    threshold: '-3',
  };
  return readToolOptions(argv, defaults, {
    polnear: 'path', out: 'path', seed: 'number', epochs: 'number', bits: 'number', folds: 'number', minCues: 'number', minPrecision: 'number', prune: 'number', threshold: 'string',
  });
}

interface Example {
  buckets: number[];
  label: 1 | -1;
}

/** Content words of annotated cues with a source, seen at least `minCues` times, that the lexicon does not already use. */
function vocabularyOf(articles: readonly GoldArticle[], minCues: number): Set<string> {
  const lexicon = buildCueLexicon();
  const counts = new Map<string, number>();
  for (const a of articles) {
    for (const r of a.relations) {
      if (r.cue === null || r.source === null) continue;
      for (const w of cueWords(a.text, r.cue)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const vocab = new Set<string>();
  for (const [w, n] of counts) {
    const info = lexicon.get(w);
    if (n >= minCues && w.length >= 3 && (info === undefined || info.lowPrecision === true)) vocab.add(w);
  }
  return vocab;
}

function examplesOf(a: GoldArticle, candidates: readonly CueCandidate[], bits: number): Example[] {
  const cues = a.relations.filter((r) => r.source !== null && r.cue !== null).flatMap((r) => r.cue!);
  return candidates.map((c) => ({
    buckets: featureBuckets(c.features, bits),
    label: cues.some((p) => c.start < p.end && p.start < c.end) ? 1 : -1,
  }));
}

/** A binary averaged perceptron over the examples, in a seeded order. */
function train(examples: readonly Example[], o: Options, vocab: ReadonlySet<string>, info: Record<string, unknown>): CueModel {
  const size = 1 << o.bits;
  const W = new Float64Array(size);
  const U = new Float64Array(size);
  let c = 1;
  const random = rng(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const e = examples[idx];
      let s = 0;
      for (const b of e.buckets) s += W[b];
      if (s * e.label <= 0) {
        for (const b of e.buckets) {
          W[b] += e.label;
          U[b] += e.label * c;
        }
      }
      c++;
    }
  }
  const weights = new Float32Array(size);
  for (let b = 0; b < size; b++) {
    const w = W[b] - U[b] / c;
    if (Math.abs(w) >= o.prune) weights[b] = w;
  }
  return { bits: o.bits, vocabulary: vocab, weights, threshold: 0, info };
}

type Scores = { p: number; r: number; f1: number };

function sourceScores(articles: readonly GoldArticle[], modelOf: (i: number) => CueModel | null): Scores {
  const index = new Map(articles.map((a, i) => [a, i]));
  const m = scoreArticles([...articles], (a) => toRelations(a.text, findQuotes(a.text, { cueModel: modelOf(index.get(a)!), sourceTagger: null }))) as { source: { overlap: Scores } };
  return m.source.overlap;
}

function main(): void {
  const o = readOptions(process.argv.slice(2));
  const t0 = Date.now();
  const articles = loadPolnear(o.polnear, 'train');
  const vocab = vocabularyOf(articles, o.minCues);
  const candidates = articles.map((a) => cueCandidates(a.text, vocab));
  const words = candidates.map((list) => list.map((c) => c.word));
  const examples = articles.map((a, i) => examplesOf(a, candidates[i], o.bits));
  const all = examples.flat();
  console.error(`${articles.length} train articles, vocabulary ${vocab.size} words, ${all.length} examples (${all.filter((e) => e.label > 0).length} cues), ${Date.now() - t0} ms`);

  const rules = sourceScores(articles, () => null);
  console.error(`rules alone (train): source overlap P ${rules.p} R ${rules.r} F1 ${rules.f1}`);
  const foldModels: CueModel[] = [];
  for (let k = 0; k < o.folds; k++) {
    foldModels.push(train(examples.filter((_, i) => i % o.folds !== k).flat(), o, vocab, {}));
  }
  const grid: number[] = [];
  for (let t = -8; t <= 4; t += 1) grid.push(t);
  const cv: { threshold: number; p: number; r: number; f1: number }[] = [];
  for (const threshold of grid) {
    const s = sourceScores(articles, (i) => ({ ...foldModels[i % o.folds], threshold }));
    cv.push({ threshold, ...s });
    console.error(`threshold ${threshold}: source overlap P ${s.p} R ${s.r} F1 ${s.f1}`);
  }
  const eligible = cv.filter((x) => x.p >= o.minPrecision);
  const auto = (eligible.length > 0 ? eligible : cv).reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const fixed = o.threshold === 'auto' ? null : Number(o.threshold);
  if (fixed !== null && !cv.some((x) => x.threshold === fixed)) throw new Error(`--threshold takes "auto" or a value of the grid (${grid.join(', ')}), not "${o.threshold}"`);
  const best = fixed === null ? auto : cv.find((x) => x.threshold === fixed)!;
  console.error(`${fixed === null ? 'chosen' : 'given'} threshold ${best.threshold} (cross-validated F1 ${best.f1}, rules alone ${rules.f1}; best of this grid: ${auto.threshold}, F1 ${auto.f1})`);

  const model = train(all, o, vocab, {
    seed: o.seed,
    epochs: o.epochs,
    folds: o.folds,
    minCues: o.minCues,
    prune: o.prune,
    trainedOn: 'PolNeAR train (all articles)',
    examples: all.length,
    rulesAlone: rules,
    crossValidated: best,
  });
  model.threshold = best.threshold;
  // Words that the fold models accept in none of their held-out contexts are dropped (they would
  // cost time at extraction; the cross-validated scores above are the same without them).
  const accepted = new Set<string>();
  articles.forEach((_, i) => {
    const m = foldModels[i % o.folds];
    examples[i].forEach((e, j) => {
      let s = 0;
      for (const b of e.buckets) s += m.weights[b];
      if (s >= best.threshold) accepted.add(words[i][j]);
    });
  });
  model.vocabulary = new Set([...vocab].filter((w) => accepted.has(w)));
  model.info.vocabularyBeforePruning = vocab.size;
  console.error(`vocabulary ${vocab.size} → ${model.vocabulary.size} words accepted in held-out contexts`);
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, 'cue-model.json.gz');
  const bytes = encodeCueModel(model);
  writeFileSync(file, bytes);
  console.error(`wrote ${file} (${(bytes.length / 1e3).toFixed(0)} kB, ${model.weights.filter((w) => w !== 0).length} weights) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();

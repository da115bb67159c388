/**
 * Issue #5: trains the attribution SOURCE/CUE tagger (`src/core/stages/quotes/
 * source-tagger.ts`: BIO tags over SRC and CUE, the named-entity tagger's averaged perceptron and
 * Viterbi) on the PolNeAR TRAIN split and scores it alone by the quotes eval's source overlap
 * matching (`scoreArticles`): each tagged SRC span is one predicted source.
 *
 *   node dist/tools/train-source-tagger.js [--polnear DIR] [--seed N] [--epochs N] [--bits N]
 *                                          [--folds N] [--dev] [--out FILE]
 *
 * The committed model: `--out models/quotes/source-tagger.bin.gz` with the defaults (seed 11, 6 epochs, 16 bits).
 *
 * Always: k-fold cross-validation over train articles (train on k-1 folds, tag the held-out one),
 * scoring the tagger alone and the extractor using it (`findQuotes` with `sourceTagger`) against the
 * rules alone; the extractor settings were chosen on these numbers.
 * `--dev`: also trains on all of train and scores the dev split (report only). `--out FILE`: writes
 * that model (the named-entity model format). Same seed and options → same numbers and bytes.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPolnear, scoreArticles, toRelations, type GoldArticle, type Relation } from '../eval/quotes.js';
import { findQuotes } from '../src/core/stages/quotes/extract-quotes.js';
import { encodeModel, type NerModel } from '../src/core/stages/entities/ner-model.js';
import { buildCueLexicon } from '../src/core/stages/quotes/cue-lexicon.js';
import { SOURCE_TAGS, tagSources, taggerFeatures, taggerSentences } from '../src/core/stages/quotes/source-tagger.js';
import { SequencePerceptron, shuffle } from './perceptron.js';
import { rng } from './seeded-random.js';
import { readToolOptions } from './tool-options.js';

interface Options {
  polnear: string;
  seed: number;
  epochs: number;
  bits: number;
  folds: number;
  dev: boolean;
  out: string | null;
}

function readOptions(argv: string[]): Options {
  const defaults: Options = { polnear: resolve(process.cwd(), '../shared/benchmarks/quotes/polnear'), seed: 11, epochs: 6, bits: 16, folds: 5, dev: false, out: null };
  return readToolOptions(argv, defaults, { polnear: 'path', seed: 'number', epochs: 'number', bits: 'number', folds: 'number', dev: 'flag', out: 'path' });
}

interface Prepared {
  features: Int32Array;
  gold: Int32Array;
  n: number;
}

const LEXICON = buildCueLexicon();

/** Gold BIO tags of every sentence of an article: tokens overlapping a source (else a cue) of an attribution with a source. */
function prepare(a: GoldArticle, mask: number): Prepared[] {
  const spans: { role: 1 | 3; start: number; end: number; id: number }[] = [];
  a.relations.forEach((r, id) => {
    if (r.source === null) return;
    for (const p of r.source) spans.push({ role: 1, ...p, id: id * 2 });
    for (const p of r.cue ?? []) spans.push({ role: 3, ...p, id: id * 2 + 1 });
  });
  return taggerSentences(a.text).map((s) => {
    const gold = new Int32Array(s.length);
    let prevId = -1;
    s.forEach((t, i) => {
      const hit = spans.find((p) => p.role === 1 && t.start < p.end && p.start < t.end) ?? spans.find((p) => t.start < p.end && p.start < t.end);
      if (hit === undefined) {
        prevId = -1;
        return;
      }
      gold[i] = hit.id === prevId && gold[i - 1] !== 0 ? hit.role + 1 : hit.role;
      prevId = hit.id;
    });
    return { features: taggerFeatures(s, LEXICON, mask), gold, n: s.length };
  });
}

/** The structured averaged perceptron of tools/train-ner.ts over the SRC/CUE tags. */
function train(data: readonly Prepared[], o: Options): NerModel {
  const tags = SOURCE_TAGS;
  const perceptron = new SequencePerceptron(tags, o.bits);
  const random = rng(o.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    perceptron.epoch(data, order);
  }
  const tokens = data.reduce((a, s) => a + s.n, 0);
  return {
    bits: o.bits, tags, ...perceptron.averaged(), gazetteer: { entries: new Map(), maxWords: 1 },
    info: { seed: o.seed, epochs: o.epochs, sentences: data.length, tokens, trainedOn: 'PolNeAR train' },
  };
}

/** Predicted relations: each tagged SRC span a source, each CUE span a cue (no contents). */
function predict(model: NerModel, a: GoldArticle): Relation[] {
  return tagSources(model, a.text, LEXICON).map((s) => ({
    source: s.role === 'SRC' ? [{ start: s.start, end: s.end }] : null,
    cue: s.role === 'CUE' ? [{ start: s.start, end: s.end }] : null,
    content: null,
    direct: false,
  }));
}

/** The extractor's relations with the tagger in use (`null`: the rules alone). */
function extracted(model: NerModel | null, a: GoldArticle): Relation[] {
  return toRelations(a.text, findQuotes(a.text, { sourceTagger: model }));
}

function summary(m: Record<string, unknown>): string {
  const r = m as Record<string, { overlap: { p: number; r: number; f1: number }; exact: { f1: number }; gold: number; predicted: number }>;
  const f = (x: { p: number; r: number; f1: number }): string => `P ${x.p} R ${x.r} F1 ${x.f1}`;
  return `source overlap ${f(r.source.overlap)} (exact F1 ${r.source.exact.f1}, ${r.source.predicted} predicted / ${r.source.gold} gold); cue overlap ${f(r.cue.overlap)}; content overlap ${f(r.content.overlap)}`;
}

function main(): void {
  const o = readOptions(process.argv.slice(2));
  const t0 = Date.now();
  const mask = (1 << o.bits) - 1;
  const articles = loadPolnear(o.polnear, 'train');
  const prepared = articles.map((a) => prepare(a, mask));
  console.error(`${articles.length} train articles, ${prepared.flat().length} sentences, ${Date.now() - t0} ms`);
  const models: NerModel[] = [];
  for (let k = 0; k < o.folds; k++) models.push(train(prepared.filter((_, i) => i % o.folds !== k).flat(), o));
  const index = new Map(articles.map((a, i) => [a, i]));
  const cv = scoreArticles(articles, (a) => predict(models[index.get(a)! % o.folds], a));
  console.log(`train ${o.folds}-fold cross-validated: ${summary(cv)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`rules alone (train): ${summary(scoreArticles(articles, (a) => extracted(null, a)))}`);
  const both = scoreArticles(articles, (a) => extracted(models[index.get(a)! % o.folds], a));
  console.log(`extractor with the tagger (pairs outside the rules’ spans), cross-validated: ${summary(both)}`);
  if (o.dev || o.out !== null) {
    const model = train(prepared.flat(), o);
    if (o.dev) {
      const dev = loadPolnear(o.polnear, 'dev');
      console.log(`dev (trained on all train): ${summary(scoreArticles(dev, (a) => predict(model, a)))}`);
      console.log(`dev rules alone: ${summary(scoreArticles(dev, (a) => extracted(null, a)))}`);
      console.log(`dev extractor with the tagger: ${summary(scoreArticles(dev, (a) => extracted(model, a)))}`);
    }
    if (o.out !== null) {
      const bytes = encodeModel(model);
      writeFileSync(o.out, bytes);
      console.log(`wrote ${o.out} (${(bytes.length / 1e6).toFixed(2)} MB)`);
    }
  }
}

main();

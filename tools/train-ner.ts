/**
 * Trains the named-entity tagger (a structured averaged perceptron with Viterbi over IOB2 tags) on
 * CoNLL-2003 `eng.train` and writes `models/ner/ner.bin.gz`. Same seed and options → same bytes.
 *
 *   node dist/tools/train-ner.js [--train PATH] [--out DIR] [--seed N] [--epochs N] [--bits N]
 *                                [--holdout]   (train on 90% of the documents, report the other 10%)
 *
 * The gazetteer features are built "jackknifed": a training sentence only sees names collected from
 * the other folds of documents, so the model learns how far to trust a gazetteer hit on names it has
 * not seen (at tagging time the gazetteer holds every training name).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConll, scoreConll, spansOf, type ConllDocument } from '../src/core/stages/entities/conll.js';
import { buildGazetteer, documentContext, sentenceFeatures, type Gazetteer } from '../src/core/stages/entities/ner-features.js';
import { SequencePerceptron, shuffle, type PreparedSentence } from './perceptron.js';
import { rng } from './seeded-random.js';
import { readToolOptions } from './tool-options.js';
import { BILOU_TAGS, NER_TAGS, encodeModel, toIob2, toScheme, transitionTable, viterbi, type NerModel } from '../src/core/stages/entities/ner-model.js';

interface Options {
  train: string;
  out: string;
  seed: number;
  epochs: number;
  bits: number;
  holdout: boolean;
  folds: number;
  scheme: 'iob2' | 'bilou';
}

function readOptions(argv: string[]): Options {
  const defaults: Options = {
    train: resolve(process.cwd(), '../shared/benchmarks/ner/conll2003/eng.train'),
    out: resolve(process.cwd(), 'models/ner'),
    seed: 13,
    epochs: 8,
    bits: 18,
    holdout: false,
    folds: 5,
    scheme: 'iob2',
  };
  const o = readToolOptions<Omit<Options, 'scheme'> & { scheme: string }>(argv, defaults, {
    train: 'path', out: 'path', seed: 'number', epochs: 'number', bits: 'number', holdout: 'flag', folds: 'number', scheme: 'string',
  });
  return { ...o, scheme: o.scheme === 'bilou' ? 'bilou' : 'iob2' };
}

function namesOf(docs: readonly ConllDocument[]): { words: string[]; type: string }[] {
  const names: { words: string[]; type: string }[] = [];
  for (const d of docs) for (const s of d.sentences) for (const sp of spansOf(s.tags)) names.push({ words: s.words.slice(sp.start, sp.end), type: sp.type });
  return names;
}

type Prepared = PreparedSentence;

function prepare(docs: readonly ConllDocument[], gazFor: (docIndex: number) => Gazetteer, mask: number, TAGS: readonly string[]): Prepared[] {
  const out: Prepared[] = [];
  docs.forEach((d, di) => {
    const ctx = documentContext(d.sentences.map((s) => s.words));
    const gaz = gazFor(di);
    for (const s of d.sentences) {
      const gold = new Int32Array(toScheme(TAGS, s.tags).map((t) => TAGS.indexOf(t)));
      out.push({ features: sentenceFeatures(s.words, ctx, gaz, mask), gold, n: s.words.length });
    }
  });
  return out;
}

function main(): void {
  const o = readOptions(process.argv.slice(2));
  const t0 = Date.now();
  const all = parseConll(readFileSync(o.train, 'utf8'));
  const trainDocs = o.holdout ? all.filter((_, i) => i % 10 !== 9) : all;
  const devDocs = o.holdout ? all.filter((_, i) => i % 10 === 9) : [];
  const mask = (1 << o.bits) - 1;
  const TAGS: readonly string[] = o.scheme === 'bilou' ? BILOU_TAGS : NER_TAGS;
  const fullGaz = buildGazetteer(namesOf(trainDocs));
  const foldGaz: Gazetteer[] = [];
  for (let k = 0; k < o.folds; k++) foldGaz.push(buildGazetteer(namesOf(trainDocs.filter((_, i) => i % o.folds !== k))));
  const train = prepare(trainDocs, (di) => foldGaz[di % o.folds], mask, TAGS);
  const dev = prepare(devDocs, () => fullGaz, mask, TAGS);
  const tokens = train.reduce((a, s) => a + s.n, 0);
  console.error(`prepared ${train.length} sentences (${tokens} tokens), dev ${dev.length}, in ${Date.now() - t0} ms`);

  const perceptron = new SequencePerceptron(TAGS, o.bits);
  const allowed = transitionTable(TAGS);
  const random = rng(o.seed);
  const order = train.map((_, i) => i);
  const averaged = (): NerModel => ({
    bits: o.bits, tags: TAGS, ...perceptron.averaged(), gazetteer: fullGaz,
    info: { seed: o.seed, epochs: o.epochs, sentences: train.length, tokens, trainedOn: o.holdout ? 'eng.train (90% of documents)' : 'eng.train', folds: o.folds, scheme: o.scheme },
  });
  const evaluate = (m: NerModel, data: Prepared[]): number => {
    const gold = data.map((s) => [...s.gold].map((t) => toIob2(TAGS[t])));
    const pred = data.map((s) => [...viterbi(m, s.features, s.n, allowed)].map((t) => toIob2(TAGS[t])));
    return scoreConll(gold, pred).micro.f1;
  };
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    const errors = perceptron.epoch(train, order);
    let line = `epoch ${epoch}: ${errors} token errors`;
    if (dev.length > 0) line += `, held-out F1 ${evaluate(averaged(), dev).toFixed(4)}`;
    console.error(`${line} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const model = averaged();
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, 'ner.bin.gz');
  const bytes = encodeModel(model);
  writeFileSync(file, bytes);
  console.error(`wrote ${file} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();

/**
 * Named-entity evaluation: CoNLL-2003 `eng.testa`, entity-level precision/recall/F1 per type and
 * micro (conlleval: exact span and type), tagger throughput in tokens/s, and a measured dictionary
 * baseline beside the published anchors. `--quick` scores the first 500 sentences. Then the Cyrillic
 * section (`ner-cyrillic.ts`): our Ukrainian and Russian texts, dev and held-out splits.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, scoreConll, spansOf, type ConllDocument, type ConllScore } from '../src/core/stages/entities/conll.js';
import { createNerTagger, defaultModelPath, loadNerModel } from '../src/core/stages/entities/tag-entities.js';
import { cyrillicLines, loadCyrillicSet, scoreCyrillic, type CyrillicScore } from './ner-cyrillic.js';
import type { EvalContext, EvalReport, Evaluation } from './types.js';

const QUICK_SENTENCES = 500;

/** Keeps whole documents until `limit` sentences (the last one cut), so document features still work. */
function firstSentences(docs: readonly ConllDocument[], limit: number): ConllDocument[] {
  const out: ConllDocument[] = [];
  let left = limit;
  for (const d of docs) {
    if (left <= 0) break;
    out.push({ sentences: d.sentences.slice(0, left) });
    left -= Math.min(left, d.sentences.length);
  }
  return out;
}

/**
 * The trivial baseline of the shared task, measured: tag the longest word sequences that were seen as
 * an entity in training with their most frequent training type.
 */
function dictionaryBaseline(train: readonly ConllDocument[], test: readonly ConllDocument[]): ConllScore {
  const counts = new Map<string, Map<string, number>>();
  let maxLen = 1;
  for (const d of train) for (const s of d.sentences) for (const sp of spansOf(s.tags)) {
    const k = s.words.slice(sp.start, sp.end).join(' ');
    const m = counts.get(k) ?? new Map<string, number>();
    m.set(sp.type, (m.get(sp.type) ?? 0) + 1);
    counts.set(k, m);
    maxLen = Math.max(maxLen, sp.end - sp.start);
  }
  const best = new Map<string, string>();
  for (const [k, m] of counts) best.set(k, [...m.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const d of test) for (const s of d.sentences) {
    const tags = s.words.map(() => 'O');
    for (let i = 0; i < s.words.length; ) {
      let hit = 0;
      for (let len = Math.min(maxLen, s.words.length - i); len >= 1; len--) {
        const type = best.get(s.words.slice(i, i + len).join(' '));
        if (type !== undefined) {
          for (let k = 0; k < len; k++) tags[i + k] = (k === 0 ? 'B-' : 'I-') + type;
          hit = len;
          break;
        }
      }
      i += hit > 0 ? hit : 1;
    }
    gold.push(s.tags);
    pred.push(tags);
  }
  return scoreConll(gold, pred);
}

const pct = (x: number): string => (100 * x).toFixed(2);

/** The Cyrillic section on both splits (no benchmark file needed: the sets are in the repository). */
function cyrillicSection(tagger: ReturnType<typeof createNerTagger>): { lines: string[]; metrics: Record<string, CyrillicScore> } {
  const dev = scoreCyrillic(tagger, loadCyrillicSet('cyrillic-mentions.json'));
  const heldout = scoreCyrillic(tagger, loadCyrillicSet('cyrillic-mentions-heldout.json'));
  return { lines: ['', ...cyrillicLines('dev', dev), '', ...cyrillicLines('held-out', heldout)], metrics: { dev, heldout } };
}

/** The `ner` evaluation (see the file comment). */
export const evaluation: Evaluation = {
  name: 'ner',
  description: 'CoNLL-2003 eng.testa: entity-level P/R/F1 per type and micro, tokens/s of the tagger',
  async run(ctx: EvalContext): Promise<EvalReport> {
    const t0 = Date.now();
    const dir = join(ctx.benchmarks, 'ner', 'conll2003');
    const testFile = join(dir, 'eng.testa');
    if (!existsSync(testFile)) {
      const cyrillic = cyrillicSection(createNerTagger(loadNerModel()));
      return {
        name: 'ner', dataset: 'CoNLL-2003 eng.testa', headline: { metric: 'entity F1 (micro)', value: 0 }, metrics: { cyrillic: cyrillic.metrics },
        table: [`skipped: ${testFile} not found`, ...cyrillic.lines].join('\n'), skipped: `benchmark file ${testFile} not found`,
      };
    }
    const modelPath = defaultModelPath();
    const tl = process.hrtime.bigint();
    const model = loadNerModel(modelPath);
    const loadMs = Number(process.hrtime.bigint() - tl) / 1e6;
    const tagger = createNerTagger(model);
    let docs = parseConll(readFileSync(testFile, 'utf8'));
    if (ctx.quick) docs = firstSentences(docs, QUICK_SENTENCES);
    const sentences = docs.reduce((a, d) => a + d.sentences.length, 0);
    const tokens = docs.reduce((a, d) => a + d.sentences.reduce((b, s) => b + s.words.length, 0), 0);
    ctx.log(`ner: tagging ${sentences} sentences (${tokens} tokens)`);

    const run = (): string[][] => docs.flatMap((d) => tagger.tagSentences(d.sentences.map((s) => s.words)));
    run(); // warm-up: the first pass pays for compilation.
    const passes = ctx.quick ? 1 : 3;
    // Wall time and CPU time of this process: on a busy shared machine the CPU time is the fairer
    // per-core figure (it still includes garbage-collector threads, so it errs low).
    let best = Infinity;
    let bestCpu = Infinity;
    let predicted: string[][] = [];
    for (let p = 0; p < passes; p++) {
      const cpu = process.cpuUsage();
      const ts = process.hrtime.bigint();
      predicted = run();
      best = Math.min(best, Number(process.hrtime.bigint() - ts) / 1e9);
      const used = process.cpuUsage(cpu);
      bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
    }
    const gold = docs.flatMap((d) => d.sentences.map((s) => s.tags));
    const score = scoreConll(gold, predicted);

    // Raw-text throughput: the same documents as plain text through tokenizer, splitter and tagger.
    const texts = docs.map((d) => d.sentences.map((s) => s.words.join(' ')).join('\n'));
    for (const t of texts) tagger.tagEntities(t);
    const rawCpu = process.cpuUsage();
    const tr = process.hrtime.bigint();
    for (const t of texts) tagger.tagEntities(t);
    const rawSeconds = Number(process.hrtime.bigint() - tr) / 1e9;
    const rawUsed = process.cpuUsage(rawCpu);
    const rawCpuSeconds = (rawUsed.user + rawUsed.system) / 1e6;

    const trainFile = join(dir, 'eng.train');
    const baseline = existsSync(trainFile) ? dictionaryBaseline(parseConll(readFileSync(trainFile, 'utf8')), docs) : null;

    const cyrillic = cyrillicSection(tagger);
    const perType: Record<string, unknown> = {};
    for (const [type, s] of Object.entries(score.perType)) perType[type] = { precision: s.precision, recall: s.recall, f1: s.f1, tp: s.tp, fp: s.fp, fn: s.fn };
    const tokensPerSecond = Math.round(tokens / best);
    const tokensPerCpuSecond = Math.round(tokens / bestCpu);
    const rawTokensPerSecond = Math.round(tokens / rawSeconds);
    const rawTokensPerCpuSecond = Math.round(tokens / rawCpuSeconds);
    const lines = [
      `CoNLL-2003 eng.testa${ctx.quick ? ` (first ${QUICK_SENTENCES} sentences)` : ''}: ${sentences} sentences, ${tokens} tokens`,
      'type   precision  recall     F1    gold  predicted',
      ...Object.entries(score.perType).map(([type, s]) => `${type.padEnd(6)} ${pct(s.precision).padStart(9)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(6)} ${String(s.tp + s.fn).padStart(7)} ${String(s.tp + s.fp).padStart(10)}`),
      `${'micro'.padEnd(6)} ${pct(score.micro.precision).padStart(9)} ${pct(score.micro.recall).padStart(7)} ${pct(score.micro.f1).padStart(6)} ${String(score.micro.tp + score.micro.fn).padStart(7)} ${String(score.micro.tp + score.micro.fp).padStart(10)}`,
      `tagger: ${tokensPerSecond} tokens/s wall, ${tokensPerCpuSecond} tokens per CPU-second (pre-tokenised, best of ${passes}); from raw text (tokeniser, splitter, tagger): ${rawTokensPerSecond} tokens/s wall, ${rawTokensPerCpuSecond} per CPU-second; one thread`,
      `model: ${(statSync(modelPath).size / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms; trained on ${model.info.trainedOn}: ${model.info.sentences} sentences, ${model.info.tokens} tokens, ${model.info.epochs} epochs, seed ${model.info.seed}`,
      baseline ? `baseline (longest training-dictionary match, measured): F1 ${pct(baseline.micro.f1)}` : 'baseline: eng.train not found',
      'anchors (published): CoNLL-2003 best system (Florian et al. 2003) ≈ 93 F1 on testa, 88.8 on testb; Stanford CRF 86.9 on testb; Flair 93.1, Stanza 92.1, spaCy RoBERTa 91.6 on testb',
      ...cyrillic.lines,
    ];
    return {
      name: 'ner',
      dataset: `CoNLL-2003 eng.testa${ctx.quick ? ` (first ${QUICK_SENTENCES} sentences)` : ''}`,
      headline: { metric: 'entity F1 (micro, conlleval)', value: score.micro.f1 },
      metrics: {
        micro: { precision: score.micro.precision, recall: score.micro.recall, f1: score.micro.f1 },
        perType,
        sentences,
        tokens,
        tokensPerSecond,
        tokensPerCpuSecond,
        rawTextTokensPerSecond: rawTokensPerSecond,
        rawTextTokensPerCpuSecond: rawTokensPerCpuSecond,
        modelBytes: statSync(modelPath).size,
        modelLoadMs: Math.round(loadMs),
        training: model.info,
        cyrillic: cyrillic.metrics,
      },
      baselines: {
        dictionaryMeasured: baseline ? { precision: baseline.micro.precision, recall: baseline.micro.recall, f1: baseline.micro.f1 } : null,
        published: {
          note: 'from the benchmark PROVENANCE.md; testb numbers unless marked; shared-task numbers from memory there',
          'CoNLL-2003 best system (Florian et al. 2003), testa': 0.93,
          'CoNLL-2003 best system (Florian et al. 2003), testb': 0.888,
          'CoNLL-2003 shared-task dictionary baseline, testb': 0.596,
          'Stanford CRF (Finkel et al. 2005), testb': 0.869,
          'Flair, testb': 0.931,
          'Stanza, testb': 0.921,
          'spaCy RoBERTa, testb': 0.916,
        },
      },
      table: lines.join('\n'),
      seconds: (Date.now() - t0) / 1000,
    };
  },
};

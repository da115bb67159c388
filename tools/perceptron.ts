/**
 * The structured averaged perceptron both sequence taggers are trained with (the named-entity
 * tagger, `train-ner.ts`, and the quote source tagger, `train-source-tagger.ts`): Viterbi over the
 * current weights, and on each wrong tag the gold features up, the predicted ones down, with the
 * transitions and start scores likewise; the weights are averaged over every update (Collins 2002).
 * Same data, order and seed → same weights.
 */
import { FEATURES_PER_TOKEN } from '../src/core/stages/entities/ner-features.js';
import { transitionTable, viterbi } from '../src/core/stages/entities/ner-model.js';

/** One training sentence: its hashed features (`FEATURES_PER_TOKEN` per token, -1 ends a token's list) and gold tag numbers. */
export interface PreparedSentence {
  features: Int32Array;
  gold: Int32Array;
  n: number;
}

/** Weights of a tagger: per feature bucket and tag, tag-to-tag transitions, and the first tag. */
export interface PerceptronWeights {
  weights: Float32Array;
  trans: Float32Array;
  start: Float32Array;
}

export class SequencePerceptron {
  private readonly W: Float32Array;
  private readonly U: Float32Array;
  private readonly trans: Float32Array;
  private readonly transU: Float32Array;
  private readonly start: Float32Array;
  private readonly startU: Float32Array;
  private readonly allowed: Uint8Array;
  /** Updates so far, plus one: the averaging weight of the next update. */
  private c = 1;

  constructor(private readonly tags: readonly string[], bits: number) {
    const T = tags.length;
    this.W = new Float32Array((1 << bits) * T);
    this.U = new Float32Array((1 << bits) * T);
    this.trans = new Float32Array(T * T);
    this.transU = new Float32Array(T * T);
    this.start = new Float32Array(T);
    this.startU = new Float32Array(T);
    this.allowed = transitionTable(tags);
  }

  /** One pass over `data` in `order` (sentence indexes); returns the number of wrong tags. */
  epoch(data: readonly PreparedSentence[], order: readonly number[]): number {
    const { W, U, trans, transU, start, startU } = this;
    const T = this.tags.length;
    const F = FEATURES_PER_TOKEN;
    let errors = 0;
    for (const idx of order) {
      const s = data[idx]!;
      const pred = viterbi({ tags: this.tags, weights: W, trans, start }, s.features, s.n, this.allowed);
      const c = this.c;
      for (let i = 0; i < s.n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        const gp = i > 0 ? s.gold[i - 1]! : -1;
        const pp = i > 0 ? pred[i - 1]! : -1;
        if (g !== p) {
          errors++;
          for (let k = 0; k < F; k++) {
            const f = s.features[i * F + k]!;
            if (f < 0) break;
            W[f * T + g] += 1;
            U[f * T + g] += c;
            W[f * T + p] -= 1;
            U[f * T + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          if (i === 0) {
            start[g] += 1;
            startU[g] += c;
            start[p] -= 1;
            startU[p] -= c;
          } else {
            trans[gp * T + g] += 1;
            transU[gp * T + g] += c;
            trans[pp * T + p] -= 1;
            transU[pp * T + p] -= c;
          }
        }
      }
      this.c++;
    }
    return errors;
  }

  /** The averaged weights (the training can go on after). */
  averaged(): PerceptronWeights {
    const c = this.c;
    const weights = new Float32Array(this.W.length);
    for (let i = 0; i < weights.length; i++) weights[i] = this.W[i]! - this.U[i]! / c;
    const trans = new Float32Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i]! - this.transU[i]! / c;
    const start = new Float32Array(this.start.length);
    for (let i = 0; i < start.length; i++) start[i] = this.start[i]! - this.startU[i]! / c;
    return { weights, trans, start };
  }
}

/** Shuffles `order` in place (Fisher–Yates) with the seeded `random`. */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

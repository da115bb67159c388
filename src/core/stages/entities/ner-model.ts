import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURES_PER_TOKEN, type Gazetteer } from './ner-features.js';

/** The IOB2 tag set over the four CoNLL types. */
export const NER_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

/** The BILOU tag set (Begin, Inside, Last, Unit): separate tags for a name's last word and one-word names. */
export const BILOU_TAGS = ['O', ...['PER', 'ORG', 'LOC', 'MISC'].flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])] as const;

function isBilou(tags: readonly string[]): boolean {
  return tags.some((t) => t.startsWith('L-'));
}

/** IOB2 tags in the model's scheme (IOB2 or BILOU). */
export function toScheme(tags: readonly string[], iob2: readonly string[]): string[] {
  if (!isBilou(tags)) return [...iob2];
  return iob2.map((t, i) => {
    if (t === 'O') return t;
    const next = iob2[i + 1] ?? 'O';
    const ends = !(next.startsWith('I-') && next.slice(2) === t.slice(2));
    if (t.startsWith('B-')) return (ends ? 'U-' : 'B-') + t.slice(2);
    return (ends ? 'L-' : 'I-') + t.slice(2);
  });
}

/** A tag of the model's scheme as IOB2. */
export function toIob2(tag: string): string {
  if (tag.startsWith('L-')) return 'I-' + tag.slice(2);
  if (tag.startsWith('U-')) return 'B-' + tag.slice(2);
  return tag;
}

/** What the training run recorded about itself, stored inside the model file. */
export interface NerModelInfo {
  seed: number;
  epochs: number;
  sentences: number;
  tokens: number;
  trainedOn: string;
  [key: string]: unknown;
}

/**
 * A trained linear-chain tagger: hashed emission weights (`2^bits` buckets × tags), tag-transition
 * and start weights, and the gazetteer the features consult.
 */
export interface NerModel {
  bits: number;
  tags: readonly string[];
  /**
   * Bucket-major: weight of bucket `f` for tag `t` is `weights[f * tags.length + t]`. A loaded model
   * keeps the quantised int16 values (half the memory, so more of the table stays in cache); scores
   * are then in units of `1 / scale`, which changes no decision.
   */
  weights: Float32Array | Int16Array;
  /** `trans[prev * T + cur]`. */
  trans: Float32Array;
  start: Float32Array;
  gazetteer: Gazetteer;
  info: NerModelInfo;
}

/**
 * Whether tag `cur` may follow tag `prev` (`prev` -1 = sentence start) in the model's scheme.
 * `cur` -1 asks whether `prev` may end a sentence.
 */
export function isAllowed(tags: readonly string[], prev: number, cur: number): boolean {
  const bilou = isBilou(tags);
  const p = prev < 0 ? 'O' : tags[prev];
  const pOpen = p.startsWith('B-') || (bilou && p.startsWith('I-'));
  if (cur < 0) return !bilou || !pOpen;
  const c = tags[cur];
  const cContinues = c.startsWith('I-') || c.startsWith('L-');
  if (cContinues) return prev >= 0 && (p.startsWith('B-') || p.startsWith('I-')) && p.slice(2) === c.slice(2);
  // In BILOU an open name (B-, I-) must be closed by L- before anything else.
  return !bilou || !pOpen;
}

/** Reusable buffers for `viterbi`, so tagging many sentences allocates little. */
export interface ViterbiScratch {
  score: Float64Array;
  back: Int32Array;
}

/**
 * Viterbi decoding of one sentence (features from `sentenceFeatures`), returning tag indices.
 * Transitions that IOB2 forbids are never taken.
 */
export function viterbi(model: Pick<NerModel, 'tags' | 'weights' | 'trans' | 'start'>, features: Int32Array, n: number, allowed: Uint8Array, scratch?: ViterbiScratch): Int32Array {
  const T = model.tags.length;
  const F = FEATURES_PER_TOKEN;
  const w = model.weights;
  if (scratch !== undefined && scratch.score.length < n * T) {
    scratch.score = new Float64Array(2 * n * T);
    scratch.back = new Int32Array(2 * n * T);
  }
  const score = scratch?.score ?? new Float64Array(n * T);
  const back = scratch?.back ?? new Int32Array(n * T);
  const em = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    const base = i * F;
    if (T === 9) {
      // The IOB2 tag set: sums kept in locals (registers) instead of an array, the hot loop of tagging.
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
      for (let k = 0; k < F; k++) {
        const f = features[base + k];
        if (f < 0) break;
        const o = f * 9;
        e0 += w[o]; e1 += w[o + 1]; e2 += w[o + 2]; e3 += w[o + 3]; e4 += w[o + 4];
        e5 += w[o + 5]; e6 += w[o + 6]; e7 += w[o + 7]; e8 += w[o + 8];
      }
      em[0] = e0; em[1] = e1; em[2] = e2; em[3] = e3; em[4] = e4; em[5] = e5; em[6] = e6; em[7] = e7; em[8] = e8;
    } else if (T === 5) {
      // The attribution tagger's tag set (quotes/source-tagger.ts): the same, for five tags.
      let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0;
      for (let k = 0; k < F; k++) {
        const f = features[base + k];
        if (f < 0) break;
        const o = f * 5;
        e0 += w[o]; e1 += w[o + 1]; e2 += w[o + 2]; e3 += w[o + 3]; e4 += w[o + 4];
      }
      em[0] = e0; em[1] = e1; em[2] = e2; em[3] = e3; em[4] = e4;
    } else {
      em.fill(0);
      for (let k = 0; k < F; k++) {
        const f = features[base + k];
        if (f < 0) break;
        const off = f * T;
        for (let t = 0; t < T; t++) em[t] += w[off + t];
      }
    }
    for (let t = 0; t < T; t++) {
      if (i === 0) {
        score[t] = allowed[T * T + t] ? em[t] + model.start[t] : -Infinity;
        back[t] = -1;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      const prevBase = (i - 1) * T;
      for (let p = 0; p < T; p++) {
        if (!allowed[p * T + t]) continue;
        const s = score[prevBase + p] + model.trans[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + em[t];
      back[i * T + t] = arg;
    }
  }
  const path = new Int32Array(n);
  if (n === 0) return path;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (!allowed[(T + 1) * T + t]) continue;
    const s = score[(n - 1) * T + t];
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    arg = back[i * T + arg];
  }
  return path;
}

/**
 * The allowed-transition table `[prev * T + cur]`, with row `T` for the sentence start and row `T + 1`
 * for the tags that may end a sentence.
 */
export function transitionTable(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const a = new Uint8Array((T + 2) * T);
  for (let p = -1; p < T; p++) for (let c = 0; c < T; c++) a[(p < 0 ? T : p) * T + c] = isAllowed(tags, p, c) ? 1 : 0;
  for (let p = 0; p < T; p++) a[(T + 1) * T + p] = isAllowed(tags, p, -1) ? 1 : 0;
  return a;
}

const MAGIC = 'SLNER1';

/**
 * Serialises a model compactly: weights quantised to int16 with one scale, only non-zero buckets
 * stored (delta-coded bucket numbers), the gazetteer as hash/bits pairs, all gzipped.
 */
export function encodeModel(model: NerModel): Buffer {
  const T = model.tags.length;
  if (model.weights instanceof Int16Array) throw new Error('encodeModel needs the float weights of a trained model');
  let maxAbs = 0;
  for (const v of model.weights) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  for (const v of model.trans) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  for (const v of model.start) if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
  const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
  const rows: number[] = [];
  const buckets = model.weights.length / T;
  for (let f = 0; f < buckets; f++) {
    for (let t = 0; t < T; t++) {
      if (Math.round(model.weights[f * T + t] * scale) !== 0) {
        rows.push(f);
        break;
      }
    }
  }
  const header = Buffer.from(
    JSON.stringify({ magic: MAGIC, bits: model.bits, tags: model.tags, scale, rows: rows.length, gazetteer: model.gazetteer.entries.size, gazetteerMaxWords: model.gazetteer.maxWords, info: model.info }),
    'utf8',
  );
  // Row numbers as deltas (Uint32, they compress well), then values row by row.
  const deltas = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) deltas[i] = rows[i] - (i > 0 ? rows[i - 1] : 0);
  const values = new Int16Array(rows.length * T + T * T + T);
  let k = 0;
  for (const f of rows) for (let t = 0; t < T; t++) values[k++] = Math.round(model.weights[f * T + t] * scale);
  for (let i = 0; i < T * T; i++) values[k++] = Math.round(model.trans[i] * scale);
  for (let i = 0; i < T; i++) values[k++] = Math.round(model.start[i] * scale);
  const gaz = new Int32Array(model.gazetteer.entries.size * 2);
  let g = 0;
  for (const [h, bits] of [...model.gazetteer.entries.entries()].sort((a, b) => a[0] - b[0])) {
    gaz[g++] = h;
    gaz[g++] = bits;
  }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(header.length);
  const body = Buffer.concat([len, header, Buffer.from(deltas.buffer), Buffer.from(values.buffer), Buffer.from(gaz.buffer)]);
  return gzipSync(body, { level: 9 });
}

/** Reads a model written by `encodeModel`; throws on a file that is not one. */
export function decodeModel(file: Buffer): NerModel {
  const body = gunzipSync(file);
  const hlen = body.readUInt32LE(0);
  const header = JSON.parse(body.subarray(4, 4 + hlen).toString('utf8')) as {
    magic: string; bits: number; tags: string[]; scale: number; rows: number; gazetteer: number; gazetteerMaxWords: number; info: NerModelInfo;
  };
  if (header.magic !== MAGIC) throw new Error(`not a named-entity model (magic ${String(header.magic)})`);
  const T = header.tags.length;
  // Copy into aligned buffers: the gunzipped body may start at any byte offset.
  let off = 4 + hlen;
  const take = (bytes: number): ArrayBuffer => {
    const ab = new ArrayBuffer(bytes);
    new Uint8Array(ab).set(body.subarray(off, off + bytes));
    off += bytes;
    return ab;
  };
  const deltas = new Uint32Array(take(header.rows * 4));
  const values = new Int16Array(take((header.rows * T + T * T + T) * 2));
  const gaz = new Int32Array(take(header.gazetteer * 8));
  const weights = new Int16Array((1 << header.bits) * T);
  let f = 0;
  let k = 0;
  for (let r = 0; r < header.rows; r++) {
    f += deltas[r];
    for (let t = 0; t < T; t++) weights[f * T + t] = values[k++];
  }
  const trans = new Float32Array(T * T);
  for (let i = 0; i < T * T; i++) trans[i] = values[k++];
  const start = new Float32Array(T);
  for (let i = 0; i < T; i++) start[i] = values[k++];
  const entries = new Map<number, number>();
  for (let i = 0; i < gaz.length; i += 2) entries.set(gaz[i], gaz[i + 1]);
  return { bits: header.bits, tags: header.tags, weights, trans, start, gazetteer: { entries, maxWords: header.gazetteerMaxWords }, info: header.info };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findModelFile } from '../../model-file.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CUE_LEXICON } from './cue-lexicon.js';

/**
 * A learned attribution-cue classifier: for a word of its vocabulary (words of PolNeAR train cues
 * that the hand-written and derived lexicon does not use, or marks low-precision), a linear score
 * over context features hashed as the named-entity features are (the word, its neighbours, what
 * follows it, what its subject looks like …). Words scoring at or above `threshold` are treated as cues, and the rules
 * then look for their source and content as for any derived cue. Trained by
 * `node dist/tools/train-cue-model.js` (an averaged perceptron; see models/quotes/README.md).
 */
export interface CueModel {
  /** Feature buckets: `2^bits`. */
  bits: number;
  /** Word forms (lowercase) the model decides on. */
  vocabulary: ReadonlySet<string>;
  /** Weight per feature bucket (`2^bits` of them). */
  weights: Float32Array;
  /** Decision threshold on the score. */
  threshold: number;
  info: Record<string, unknown>;
}

/** The file format: gzipped JSON, weights as `[bucket, weight]` pairs rounded to 2 decimals. */
interface CueModelFile {
  magic: string;
  bits: number;
  vocabulary: string[];
  weights: [number, number][];
  threshold: number;
  info: Record<string, unknown>;
}

const MAGIC = 'SLCUE1';

/** Feature hashes as bucket numbers of a `2^bits` table. */
export function featureBuckets(features: readonly number[], bits: number): number[] {
  const mask = (1 << bits) - 1;
  return features.map((f) => f & mask);
}

/** The model's score for one candidate's feature hashes. */
export function cueScore(model: CueModel, features: readonly number[]): number {
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  let s = 0;
  for (const f of features) s += w[f & mask];
  return s;
}

export function encodeCueModel(model: CueModel): Buffer {
  const weights: [number, number][] = [];
  model.weights.forEach((w, b) => {
    const r = Math.round(w * 100) / 100;
    if (r !== 0) weights.push([b, r]);
  });
  const file: CueModelFile = { magic: MAGIC, bits: model.bits, vocabulary: [...model.vocabulary].sort(), weights, threshold: model.threshold, info: model.info };
  return gzipSync(JSON.stringify(file) + '\n', { level: 9 });
}

/** Reads a model written by `encodeCueModel`; throws on a file that is not one. */
export function decodeCueModel(bytes: Buffer): CueModel {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as CueModelFile;
  if (file.magic !== MAGIC) throw new Error(`not a cue model (magic ${String(file.magic)})`);
  const weights = new Float32Array(1 << file.bits);
  for (const [b, w] of file.weights) weights[b] = w;
  return { bits: file.bits, vocabulary: new Set(file.vocabulary), weights, threshold: file.threshold, info: file.info };
}

const MODEL_FILE = join('models', 'quotes', 'cue-model.json.gz');

/** Where the committed model lives: `models/quotes/cue-model.json.gz` in the nearest enclosing project folder, or null. */
export function defaultCueModelPath(): string | null {
  return findModelFile(MODEL_FILE, import.meta.url);
}

// The committed model is read once, on first use, and never changed afterwards: a read-only cache,
// not shared mutable state. `null` once looked up and absent (the rules then run without it).
let defaultModel: CueModel | null | undefined;

/** The committed cue model (loaded on first call), or null when the file is missing. */
export function getDefaultCueModel(): CueModel | null {
  if (defaultModel === undefined) {
    const path = defaultCueModelPath();
    defaultModel = path === null ? null : withoutLexiconWords(decodeCueModel(readFileSync(path)));
  }
  return defaultModel;
}

/**
 * The model without the words the lexicon now lists as cues of its own (not low-precision): the
 * extractor reads those from the lexicon and never asks the model, and a word added to the lexicon
 * after the model was trained ("characterize") leaves the model's vocabulary.
 */
function withoutLexiconWords(model: CueModel): CueModel {
  const vocabulary = new Set([...model.vocabulary].filter((w) => {
    const info = CUE_LEXICON.get(w);
    return info === undefined || info.lowPrecision === true;
  }));
  return { ...model, vocabulary };
}

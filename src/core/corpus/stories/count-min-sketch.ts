import { fmix32 } from '../duplicates/hash32.js';

/**
 * A count-min sketch with conservative update: approximate counts of 32-bit keys in fixed memory, never
 * under-counting. Used for document frequencies and paragraph recurrence, whose exact tables would grow
 * with the vocabulary. Its state is one typed array, so a store can keep it as a BLOB.
 */
export interface CountMinSketch {
  /** Columns per row; a power of two. */
  width: number;
  depth: number;
  counts: Uint32Array;
}

/** An empty sketch of `depth` rows of `width` (rounded up to a power of two) counters. */
export function createSketch(width: number, depth: number): CountMinSketch {
  const w = 1 << Math.ceil(Math.log2(Math.max(16, width)));
  return { width: w, depth, counts: new Uint32Array(w * depth) };
}

function slot(sketch: CountMinSketch, key: number, row: number): number {
  return row * sketch.width + (fmix32((key ^ Math.imul(row + 1, 0x9e3779b1)) >>> 0) & (sketch.width - 1));
}

/** The estimated count of `key` (an upper bound of the true count). */
export function sketchEstimate(sketch: CountMinSketch, key: number): number {
  let min = 0xffffffff;
  for (let r = 0; r < sketch.depth; r++) {
    const v = sketch.counts[slot(sketch, key, r)];
    if (v < min) min = v;
  }
  return min;
}

/** Adds one to `key`, raising only the counters at the current minimum (conservative update); returns the new estimate. */
export function sketchIncrement(sketch: CountMinSketch, key: number): number {
  const next = sketchEstimate(sketch, key) + 1;
  for (let r = 0; r < sketch.depth; r++) {
    const i = slot(sketch, key, r);
    if (sketch.counts[i] < next) sketch.counts[i] = next;
  }
  return next;
}

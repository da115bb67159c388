import type { SparseVector } from './story-state.js';

/** An empty sparse vector. */
export function emptyVector(): SparseVector {
  return { ids: new Int32Array(0), weights: new Float32Array(0) };
}

/** A sparse vector from parallel arrays in any order (sorted by id on the way). */
export function toSparse(ids: Int32Array, weights: Float32Array): SparseVector {
  const order = [...ids.keys()].sort((a, b) => ids[a] - ids[b]);
  return { ids: Int32Array.from(order, (i) => ids[i]), weights: Float32Array.from(order, (i) => weights[i]) };
}

/**
 * `a + sign·b`, keeping at most `limit` entries (the largest weights): a centroid then costs bounded
 * memory however large the event grows.
 */
export function addSparse(a: SparseVector, b: SparseVector, limit: number, sign = 1): SparseVector {
  const ids: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    if (j >= b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) {
      ids.push(a.ids[i]);
      weights.push(a.weights[i++]);
    } else if (i >= a.ids.length || b.ids[j] < a.ids[i]) {
      ids.push(b.ids[j]);
      weights.push(sign * b.weights[j++]);
    } else {
      ids.push(a.ids[i]);
      weights.push(a.weights[i++] + sign * b.weights[j++]);
    }
  }
  let keep = [...ids.keys()].filter((k) => weights[k] > 1e-6);
  if (keep.length > limit) {
    keep.sort((x, y) => weights[y] - weights[x] || ids[x] - ids[y]);
    keep = keep.slice(0, limit).sort((x, y) => ids[x] - ids[y]);
  }
  return { ids: Int32Array.from(keep, (k) => ids[k]), weights: Float32Array.from(keep, (k) => weights[k]) };
}

/** Euclidean norm. */
export function norm(v: SparseVector): number {
  let s = 0;
  for (let i = 0; i < v.weights.length; i++) s += v.weights[i] * v.weights[i];
  return Math.sqrt(s);
}

/** Dot product of a sparse vector with a lookup table (id → weight). */
export function dotWith(v: SparseVector, lookup: Map<number, number>): number {
  let s = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = lookup.get(v.ids[i]);
    if (w !== undefined) s += w * v.weights[i];
  }
  return s;
}

import { fmix32, seededRandom } from './hash32.js';

/** The seeds of `count` hash permutations drawn from `seed`: the same seed gives the same permutations. */
export function minhashSeeds(count: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const seeds = new Uint32Array(count);
  for (let i = 0; i < count; i++) seeds[i] = Math.floor(random() * 4294967296) >>> 0;
  return seeds;
}

/**
 * The MinHash signature of a set of 32-bit shingle hashes: for each permutation `x ↦ fmix32(x ^ seed)`
 * (a bijection on 32-bit integers), the minimum image over the set. An empty set gives all-ones.
 */
export function minhashSignature(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s];
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      const value = fmix32(shingles[i] ^ seed);
      if (value < min) min = value;
    }
    signature[s] = min;
  }
  return signature;
}

/** The share of positions where two signatures agree: an unbiased estimate of the Jaccard resemblance. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Containment of the smaller set in the larger, from the Jaccard estimate and the two set sizes:
 * |A∩B| = J·(|A|+|B|)/(1+J), divided by min(|A|,|B|). This is what recognises a trimmed copy or a copy
 * with an added paragraph, whose resemblance drops with the size difference while containment stays high.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}

/**
 * 32-bit hashing used by shingling, MinHash and the story index. Deterministic across runs and
 * machines (no `Math.random`, no process-dependent seeds), so that stored signatures stay valid.
 */

/** FNV-1a over the UTF-16 code units of `text`, mixed with `seed`; unsigned 32-bit result. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers with good avalanche; unsigned result. */
export function fmix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes into one (order matters); unsigned result. */
export function combineHash(a: number, b: number): number {
  return fmix32((Math.imul(a | 0, 0x9e3779b1) ^ (b | 0)) >>> 0);
}

/** A seeded pseudo-random generator (mulberry32) for reproducible sampling in evaluations and benches. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

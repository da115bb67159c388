import { hashString, combineHash } from './hash32.js';

/** Words for shingling: letters and digits, lower-cased, NFKC-folded; URLs and e-mail addresses dropped. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** URLs and addresses vary between copies of one piece (tracking parameters, syndication links). */
const URLISH = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+/gu;

/** Splits `text` into normalised words for shingling (case, width and apostrophe variants folded). */
export function shingleWords(text: string): string[] {
  const folded = text.normalize('NFKC').replace(URLISH, ' ').toLowerCase();
  const words: string[] = [];
  for (const match of folded.matchAll(WORD)) words.push(match[0].replace(/’/g, "'"));
  return words;
}

/**
 * The distinct 32-bit hashes of the `size`-word shingles of `text`. A text shorter than `size` words
 * gives one shingle of all its words, so that a very short text still has a signature.
 */
export function shingleHashes(text: string, size = 5): Uint32Array {
  const words = shingleWords(text);
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map((word) => hashString(word));
  const seen = new Set<number>();
  const width = Math.min(size, wordHashes.length);
  for (let i = 0; i + width <= wordHashes.length; i++) {
    let h = 0x2545f491;
    for (let j = 0; j < width; j++) h = combineHash(h, wordHashes[i + j]);
    seen.add(h);
  }
  return Uint32Array.from(seen);
}

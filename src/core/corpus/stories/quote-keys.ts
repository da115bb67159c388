import { shingleHashes, shingleWords } from '../duplicates/shingle-hashes.js';

/** One quote as the clusterer keeps it: a few keys of its word shingles and its opening words. */
export interface QuoteSketch {
  /** The smallest hashes of its word shingles (a bottom-k MinHash sketch), ascending. */
  keys: number[];
  /** Its first words, for the assignment's reason. */
  opening: string;
}

/** How quotes become keys. */
export interface QuoteKeyOptions {
  /** Words per shingle. */
  shingle: number;
  /** Keys kept per quote (the smallest shingle hashes). */
  perQuote: number;
  /** Quotes of fewer words are left out: a short quote ("a tragedy") is a phrase many reports share. */
  minWords: number;
  /** Quotes kept per article (the longest first), bounding the work per article. */
  maxQuotes: number;
}

/** Words of a quote shown in the reason. */
const OPENING_WORDS = 6;

/**
 * The sketches of an article's quotes. The keys of a quote are the `perQuote` smallest hashes of its
 * `shingle`-word shingles (words normalised as for near-duplicates: case, width and apostrophes folded):
 * a report that trims the quote keeps those of the smallest hashes that fall in the words it kept, so a
 * trimmed and a whole quote still share keys. Quotes under `minWords` words, and repeats, are left out.
 */
export function quoteSketches(quotes: readonly string[] | undefined, options: QuoteKeyOptions): QuoteSketch[] {
  if (!quotes || quotes.length === 0 || options.perQuote <= 0) return [];
  const candidates: { words: string[]; text: string }[] = [];
  for (const text of quotes) {
    if (typeof text !== 'string') continue;
    const words = shingleWords(text);
    if (words.length < Math.max(options.minWords, options.shingle)) continue;
    candidates.push({ words, text });
  }
  candidates.sort((a, b) => b.words.length - a.words.length);
  const out: QuoteSketch[] = [];
  const seen = new Set<number>();
  for (const { text } of candidates) {
    if (out.length >= options.maxQuotes) break;
    const hashes = shingleHashes(text, options.shingle).sort();
    const keys: number[] = [];
    for (let i = 0; i < hashes.length && keys.length < options.perQuote; i++) keys.push(hashes[i] | 0);
    // A quote the article gives twice (in the lead and again in the body) counts once.
    if (keys.length === 0 || seen.has(keys[0])) continue;
    seen.add(keys[0]);
    const shown = text.trim().split(/\s+/);
    out.push({ keys, opening: shown.slice(0, OPENING_WORDS).join(' ') + (shown.length > OPENING_WORDS ? ' …' : '') });
  }
  return out;
}

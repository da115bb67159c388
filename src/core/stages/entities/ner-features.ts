/**
 * Feature extraction for the named-entity tagger, shared by training and tagging so that both see
 * exactly the same features. Every feature is a hashed integer: a template number mixed with a value
 * hash, masked to the weight table size (feature hashing keeps the model small and needs no
 * dictionary). Word-level hashes are computed once per token; window and pair features only mix them.
 */

/** Feature slots per token; unused slots hold -1. */
export const FEATURES_PER_TOKEN = 64;

/** Types the gazetteer and the tagger know, in bit order. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** 32-bit FNV-1a over a string, continuing from `h`. */
export function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes two 32-bit values into one well-spread hash (murmur-style finaliser). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x7feb352d, 0x846ca68b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Curly quotes and apostrophes as the newswire training data writes them (straight). */
export function normalizeWord(w: string): string {
  if (!/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014]/.test(w)) return w;
  return w
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/** A gazetteer of multi-word names with the types they were seen with (a bit per type). */
export interface Gazetteer {
  /**
   * Phrase hash → bits: bits 0-3 the types of a name with exactly these words, bit 20 set when some
   * longer name starts with them (so a lookup can stop early); in a separate hash space, word hash →
   * bits 4-15, the types of names the word starts, continues or ends.
   */
  entries: Map<number, number>;
  /** Longest entry, in words. */
  maxWords: number;
  /** The same entries as an open-addressing table (keys and values interleaved), built for tagging. */
  table?: Int32Array;
}

/** Bit set on a phrase that begins a longer gazetteer name. */
const PREFIX_BIT = 1 << 20;

/** Builds the fast lookup table of a gazetteer (linear probing, load factor at most 1/2). */
export function indexGazetteer(gaz: Gazetteer): Gazetteer {
  let size = 16;
  while (size < gaz.entries.size * 2) size <<= 1;
  const table = new Int32Array(size * 2);
  const used = new Uint8Array(size);
  for (const [k, v] of gaz.entries) {
    let slot = (mix(k, 0x51ed270b) >>> 0) & (size - 1);
    while (used[slot]) slot = (slot + 1) & (size - 1);
    used[slot] = 1;
    table[slot * 2] = k;
    table[slot * 2 + 1] = v === 0 ? 0 : v;
  }
  // Empty slots hold value 0 and a key that is looked at only when the value is non-zero.
  return { ...gaz, table };
}

function gazLookup(gaz: Gazetteer, key: number): number {
  const table = gaz.table;
  if (table === undefined) return gaz.entries.get(key) ?? 0;
  const mask = (table.length >> 1) - 1;
  let slot = (mix(key, 0x51ed270b) >>> 0) & mask;
  for (;;) {
    const v = table[slot * 2 + 1];
    if (v === 0) return 0;
    if (table[slot * 2] === key) return v;
    slot = (slot + 1) & mask;
  }
}

/** Builds a gazetteer from typed names (word arrays). */
export function buildGazetteer(names: Iterable<{ words: readonly string[]; type: string }>): Gazetteer {
  const entries = new Map<number, number>();
  let maxWords = 1;
  for (const { words, type } of names) {
    const bit = 1 << ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
    if (bit <= 0 || words.length === 0 || words.length > 6) continue;
    const h = phraseHash(words, 0, words.length);
    entries.set(h, (entries.get(h) ?? 0) | bit);
    for (let end = 1; end < words.length; end++) {
      const ph = phraseHash(words, 0, end);
      entries.set(ph, (entries.get(ph) ?? 0) | PREFIX_BIT);
    }
    if (words.length > maxWords) maxWords = words.length;
    // Words of multi-word names by position (first, inside, last), in their own hash space: a known
    // first name or surname is evidence for a new full name ("Dmitry" + an unseen surname).
    if (words.length > 1) {
      for (let i = 0; i < words.length; i++) {
        const pos = i === 0 ? 4 : i === words.length - 1 ? 8 : 12;
        const wh = mix(WORD_SEED, fnv(normalizeWord(words[i])));
        entries.set(wh, (entries.get(wh) ?? 0) | (bit << pos));
      }
    }
  }
  return { entries, maxWords };
}

/** Hash of a word sequence, built from the word hashes so that tagging can extend it word by word. */
function phraseHash(words: readonly string[], start: number, end: number): number {
  let h = PHRASE_SEED;
  for (let i = start; i < end; i++) h = mix(h, fnv(normalizeWord(words[i])));
  return h;
}

const PHRASE_SEED = 0x2545f491;
const WORD_SEED = 0x3c6ef372;

/** Word facts memoised for one document (or one batch): a word is analysed once however often it occurs. */
export type WordCache = Map<string, WordInfo>;

function infosOf(words: readonly string[], cache: WordCache | undefined): WordInfo[] {
  const out: WordInfo[] = new Array<WordInfo>(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let x = cache?.get(w);
    if (x === undefined) {
      x = wordInfo(w);
      cache?.set(w, x);
    }
    out[i] = x;
  }
  return out;
}

/** What the whole document says about a word: seen capitalised mid-sentence, seen in lowercase. */
export interface DocumentContext {
  capitalised: Set<string>;
  lowercase: Set<string>;
  /** Words that end a run of two or more capitalised words somewhere ("Peskov" of "Dmitry Peskov"). */
  runLast: Set<string>;
  /** Words that start such a run. */
  runFirst: Set<string>;
}

const enum Flag {
  Cap = 1,
  AllCaps = 2,
  Digit = 4,
  Letter = 8,
  Lower = 16,
}

/** Per-word facts computed once and reused by every window position. */
export interface WordInfo {
  lower: string;
  flags: number;
  hWord: number;
  hLower: number;
  hShort: number;
  hLong: number;
  hPre: number[];
  hSuf: number[];
}

function isUpper(ch: string, c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}
function isLowerCh(ch: string, c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase();
}

function wordInfo(raw: string): WordInfo {
  const w = normalizeWord(raw);
  let flags = 0;
  let short = '';
  let long = '';
  let upperCount = 0;
  let letterCount = 0;
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) {
      k = 'd';
      flags |= Flag.Digit;
    } else if (isUpper(ch, c)) {
      k = 'X';
      upperCount++;
      letterCount++;
    } else if (isLowerCh(ch, c)) {
      k = 'x';
      letterCount++;
    } else if (c >= 0x300 && c < 0x370) {
      continue; // combining marks do not change the shape
    } else {
      k = ch;
    }
    if (long.length < 8) long += k;
    if (k !== last) short += k;
    last = k;
  }
  if (letterCount > 0) flags |= Flag.Letter;
  if (letterCount > 0 && isUpper(w[0], w.charCodeAt(0))) flags |= Flag.Cap;
  if (letterCount > 0 && upperCount === letterCount) flags |= Flag.AllCaps;
  if (letterCount > 0 && upperCount === 0) flags |= Flag.Lower;
  // Digits fold to one digit so that numbers share statistics.
  const lower = w.toLowerCase().replace(/[0-9]/g, '0');
  const hPre: number[] = [];
  const hSuf: number[] = [];
  let hp = 0x811c9dc5;
  let hs = 0x811c9dc5;
  for (let i = 0; i < 4; i++) {
    if (i < lower.length) {
      hp = Math.imul(hp ^ lower.charCodeAt(i), 0x01000193);
      hs = Math.imul(hs ^ lower.charCodeAt(lower.length - 1 - i), 0x01000193);
    }
    hPre.push(hp | 0);
    hSuf.push(hs | 0);
  }
  return { lower, flags, hWord: fnv(w), hLower: fnv(lower), hShort: fnv(short), hLong: fnv(long), hPre, hSuf };
}

/** True when a sentence is a headline written in capitals (case then says nothing). */
function isCapsSentence(infos: readonly WordInfo[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const x of infos) {
    if (x.flags & Flag.Letter) {
      letters++;
      if (x.flags & Flag.AllCaps) caps++;
    }
  }
  return letters >= 2 && caps >= 0.8 * letters;
}

/**
 * What the document says about each word: used so that a headline in capitals, or a sentence-initial
 * word, can borrow the casing the same word has elsewhere in the text.
 */
export function documentContext(sentences: readonly (readonly string[])[], cache?: WordCache): DocumentContext {
  const capitalised = new Set<string>();
  const lowercase = new Set<string>();
  const runLast = new Set<string>();
  const runFirst = new Set<string>();
  for (const words of sentences) {
    const infos = infosOf(words, cache);
    if (isCapsSentence(infos)) continue;
    let runStart = -1;
    for (let i = 0; i <= infos.length; i++) {
      const f = i < infos.length ? infos[i].flags : 0;
      if (i < infos.length) {
        if (f & Flag.Lower) lowercase.add(infos[i].lower);
        else if (i > 0 && f & Flag.Cap && !(f & Flag.AllCaps && infos[i].lower.length > 1)) capitalised.add(infos[i].lower);
      }
      const isCapWord = (f & Flag.Cap) !== 0 && !(f & Flag.AllCaps && infos[i].lower.length > 1);
      if (isCapWord) {
        if (runStart < 0) runStart = i;
      } else {
        // Runs that open a sentence may start with an ordinary capitalised word; skip their first.
        const from = runStart === 0 ? 1 : runStart;
        if (runStart >= 0 && i - from >= 2) {
          runFirst.add(infos[from].lower);
          runLast.add(infos[i - 1].lower);
        }
        runStart = -1;
      }
    }
  }
  return { capitalised, lowercase, runLast, runFirst };
}

// Template numbers: part of every feature hash. Changing them changes the model.
const T = {
  bias: 1, word: 2, lower: 3, short: 4, long: 5, pre: 6, suf: 10, prev1: 14, prev2: 15, next1: 16, next2: 17,
  shortPrev: 18, shortNext: 19, pairPrev: 20, pairNext: 21, shape3: 22, first: 23, capsLower: 24, capsShort: 25,
  gaz: 26, doc: 27, wordPrev: 28, wordNext: 29, gazPrev: 30, gazNext: 31, sufPrev: 32, flags: 33, len: 34,
  prevPair: 35, docPrev: 36, docNext: 37, position: 38, upperPrev: 39, run: 40, sufNext: 41, runPos: 42, gazWord: 43,
} as const;

/**
 * Features of every token of one sentence: a flat Int32Array of `words.length * FEATURES_PER_TOKEN`
 * bucket numbers (masked with `mask`), -1 in unused slots.
 */
export function sentenceFeatures(words: readonly string[], doc: DocumentContext, gaz: Gazetteer | null, mask: number, cache?: WordCache, scratch?: Int32Array): Int32Array {
  const n = words.length;
  const F = FEATURES_PER_TOKEN;
  const out = scratch !== undefined && scratch.length >= n * F ? scratch : new Int32Array(n * F);
  out.fill(-1, 0, n * F);
  const infos = infosOf(words, cache);
  const caps = isCapsSentence(infos);
  // Gazetteer bits: for each token, 4 types × (begins a match, inside a match, whole single-word match).
  const gazBits = new Int32Array(n);
  if (gaz !== null && gaz.entries.size > 0) {
    for (let i = 0; i < n; i++) {
      let h = PHRASE_SEED;
      const maxEnd = Math.min(n, i + gaz.maxWords);
      for (let j = i; j < maxEnd; j++) {
        h = mix(h, infos[j].hWord);
        const bits = gazLookup(gaz, h);
        if (bits === 0) break; // no name has these words, nor starts with them
        if ((bits & 15) === 0) continue;
        for (let t = 0; t < 4; t++) {
          if (!(bits & (1 << t))) continue;
          if (j === i) gazBits[i] |= 1 << (8 + t);
          else {
            gazBits[i] |= 1 << t;
            for (let k = i + 1; k <= j; k++) gazBits[k] |= 1 << (4 + t);
          }
        }
      }
    }
  }
  const docBits = new Int32Array(n);
  const runBits = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = infos[i];
    docBits[i] = (doc.capitalised.has(x.lower) ? 1 : 0) | (doc.lowercase.has(x.lower) ? 2 : 0);
    runBits[i] = (doc.runLast.has(x.lower) ? 1 : 0) | (doc.runFirst.has(x.lower) ? 2 : 0);
  }
  // Position inside the run of capitalised words the token belongs to (length, index from each end).
  const runLen = new Int32Array(n);
  const runIdx = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!(infos[i].flags & Flag.Cap)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && infos[j].flags & Flag.Cap) j++;
    for (let k = i; k < j; k++) {
      runLen[k] = j - i;
      runIdx[k] = k - i;
    }
    i = j;
  }
  const BOS = fnv('<s>');
  const EOS = fnv('</s>');
  for (let i = 0; i < n; i++) {
    const x = infos[i];
    const p1 = i > 0 ? infos[i - 1] : null;
    const p2 = i > 1 ? infos[i - 2] : null;
    const n1 = i + 1 < n ? infos[i + 1] : null;
    const n2 = i + 2 < n ? infos[i + 2] : null;
    const base = i * F;
    let k = 0;
    // A closure per token is cheap next to the hashing; V8 inlines it.
    const add = (tmpl: number, value: number): void => {
      out[base + k++] = mix(tmpl, value) & mask;
    };
    add(T.bias, 0);
    add(T.word, x.hWord);
    add(T.lower, x.hLower);
    add(T.short, x.hShort);
    add(T.long, x.hLong);
    for (let j = 0; j < 4; j++) {
      if (j < x.lower.length) {
        add(T.pre + j, x.hPre[j]);
        add(T.suf + j, x.hSuf[j]);
      }
    }
    add(T.flags, x.flags | (caps ? 64 : 0) | (i === 0 ? 128 : 0));
    add(T.len, Math.min(x.lower.length, 12));
    const hp1 = p1 ? p1.hLower : BOS;
    const hn1 = n1 ? n1.hLower : EOS;
    add(T.prev1, hp1);
    add(T.prev2, p2 ? p2.hLower : p1 ? BOS : mix(BOS, BOS));
    add(T.next1, hn1);
    add(T.next2, n2 ? n2.hLower : n1 ? EOS : mix(EOS, EOS));
    add(T.shortPrev, p1 ? p1.hShort : BOS);
    add(T.shortNext, n1 ? n1.hShort : EOS);
    add(T.pairPrev, mix(hp1, x.hLower));
    add(T.pairNext, mix(x.hLower, hn1));
    add(T.prevPair, mix(hp1, p2 ? p2.hLower : BOS));
    add(T.shape3, mix(mix(p1 ? p1.hShort : BOS, x.hShort), n1 ? n1.hShort : EOS));
    add(T.wordPrev, mix(p1 ? p1.hWord : BOS, x.hShort));
    add(T.wordNext, mix(n1 ? n1.hWord : EOS, x.hShort));
    add(T.sufPrev, p1 ? p1.hSuf[2] : BOS);
    add(T.sufNext, n1 ? n1.hSuf[2] : EOS);
    if (runLen[i] > 0) add(T.runPos, Math.min(runLen[i], 5) * 16 + Math.min(runIdx[i], 4) * 4 + Math.min(runLen[i] - 1 - runIdx[i], 3));
    add(T.upperPrev, mix(p1 ? p1.flags : 999, x.flags));
    if (i === 0) add(T.first, x.hShort);
    if (caps) {
      add(T.capsLower, x.hLower);
      add(T.capsShort, mix(p1 ? p1.hLower : BOS, x.hLower));
    }
    if (gaz !== null) {
      const wb = gazLookup(gaz, mix(WORD_SEED, x.hWord));
      if (wb !== 0) for (let b = 4; b < 16; b++) if (wb & (1 << b)) add(T.gazWord, b);
    }
    const g = gazBits[i];
    if (g !== 0) {
      for (let b = 0; b < 12; b++) if (g & (1 << b)) add(T.gaz, b);
      add(T.gaz, 100 + g);
    }
    if (i > 0 && gazBits[i - 1] !== 0) add(T.gazPrev, gazBits[i - 1]);
    if (i + 1 < n && gazBits[i + 1] !== 0) add(T.gazNext, gazBits[i + 1]);
    add(T.doc, docBits[i] | ((x.flags & (Flag.Cap | Flag.AllCaps)) << 2) | (caps ? 32 : 0) | (i === 0 ? 64 : 0));
    if (runBits[i] !== 0) add(T.run, runBits[i] | ((x.flags & Flag.Cap) << 2) | (p1 !== null && p1.flags & Flag.Cap ? 8 : 0) | (n1 !== null && n1.flags & Flag.Cap ? 16 : 0));
    add(T.docPrev, p1 ? docBits[i - 1] | ((p1.flags & Flag.Cap) << 2) : 99);
    add(T.docNext, n1 ? docBits[i + 1] | ((n1.flags & Flag.Cap) << 2) : 99);
  }
  return out;
}

import { combineHash } from './hash32.js';
import { estimateContainment, estimateJaccard, minhashSeeds, minhashSignature } from './minhash-signature.js';
import { shingleHashes } from './shingle-hashes.js';

/** Settings of near-duplicate detection. Stored with the records: signatures are only comparable under the same settings. */
export interface DuplicateOptions {
  /** Words per shingle. */
  shingleSize: number;
  /** LSH bands; the signature has `bands × rows` MinHash values. */
  bands: number;
  rows: number;
  /** Seed of the MinHash permutations. */
  seed: number;
  /** Minimum estimated containment (of the smaller text in the larger) to call two texts copies. */
  minContainment: number;
  /** Minimum estimated resemblance as well, so that a one-line brief is not a copy of every long page quoting it. */
  minJaccard: number;
  /** Texts with fewer distinct shingles are not compared (too short to tell a copy from a coincidence). */
  minShingles: number;
  /**
   * Members read per band bucket, newest first: a piece copied thousands of times must not make each new
   * copy cost more. The group still leads back to the first article, through the copy that was found.
   */
  maxBucketReads: number;
}

/**
 * Defaults. 20 bands × 3 rows make a pair a candidate with probability 1-(1-J³)^20: 0.93 at J=0.5, 0.99 at
 * J=0.6. The thresholds were chosen by measurement (`eval/clustering.ts`, section `duplicates`): synthetic
 * rewrites of benchmark articles (retitled, trimmed to 60–90 %, one foreign paragraph added) against
 * different articles about the same event.
 */
export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = {
  shingleSize: 5,
  bands: 20,
  rows: 3,
  seed: 20240611,
  minContainment: 0.6,
  minJaccard: 0.3,
  minShingles: 8,
  maxBucketReads: 64,
};

/** What the detector keeps per article: plain data a store can persist (the signature as a BLOB). */
export interface DuplicateRecord {
  id: string;
  /** Arrival ordinal: 0 for the first article seen. */
  ordinal: number;
  signature: Uint32Array;
  /** Distinct shingles in the text. */
  shingles: number;
  /** Id of the group's first article; equals `id` for an original. */
  group: string;
  /** The earliest article this one copies, or null. */
  duplicateOf: string | null;
  jaccard: number | null;
  containment: number | null;
}

/** The answer for one article. */
export interface DuplicateResult {
  id: string;
  group: string;
  duplicateOf: string | null;
  /** Estimated resemblance and containment with `duplicateOf` (null for an original). */
  jaccard: number | null;
  containment: number | null;
  /** `too-short`: the text had fewer than `minShingles` shingles and was not compared. */
  status: 'original' | 'duplicate' | 'too-short' | 'seen';
  /** Other earlier articles that also matched, best first (at most 5), for the analyst. */
  alsoMatches: { id: string; jaccard: number; containment: number }[];
}

/** Where the detector's records live; the SQLite store implements the same two methods. */
export interface DuplicateStore {
  put(record: DuplicateRecord): void;
  /** All records in arrival order (read once when a detector starts). */
  all(): Iterable<DuplicateRecord>;
}

/** A store in memory, for tests, evaluation and benches. */
export class MemoryDuplicateStore implements DuplicateStore {
  readonly records: DuplicateRecord[] = [];
  put(record: DuplicateRecord): void {
    this.records.push(record);
  }
  all(): Iterable<DuplicateRecord> {
    return this.records;
  }
}

/**
 * Incremental near-duplicate detection: MinHash over word shingles, LSH banding for candidates, then
 * containment and resemblance estimated from the signatures. Articles arrive one at a time; each is
 * compared with the earlier ones only. The band buckets are derived data, rebuilt from the store.
 */
export class DuplicateDetector {
  readonly options: DuplicateOptions;
  private readonly seeds: Uint32Array;
  private readonly store: DuplicateStore;
  private readonly byOrdinal: DuplicateRecord[] = [];
  private readonly byId = new Map<string, DuplicateRecord>();
  /** One map per band: band hash → ordinals (a number while the bucket has one member). */
  private readonly buckets: Map<number, number | number[]>[];

  constructor(store: DuplicateStore = new MemoryDuplicateStore(), options: Partial<DuplicateOptions> = {}) {
    this.options = { ...DEFAULT_DUPLICATE_OPTIONS, ...options };
    this.seeds = minhashSeeds(this.options.bands * this.options.rows, this.options.seed);
    this.store = store;
    this.buckets = Array.from({ length: this.options.bands }, () => new Map());
    for (const record of store.all()) this.index(record);
  }

  /** The record of an article already seen, or undefined. */
  get(id: string): DuplicateRecord | undefined {
    return this.byId.get(id);
  }

  /** Number of articles seen. */
  get size(): number {
    return this.byOrdinal.length;
  }

  /** Compares a new article's text with the earlier ones, records it and says what it copies. */
  add(id: string, text: string): DuplicateResult {
    const known = this.byId.get(id);
    if (known) {
      return { id, group: known.group, duplicateOf: known.duplicateOf, jaccard: known.jaccard, containment: known.containment, status: 'seen', alsoMatches: [] };
    }
    const shingles = shingleHashes(typeof text === 'string' ? text : '', this.options.shingleSize);
    const signature = minhashSignature(shingles, this.seeds);
    const ordinal = this.byOrdinal.length;
    const matches: { record: DuplicateRecord; jaccard: number; containment: number }[] = [];
    const tooShort = shingles.length < this.options.minShingles;
    if (!tooShort) {
      for (const candidate of this.candidates(signature)) {
        const other = this.byOrdinal[candidate];
        const jaccard = estimateJaccard(signature, other.signature);
        const containment = estimateContainment(jaccard, shingles.length, other.shingles);
        if (containment >= this.options.minContainment && jaccard >= this.options.minJaccard) {
          matches.push({ record: other, jaccard, containment });
        }
      }
    }
    // The article it duplicates is the earliest match: the group's history then reads in arrival order.
    matches.sort((a, b) => a.record.ordinal - b.record.ordinal);
    const first = matches[0];
    const record: DuplicateRecord = {
      id,
      ordinal,
      signature,
      shingles: shingles.length,
      group: first ? first.record.group : id,
      duplicateOf: first ? first.record.id : null,
      jaccard: first ? first.jaccard : null,
      containment: first ? first.containment : null,
    };
    this.store.put(record);
    if (!tooShort) this.index(record);
    else this.remember(record);
    const alsoMatches = matches
      .slice(1)
      .sort((a, b) => b.containment - a.containment)
      .slice(0, 5)
      .map((m) => ({ id: m.record.id, jaccard: round(m.jaccard), containment: round(m.containment) }));
    return {
      id,
      group: record.group,
      duplicateOf: record.duplicateOf,
      jaccard: first ? round(first.jaccard) : null,
      containment: first ? round(first.containment) : null,
      status: tooShort ? 'too-short' : first ? 'duplicate' : 'original',
      alsoMatches,
    };
  }

  private remember(record: DuplicateRecord): void {
    this.byOrdinal[record.ordinal] = record;
    this.byId.set(record.id, record);
  }

  private index(record: DuplicateRecord): void {
    this.remember(record);
    if (record.shingles < this.options.minShingles) return;
    for (let band = 0; band < this.options.bands; band++) {
      const key = this.bandKey(record.signature, band);
      const bucket = this.buckets[band];
      const members = bucket.get(key);
      if (members === undefined) bucket.set(key, record.ordinal);
      else if (typeof members === 'number') bucket.set(key, [members, record.ordinal]);
      else members.push(record.ordinal);
    }
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h = band;
    const start = band * this.options.rows;
    for (let r = 0; r < this.options.rows; r++) h = combineHash(h, signature[start + r]);
    return h;
  }

  private candidates(signature: Uint32Array): Set<number> {
    const found = new Set<number>();
    for (let band = 0; band < this.options.bands; band++) {
      const members = this.buckets[band].get(this.bandKey(signature, band));
      if (members === undefined) continue;
      if (typeof members === 'number') found.add(members);
      else for (let i = members.length - 1, read = 0; i >= 0 && read < this.options.maxBucketReads; i--, read++) found.add(members[i]);
    }
    return found;
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

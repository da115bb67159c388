import { createHash } from 'node:crypto';
import {
  compareReports, DEFAULT_THRESHOLDS, reportText, speakersAgree,
  type MatchThresholds, type ReportForm, type ReportText, type SpeakerKey,
} from './compare-reports.js';

/** One report of a statement to place in the ledger: what the ledger compares. */
export interface LedgerEntry {
  /** `article:quoteIndex`, unique per report. */
  key: string;
  /** The words the report carries (see `reportedContent`). */
  content: string;
  /** True for reported speech. */
  isParaphrase: boolean;
  /** Quoted fragments of a mixed quote (see `quotedFragments`). */
  fragments?: string[];
  speaker: SpeakerKey | null;
}

/** Where the ledger put a report. */
export interface Placement {
  statementId: string;
  /** How the report relates to the statement's closest earlier report; null for the first one. */
  form: ReportForm | null;
  score: number;
}

interface Variant {
  text: ReportText;
  speaker: SpeakerKey | null;
}

/** Posting lists longer than this are skipped when looking for candidates: such words match everything. */
const MAX_POSTING = 400;

/** Statement id from the report that opened it: stable across runs and stores. */
export function statementId(firstReportKey: string): string {
  return `stmt-${createHash('sha256').update(firstReportKey).digest('hex').slice(0, 12)}`;
}

/** The index a variant's words are filed under: its speaker's entity, its surname key, or none. */
function speakerIndexKeys(speaker: SpeakerKey | null): string[] {
  const keys: string[] = [];
  if (speaker?.entity != null) keys.push(`e:${speaker.entity}`);
  if (speaker?.surname != null) keys.push(`s:${speaker.surname}`);
  return keys.length ? keys : [UNKNOWN];
}
const UNKNOWN = '?';

/**
 * The statement ledger in memory: statements with their distinct variants, and an inverted index
 * from content words (and from whole folded texts) to statements, so that a new report is
 * compared only with statements that share words with it, never with every earlier report.
 *
 * The words are also filed by speaker, since reports of two known speakers that differ never
 * match (`speakersAgree`): a report with a known speaker looks only among its speaker's words, and
 * among the words of unknown speakers when it is long enough to match them verbatim. A report
 * whose speaker is unknown and that is too short for that cannot match at all.
 */
export class StatementLedger {
  private readonly variants = new Map<string, Variant[]>();
  /** Content word → statements holding it (any speaker): its size decides whether a word is too common. */
  private readonly postings = new Map<string, Set<string>>();
  /**
   * Speaker index key → content word → statements with a variant of that speaker holding the word,
   * by number, holding one id or a list: a fraction of the memory of maps of sets (an id may repeat
   * in a list; counting skips repeats).
   */
  private readonly bySpeaker = new Map<number, Map<number, string | string[]>>();
  private readonly wordNumbers = new Map<string, number>();
  private readonly speakerNumbers = new Map<string, number>();
  private readonly exact = new Map<string, Set<string>>();

  constructor(private readonly thresholds: MatchThresholds = DEFAULT_THRESHOLDS) {}

  /** Number of statements held. */
  get size(): number {
    return this.variants.size;
  }

  /** Loads a report already stored under `statementId` (the step's catch-up from the store). */
  load(statementId: string, entry: Omit<LedgerEntry, 'key'>): void {
    this.addVariant(statementId, { text: reportText(entry.content, entry.isParaphrase, entry.fragments), speaker: entry.speaker });
  }

  /** Places a new report: in the best matching statement, else in a new one. */
  place(entry: LedgerEntry): Placement {
    const text = reportText(entry.content, entry.isParaphrase, entry.fragments);
    let best: Placement | null = null;
    for (const id of this.candidates(text, entry.speaker)) {
      for (const v of this.variants.get(id) ?? []) {
        const m = compareReports(v.text, text, speakersAgree(v.speaker, entry.speaker), this.thresholds);
        if (m && (!best || m.score > best.score || (m.score === best.score && rank(m.form) < rank(best.form!)))) {
          best = { statementId: id, form: m.form, score: m.score };
        }
      }
    }
    const placement = best ?? { statementId: statementId(entry.key), form: null, score: 1 };
    this.addVariant(placement.statementId, { text, speaker: entry.speaker });
    return placement;
  }

  private candidates(text: ReportText, speaker: SpeakerKey | null): Set<string> {
    const out = new Set<string>();
    const known = speaker !== null && (speaker.entity !== null || speaker.surname !== null);
    const longEnough = text.wordCount >= this.thresholds.minWordsWithoutSpeaker;
    if (!known && !longEnough) return out;
    // Where to look: every statement when the speaker is unknown (all compare as unknown), else
    // the speaker's own words and, for a long text, the words of unknown speakers.
    const speakers: Array<Map<number, string | string[]>> = [];
    if (known) {
      for (const key of [...speakerIndexKeys(speaker), ...(longEnough ? [UNKNOWN] : [])]) {
        const index = this.bySpeaker.get(this.speakerNumbers.get(key) ?? -1);
        if (index !== undefined) speakers.push(index);
      }
    }
    const counts = new Map<string, number>();
    // A statement filed under two speaker keys (or twice under one) counts a word once.
    const lastWord = new Map<string, string>();
    const count = (id: string, t: string): void => {
      if (lastWord.get(id) === t) return;
      lastWord.set(id, t);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    };
    for (const t of text.tokens) {
      const all = this.postings.get(t);
      if (!all || all.size > MAX_POSTING) continue;
      if (!known) {
        for (const id of all) count(id, t);
        continue;
      }
      const word = this.wordNumbers.get(t)!;
      for (const index of speakers) {
        const ids = index.get(word);
        if (ids === undefined) continue;
        if (typeof ids === 'string') count(ids, t);
        else for (const id of ids) count(id, t);
      }
    }
    // A statement must share at least two content words (or all of a shorter text's) to be compared;
    // one is enough for a partial quote, whose few quoted words are all it has.
    const need = text.fragments.length ? Math.min(1, text.tokens.size) : Math.min(2, text.tokens.size);
    for (const [id, n] of counts) if (n >= need && need > 0) out.add(id);
    for (const id of this.exact.get(text.folded) ?? []) out.add(id);
    return out;
  }

  private addVariant(id: string, variant: Variant): void {
    const list = this.variants.get(id) ?? [];
    // The same words from the same speaker add nothing to compare with.
    if (list.some((v) => v.text.folded === variant.text.folded && v.text.isParaphrase === variant.text.isParaphrase && sameSpeaker(v.speaker, variant.speaker))) {
      if (!this.variants.has(id)) this.variants.set(id, list);
      return;
    }
    list.push(variant);
    this.variants.set(id, list);
    for (const t of variant.text.tokens) file(this.postings, t, id);
    for (const key of speakerIndexKeys(variant.speaker)) {
      const speaker = numberOf(this.speakerNumbers, key);
      let index = this.bySpeaker.get(speaker);
      if (index === undefined) this.bySpeaker.set(speaker, (index = new Map()));
      for (const t of variant.text.tokens) {
        const word = numberOf(this.wordNumbers, t);
        const ids = index.get(word);
        if (ids === undefined) index.set(word, id);
        else if (typeof ids === 'string') {
          if (ids !== id) index.set(word, [ids, id]);
        } else if (ids[ids.length - 1] !== id) ids.push(id);
      }
    }
    let ids = this.exact.get(variant.text.folded);
    if (!ids) this.exact.set(variant.text.folded, (ids = new Set()));
    ids.add(id);
  }
}

function sameSpeaker(a: SpeakerKey | null, b: SpeakerKey | null): boolean {
  return (a?.entity ?? null) === (b?.entity ?? null) && (a?.surname ?? null) === (b?.surname ?? null);
}

function numberOf(numbers: Map<string, number>, key: string): number {
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size));
  return n;
}

function file(index: Map<string, Set<string>>, word: string, id: string): void {
  let ids = index.get(word);
  if (!ids) index.set(word, (ids = new Set()));
  ids.add(id);
}

function rank(form: ReportForm): number {
  return ['verbatim', 'trimmed', 'near-verbatim', 'partial', 'paraphrase'].indexOf(form);
}

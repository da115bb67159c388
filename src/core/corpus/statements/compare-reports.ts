import { contentWords, words } from './statement-text.js';

/** How a report relates to another report of the same statement. */
export type ReportForm = 'verbatim' | 'trimmed' | 'near-verbatim' | 'partial' | 'paraphrase';

/** A report's words, prepared once for comparisons. */
export interface ReportText {
  /** Words joined by single spaces (see `foldedText`). */
  folded: string;
  /** Number of words. */
  wordCount: number;
  /** Distinct content words. */
  tokens: Set<string>;
  /** Reported speech (an indirect quote) is compared as a paraphrase. */
  isParaphrase: boolean;
  /** The quoted fragments of a mixed quote, folded (calling the map "an invoice"). */
  fragments: string[];
}

/** Who a report attributes the words to, as keys that survive spelling and script. */
export interface SpeakerKey {
  /** The resolved corpus entity id, when entity resolution placed the speaker. */
  entity: string | null;
  /** The surname's name key (`kostirski` for Kostyrskyi, Kostyrsky, Костирський). */
  surname: string | null;
}

/**
 * Thresholds of the matcher. The defaults were measured on the sample corpus (see
 * docs/quotes-and-timelines.md): reports of one statement sit at containment 1.0 (verbatim and
 * trimmed) or ≥ 0.6 (reported speech), unrelated quotes of the same speaker below 0.35.
 */
export interface MatchThresholds {
  /** Fewest words the shorter text needs for a trimmed match (shorter fragments are too common). */
  minTrimmedWords: number;
  /** Content-word containment (shared / smaller set) for a near-verbatim match of two direct quotes. */
  nearVerbatim: number;
  /** Fewest content words the smaller set needs for a near-verbatim or paraphrase match. */
  minContentWords: number;
  /** Content-word containment for a paraphrase (one side reported speech) sharing `paraphraseShared` words… */
  paraphrase: number;
  /** …the content words such a paraphrase must share… */
  paraphraseShared: number;
  /** …or the containment that suffices alone. */
  paraphraseStrong: number;
  /** Fewest words of a verbatim match between reports where one speaker is unknown. */
  minWordsWithoutSpeaker: number;
  /** Share of a partial quote's fragment words found verbatim in a direct report of the same speaker… */
  partial: number;
  /** …and the fewest such words. */
  minPartialWords: number;
}

/** The measured defaults (see `MatchThresholds`). */
export const DEFAULT_THRESHOLDS: MatchThresholds = {
  minTrimmedWords: 5,
  nearVerbatim: 0.8,
  minContentWords: 4,
  paraphrase: 0.5,
  paraphraseShared: 4,
  paraphraseStrong: 0.75,
  minWordsWithoutSpeaker: 8,
  partial: 0.5,
  minPartialWords: 3,
};

/** Prepares a report's text for comparisons. */
export function reportText(content: string, isParaphrase: boolean, fragments: readonly string[] = []): ReportText {
  const w = words(content);
  return {
    folded: w.join(' '), wordCount: w.length, tokens: new Set(contentWords(content)), isParaphrase,
    fragments: fragments.map((f) => words(f).join(' ')).filter((f) => f !== ''),
  };
}

/** Words of `partial`'s fragments found verbatim in `full`, and all its fragment words. */
function fragmentWords(partial: ReportText, full: ReportText): { found: number; total: number } {
  let found = 0;
  let total = 0;
  for (const f of partial.fragments) {
    const n = f.split(' ').length;
    total += n;
    if (containsWords(full.folded, f)) found += n;
  }
  return { found, total };
}

/** Shared content words over the smaller set (0 when either is empty). */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small] = a.size <= b.size ? [a, b] : [b, a];
  return small.size === 0 ? 0 : sharedWords(a, b) / small.size;
}

/** Number of content words two sets share. */
export function sharedWords(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared;
}

/**
 * True when two speakers can be the same person: the same resolved entity or the same surname key.
 * Two known speakers that differ on both never match ("no comment" from two people stays two
 * statements); an unknown speaker is `'unknown'` and only long verbatim text may join it.
 */
export function speakersAgree(a: SpeakerKey | null, b: SpeakerKey | null): boolean | 'unknown' {
  const known = (s: SpeakerKey | null): s is SpeakerKey => s !== null && (s.entity !== null || s.surname !== null);
  if (!known(a) || !known(b)) return 'unknown';
  if (a.entity !== null && a.entity === b.entity) return true;
  if (a.surname !== null && a.surname === b.surname) return true;
  return false;
}

/** Whether `inner` occurs in `outer` on word boundaries (both folded). */
function containsWords(outer: string, inner: string): boolean {
  if (inner === '') return false;
  return ` ${outer} `.includes(` ${inner} `);
}

/**
 * How report `b` relates to report `a` as the same statement, or null when it is not one: equal
 * words (verbatim), one inside the other (trimmed), content words nearly all shared
 * (near-verbatim), or, when one is reported speech, enough of them shared (paraphrase).
 */
export function compareReports(
  a: ReportText, b: ReportText, speakers: boolean | 'unknown', t: MatchThresholds = DEFAULT_THRESHOLDS,
): { form: ReportForm; score: number } | null {
  if (speakers === false) return null;
  const shorter = Math.min(a.wordCount, b.wordCount);
  if (shorter === 0) return null;
  let match: { form: ReportForm; score: number } | null = null;
  if (a.folded === b.folded) match = { form: 'verbatim', score: 1 };
  else if (shorter >= t.minTrimmedWords && (containsWords(a.folded, b.folded) || containsWords(b.folded, a.folded))) match = { form: 'trimmed', score: 1 };
  // A partial quote (mixed, with quoted fragments) against the full wording: only with a known,
  // agreeing speaker, since two- and three-word fragments recur everywhere.
  if (!match && speakers === true) {
    for (const [p, f] of [[a, b], [b, a]] as const) {
      if (p.fragments.length === 0 || f.isParaphrase || f.fragments.length > 0) continue;
      const { found, total } = fragmentWords(p, f);
      if (found >= t.minPartialWords && found / total >= t.partial) match = { form: 'partial', score: found / total };
    }
  }
  if (!match && Math.min(a.tokens.size, b.tokens.size) >= t.minContentWords) {
    const c = containment(a.tokens, b.tokens);
    if (a.isParaphrase || b.isParaphrase) {
      // Short reported clauses share a few words with many statements ("the list", "in Meridale"):
      // half the words is enough only when that is several words.
      if (c >= t.paraphraseStrong || (c >= t.paraphrase && sharedWords(a.tokens, b.tokens) >= t.paraphraseShared)) match = { form: 'paraphrase', score: c };
    } else if (c >= t.nearVerbatim) match = { form: 'near-verbatim', score: c };
  }
  if (!match) return null;
  if (speakers === 'unknown' && !((match.form === 'verbatim' || match.form === 'trimmed') && shorter >= t.minWordsWithoutSpeaker)) return null;
  return match;
}

import type { Quote } from '../../article.js';
import { STOPWORDS_EN } from './lang/en/stopwords.js';

const STOPWORDS = new Set(STOPWORDS_EN);

// Any quotation mark of the styles the quotes stage reads (“…”, "…", «…», „…“, ‘…’ is left out:
// it doubles as an apostrophe).
const QUOTED = /["“”«»„]([^"“”«»„]{2,})["“”«»„]/g;

/**
 * The words a report of a quote actually carries: the whole text of a direct quote; the quoted
 * fragments of a mixed quote when they hold at least three words (else its whole text, which is
 * then a paraphrase with a quoted term); the content clause of reported speech.
 */
export function reportedContent(quote: Pick<Quote, 'text' | 'kind'>): string {
  const parts = quotedFragments(quote);
  const joined = parts.join(' ');
  return words(joined).length >= 3 ? joined : quote.text;
}

/** The quoted fragments of a mixed quote (none for direct quotes and reported speech). */
export function quotedFragments(quote: Pick<Quote, 'text' | 'kind'>): string[] {
  if (quote.kind !== 'mixed') return [];
  return [...quote.text.matchAll(QUOTED)].map((m) => m[1]!.trim());
}

/** Lower-cased words without diacritics, in order (letters and digits, any script). */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Content words (function words and one-letter tokens left out), in order. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/** The text folded for an exact comparison: words joined by single spaces. */
export function foldedText(text: string): string {
  return words(text).join(' ');
}

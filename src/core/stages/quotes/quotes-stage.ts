import { defineStage } from '../../pipeline/stage.js';
import { extractQuotes } from './extract-quotes.js';

/** Texts longer than this are read only up to it (with a warning): keeps one article bounded. */
const MAX_CHARS = 2_000_000;

/**
 * The `quotes` stage: direct quotes, reported speech and mixed quotes of the clean text, with cue
 * and speaker. Runs after `clean`; uses `entities` when that stage ran before it (speaker entity
 * ids and canonical names), and finds speakers on its own otherwise.
 */
export const quotesStage = defineStage({
  name: 'quotes',
  version: 16,
  requires: ['clean'],
  run(article, ctx) {
    const clean = article.clean;
    const text = clean?.text ?? '';
    if (text.length === 0) return [];
    if (text.length > MAX_CHARS) ctx.warn(`quotes: text of ${text.length} characters read up to ${MAX_CHARS}`);
    return extractQuotes(text, { paragraphs: clean?.paragraphs, entities: article.entities });
  },
});

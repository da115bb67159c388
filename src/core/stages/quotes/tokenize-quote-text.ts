import { ABBREVIATIONS } from './lang/en/cue-words.js';

/** A word or punctuation token with offsets into the text it came from. */
export interface QuoteToken {
  start: number;
  end: number;
  text: string;
  /** Lowercased text, typographic apostrophes folded to `'`. */
  lower: string;
  /** `w` for words (letters/digits), `p` for punctuation and symbols. */
  kind: 'w' | 'p';
  /** True when the first character is an upper-case letter. */
  isCap: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("Kremlin's", "al-Assad", "U.S"), so that a
// possessive or an initialism stays one token; a final dot is attached only for abbreviations.
const TOKEN_SOURCE = /[\p{L}\p{M}\p{N}]+(?:[’'\-.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;

/**
 * Splits `text[from, to)` into tokens. A full stop after a known abbreviation or a single capital
 * letter (an initial) is attached to the word, so it does not end a sentence.
 */
export function tokenizeQuoteText(text: string, from = 0, to = text.length): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const slice = text.slice(from, to);
  // A fresh regex per call: a shared global regex would carry `lastIndex` between calls.
  const TOKEN_RE = new RegExp(TOKEN_SOURCE);
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    let end = start + raw.length;
    const isWord = raw.length > 1 || WORD_CHAR_RE.test(raw);
    let textOut = raw;
    if (isWord && text.charCodeAt(end) === 46 /* . */) {
      const low = raw.toLowerCase();
      if (ABBREVIATIONS.has(low) || (raw.length === 1 && UPPER_RE.test(raw)) || /^(?:\p{L}\.)+\p{L}$/u.test(raw)) {
        end += 1;
        textOut = raw + '.';
        TOKEN_RE.lastIndex += 1;
      }
    }
    tokens.push({
      start,
      end,
      text: textOut,
      lower: textOut.includes('’') ? textOut.toLowerCase().replace(/’/g, "'") : textOut.toLowerCase(),
      kind: isWord ? 'w' : 'p',
      isCap: UPPER_RE.test(textOut),
    });
  }
  return tokens;
}

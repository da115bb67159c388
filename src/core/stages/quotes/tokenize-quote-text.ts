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
// Tokens are what `[\p{L}\p{M}\p{N}]+(?:[’'\-.][\p{L}\p{M}\p{N}]+)*|\S` (flag u) matches; the scan
// below reads the same tokens without running that regular expression (a tenth of the stage's time).
const UPPER_RE = /^\p{Lu}/u;
const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}]/u;
const SPACE_RE = /\s/u;
const INITIALISM_RE = /^(?:\p{L}\.)+\p{L}$/u;

// Classes of the Basic Multilingual Plane's code units, filled as they are met: bit 1 known, bit 2
// word character (letter, mark, digit), bit 4 white space. Read-only facts of Unicode, not state.
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = 1 | (WORD_CHAR_RE.test(ch) ? 2 : 0) | (SPACE_RE.test(ch) ? 4 : 0);
}

function classOf(c: number): number {
  let v = CLASS[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 1 | (WORD_CHAR_RE.test(ch) ? 2 : 0) | (SPACE_RE.test(ch) ? 4 : 0);
    CLASS[c] = v;
  }
  return v;
}

/** Code units of the word character at `i` (1, or 2 for one outside the BMP), 0 when it is none, not reading past `to`. */
function wordCharAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(c) & 2 ? 1 : 0;
  if (i + 1 >= to) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && WORD_CHAR_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The end of the word starting at `i` (a word character there), joiners and all. */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  for (let w = wordCharAt(text, j, to); w > 0; w = wordCharAt(text, j, to)) j += w;
  for (;;) {
    const c = text.charCodeAt(j);
    // ’ ' - . followed by a word character continue the word.
    if (j >= to || (c !== 0x2019 && c !== 39 && c !== 45 && c !== 46)) return j;
    if (wordCharAt(text, j + 1, to) === 0) return j;
    j++;
    for (let w = wordCharAt(text, j, to); w > 0; w = wordCharAt(text, j, to)) j += w;
  }
}

/**
 * Splits `text[from, to)` into tokens. A full stop after a known abbreviation or a single capital
 * letter (an initial) is attached to the word, so it does not end a sentence.
 */
export function tokenizeQuoteText(text: string, from = 0, to = text.length): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let i = Math.max(0, from);
  const stop = Math.min(to, text.length);
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff ? classOf(c) & 4 : false) {
      i++;
      continue;
    }
    const start = i;
    const word = wordCharAt(text, i, stop) > 0;
    let end = word ? wordEnd(text, i, stop) : i + (c >= 0xd800 && c <= 0xdbff && i + 1 < stop && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    const raw = text.slice(start, end);
    // A symbol outside the BMP (two code units) counts as a word, as it always has.
    const isWord = word || raw.length > 1;
    let textOut = raw;
    if (isWord && text.charCodeAt(end) === 46 /* . */) {
      const low = raw.toLowerCase();
      if (ABBREVIATIONS.has(low) || (raw.length === 1 && UPPER_RE.test(raw)) || INITIALISM_RE.test(raw)) {
        end += 1;
        textOut = raw + '.';
      }
    }
    const first = textOut.charCodeAt(0);
    tokens.push({
      start,
      end,
      text: textOut,
      lower: textOut.includes('’') ? textOut.toLowerCase().replace(/’/g, "'") : textOut.toLowerCase(),
      kind: isWord ? 'w' : 'p',
      isCap: first < 128 ? first >= 65 && first <= 90 : UPPER_RE.test(textOut),
    });
    i = end;
  }
  return tokens;
}

import { ABBREVIATIONS } from './lang/en/abbreviations.js';

/** One token of a text, with UTF-16 offsets `[start, end)` into that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/*
 * One sticky scan, alternatives tried in order:
 *  1. dotted abbreviations of two or more letters ("U.S.", "e.g.", "U.N.");
 *  2. a capital initial followed by a period ("J. Smith");
 *  3. words and numbers: letters, marks and digits, joined by inner hyphens, apostrophes and "&"
 *     ("Anglo-Dutch", "O'Brien", "AT&T"), and by ".,:/" between digits ("1996-08-22", "3,000.5", "10:30");
 *  4. ellipses and dashes written as runs ("...", "--");
 *  5. any other single character that is not whitespace (punctuation, curly quotes, symbols, emoji).
 */
const TOKEN_RE =
  /(?:\p{L}\.){2,}(?!\p{L})|\p{Lu}\.(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:[-\u2010\u2011'\u2019&]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\.{2,}|-{2,}|\S/uy;

/** Clitics split off the word before them, as newswire treebanks do ("Russia's" → "Russia" "'s"). */
const CLITIC_RE = /^(.+?)(n['\u2019]t|['\u2019](?:s|S|re|RE|ll|LL|ve|VE|d|D|m|M))$/u;

/**
 * Splits text into tokens with offsets: words, numbers, dotted abbreviations, punctuation. Curly and
 * straight apostrophes inside words stay in them, possessive and contracted clitics become their own
 * tokens, and known abbreviations keep their period ("Mr.", "Corp."). Works on any script.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace, including no-break and zero-width spaces, separates tokens.
    if (c <= 32 || c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null) {
      // Unreachable for well-formed strings (`\S` matches any non-space); lone surrogates land here.
      tokens.push({ text: text[i], start: i, end: i + 1 });
      i++;
      continue;
    }
    let word = m[0];
    let end = i + word.length;
    const cl = word.length > 2 ? CLITIC_RE.exec(word) : null;
    if (cl !== null && cl[1].length > 0 && /[\p{L}\p{N}]$/u.test(cl[1])) {
      tokens.push({ text: cl[1], start: i, end: i + cl[1].length });
      tokens.push({ text: cl[2], start: i + cl[1].length, end });
      i = end;
      continue;
    }
    // Known abbreviations take the period that follows them.
    if (text.charCodeAt(end) === 46 && word.length <= 7 && ABBREVIATIONS.has(word.toLowerCase())) {
      end++;
      word += '.';
    }
    tokens.push({ text: word, start: i, end });
    i = end;
  }
  return tokens;
}

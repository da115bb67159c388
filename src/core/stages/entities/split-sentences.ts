import type { Token } from './tokenize.js';

/** A sentence as a half-open range of token indices. */
export interface TokenRange {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', '\u00bb', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '\u2026', '...']);

/**
 * Splits a token stream into sentences: after ".", "!", "?" or an ellipsis (with any closing quotes
 * or brackets that follow) when the next token starts a new sentence, and at every line break.
 * Dotted abbreviations ("U.S.", "Mr.") are single tokens, so they never end a sentence by themselves.
 */
export function splitSentences(text: string, tokens: readonly Token[]): TokenRange[] {
  const out: TokenRange[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    let boundary = next === undefined;
    if (!boundary) {
      for (let c = tokens[i].end; c < next.start; c++) {
        if (text.charCodeAt(c) === 10) {
          boundary = true;
          break;
        }
      }
    }
    if (!boundary && ENDERS.has(tokens[i].text)) {
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
      const after = tokens[j];
      if (after === undefined) {
        i = j - 1;
        boundary = true;
      } else if (after.start > tokens[j - 1].end && /^[\p{Lu}\p{N}"'\u201c\u2018\u00ab(\[-]/u.test(after.text)) {
        i = j - 1;
        boundary = true;
      }
    }
    if (boundary) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

import type { OffsetMap, Span } from '../article.js';
import { OffsetMapBuilder } from './offset-map.js';

/** The result of normalising a text: the text, its map back to the input, and its paragraphs. */
export interface NormalizedText {
  text: string;
  map: OffsetMap;
  paragraphs: Span[];
}

// Horizontal white space of any kind (tab, no-break space, the Unicode space separators), but not
// line breaks: those are handled apart so that paragraphs survive.
const HORIZONTAL_SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
// Invisible characters that carry no content in running text: zero-width space, BOM, soft hyphen.
const INVISIBLE = /[\u200b\ufeff\u00ad]/;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\u0085/y;

/**
 * Normalises text for analysis without losing content: Unicode NFC, every kind of line break to
 * `\n`, runs of horizontal space to one space, no space at line ends, at most one blank line between
 * paragraphs, invisible characters dropped, no leading or trailing blank lines. Every change is
 * recorded in the offset map, so any span of the result can be shown in the input.
 */
export function normalizeText(input: string): NormalizedText {
  const source = input;
  const map = new OffsetMapBuilder();
  let out = '';
  let i = 0;
  // Pending white space is emitted lazily: a space only when a non-space follows on the same line,
  // line breaks (at most two) only when text follows.
  let pendingSpaceStart = -1;
  let pendingBreaks = 0;
  let pendingStart = -1;

  const flushPending = (): void => {
    if (pendingStart < 0) return;
    const inputLength = i - pendingStart;
    if (out.length === 0) {
      map.skip(inputLength);
    } else if (pendingBreaks > 0) {
      const breaks = pendingBreaks >= 2 ? '\n\n' : '\n';
      out += breaks;
      map.replace(inputLength, breaks.length);
    } else {
      out += ' ';
      map.replace(inputLength, 1);
    }
    pendingStart = -1;
    pendingBreaks = 0;
    pendingSpaceStart = -1;
  };

  while (i < source.length) {
    const ch = source[i];
    LINE_BREAK.lastIndex = i;
    const br = LINE_BREAK.exec(source);
    if (br) {
      if (pendingStart < 0) pendingStart = i;
      pendingBreaks++;
      i += br[0].length;
      continue;
    }
    if (HORIZONTAL_SPACE.test(ch)) {
      if (pendingStart < 0) {
        pendingStart = i;
        pendingSpaceStart = i;
      }
      i++;
      continue;
    }
    if (INVISIBLE.test(ch)) {
      // Invisible characters inside pending white space join it; elsewhere they are skipped.
      if (pendingStart >= 0) {
        i++;
        continue;
      }
      map.skip(1);
      i++;
      continue;
    }
    flushPending();
    // Copy a cluster: a base character and the combining marks after it, normalised to NFC.
    let j = i + 1;
    if (ch >= '\ud800' && ch <= '\udbff' && j < source.length) j++;
    while (j < source.length && /\p{M}/u.test(source[j])) j++;
    const cluster = source.slice(i, j);
    const nfc = j - i === 1 && cluster.charCodeAt(0) < 0x300 ? cluster : cluster.normalize('NFC');
    out += nfc;
    if (nfc.length === cluster.length) map.copy(cluster.length);
    else map.replace(cluster.length, nfc.length);
    i = j;
  }
  void pendingSpaceStart;
  return { text: out, map: map.build(), paragraphs: findParagraphs(out) };
}

/**
 * Paragraph spans of a normalised text. When the text has blank lines, paragraphs are the blocks
 * between them (single line breaks inside a block are wrapping); when it has none, every line is a
 * paragraph (scraped text often puts one paragraph per line).
 */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const separator = text.includes('\n\n') ? /\n\n/g : /\n/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

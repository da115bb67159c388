import type { Span } from '../../article.js';

/** A run of text between quotation marks. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the paragraph end, for a run that continues). */
  close: number;
  /** The content, without the marks. */
  start: number;
  end: number;
  /** Index of the paragraph it lies in. */
  paragraph: number;
  /** True when this part continues a quote opened in an earlier paragraph and left open there. */
  continued: boolean;
  /** True when the quote is left open at the paragraph end and the next paragraph reopens it. */
  continues: boolean;
}

// Mark families: the opening mark, the marks that may close it. „ closes with “ in German and
// Ukrainian usage and with ” in some English-language renderings, so both are accepted.
const CLOSERS: Record<string, string> = {
  '“': '”"',
  '"': '"”“',
  '«': '»',
  '„': '“”"',
  '”': '”"',
  '»': '«',
};
const OPENERS = new Set(['“', '"', '«', '„', '”', '»']);

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013\-/:;,]/.test(ch);
}

/**
 * Finds top-level quoted spans paragraph by paragraph. Single quotes are not treated as top-level
 * marks (they double as apostrophes); inside a double quote they are nested quotes and stay part of
 * the content. A quote left open at the end of a paragraph continues when the next paragraph opens
 * with a quote mark (the newspaper convention for quotes running over several paragraphs); left open
 * otherwise, it is dropped as a stray mark.
 */
export function findQuotedSpans(text: string, paragraphs: readonly Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let carry = false; // the previous paragraph left a quote open
  // Two apostrophes ('' … '') and TeX-style `` … '' stand for straight double quotes in some wire
  // and archive texts.
  const QUOTE_CHAR_RE = /''|``|[“"«„”»]/g;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let openAt = -1;
    let openWidth = 1;
    let closers = '';
    let continued = false;
    const paraOut: QuotedSpan[] = [];
    QUOTE_CHAR_RE.lastIndex = para.start;
    for (let m = QUOTE_CHAR_RE.exec(text); m !== null && m.index < para.end; m = QUOTE_CHAR_RE.exec(text)) {
      // Jump from quote mark to quote mark: most of the text has none.
      const i = m.index;
      const width = m[0].length;
      const ch = width === 2 ? '"' : m[0];
      if (openAt < 0) {
        if (!OPENERS.has(ch)) continue;
        // Closing-looking marks (” ») only open after a space or the paragraph start.
        if ((ch === '”' || ch === '»' || ch === '"') && !isSpace(text[i - 1]) && i !== para.start) continue;
        if (isSpace(text[i + width]) && ch !== '«' && ch !== '„' && i + width < para.end && ch !== '“') continue;
        if (m[0] === "''" && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue;
        openAt = i;
        openWidth = width;
        closers = CLOSERS[ch];
        continued = carry && paraOut.length === 0 && text.slice(para.start, i).trim() === '';
      } else if (closers.includes(ch) || (ch === '“' && closers === CLOSERS['“'] && !/\s/.test(text[i - 1]) && (i + 1 >= para.end || /[\s,.;:!?)—–-]/.test(text[i + 1])))) {
        // (A “ typed where ” belongs — after a word, before a space — closes the quote too.)
        // A straight quote directly followed by a letter is an opening mark of the next quote when
        // the current one is empty; otherwise it closes.
        if (m[0] === '``') continue;
        // "''… 'a special case,'''": a nested single quote closes first, then the two apostrophes.
        const nested = m[0] === "''" && text[i + 2] === "'" ? 1 : 0;
        paraOut.push({ open: openAt, close: i + width + nested, start: openAt + openWidth, end: i + nested, paragraph: p, continued, continues: false });
        if (nested === 1) QUOTE_CHAR_RE.lastIndex = i + 3;
        openAt = -1;
      }
    }
    carry = false;
    if (openAt >= 0) {
      const next = paragraphs[p + 1];
      const head = next === undefined ? '' : text.slice(next.start, next.end).trimStart();
      const nextOpens = next !== undefined && (OPENERS.has(head[0] ?? '') || head.startsWith("''") || head.startsWith('``'));
      if (nextOpens) {
        let end = para.end;
        while (end > openAt + openWidth && /\s/.test(text[end - 1])) end--;
        paraOut.push({ open: openAt, close: end, start: openAt + openWidth, end, paragraph: p, continued, continues: true });
        carry = true;
      }
    }
    for (const q of paraOut) {
      // Trim inner whitespace so the span is the words.
      let s = q.start;
      let e = q.end;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      if (e > s) out.push({ ...q, start: s, end: e });
    }
  }
  return out;
}

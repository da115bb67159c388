import { OffsetMapBuilder } from '../../text/offset-map.js';
import type { OffsetMap } from '../../article.js';

/** Plain text of an HTML document, with a map back to the HTML source and the `<title>`. */
export interface HtmlText {
  text: string;
  map: OffsetMap;
  title: string | null;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul', 'body', 'html', 'head', 'title',
]);
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '\u2014', ndash: '\u2013',
  hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c',
  rdquo: '\u201d', bdquo: '\u201e', copy: '\u00a9', reg: '\u00ae', shy: '\u00ad', middot: '\u00b7',
  euro: '\u20ac', trade: '\u2122', bull: '\u2022', sbquo: '\u201a', lsaquo: '\u2039', rsaquo: '\u203a',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', minus: '\u2212',
};
// The Latin-1 entities (U+00A0..U+00FF) in code point order: the accented letters of European text.
const LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml').split(' ');
LATIN1.forEach((name, k) => {
  if (!(name in NAMED_ENTITIES)) NAMED_ENTITIES[name] = String.fromCharCode(0xa0 + k);
});

/**
 * Converts HTML to text by a single forward scan: tags become paragraph breaks (block tags) or
 * nothing (inline tags), the content of script/style/head is skipped, character references are
 * decoded. Linear time and no DOM, so hostile nesting costs nothing. The main-text extraction of the
 * clean stage builds on a DOM; this is the fallback and the verbatim view of a page.
 */
export function htmlToText(html: string): HtmlText {
  const map = new OffsetMapBuilder();
  // The output is collected in parts: testing the end of a string built by `+=` flattens it every
  // time, which made long pages quadratic.
  const parts: string[] = [];
  let outLength = 0;
  let trailingBreaks = 0;
  const emit = (piece: string): void => {
    if (!piece) return;
    parts.push(piece);
    outLength += piece.length;
    let k = piece.length;
    while (k > 0 && piece[k - 1] === '\n') k--;
    trailingBreaks = k === 0 ? trailingBreaks + piece.length : piece.length - k;
  };
  let title: string | null = null;
  let i = 0;
  let skipUntil: string | null = null;
  let inTitle = false;
  let titleText = '';
  const emitBreak = (inputLength: number): void => {
    if (outLength > 0 && trailingBreaks < 2) {
      const add = trailingBreaks === 1 ? '\n' : '\n\n';
      emit(add);
      map.replace(inputLength, add.length);
    } else map.skip(inputLength);
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const chunk = html.slice(i, textEnd);
      if (skipUntil) map.skip(chunk.length);
      else appendDecoded(chunk);
      if (inTitle) titleText += decodeEntities(chunk);
      i = textEnd;
      if (lt < 0) break;
    }
    // A tag, comment, doctype or processing instruction.
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      const stop = end < 0 ? html.length : end + 3;
      map.skip(stop - i);
      i = stop;
      continue;
    }
    const gt = html.indexOf('>', i + 1);
    const stop = gt < 0 ? html.length : gt + 1;
    // The tag name, read by character codes (no slice and no regular expression per tag).
    const closing = html.charCodeAt(i + 1) === 47;
    const nameStart = closing ? i + 2 : i + 1;
    let k = nameStart;
    for (; k < html.length && k < nameStart + 62; k++) {
      const c = html.charCodeAt(k);
      const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      if (!(letter || (k > nameStart && ((c >= 48 && c <= 57) || c === 45)))) break;
    }
    if (k === nameStart) {
      // A lone '<' in text.
      if (!skipUntil) appendDecoded('<');
      else map.skip(1);
      i += 1;
      continue;
    }
    const name = html.slice(nameStart, k).toLowerCase();
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      if (name === 'title') {
        inTitle = !closing;
        if (closing && title === null) title = titleText.replace(/\s+/g, ' ').trim() || null;
      }
      map.skip(stop - i);
      i = stop;
      if (skipUntil && skipUntil !== 'head') {
        // Inside a script or style nothing is text: jump to its end tag.
        const end = closeTag(skipUntil);
        end.lastIndex = i;
        const m = end.exec(html);
        const to = m ? m.index : html.length;
        map.skip(to - i);
        i = to;
      }
      continue;
    }
    if (!closing && SKIP_CONTENT.has(name) && !(html.charCodeAt(stop - 2) === 47 && html.charCodeAt(stop - 1) === 62)) {
      skipUntil = name;
      map.skip(stop - i);
      i = stop;
      if (name !== 'head') {
        const end = closeTag(name);
        end.lastIndex = i;
        const m = end.exec(html);
        const to = m ? m.index : html.length;
        map.skip(to - i);
        i = to;
      }
      continue;
    }
    if (BLOCK_TAGS.has(name)) emitBreak(stop - i);
    else map.skip(stop - i);
    i = stop;
  }
  return { text: parts.join(''), map: map.build(), title };

  function appendDecoded(chunk: string): void {
    if (chunk.indexOf('&') < 0) {
      emit(chunk);
      map.copy(chunk.length);
      return;
    }
    let k = 0;
    for (const m of chunk.matchAll(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g)) {
      const decoded = decodeEntity(m[1]);
      if (decoded === null) continue;
      const before = m.index - k;
      emit(chunk.slice(k, m.index));
      map.copy(before);
      emit(decoded);
      map.replace(m[0].length, decoded.length);
      k = m.index + m[0].length;
    }
    emit(chunk.slice(k));
    map.copy(chunk.length - k);
  }
}

const CLOSE_TAGS = new Map<string, RegExp>();

/** A sticky-free search for `</name` (any case), cached per element name. */
function closeTag(name: string): RegExp {
  let re = CLOSE_TAGS.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?![a-zA-Z0-9-])`, 'gi');
    CLOSE_TAGS.set(name, re);
  }
  return re;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return fromCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? null;
}

function fromCodePoint(cp: number): string | null {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes character references in a short string (attribute values, titles). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => decodeEntity(body) ?? all);
}

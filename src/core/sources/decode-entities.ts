/**
 * Decoding character references in feed text: XML's five entities, numeric references, and the HTML
 * named entities that feeds escape twice (`&amp;eacute;` arrives as `&eacute;` after XML parsing).
 * One pass, no recursion, so nothing can expand beyond the length of the input.
 */
import { HTML_NAMED_ENTITIES } from './html-named-entities.js';

/** Decodes `&name;`, `&#NNN;` and `&#xHH;` once; unknown references are left as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates, NUL and values beyond Unicode are not characters.
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    // Own properties only: `&constructor;` must not reach Object.prototype.
    if (Object.hasOwn(HTML_NAMED_ENTITIES, ref)) return HTML_NAMED_ENTITIES[ref];
    const lower = ref.toLowerCase();
    return Object.hasOwn(HTML_NAMED_ENTITIES, lower) ? HTML_NAMED_ENTITIES[lower] : whole;
  });
}

/** Removes CDATA wrappers and decodes entities outside them: the text content of raw XML. */
export function unwrapXmlText(raw: string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const open = raw.indexOf('<![CDATA[', position);
    if (open < 0) {
      out += decodeEntities(raw.slice(position));
      return out;
    }
    out += decodeEntities(raw.slice(position, open));
    const close = raw.indexOf(']]>', open + 9);
    if (close < 0) {
      out += raw.slice(open + 9);
      return out;
    }
    out += raw.slice(open + 9, close);
    position = close + 3;
  }
}

/** Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

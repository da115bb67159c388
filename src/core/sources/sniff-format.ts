/**
 * Which of our document formats a response is, from its media type and, where servers are known to
 * lie or say nothing, from its first characters.
 */

/** The document formats a fetch can return. */
export type DocumentFormat = 'html' | 'text' | 'feed' | 'json';

/** The media type of a Content-Type header value, lower-cased without parameters, or null. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0].trim().toLowerCase();
  return /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : null;
}

/** Media types that name a feed outright. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/x-rss+xml',
  'application/x-atom+xml',
  'application/rss+json',
]);

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', 'application/vnd.wap.xhtml+xml']);
const GENERIC_XML_TYPES = new Set(['application/xml', 'text/xml']);
const JSON_TYPES = new Set(['application/json', 'text/json', 'application/ld+json']);
const PLAIN_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);
/** Types that say nothing: read the content to decide. */
const UNDECLARED_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown', 'unknown/unknown']);

/**
 * What the first characters of a text say it is. Prologue (BOM, XML declaration, comments,
 * processing instructions, doctype of a feed) is skipped; only the first 4 KB are looked at.
 */
export function sniffText(text: string): DocumentFormat {
  let head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'feed' : 'json';
  if (head.startsWith('[')) return 'json';
  // Skip the XML prologue so the root element is next.
  for (let guard = 0; guard < 20; guard++) {
    const prologue = /^(<\?[\s\S]*?\?>|<!--[\s\S]*?-->)\s*/.exec(head);
    if (!prologue) break;
    head = head.slice(prologue[0].length);
  }
  if (/^<!doctype\s+html/i.test(head)) return 'html';
  if (/^<!doctype\s+(rss|feed|rdf)/i.test(head)) return 'feed';
  if (/^<(rss|feed|rdf:RDF|RDF)\b/i.test(head)) return 'feed';
  if (/^<(html|head|body|div|p|meta|title|article|script)\b/i.test(head)) return 'html';
  return 'text';
}

/**
 * The format of a response: `'unsupported'` when the media type is one we cannot use (images, PDF,
 * scripts, style sheets…). `text` is the decoded body, used where the declared type is unreliable.
 */
export function formatOf(mediaType: string | null, text: string): DocumentFormat | 'unsupported' {
  const sniffed = sniffText(text);
  if (mediaType === null || UNDECLARED_TYPES.has(mediaType)) return sniffed;
  if (FEED_TYPES.has(mediaType)) return 'feed';
  // Feeds are often served as text/html or text/plain by misconfigured servers; the root says which.
  if (HTML_TYPES.has(mediaType)) return sniffed === 'feed' ? 'feed' : 'html';
  if (PLAIN_TYPES.has(mediaType)) return sniffed === 'feed' || sniffed === 'html' ? sniffed : 'text';
  if (GENERIC_XML_TYPES.has(mediaType) || mediaType.endsWith('+xml')) return sniffed === 'feed' || sniffed === 'html' ? sniffed : 'unsupported';
  if (JSON_TYPES.has(mediaType) || mediaType.endsWith('+json')) return sniffed === 'feed' ? 'feed' : 'json';
  return 'unsupported';
}

/** Media types refused before the body is read (nothing in them is text we could use). */
export function isEvidentlyUnusable(mediaType: string | null): boolean {
  if (mediaType === null) return false;
  return /^(image|audio|video|font|model)\//.test(mediaType) || /^application\/(pdf|zip|gzip|x-gzip|x-tar|vnd\.(?!.*\+(?:xml|json)$)|msword|wasm|javascript|x-shockwave-flash)/.test(mediaType) || mediaType === 'text/css' || mediaType === 'text/javascript';
}

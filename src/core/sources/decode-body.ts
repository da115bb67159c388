/**
 * Turning response bytes into text: which charset, from where, and the decoding itself.
 *
 * Order of evidence follows the WHATWG encoding sniffing algorithm: a byte order mark wins, then the
 * Content-Type header, then an in-document declaration (`<meta charset>`, `http-equiv`, or an XML
 * declaration), then a default: UTF-8 when the bytes are valid UTF-8; else a Cyrillic single-byte
 * encoding when the text's letters are mostly high bytes (`guessCyrillic`); else windows-1252, which is
 * what browsers assume for undeclared pages. Decoding uses `TextDecoder`; Node 20 ships full ICU, so the
 * legacy single-byte encodings of news sites (windows-1251, KOI8-U, KOI8-R, ISO-8859-x) all work.
 */
import { StorylineError } from '../errors.js';

/** Where the charset came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'detected' | 'default';

/** Decoded text and how it was decoded. */
export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1251`, `koi8-u`, …). */
  charset: string;
  source: CharsetSource;
}

/** How many leading bytes are searched for an in-document declaration. */
const PRESCAN_BYTES = 8192;

/** Returns the WHATWG name for a charset label, or null when `TextDecoder` does not know it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, '')).encoding;
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return match ? match[2] : null;
}

/** The encoding a byte order mark announces, with the mark's length, or null. */
export function sniffBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

/**
 * The charset declared inside the document: `<meta charset>`, `<meta http-equiv="Content-Type"
 * content="…; charset=…">` or `<?xml … encoding="…"?>`, searched in the first bytes read as Latin-1
 * (every such declaration is ASCII).
 */
export function charsetFromDocument(bytes: Uint8Array): { label: string; source: 'meta' | 'xml-declaration' } | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { label: xml[1], source: 'xml-declaration' };
  // Comments may hold stale declarations; skip them.
  const withoutComments = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const metaTag = /<meta\b([^>]*)>/gi;
  for (let m = metaTag.exec(withoutComments); m; m = metaTag.exec(withoutComments)) {
    const attributes = new Map<string, string>();
    const attribute = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g;
    for (let a = attribute.exec(m[1]); a; a = attribute.exec(m[1])) {
      const name = a[1].toLowerCase();
      if (!attributes.has(name)) attributes.set(name, a[2].replace(/^["']|["']$/g, ''));
    }
    const direct = attributes.get('charset');
    if (direct) return { label: direct, source: 'meta' };
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      const fromContent = charsetFromContentType(attributes.get('content'));
      if (fromContent) return { label: fromContent, source: 'meta' };
    }
  }
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a response body. `contentType` is the raw header value. Throws FETCH_DECODE only when the
 * text cannot be produced at all; undecodable bytes in a declared encoding become U+FFFD, and the
 * caller's binary check (`looksBinary`) decides whether that is acceptable.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  const bom = sniffBom(bytes);
  let charset: string | null = null;
  let source: CharsetSource = 'default';
  let start = 0;
  if (bom) {
    charset = bom.charset;
    source = 'bom';
    start = bom.length;
  }
  if (!charset) {
    charset = normalizeCharset(charsetFromContentType(contentType));
    if (charset) source = 'header';
  }
  if (!charset) {
    const declared = charsetFromDocument(bytes);
    charset = normalizeCharset(declared?.label);
    // A document cannot truthfully declare UTF-16 in ASCII-compatible bytes; browsers read it as UTF-8.
    if (charset === 'utf-16le' || charset === 'utf-16be') charset = 'utf-8';
    if (charset && declared) source = declared.source;
  }
  if (!charset) {
    if (isValidUtf8(bytes)) {
      charset = 'utf-8';
      source = 'default';
    } else {
      const cyrillic = guessCyrillic(bytes);
      charset = cyrillic ?? 'windows-1252';
      source = cyrillic ? 'detected' : 'default';
    }
  }
  try {
    const text = new TextDecoder(charset, { ignoreBOM: true }).decode(bytes.subarray(start));
    return { text, charset, source };
  } catch (error) {
    throw new StorylineError('FETCH_DECODE', `expected text in ${charset}, found bytes that could not be decoded`, {
      charset,
      reason: (error as Error).message,
    });
  }
}

/**
 * Guesses windows-1251, KOI8-R or KOI8-U for undeclared bytes that are not UTF-8, or null when the
 * text does not look Cyrillic. Only text outside tags counts. Cyrillic text is nearly all high bytes
 * (0xC0–0xFF), while Western text in windows-1252 has a few accented letters among ASCII ones. The two
 * Cyrillic layouts mirror each other: lower-case letters, the frequent ones, are 0xE0–0xFF in
 * windows-1251 and 0xC0–0xDF in KOI8. KOI8-U differs from KOI8-R by the Ukrainian letters (і ї є ґ and
 * capitals) at positions that are box-drawing characters in KOI8-R.
 */
export function guessCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | 'koi8-u' | null {
  let inTag = false;
  let ascii = 0;
  let upperHalf = 0;
  let lowerHalf = 0;
  let ukrainian = 0;
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0x3c) inTag = true;
    else if (b === 0x3e) inTag = false;
    if (inTag) continue;
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    else if (b >= 0xe0) upperHalf++;
    else if (b >= 0xc0) lowerHalf++;
    else if (b === 0xa4 || b === 0xa6 || b === 0xa7 || b === 0xad || b === 0xb4 || b === 0xb6 || b === 0xb7 || b === 0xbd) ukrainian++;
  }
  const high = upperHalf + lowerHalf;
  if (high < 20 || high / (high + ascii) < 0.4) return null;
  if (upperHalf >= lowerHalf) return 'windows-1251';
  return ukrainian > 0 ? 'koi8-u' : 'koi8-r';
}

/** Magic numbers of binary formats that servers misdeclare as text (images, archives, PDF, media). */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['webp/riff', [0x52, 0x49, 0x46, 0x46]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Names the binary format when `bytes` are evidently not text: a known magic number, or more than 1%
 * control bytes (NUL, and C0 controls other than tab, newline, form feed, carriage return, escape) in
 * the first 8 KB. UTF-16 text (which has NULs) must be recognised by its BOM before calling this.
 */
export function looksBinary(bytes: Uint8Array): string | null {
  for (const [name, signature] of BINARY_SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return name;
  }
  const n = Math.min(bytes.length, PRESCAN_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.01 ? 'control bytes' : null;
}

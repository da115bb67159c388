/**
 * Feeds into one shape: RSS 2.0 (and 0.9x), Atom 1.0 (and 0.3), RSS 1.0 / RDF, and JSON Feed 1.x.
 *
 * XML goes through fast-xml-parser (it tolerates the unescaped `&` real feeds contain). Entity
 * expansion is closed twice: the DOCTYPE (where entities are declared) is cut out before parsing, so
 * no custom or external entity exists, and the parser's own limits stay on as a second wall. Only
 * XML's predefined entities and numeric references are decoded, in one non-recursive pass.
 */
import { createHash } from 'node:crypto';
import { XMLParser, type ProcessEntitiesOptions } from 'fast-xml-parser';
import { StorylineError } from '../errors.js';
import { decodeEntities, htmlToPlainText, unwrapXmlText } from './decode-entities.js';
import { parseFeedDate } from './parse-feed-date.js';

/** The flavour a feed was written in. */
export type FeedKind = 'rss2' | 'atom' | 'rss1' | 'json';

/** One feed entry. Dates are ISO 8601 UTC or null; URLs absolute or null. */
export interface FeedItem {
  /** Stable identifier: guid, Atom id, rdf:about or JSON id; else the URL; else a hash of the entry. */
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  updated: string | null;
  authors: string[];
  categories: string[];
  /** Plain-text summary (tags removed). */
  summary: string | null;
  /** The full content as HTML, when the feed carries it. */
  contentHtml: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  /** The site the feed belongs to (absolute), or null. */
  link: string | null;
  items: FeedItem[];
}

/** Largest feed text accepted (characters); the fetch size limit normally stops long before. */
const MAX_FEED_CHARS = 50 * 1024 * 1024;
/** Entries beyond this many are dropped: no real feed has more, and it bounds the work. */
const MAX_ITEMS = 10_000;

type XmlNode = Record<string, unknown>;

const ARRAY_TAGS = new Set(['item', 'entry', 'link', 'category', 'author', 'contributor', 'dc:creator', 'dc:subject', 'atom:link']);

function makeParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: false,
    // The limits count only declared entities (`appliesTo: 'external'`): after stripDoctype there are
    // none, and counting the predefined ones would reject real feeds full of escaped HTML (`&lt;`).
    processEntities: { enabled: true, maxEntityCount: 1, maxEntitySize: 1, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000, appliesTo: 'external' } as ProcessEntitiesOptions,
    // Deeper than any real feed (inline XHTML content is read raw), and a bound on the parser's work.
    maxNestedTags: 1000,
    // Atom content and summary may be inline XHTML; keep their inner markup raw instead of a tree.
    stopNodes: ['..content', '..summary'],
    isArray: (name) => ARRAY_TAGS.has(name),
  });
}

/**
 * Cuts the DOCTYPE declaration (with its internal subset) out of the prologue. Quoted strings and
 * comments inside the subset may contain `]` and `>`, so they are skipped as units.
 */
export function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  // Only in the prologue: a DOCTYPE after the root element has started is text, not a declaration.
  const root = xml.slice(0, start).search(/<[A-Za-z]/);
  if (root >= 0) return xml;
  let i = start + 9;
  let depth = 0;
  while (i < xml.length) {
    const ch = xml[i];
    if (ch === '"' || ch === "'") {
      const end = xml.indexOf(ch, i + 1);
      i = end < 0 ? xml.length : end + 1;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
    else if (ch === '>' && depth === 0) return xml.slice(0, start) + xml.slice(i + 1);
    i++;
  }
  return xml.slice(0, start);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function first(node: XmlNode, ...keys: string[]): unknown {
  for (const key of keys) {
    const value = node[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

/** Text of a parsed node (string, or `#text` of an element with attributes). */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const text = (value as XmlNode)['#text'];
    return text === undefined ? null : String(text);
  }
  return null;
}

function attr(value: unknown, name: string): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const found = (value as XmlNode)[`@_${name}`];
    return found === undefined ? null : String(found);
  }
  return null;
}

function cleanText(value: string | null): string | null {
  if (value === null) return null;
  const text = decodeEntities(value).replace(/\s+/g, ' ').trim();
  return text.length ? text : null;
}

/** A title or other plain field that may carry markup (`type="html"`, or HTML in RSS titles). */
function plainField(value: unknown): string | null {
  const text = textOf(value);
  if (text === null) return null;
  return cleanText(/<[a-z!/]/i.test(text) ? htmlToPlainText(text) : text);
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const trimmed = decodeEntities(href.trim());
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function unique(values: Array<string | null>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (!value) continue;
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

function fallbackId(parts: Array<string | null>): string {
  return 'sha1:' + createHash('sha1').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex');
}

/** Raw inner XML of an Atom text construct kept by a stop node → HTML (for html/xhtml) or text. */
function atomContent(value: unknown): { html: string | null; text: string | null } {
  const raw = textOf(value);
  if (raw === null) return { html: null, text: null };
  const type = (attr(value, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    // The content is the children of the wrapping xhtml div.
    const inner = raw.replace(/^\s*<(?:[\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/, '$1').trim();
    return { html: inner || null, text: cleanText(htmlToPlainText(inner)) };
  }
  const decoded = unwrapXmlText(raw);
  if (type === 'html' || type === 'text/html') return { html: decoded.trim() || null, text: cleanText(htmlToPlainText(decoded)) };
  return { html: null, text: cleanText(decoded) };
}

/** HTML held in an RSS element (`description`, `content:encoded`): entities are already decoded. */
function rssHtml(value: unknown): string | null {
  const text = textOf(value);
  if (text === null) return null;
  const trimmed = text.trim();
  return trimmed.length ? trimmed : null;
}

function authorName(value: unknown): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const node = value as XmlNode;
    const name = first(node, 'name', 'atom:name');
    if (name !== undefined) return cleanText(textOf(name));
    return cleanText(textOf(value));
  }
  const text = cleanText(textOf(value));
  if (!text) return null;
  // RSS <author> is "email (Name)" by the spec; keep the name when there is one.
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(text);
  if (named) return named[1].trim();
  return text;
}

function parseRss2(channel: XmlNode, baseUrl: string): ParsedFeed {
  const siteLink = resolveUrl(
    asArray(channel.link).map(textOf).find((l) => l && l.trim()) ?? null,
    baseUrl,
  );
  const items = asArray(channel.item).slice(0, MAX_ITEMS).map((raw) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as XmlNode;
    const guid = first(item, 'guid');
    const guidText = cleanText(textOf(guid));
    // A permalink guid stands in for a missing link only when it is an absolute URL.
    const isPermaLink = (attr(guid, 'isPermaLink') ?? 'true').toLowerCase() !== 'false';
    const link = asArray(item.link).map(textOf).find((l) => l && l.trim()) ?? null;
    const url = resolveUrl(link, siteLink ?? baseUrl) ?? (guidText && isPermaLink ? resolveUrl(guidText, null) : null);
    const title = plainField(first(item, 'title', 'dc:title'));
    const published = parseFeedDate(textOf(first(item, 'pubDate', 'dc:date', 'published', 'a10:published')));
    const updated = parseFeedDate(textOf(first(item, 'atom:updated', 'a10:updated', 'dc:modified', 'updated')));
    const description = rssHtml(first(item, 'description'));
    const encoded = rssHtml(first(item, 'content:encoded'));
    return {
      id: guidText ?? url ?? fallbackId([title, published, description]),
      url,
      title,
      published,
      updated,
      authors: unique([...asArray(item.author), ...asArray(item['dc:creator'])].map(authorName)),
      categories: unique([...asArray(item.category), ...asArray(item['dc:subject'])].map((c) => cleanText(textOf(c)))),
      summary: description ? cleanText(htmlToPlainText(description)) : null,
      contentHtml: encoded ?? description,
    };
  });
  return { kind: 'rss2', title: plainField(first(channel, 'title')), link: siteLink, items };
}

function parseRss1(rdf: XmlNode, baseUrl: string): ParsedFeed {
  const channel = (first(rdf, 'channel', 'rss:channel') ?? {}) as XmlNode;
  const siteLink = resolveUrl(textOf(first(channel, 'link', 'rss:link')), baseUrl);
  const items = [...asArray(rdf.item), ...asArray(rdf['rss:item'])].slice(0, MAX_ITEMS).map((raw) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as XmlNode;
    const about = attr(item, 'rdf:about');
    const url = resolveUrl(textOf(first(item, 'link', 'rss:link')), siteLink ?? baseUrl) ?? resolveUrl(about, baseUrl);
    const title = plainField(first(item, 'title', 'rss:title'));
    const published = parseFeedDate(textOf(first(item, 'dc:date', 'pubDate')));
    const description = rssHtml(first(item, 'description', 'rss:description'));
    const encoded = rssHtml(first(item, 'content:encoded'));
    return {
      id: about ?? url ?? fallbackId([title, published, description]),
      url,
      title,
      published,
      updated: parseFeedDate(textOf(first(item, 'dcterms:modified'))),
      authors: unique(asArray(item['dc:creator']).map(authorName)),
      categories: unique(asArray(item['dc:subject']).map((c) => cleanText(textOf(c)))),
      summary: description ? cleanText(htmlToPlainText(description)) : null,
      contentHtml: encoded ?? description,
    };
  });
  return { kind: 'rss1', title: plainField(first(channel, 'title', 'rss:title')), link: siteLink, items };
}

/** The alternate (or rel-less) link of an Atom element. */
function atomLink(node: XmlNode, base: string | null): string | null {
  const links = [...asArray(node.link), ...asArray(node['atom:link'])];
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links.find((l) => attr(l, 'href'));
  return resolveUrl(attr(alternate, 'href') ?? textOf(alternate), base);
}

function xmlBase(node: XmlNode, base: string | null): string | null {
  const declared = attr(node, 'xml:base');
  return declared ? (resolveUrl(declared, base) ?? base) : base;
}

function parseAtom(feed: XmlNode, baseUrl: string): ParsedFeed {
  const feedBase = xmlBase(feed, baseUrl);
  const feedAuthors = asArray(feed.author).map(authorName);
  const items = asArray(feed.entry).slice(0, MAX_ITEMS).map((raw) => {
    const entry = (raw && typeof raw === 'object' ? raw : {}) as XmlNode;
    const base = xmlBase(entry, feedBase);
    const url = atomLink(entry, base);
    const title = plainField(first(entry, 'title'));
    const published = parseFeedDate(textOf(first(entry, 'published', 'issued', 'created')));
    const updated = parseFeedDate(textOf(first(entry, 'updated', 'modified')));
    const content = atomContent(first(entry, 'content'));
    const summary = atomContent(first(entry, 'summary'));
    const authors = unique(asArray(entry.author).map(authorName));
    return {
      id: cleanText(textOf(first(entry, 'id'))) ?? url ?? fallbackId([title, published ?? updated, summary.text]),
      url,
      title,
      published,
      updated,
      // RFC 4287 §4.2.1: an entry without authors takes the feed's.
      authors: authors.length ? authors : unique(feedAuthors),
      categories: unique(asArray(entry.category).map((c) => cleanText(attr(c, 'label') ?? attr(c, 'term') ?? textOf(c)))),
      summary: summary.text ?? null,
      contentHtml: content.html ?? (content.text ? escapeHtml(content.text) : null),
    };
  });
  return { kind: 'atom', title: plainField(first(feed, 'title')), link: atomLink(feed, feedBase), items };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function jsonString(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length ? value.trim() : typeof value === 'number' ? String(value) : null;
}

function parseJsonFeed(data: XmlNode, baseUrl: string): ParsedFeed {
  const site = resolveUrl(jsonString(data.home_page_url), baseUrl);
  const feedAuthors = [...asArray(data.authors), ...asArray(data.author)];
  const nameOf = (a: unknown) => (a && typeof a === 'object' ? jsonString((a as XmlNode).name) : jsonString(a));
  const items = asArray(data.items).slice(0, MAX_ITEMS).map((raw) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as XmlNode;
    const url = resolveUrl(jsonString(item.url), site ?? baseUrl) ?? resolveUrl(jsonString(item.external_url), site ?? baseUrl);
    const title = jsonString(item.title);
    const published = parseFeedDate(item.date_published);
    const html = jsonString(item.content_html);
    const text = jsonString(item.content_text);
    const summary = jsonString(item.summary);
    const authors = unique([...asArray(item.authors), ...asArray(item.author)].map(nameOf));
    return {
      id: jsonString(item.id) ?? url ?? fallbackId([title, published, summary ?? text]),
      url,
      title: title ? cleanText(title) : null,
      published,
      updated: parseFeedDate(item.date_modified),
      authors: authors.length ? authors : unique(feedAuthors.map(nameOf)),
      categories: unique(asArray(item.tags).map((t) => jsonString(t))),
      summary: summary ?? (text ? text.slice(0, 500) : null),
      contentHtml: html ?? (text ? escapeHtml(text) : null),
    };
  });
  return { kind: 'json', title: jsonString(data.title), link: site, items };
}

/**
 * Parses a feed. `baseUrl` is the URL it was fetched from; relative links resolve against the feed's
 * own base (xml:base, channel link, home_page_url) and then against it. Throws FEED_PARSE when the
 * text is not a feed of a known kind.
 */
export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  if (typeof text !== 'string' || text.trim().length === 0) throw new StorylineError('FEED_PARSE', 'expected a feed, found an empty document', { url: baseUrl });
  if (text.length > MAX_FEED_CHARS) throw new StorylineError('FEED_PARSE', `expected a feed of at most ${MAX_FEED_CHARS} characters, found ${text.length}`, { url: baseUrl });
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      throw new StorylineError('FEED_PARSE', `expected JSON Feed, found invalid JSON (${(error as Error).message})`, { url: baseUrl });
    }
    const version = data && typeof data === 'object' ? (data as XmlNode).version : undefined;
    if (typeof version !== 'string' || !/jsonfeed\.org\/version\//.test(version)) {
      throw new StorylineError('FEED_PARSE', 'expected a JSON Feed (a "version" of https://jsonfeed.org/version/…), found other JSON', { url: baseUrl });
    }
    return parseJsonFeed(data as XmlNode, baseUrl);
  }
  let tree: XmlNode;
  try {
    tree = makeParser().parse(stripDoctype(body)) as XmlNode;
  } catch (error) {
    throw new StorylineError('FEED_PARSE', `expected well-formed enough XML, found a parse error (${(error as Error).message})`, { url: baseUrl });
  }
  const rss = first(tree, 'rss') as XmlNode | undefined;
  if (rss && typeof rss === 'object') {
    const channel = first(rss, 'channel');
    return parseRss2((channel && typeof channel === 'object' ? channel : {}) as XmlNode, baseUrl);
  }
  const atom = first(tree, 'feed', 'atom:feed') as XmlNode | undefined;
  if (atom && typeof atom === 'object') return parseAtom(atom, baseUrl);
  const rdf = first(tree, 'rdf:RDF', 'RDF') as XmlNode | undefined;
  if (rdf && typeof rdf === 'object') return parseRss1(rdf, baseUrl);
  const root = Object.keys(tree).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  throw new StorylineError('FEED_PARSE', `expected an rss, feed or rdf:RDF root element, found ${root ? `<${root}>` : 'no element'}`, { url: baseUrl, root: root ?? null });
}

import { comparable } from './classify-furniture.js';
import { NON_PERSON_BYLINE_WORDS } from './lang/mul/non-person-bylines.js';
import type { PreparedHtml } from './prepare-html.js';

/** Where a metadata field was found (`og:title`, `json-ld:headline`, `url`, …). */
export type MetadataSources = Partial<Record<'title' | 'byline' | 'published' | 'modified' | 'outlet' | 'canonicalUrl' | 'language' | 'section' | 'tags' | 'keywords', string>>;

/** What a page says about itself. Every field is null (or empty) when the page does not say. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** False when the byline names an outlet, an agency or a desk ("Staff Writer"), not a person. */
  bylineIsPerson: boolean | null;
  /** ISO 8601 date or date-time of first publication. */
  published: string | null;
  /** ISO 8601 date or date-time of the last modification, kept apart from `published`. */
  modified: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  /** Primary language subtag from the markup (`de` from `de-DE` or `de_DE`). */
  language: string | null;
  section: string | null;
  tags: string[];
  keywords: string[];
  sources: MetadataSources;
}

interface JsonLdFacts {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  section?: string;
  keywords: string[];
  url?: string;
  language?: string;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|webpage|creativework|liveblog/i;
const NON_PERSON = new RegExp(`(?:^|[^\\p{L}])(?:${NON_PERSON_BYLINE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|[^\\p{L}])`, 'iu');

/**
 * The metadata of a page from its pre-scan: title (og:title, JSON-LD headline, h1, `<title>`
 * without the site suffix), byline (meta author, JSON-LD author, rel=author, Readability's byline),
 * published and modified times kept apart (JSON-LD, article:*_time, `<time>`, the URL's date),
 * outlet (og:site_name, JSON-LD publisher, host), canonical URL, language, section, tags and
 * keywords. `sources` says where each field came from.
 */
export function extractMetadata(page: PreparedHtml, url: string | null, readabilityByline: string | null): PageMetadata {
  const meta = new Map<string, string[]>();
  for (const m of page.metas) {
    if (!m.content) continue;
    const list = meta.get(m.key);
    if (list) list.push(m.content);
    else meta.set(m.key, [m.content]);
  }
  const first = (...keys: string[]): [string, string] | null => {
    for (const k of keys) {
      const v = meta.get(k)?.find((x) => x.trim());
      if (v) return [v.trim(), k];
    }
    return null;
  };
  const ld = jsonLdFacts(page.jsonLd);
  const sources: MetadataSources = {};
  const host = hostOf(url);

  // Outlet first: the title's site suffix is recognised by it.
  let outlet: string | null = null;
  const siteName = first('og:site_name', 'application-name', 'al:android:app_name', 'twitter:site');
  if (siteName && !/^@/.test(siteName[0])) [outlet, sources.outlet] = [siteName[0], siteName[1]];
  else if (ld.publisher) [outlet, sources.outlet] = [ld.publisher, 'json-ld:publisher'];
  else if (host) [outlet, sources.outlet] = [host, 'host'];

  let title: string | null = null;
  const og = first('og:title', 'twitter:title');
  if (og) [title, sources.title] = [stripSiteSuffix(og[0], outlet, host), og[1]];
  else if (ld.headline) [title, sources.title] = [ld.headline, 'json-ld:headline'];
  else if (page.h1) [title, sources.title] = [page.h1, 'h1'];
  else if (page.title) [title, sources.title] = [stripSiteSuffix(page.title, outlet, host), 'title'];
  if (title && page.h1 && sources.title !== 'h1' && comparable(page.h1).length > 10 && comparable(title).startsWith(comparable(page.h1))) title = page.h1;

  let byline: string | null = null;
  const metaAuthor = first('author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author');
  const relAuthor = page.links.find((l) => /\bauthor\b/.test(l.rel) && l.text && l.text.length <= 80);
  if (metaAuthor && !isUrl(metaAuthor[0])) [byline, sources.byline] = [metaAuthor[0].replace(/^(by|von|par)\s+/i, ''), metaAuthor[1]];
  else if (ld.authors.length) [byline, sources.byline] = [ld.authors.join(', '), 'json-ld:author'];
  else if (relAuthor) [byline, sources.byline] = [relAuthor.text, 'rel=author'];
  else if (readabilityByline && readabilityByline.length <= 100) [byline, sources.byline] = [readabilityByline.replace(/^(by|von|par)\s+/i, ''), 'readability'];
  const bylineIsPerson = byline ? isPersonByline(byline, outlet, host) : null;

  let published: string | null = null;
  const pubMeta = first('article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time');
  const pubTime = page.times.find((t) => /pub|datepublished|published/.test(t.hint)) ?? (page.times.find((t) => !/modif|update/.test(t.hint)));
  const urlDate = url ? dateFromUrl(url) : null;
  for (const [value, source] of [[ld.datePublished, 'json-ld:datePublished'], [pubMeta?.[0], pubMeta?.[1]], [pubTime?.datetime, 'time'], [urlDate, 'url']] as Array<[string | undefined, string | undefined]>) {
    const iso = value ? isoDate(value) : null;
    if (iso) {
      [published, sources.published] = [iso, source ?? 'meta'];
      break;
    }
  }
  let modified: string | null = null;
  const modMeta = first('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'article.updated', 'lastmod');
  const modTime = page.times.find((t) => /modif|update/.test(t.hint));
  for (const [value, source] of [[ld.dateModified, 'json-ld:dateModified'], [modMeta?.[0], modMeta?.[1]], [modTime?.datetime, 'time']] as Array<[string | undefined, string | undefined]>) {
    const iso = value ? isoDate(value) : null;
    if (iso) {
      [modified, sources.modified] = [iso, source ?? 'meta'];
      break;
    }
  }

  let canonicalUrl: string | null = null;
  const canonical = page.links.find((l) => l.rel.split(/\s+/).includes('canonical'));
  const ogUrl = first('og:url');
  for (const [value, source] of [[canonical?.href, 'link:canonical'], [ogUrl?.[0], 'og:url'], [ld.url, 'json-ld:url']] as Array<[string | undefined, string]>) {
    const abs = value ? absoluteUrl(value, url) : null;
    if (abs) {
      [canonicalUrl, sources.canonicalUrl] = [abs, source];
      break;
    }
  }

  let language: string | null = null;
  const locale = first('og:locale', 'content-language', 'language', 'dc.language');
  for (const [value, source] of [[page.htmlLang, 'html:lang'], [locale?.[0], locale?.[1]], [ld.language, 'json-ld:inLanguage']] as Array<[string | null | undefined, string | undefined]>) {
    const code = value ? languageCode(value) : null;
    if (code) {
      [language, sources.language] = [code, source ?? 'meta'];
      break;
    }
  }

  let section: string | null = null;
  const sectionMeta = first('article:section', 'section', 'category', 'parsely-section');
  if (sectionMeta) [section, sources.section] = [sectionMeta[0], sectionMeta[1]];
  else if (ld.section) [section, sources.section] = [ld.section, 'json-ld:articleSection'];

  const tags = unique((meta.get('article:tag') ?? []).flatMap(splitList));
  if (tags.length) sources.tags = 'article:tag';
  const keywords = unique([...(meta.get('news_keywords') ?? []), ...(meta.get('keywords') ?? [])].flatMap(splitList).concat(ld.keywords));
  if (keywords.length) sources.keywords = meta.has('news_keywords') ? 'news_keywords' : meta.has('keywords') ? 'keywords' : 'json-ld:keywords';

  return { title: title ? clip(title, 500) : null, byline: byline ? clip(byline, 200) : null, bylineIsPerson, published, modified, outlet, canonicalUrl, language, section, tags, keywords, sources };
}

/** False when a byline names an outlet, an agency or a desk rather than a person. */
export function isPersonByline(byline: string, outlet: string | null, host: string | null): boolean {
  const b = comparable(byline);
  if (!b || /^https?:/.test(b)) return false;
  if (outlet && (b === comparable(outlet) || b.includes(comparable(outlet)))) return false;
  if (host && b.replace(/\s+/g, '').includes(host.replace(/\.[a-z]+$/, ''))) return false;
  if (NON_PERSON.test(byline)) return false;
  // A person's name has a capitalised word; an all-lower-case or all-caps handle or acronym does not.
  return /\p{Lu}\p{Ll}/u.test(byline);
}

/** "Headline | Site" → "Headline", when the suffix (or prefix) is the site. */
export function stripSiteSuffix(title: string, outlet: string | null, host: string | null): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts = t.split(/\s+[|–—·•:»-]\s+|\s+::\s+/);
  if (parts.length < 2) return t;
  const isSite = (p: string): boolean => {
    const c = comparable(p);
    if (!c) return true;
    if (outlet && (c === comparable(outlet) || comparable(outlet).includes(c) || c.includes(comparable(outlet)))) return true;
    if (host && (c.replace(/\s+/g, '').includes(host.split('.').slice(-2, -1)[0] ?? '#') || c === host)) return true;
    return /\.[a-z]{2,6}$/.test(c);
  };
  const last = parts[parts.length - 1];
  if (isSite(last)) return t.slice(0, t.lastIndexOf(last)).replace(/\s+[|–—·•:»-]+\s*$|\s+::\s*$/, '').trim() || t;
  if (isSite(parts[0])) return t.slice(parts[0].length).replace(/^\s*[|–—·•:»-]+\s+|^\s*::\s+/, '').trim() || t;
  return t;
}

function jsonLdFacts(blocks: string[]): JsonLdFacts {
  const facts: JsonLdFacts = { authors: [], keywords: [] };
  const objects: Record<string, unknown>[] = [];
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length && objects.length < 200) {
      const x = queue.shift();
      if (Array.isArray(x)) queue.push(...x);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        objects.push(o);
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
      }
    }
  }
  const article = objects.find((o) => typeof o['@type'] === 'string' && /article|posting|report/i.test(o['@type'] as string))
    ?? objects.find((o) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  if (!article) return facts;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const nameOf = (v: unknown): string | undefined => str(v) ?? (v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : undefined);
  facts.headline = str(article.headline) ?? str(article.name);
  facts.authors = [article.author].flat().map(nameOf).filter((x): x is string => Boolean(x) && !isUrl(x as string));
  facts.datePublished = str(article.datePublished) ?? str(article.dateCreated);
  facts.dateModified = str(article.dateModified);
  facts.publisher = nameOf([article.publisher].flat()[0]) ?? nameOf(objects.find((o) => o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization'));
  facts.section = [article.articleSection].flat().map(str).find(Boolean);
  facts.keywords = [article.keywords].flat().flatMap((k) => (typeof k === 'string' ? splitList(k) : []));
  facts.url = str(article.url) ?? nameOf(article.mainEntityOfPage) ?? (article.mainEntityOfPage && typeof article.mainEntityOfPage === 'object' ? str((article.mainEntityOfPage as Record<string, unknown>)['@id']) : undefined);
  facts.language = str(article.inLanguage);
  return facts;
}

/** A date or date-time in ISO 8601 form, or null when the value is not a valid date. */
export function isoDate(value: string): string | null {
  const v = value.trim();
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if (m[4] === undefined) return date;
    const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return date;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${date}T${String(h).padStart(2, '0')}:${m[5]}:${String(s).padStart(2, '0')}${zone}`;
  }
  // Day-first numeric dates ("23.10.2018"), common in the pages' own markup.
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (dmy && validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))) return `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  // Compact "20240131" as some meta tags write it.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact && validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]))) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return null;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/** The date in a URL path (`/2024/03/07/…`, `/2024-03-07-…`), or null. */
export function dateFromUrl(url: string): string | null {
  const m = /[/_-]((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/.exec(url);
  if (!m || !validDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

function languageCode(value: string): string | null {
  const m = /^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$/.exec(value.trim().split(/[,;\s]/)[0] ?? '');
  return m ? m[1].toLowerCase() : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || null;
  } catch {
    return null;
  }
}

function absoluteUrl(value: string, base: string | null): string | null {
  try {
    const u = base ? new URL(value, base) : new URL(value);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

function isUrl(s: string): boolean {
  return /^(https?:)?\/\//i.test(s.trim());
}

function splitList(s: string): string[] {
  return s.split(/\s*[,;]\s*/).map((x) => x.trim()).filter((x) => x && x.length <= 80);
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of list) {
    const k = x.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out.slice(0, 100);
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n) : t;
}

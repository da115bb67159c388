import { decodeEntities } from './html-to-text.js';

/** One `<meta>` element's identifying attribute and content. */
export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv` value, lower-cased. */
  key: string;
  content: string;
}

/** A `<link>` or `<a>` with a `rel`, with its anchor text for `<a>`. */
export interface RelLink {
  rel: string;
  href: string;
  text: string;
}

/** A `<time>` element's machine-readable value and the hints around it. */
export interface TimeTag {
  datetime: string;
  /** `itemprop`, `class` and `pubdate` hints, lower-cased and joined. */
  hint: string;
}

/** What the linear pre-scan of a page found, and the markup left for the DOM. */
export interface PreparedHtml {
  /** The page without scripts, styles, comments and other non-text containers. */
  html: string;
  metas: MetaTag[];
  /** Bodies of `application/ld+json` scripts (each capped in size). */
  jsonLd: string[];
  title: string | null;
  /** Text of the first `<h1>`, tags removed. */
  h1: string | null;
  htmlLang: string | null;
  links: RelLink[];
  times: TimeTag[];
  /** Deepest nesting of container elements seen (an estimate: unclosed tags count as open). */
  maxDepth: number;
  /** Number of start tags seen. */
  tagCount: number;
}

// Elements whose content is never article text. Their content is dropped before the DOM is built,
// which is most of the bytes of a modern page and most of the parsing time.
const DROP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'math', 'select', 'textarea', 'button']);
// Elements that never have content (no end tag), so they do not count towards nesting depth.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'option', 'dt', 'dd', 'tr', 'td', 'th']);
// Page-level furniture containers dropped before the DOM is built: they are never the article and
// they are a large share of a page's elements. A footer inside <article> or <main> is kept (notes,
// licences and author boxes of the article live there).
const DROP_FURNITURE = new Set(['nav', 'aside', 'footer']);
const MAX_JSON_LD = 200_000;
// Readability's own "unlikely candidate" patterns (REGEXPS.unlikelyCandidates and
// okMaybeItsACandidate in Readability.js), applied to block containers before the DOM exists.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CONTENT = /and|article|body|column|content|main|mathjax|shadow/i;
const PRUNABLE = new Set(['div', 'section', 'ul', 'ol']);
const MAX_ITEMS = 500;

/**
 * Scans a page once, left to right, without building a DOM: collects the metadata (meta tags,
 * JSON-LD, title, first h1, html lang, rel links, time elements) and drops the content of scripts,
 * styles and comments. Linear in the page size and allocation-bounded, so it is safe to run on any
 * input before deciding whether a DOM can be afforded (`maxDepth`, `tagCount`). With `slim` (the
 * default) start tags keep only the attributes extraction reads, which makes a DOM cheaper to
 * build; the light tree reads its few attributes itself and does not need it.
 */
export function prepareHtml(raw: string, options: { pruneUnlikely?: boolean; slim?: boolean } = {}): PreparedHtml {
  const prune = options.pruneUnlikely ?? false;
  const slim = options.slim ?? true;
  const chunks: string[] = [];
  const metas: MetaTag[] = [];
  const jsonLd: string[] = [];
  const links: RelLink[] = [];
  const times: TimeTag[] = [];
  let title: string | null = null;
  let h1: string | null = null;
  let htmlLang: string | null = null;
  let depth = 0;
  let inArticle = 0;
  let maxDepth = 0;
  let tagCount = 0;
  let kept = 0; // start of the not yet copied part of `raw`
  const quotes = quoteMemo();
  let i = 0;
  const lower = (s: string): string => s.toLowerCase();
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) break;
    if (raw.startsWith('<!--', lt)) {
      const end = raw.indexOf('-->', lt + 4);
      const stop = end < 0 ? raw.length : end + 3;
      chunks.push(raw.slice(kept, lt));
      kept = i = stop;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(raw.slice(lt, lt + 40));
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = findTagEnd(raw, lt + m[0].length, quotes);
    const name = lower(m[2]);
    const closing = m[1] === '/';
    const tagText = raw.slice(lt, gt);
    if (closing) {
      if (!VOID.has(name) && depth > 0) depth--;
      if ((name === 'article' || name === 'main') && inArticle > 0) inArticle--;
      i = gt;
      continue;
    }
    tagCount++;
    if (!VOID.has(name) && !tagText.endsWith('/>')) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
    if (name === 'article' || name === 'main') inArticle++;
    // Containers Readability would strip as unlikely candidates (the same name patterns) are cut
    // here already, before they cost DOM nodes; see PRUNE_UNLIKELY.
    if (prune && PRUNABLE.has(name) && !tagText.endsWith('/>') && /\b(?:class|id)\s*=/i.test(tagText)) {
      const a = attributes(tagText);
      const names = `${a.class ?? ''} ${a.id ?? ''}`;
      if (UNLIKELY.test(names) && !MAYBE_CONTENT.test(names) && !/\brole\s*=\s*["']?(?:main|article)/i.test(tagText)) {
        const end = findMatchingClose(raw, name, gt);
        if (end > gt) {
          if (depth > 0) depth--;
          chunks.push(raw.slice(kept, lt));
          kept = i = end;
          continue;
        }
      }
    }
    if (DROP_FURNITURE.has(name) && !(name === 'footer' && inArticle > 0) && !tagText.endsWith('/>')) {
      if (depth > 0) depth--;
      const end = findMatchingClose(raw, name, gt);
      chunks.push(raw.slice(kept, lt));
      kept = i = end;
      continue;
    }
    if (DROP_CONTENT.has(name) && !tagText.endsWith('/>')) {
      if (!VOID.has(name) && depth > 0) depth--;
      const close = findClose(raw, name, gt);
      if (name === 'script' && /application\/ld\+json/i.test(tagText) && jsonLd.length < 20) {
        jsonLd.push(raw.slice(gt, Math.min(close.start, gt + MAX_JSON_LD)));
      }
      chunks.push(raw.slice(kept, lt));
      kept = i = close.end;
      continue;
    }
    switch (name) {
      case 'meta': {
        if (metas.length >= MAX_ITEMS) break;
        const a = attributes(tagText);
        const key = a.property ?? a.name ?? a.itemprop ?? a['http-equiv'];
        if (key && a.content !== undefined) metas.push({ key: lower(key), content: decodeEntities(a.content).trim() });
        break;
      }
      case 'html': {
        const a = attributes(tagText);
        if (a.lang || a['xml:lang']) htmlLang = (a.lang ?? a['xml:lang']).trim() || null;
        break;
      }
      case 'link': {
        if (links.length >= MAX_ITEMS) break;
        const a = attributes(tagText);
        if (a.rel && a.href) links.push({ rel: lower(a.rel), href: decodeEntities(a.href), text: '' });
        break;
      }
      case 'a': {
        if (links.length >= MAX_ITEMS || !/\brel\s*=/i.test(tagText)) break;
        const a = attributes(tagText);
        if (a.rel && /\bauthor\b/i.test(a.rel)) {
          const end = raw.indexOf('</a', gt);
          const inner = raw.slice(gt, end < 0 ? Math.min(raw.length, gt + 200) : Math.min(end, gt + 400));
          links.push({ rel: lower(a.rel), href: decodeEntities(a.href ?? ''), text: innerText(inner) });
        }
        break;
      }
      case 'time': {
        if (times.length >= MAX_ITEMS) break;
        const a = attributes(tagText);
        if (a.datetime) times.push({ datetime: a.datetime.trim(), hint: lower([a.itemprop, a.class, a.pubdate !== undefined ? 'pubdate' : ''].filter(Boolean).join(' ')) });
        break;
      }
      case 'title': {
        const close = findClose(raw, 'title', gt);
        if (title === null) title = innerText(raw.slice(gt, Math.min(close.start, gt + 2000))) || null;
        // The element stays in the markup: Readability compares headings with the title.
        if (depth > 0) depth--;
        i = close.end;
        continue;
      }
      case 'h1': {
        if (h1 !== null) break;
        const end = raw.indexOf('</h1', gt);
        const endTag = raw.indexOf('</H1', gt);
        const stop = [end, endTag].filter((x) => x >= 0).reduce((x, y) => Math.min(x, y), raw.length);
        h1 = innerText(raw.slice(gt, Math.min(stop, gt + 4000))) || null;
        break;
      }
      default:
        break;
    }
    // Rewrite the start tag with only the attributes extraction looks at: the rest (data-*, srcset,
    // inline handlers, long style sheets) is most of a tag's bytes and costs DOM building time.
    if (slim && tagText.length > name.length + 2) {
      chunks.push(raw.slice(kept, lt), slimTag(name, tagText));
      kept = gt;
    }
    i = gt;
  }
  chunks.push(raw.slice(kept));
  return { html: chunks.join(''), metas, jsonLd, title, h1, htmlLang, links, times, maxDepth, tagCount };
}

const KEEP_ATTRIBUTES = new Set(['class', 'id', 'href', 'rel', 'itemprop', 'role', 'hidden', 'aria-hidden', 'lang', 'dir', 'datetime', 'content', 'name', 'property', 'charset', 'colspan', 'rowspan']);

/** A start tag with only the attributes in KEEP_ATTRIBUTES (and style only when it hides). */
function slimTag(name: string, tagText: string): string {
  const a = attributes(tagText);
  let out = `<${name}`;
  for (const key in a) {
    const value = a[key];
    if (KEEP_ATTRIBUTES.has(key) || (key === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(value))) {
      out += ` ${key}="${value.replace(/"/g, '&quot;')}"`;
    }
  }
  return tagText.endsWith('/>') ? `${out}/>` : `${out}>`;
}

/**
 * Where a scan of one page knows there is no further `"` or `'`: a quoted attribute value that is
 * never closed is searched for once, not once per tag (which would be quadratic on hostile input).
 */
export interface QuoteMemo {
  noDouble: number;
  noSingle: number;
}

/** A fresh memo for one scan of one page. */
export function quoteMemo(): QuoteMemo {
  return { noDouble: Infinity, noSingle: Infinity };
}

/**
 * The index just past the `>` that ends a tag starting before `from`, honouring quoted values of
 * any length (a long JSON `data-` attribute may contain `>`). An unclosed quote falls back to the
 * first `>`. Linear over a page's tags when they share one `memo`.
 */
export function findTagEnd(s: string, from: number, memo: QuoteMemo = quoteMemo()): number {
  const n = s.length;
  for (let k = from; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c === 62) return k + 1;
    if (c !== 34 && c !== 39) continue;
    // Quotes only open inside an attribute value (after `=`); a stray quote elsewhere is text.
    const p1 = s.charCodeAt(k - 1);
    if (!(p1 === 61 || (p1 === 32 && s.charCodeAt(k - 2) === 61))) continue;
    const double = c === 34;
    if (k >= (double ? memo.noDouble : memo.noSingle)) break;
    const close = s.indexOf(double ? '"' : "'", k + 1);
    if (close < 0) {
      if (double) memo.noDouble = k;
      else memo.noSingle = k;
      break;
    }
    k = close;
  }
  const gt = s.indexOf('>', from);
  return gt < 0 ? n : gt + 1;
}

/** Where the end tag `</name>` starts and ends, searching from `from` (end of input if none). */
function findClose(s: string, name: string, from: number): { start: number; end: number } {
  const re = new RegExp(`</${name}\\s*>`, 'gi');
  re.lastIndex = from;
  const m = re.exec(s);
  if (!m) return { start: s.length, end: s.length };
  return { start: m.index, end: m.index + m[0].length };
}

/**
 * The end of the element `name` whose start tag ends at `from`, counting nested elements of the same
 * name; the end of input when it is never closed (then everything after it would be dropped, so
 * an unclosed container drops only itself: its start tag).
 */
function findMatchingClose(s: string, name: string, from: number): number {
  const re = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  re.lastIndex = from;
  let open = 1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[1]) open--;
    else if (!m[0].endsWith('/>')) open++;
    if (open === 0) return m.index + m[0].length;
  }
  return from;
}

/** Attributes of a start tag, names lower-cased, values raw (entities not yet decoded). */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  const body = tag.replace(/^<[a-zA-Z][a-zA-Z0-9:-]*/, '').replace(/\/?>$/, '');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const key = m[1].toLowerCase();
    if (!(key in out)) out[key] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

/** Text of a small markup fragment: tags removed, entities decoded, white space collapsed. */
export function innerText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { domToBlocks, type DomNode, type TextBlock } from './dom-blocks.js';
import { htmlToText } from './html-to-text.js';
import { fastExtract } from './fast-extract.js';
import type { MetaTag } from './prepare-html.js';

/** Which step of the sieve produced the main text. */
export type ExtractionMethod = 'light' | 'readability' | 'readability-relaxed' | 'density' | 'linear';

/** The main text of a page as blocks, and what the extractor learnt on the way. */
export interface MainText {
  blocks: TextBlock[];
  method: ExtractionMethod;
  /** Byline Readability found in the page body (it removes that element from the content). */
  byline: string | null;
  /** Why a cheaper method was used, when it was. */
  note: string | null;
}

/** Limits that keep extraction bounded on hostile pages. */
export interface ExtractionLimits {
  /** Above this many characters of prepared markup, no DOM is built. */
  maxDomChars: number;
  /** Above this nesting depth, no DOM is built. */
  maxDepth: number;
  /** Above this many elements, no DOM is built. */
  maxElements: number;
  /** Main text shorter than this (characters) makes the sieve try a more permissive step. */
  minChars: number;
}

/** How `extractMainText` runs. */
export interface ExtractionOptions {
  /** The page's markup without pruning, for the retry when the pruned markup yields too little. */
  unpruned?: () => string;
  /** Readability's selection on the light tree first (default true); false: always a DOM. */
  lightTree?: boolean;
  /** The markup for the DOM steps, when it differs from what the light tree reads (slimmed tags). */
  domMarkup?: () => string;
}

/** Default limits: a DOM for ordinary pages, the linear scan for hostile ones. */
export const DEFAULT_LIMITS: ExtractionLimits = { maxDomChars: 3_000_000, maxDepth: 1_500, maxElements: 60_000, minChars: 250 };

// Containers whose names say they are not the article (menus, footers, comment threads, teasers).
const NOT_CONTENT = /(^|[\s_-])(nav|navbar|menu|footer|header|masthead|sidebar|widget|comment|comments|breadcrumbs?|share|social|related|teaser|promo|advert|ads?|banner|cookie|consent|newsletter|subscribe|pagination|pager|tags?|meta|skip|toolbar|popup|modal|login|search)([\s_-]|$)/i;
const NOT_CONTENT_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU']);

/**
 * The main text of a prepared page, by a sieve of steps from strict to permissive: Readability's
 * selection on the light tree (no DOM; see fast-extract.ts), or with `lightTree: false`
 * Readability over a linkedom DOM; when that yields too little, Readability over a DOM with a lower
 * threshold and the densest-text fallback over the whole body (every paragraph outside menus,
 * headers, footers and asides), the longest winning; when the page cannot be afforded a tree (too
 * large, too deep, too many elements), the linear scan.
 */
export function extractMainText(html: string, shape: { maxDepth: number; tagCount: number; metas?: MetaTag[] }, limits: ExtractionLimits = DEFAULT_LIMITS, options: ExtractionOptions = {}): MainText {
  const { unpruned, lightTree = true } = options;
  if (html.length > limits.maxDomChars || shape.maxDepth > limits.maxDepth || shape.tagCount > limits.maxElements) {
    const why = html.length > limits.maxDomChars ? `markup of ${html.length} characters` : shape.maxDepth > limits.maxDepth ? `nesting ${shape.maxDepth} deep` : `${shape.tagCount} elements`;
    return { blocks: linearBlocks(html), method: 'linear', byline: null, note: `no DOM built: ${why}` };
  }
  let first: { blocks: TextBlock[]; byline: string | null; method: ExtractionMethod };
  if (lightTree) {
    // Readability's selection (with its retries) on the light tree; a DOM only when that finds
    // too little, for the more permissive steps of the sieve.
    const light = fastExtract(html, { metadataByline: hasMetaByline(shape.metas ?? []) });
    if (light.chars >= limits.minChars) return { blocks: light.blocks, method: 'light', byline: light.byline, note: null };
    // A page with less text in its whole body than the sieve asks for: no DOM step can find more.
    if (light.bodyChars < limits.minChars) return { blocks: light.blocks, method: 'light', byline: light.byline, note: `the page body has ${light.bodyChars} characters of text` };
    if (options.domMarkup) html = options.domMarkup();
    first = { blocks: light.blocks, byline: light.byline, method: 'light' };
  } else {
    const dom = runReadability(html, 500);
    first = { ...dom, method: 'readability' };
    if (textLength(first.blocks) >= limits.minChars) return { blocks: first.blocks, method: 'readability', byline: first.byline, note: null };
  }
  const firstLength = textLength(first.blocks);
  // Too little: the page may be short, or its text may sit in a layout Readability rejects (or in a
  // container the pre-scan pruned by its name): retry on the whole markup, more permissively.
  const full = unpruned ? unpruned() : html;
  const relaxed = runReadability(full, 100);
  const density = densityBlocks(full);
  const best = [
    first,
    { blocks: relaxed.blocks, byline: relaxed.byline, method: 'readability-relaxed' as const },
    { blocks: density, byline: null, method: 'density' as const },
  ].reduce((a, b) => (textLength(b.blocks) > textLength(a.blocks) * 1.2 ? b : a));
  return { blocks: best.blocks, method: best.method, byline: best.byline, note: `${first.method === 'light' ? 'the light tree' : 'readability'} found ${firstLength} characters` };
}

// The meta tags Readability takes an author from (without JSON-LD, which is disabled here); when
// one names the author, Readability leaves the byline element in the text.
const META_AUTHOR = new Set(['dc:creator', 'dcterm:creator', 'dc.creator', 'dcterm.creator', 'author', 'parsely-author']);

function hasMetaByline(metas: MetaTag[]): boolean {
  return metas.some((m) => m.content !== '' && (META_AUTHOR.has(m.key) || (m.key === 'article:author' && !/^(https?:)?\/\//i.test(m.content))));
}

function runReadability(html: string, charThreshold: number): { blocks: TextBlock[]; byline: string | null } {
  const { document } = parseHTML(html) as unknown as { document: unknown };
  const reader = new Readability(document as never, {
    charThreshold,
    disableJSONLD: true,
    keepClasses: false,
    serializer: (node: unknown) => node,
  });
  const result = reader.parse();
  if (!result || !result.content) return { blocks: [], byline: null };
  const byline = typeof result.byline === 'string' ? result.byline.replace(/\s+/g, ' ').trim() || null : null;
  return { blocks: domToBlocks(result.content as unknown as DomNode), byline };
}

/** The densest-text fallback: text blocks of the body outside page furniture containers. */
function densityBlocks(html: string): TextBlock[] {
  const { document } = parseHTML(html) as unknown as { document: { body: DomNode | null; querySelectorAll(s: string): ArrayLike<DomNode & { remove(): void }> } };
  const body = document.body;
  if (!body) return [];
  const all = document.querySelectorAll('*');
  const doomed: Array<DomNode & { remove(): void }> = [];
  for (let k = 0; k < all.length; k++) {
    const el = all[k];
    if (NOT_CONTENT_TAGS.has(el.nodeName.toUpperCase())) doomed.push(el);
    else {
      const cls = `${el.getAttribute?.('class') ?? ''} ${el.getAttribute?.('id') ?? ''} ${el.getAttribute?.('role') ?? ''}`;
      if (cls.trim() && NOT_CONTENT.test(cls) && !/\b(article|content|main|post|entry|story)\b/i.test(cls)) doomed.push(el);
    }
  }
  for (const el of doomed) el.remove();
  // Keep blocks that read like text: long enough, or sentence-like, and not mostly link text.
  return domToBlocks(body).filter((b) => b.text.length >= 80 || (b.kind === 'p' && b.text.length >= 25 && /[.!?:;"”»]$/.test(b.text)));
}

/** Blocks from the linear tag-stripping scan: the fallback that never builds a DOM. */
function linearBlocks(html: string): TextBlock[] {
  const text = htmlToText(html).text;
  const blocks: TextBlock[] = [];
  for (const para of text.split(/\n{2,}/)) {
    const t = para.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, kind: 'other', linkChars: 0 });
  }
  return blocks;
}

function textLength(blocks: TextBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

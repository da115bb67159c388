import type { CleanText, OffsetMap, Removal, SourceFormat, Span } from '../../article.js';
import { StorylineError } from '../../errors.js';
import { normalizeText } from '../../text/normalize.js';
import { OffsetMapBuilder, composeMaps, toInputOffset } from '../../text/offset-map.js';
import { cleanLines, type LineDecisions, type LineUnit } from './clean-lines.js';
import { extractMainText, DEFAULT_LIMITS, type ExtractionLimits } from './extract-main-text.js';
import { extractMetadata, isPersonByline, stripSiteSuffix } from './extract-metadata.js';
import { comparable } from './classify-furniture.js';
import { htmlToText } from './html-to-text.js';
import { prepareHtml } from './prepare-html.js';
import { datelineDate } from './dateline-date.js';
import type { TextBlock } from './dom-blocks.js';

/** Options of `cleanDocument`. */
export interface CleanOptions {
  /** The page's URL: resolves the canonical URL, gives the host and a date pattern. */
  url?: string | null;
  /** Outlet name known from the source, to tell a site-name byline from a person. */
  outlet?: string | null;
  limits?: ExtractionLimits;
  /**
   * Cut containers named like furniture (Readability's unlikely-candidate patterns) before the DOM
   * is built: about a third less markup, at a small cost in recall (trafilatura-eval F1 0.905
   * instead of 0.909 with `extractor: 'readability'`, measured 2026-11-22). Off by default. It was
   * made for the DOM path: with the light tree it costs more (F1 0.891 instead of 0.910) and saves
   * little.
   */
  fast?: boolean;
  /**
   * `light` (default): the light-tree pass first, Readability over a DOM only when it finds too
   * little; `readability`: always Readability over a DOM.
   */
  extractor?: 'light' | 'readability';
}

/** At most this many removals are listed; the rest are summarised in one. */
const MAX_REMOVALS = 2_000;

/**
 * Cleans one document: HTML through the main-text sieve and the metadata extractor, scraped plain
 * text through the headline and furniture rules; both through the same line pass. The result's
 * text is NFC-normalised with paragraphs separated by a blank line, every removal is listed with
 * offsets into the input, and `map` takes any offset of the text back to the input. Pure.
 * Throws a `StorylineError` (`DOCUMENT_REJECTED`) for binary input.
 */
export function cleanDocument(raw: string, format: SourceFormat, options: CleanOptions = {}): CleanText {
  if (looksBinary(raw)) {
    throw new StorylineError('DOCUMENT_REJECTED', 'expected text or HTML, found binary data (control characters or undecodable bytes)', { reason: 'binary' });
  }
  return format === 'html' ? cleanHtml(raw, options) : cleanPlainText(raw, options);
}

function cleanPlainText(raw: string, options: CleanOptions): CleanText {
  const norm = normalizeText(raw);
  const text = norm.text;
  const hasBlank = text.includes('\n\n');
  const units: LineUnit[] = [];
  let block = 0;
  let start = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== '\n') continue;
    if (k > start) units.push({ text: text.slice(start, k), start, end: k, block });
    if (!hasBlank || text[k + 1] === '\n' || k === start) block++;
    start = k + 1;
  }
  const decisions = cleanLines(units, { title: null, detectHeadline: true });
  const out = assemble(text, units, decisions);
  const removed = removals(units, decisions, text, norm.map);
  const bylineSource = decisions.byline ? 'text:author-line' : undefined;
  const dateline = units.findIndex((u, j) => decisions.removedLine[j] === 'dateline' && j < 10 && datelineDate(u.text));
  const published = dateline >= 0 ? datelineDate(units[dateline].text) : null;
  return {
    text: out.text,
    title: decisions.title,
    byline: decisions.byline,
    published,
    outlet: options.outlet ?? null,
    tags: decisions.tags,
    removed: capRemovals(removed),
    map: composeMaps(out.map, norm.map),
    paragraphs: out.paragraphs,
    bylineIsPerson: decisions.byline ? isPersonByline(decisions.byline, options.outlet ?? null, null) : null,
    sources: Object.fromEntries(Object.entries({ title: decisions.title ? 'text:headline' : undefined, byline: bylineSource, tags: decisions.tags.length ? 'text:topic-slugs' : undefined, published: published ? 'text:dateline' : undefined }).filter(([, v]) => v)) as Record<string, string>,
    extraction: { method: 'text', note: null },
  };
}

/**
 * Pages longer than this are cut (at a tag boundary) before extraction: the rest is listed as one
 * removal. No news article needs more, and it bounds time and memory on hostile input.
 */
export const MAX_HTML_CHARS = 4_000_000;

function cleanHtml(fullRaw: string, options: CleanOptions): CleanText {
  let raw = fullRaw;
  let cutNote: Removal | null = null;
  if (fullRaw.length > MAX_HTML_CHARS) {
    const cut = Math.max(fullRaw.lastIndexOf('<', MAX_HTML_CHARS), MAX_HTML_CHARS / 2);
    raw = fullRaw.slice(0, cut);
    cutNote = { start: cut, end: fullRaw.length, reason: 'over-size-limit', text: `${fullRaw.length - cut} characters after the first ${cut}` };
  }
  const lightTree = options.extractor !== 'readability';
  // The light tree reads its attributes from full tags; slimmed tags are made only for a DOM.
  const slim = !lightTree || (options.fast ?? false);
  const page = prepareHtml(raw, { pruneUnlikely: options.fast ?? false, slim });
  const main = extractMainText(page.html, page, options.limits ?? DEFAULT_LIMITS, {
    unpruned: options.fast ? () => prepareHtml(raw).html : undefined,
    lightTree,
    domMarkup: slim ? undefined : () => prepareHtml(raw).html,
  });
  const meta = extractMetadata(page, options.url ?? null, main.byline);
  // The blocks as one text: lines of a block joined by a line break, blocks by a blank line.
  const flat = flattenPage(raw);
  const blocks = main.method === 'linear' ? main.blocks : restoreInnerGaps(flat, main.blocks);
  const { text: virtual, units } = blocksToUnits(blocks);
  const decisions = cleanLines(units, { title: meta.title, detectHeadline: false });
  markBlockFurniture(blocks, units, decisions);
  // The headline as the page writes it elsewhere (h1, <title>) when it differs from the metadata's.
  const headlines = new Set([page.h1, page.title && stripSiteSuffix(page.title, meta.outlet, hostOf(options.url))].filter((x): x is string => Boolean(x)).map(comparable).filter((x) => x.length >= 8));
  units.forEach((u, k) => {
    if (!decisions.removedLine[k] && u.text.length <= 400 && headlines.has(comparable(u.text))) decisions.removedLine[k] = 'headline';
  });
  const out = assemble(virtual, units, decisions);
  const located = locateInPage(raw, flat, virtual, units);
  const removed = removals(units, decisions, virtual, located.map);
  removed.push(...located.gaps);
  if (cutNote) removed.push(cutNote);
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  const nfc = normalizeText(out.text);
  const sources: Record<string, string> = { ...meta.sources } as Record<string, string>;
  let byline = meta.byline;
  if (!byline && decisions.byline) {
    byline = decisions.byline;
    sources.byline = 'text:author-line';
  }
  const tags = [...new Set([...meta.tags, ...decisions.tags])];
  let published = meta.published;
  if (!published) {
    // A dateline the line pass took out of the first blocks ("Veröffentlicht am 6. Mai 2014").
    const k = units.findIndex((u, j) => decisions.removedLine[j] === 'dateline' && u.block < 6 && datelineDate(u.text));
    if (k >= 0) {
      published = datelineDate(units[k].text);
      sources.published = 'text:dateline';
    }
  }
  return {
    text: nfc.text,
    title: meta.title,
    byline,
    published,
    outlet: meta.outlet ?? options.outlet ?? null,
    tags,
    removed: capRemovals(removed),
    map: composeMaps(composeMaps(nfc.map, out.map), located.map),
    paragraphs: nfc.text === out.text ? out.paragraphs : paragraphsOf(nfc.text),
    languageHint: meta.language,
    modified: meta.modified,
    canonicalUrl: meta.canonicalUrl,
    section: meta.section,
    keywords: meta.keywords,
    bylineIsPerson: byline ? isPersonByline(byline, meta.outlet ?? options.outlet ?? null, hostOf(options.url)) : null,
    sources,
    extraction: { method: main.method, note: main.note },
  };
}

/**
 * Block-level furniture the DOM shows and text alone does not: a block that is nearly all link text
 * (a menu, a teaser list of other articles) and a figure caption.
 */
function markBlockFurniture(blocks: TextBlock[], units: LineUnit[], d: LineDecisions): void {
  units.forEach((u, k) => {
    if (d.removedLine[k]) return;
    const b = blocks[u.block];
    // A long figcaption is article text some sites put in a figure, not a caption.
    if (b.kind === 'caption' && b.text.length <= CAPTION_MAX) d.removedLine[k] = 'caption';
    else if (b.text.length <= LINK_BLOCK_MAX && b.linkChars >= LINK_SHARE * b.text.length) d.removedLine[k] = 'link-list';
  });
}

/** A block of at most this many characters with at least this share of link text is a link list. */
const LINK_BLOCK_MAX = 400;
const LINK_SHARE = 0.8;
const CAPTION_MAX = 300;

/** Lines of extracted blocks as units of one virtual text. */
function blocksToUnits(blocks: TextBlock[]): { text: string; units: LineUnit[] } {
  const parts: string[] = [];
  const units: LineUnit[] = [];
  let pos = 0;
  blocks.forEach((b, k) => {
    if (k > 0) {
      parts.push('\n\n');
      pos += 2;
    }
    b.text.split('\n').forEach((line, j) => {
      if (j > 0) {
        parts.push('\n');
        pos += 1;
      }
      parts.push(line);
      units.push({ text: line, start: pos, end: pos + line.length, block: k });
      pos += line.length;
    });
  });
  return { text: parts.join(''), units };
}

/**
 * The kept pieces of `text` as the clean text: lines of one block joined by a line break, blocks by
 * a blank line; removed lines and inline removals skipped. The map goes back to `text`.
 */
function assemble(text: string, units: LineUnit[], d: LineDecisions): { text: string; map: OffsetMap; paragraphs: Span[] } {
  const builder = new OffsetMapBuilder();
  const inlineByUnit = new Map<number, Span[]>();
  let ui = 0;
  for (const r of [...d.inline].sort((a, b) => a.start - b.start)) {
    while (ui < units.length && units[ui].end <= r.start) ui++;
    if (ui < units.length) inlineByUnit.set(ui, [...(inlineByUnit.get(ui) ?? []), r]);
  }
  const out: string[] = [];
  let outLen = 0;
  let pos = 0;
  let lastBlock = -1;
  const paragraphs: Span[] = [];
  units.forEach((u, k) => {
    if (d.removedLine[k]) return;
    let s = u.start;
    const e = u.end;
    // The line minus its inline removals (footnote markers), as pieces copied one after another.
    const pieces: Span[] = [];
    for (const r of inlineByUnit.get(k) ?? []) {
      if (r.start > s) pieces.push({ start: s, end: r.start });
      s = r.end;
    }
    if (e > s) pieces.push({ start: s, end: e });
    pieces.forEach((p, j) => {
      let sep = '';
      if (j === 0 && outLen > 0) sep = u.block !== lastBlock ? '\n\n' : '\n';
      if (sep === '\n\n') {
        paragraphs[paragraphs.length - 1].end = outLen;
      }
      if (j === 0 && (outLen === 0 || sep === '\n\n')) paragraphs.push({ start: outLen + sep.length, end: outLen + sep.length });
      builder.replace(p.start - pos, sep.length);
      out.push(sep, text.slice(p.start, p.end));
      builder.copy(p.end - p.start);
      outLen += sep.length + (p.end - p.start);
      pos = p.end;
    });
    if (pieces.length) lastBlock = u.block;
  });
  if (paragraphs.length) paragraphs[paragraphs.length - 1].end = outLen;
  return { text: out.join(''), map: builder.build(), paragraphs: paragraphs.filter((p) => p.end > p.start) };
}

/** Removal records for removed lines and inline spans, offsets taken back to the input by `map`. */
function removals(units: LineUnit[], d: LineDecisions, text: string, map: OffsetMap): Removal[] {
  const out: Removal[] = [];
  units.forEach((u, k) => {
    const reason = d.removedLine[k];
    if (reason) out.push({ start: toInputOffset(map, u.start), end: toInputOffset(map, u.end), reason, text: text.slice(u.start, u.end) });
  });
  for (const r of d.inline) out.push({ start: toInputOffset(map, r.start), end: toInputOffset(map, r.end), reason: r.reason, text: text.slice(r.start, r.end) });
  return out.sort((a, b) => a.start - b.start);
}

/** The page's linear text, and the same with white space collapsed (`flat`), `at` mapping back. */
interface FlatPage {
  linear: ReturnType<typeof htmlToText>;
  lt: string;
  at: Int32Array;
  n: number;
  flat: string;
}

function flattenPage(raw: string): FlatPage {
  const linear = htmlToText(raw);
  // Collapse white space of the linear text, keeping for each kept character its linear position.
  const lt = linear.text;
  const at = new Int32Array(lt.length + 1);
  const pieces: string[] = [];
  let n = 0;
  for (const m of lt.matchAll(/\S+/g)) {
    if (n > 0) {
      pieces.push(' ');
      at[n++] = m.index - 1;
    }
    pieces.push(m[0]);
    for (let j = 0; j < m[0].length; j++) at[n++] = m.index + j;
  }
  return { linear, lt, at, n, flat: pieces.join('') };
}

/**
 * Paragraphs Readability dropped from inside the article: text between two extracted blocks in
 * page order that reads like prose (long, several words, ending like a sentence) is put back.
 * Readability's conditional cleaning removes whole containers (a list, a table, a div of
 * paragraphs) on link and image counts, which loses article text on many real pages.
 */
function restoreInnerGaps(page: FlatPage, blocks: TextBlock[]): TextBlock[] {
  if (blocks.length < 2) return blocks;
  const { lt, at, n, flat } = page;
  const out: TextBlock[] = [];
  let cursor = 0;
  let prevEnd = -1;
  for (const b of blocks) {
    const needle = b.text.replace(/\s+/g, ' ').trim();
    const found = needle ? flat.indexOf(needle, cursor) : -1;
    if (found >= 0) {
      if (prevEnd >= 0 && found > prevEnd) {
        const gap = lt.slice(at[prevEnd], found < n ? at[found] : lt.length);
        for (const para of gap.split(/\n\s*\n/)) {
          const t = para.replace(/\s+/g, ' ').trim();
          if (t.length >= GAP_MIN_CHARS && t.split(' ').length >= 15 && /[.!?…"”»]$/u.test(t)) out.push({ text: t, kind: 'p', linkChars: 0 });
        }
      }
      cursor = found + needle.length;
      prevEnd = cursor;
    }
    out.push(b);
  }
  return out;
}

/** A paragraph put back from between extracted blocks has at least this many characters. */
const GAP_MIN_CHARS = 150;

/**
 * Finds each extracted line in the page's linear text (tags stripped, white space collapsed) to map
 * the extracted text back to the HTML, and lists the visible text between found lines as removed
 * page furniture (`not-main-text`). A line the DOM rendered differently is found by its start, or
 * left to the previous anchor.
 */
function locateInPage(raw: string, page: FlatPage, virtual: string, units: LineUnit[]): { map: OffsetMap; gaps: Removal[] } {
  const { linear, lt, at, n, flat } = page;
  const toRaw = (p: number): number => toInputOffset(linear.map, p < n ? at[p] : lt.length);
  const clean: number[] = [0];
  const input: number[] = [0];
  const push = (c: number, i: number): void => {
    if (c < clean[clean.length - 1] || i < input[input.length - 1]) return;
    if (c === clean[clean.length - 1]) input[input.length - 1] = i;
    else {
      clean.push(c);
      input.push(i);
    }
  };
  const gaps: Removal[] = [];
  let cursor = 0;
  for (const u of units) {
    const needle = u.text.replace(/\s+/g, ' ').trim();
    if (!needle) continue;
    let found = flat.indexOf(needle, cursor);
    let length = needle.length;
    if (found < 0 && needle.length > 24) {
      found = flat.indexOf(needle.slice(0, 24), cursor);
      length = 0;
    }
    if (found < 0) continue;
    if (found > cursor) {
      const gapText = flat.slice(cursor, found).trim();
      if (gapText && gaps.length < MAX_REMOVALS) gaps.push({ start: toRaw(cursor), end: toRaw(found), reason: 'not-main-text', text: gapText.length > 500 ? `${gapText.slice(0, 500)}…` : gapText });
    }
    // Anchor the line's start; within an exact match, anchor each place where the linear text's
    // positions jump (collapsed white space, decoded entities), so offsets stay exact.
    push(u.start, toRaw(found));
    if (length > 0 && virtual.slice(u.start, u.end) === needle) {
      for (let j = 1; j < length; j++) {
        if (at[found + j] - at[found + j - 1] !== 1 || toRaw(found + j) - toRaw(found + j - 1) !== 1) push(u.start + j, toRaw(found + j));
      }
      push(u.end, toRaw(found + length - 1) + 1);
      cursor = found + length;
    } else cursor = found + Math.max(1, length);
  }
  if (cursor < flat.length) {
    const tail = flat.slice(cursor).trim();
    if (tail && gaps.length < MAX_REMOVALS) gaps.push({ start: toRaw(cursor), end: raw.length, reason: 'not-main-text', text: tail.length > 500 ? `${tail.slice(0, 500)}…` : tail });
  }
  return { map: { clean, input }, gaps };
}

/** Paragraph spans of a clean text, whose paragraphs are separated by a blank line. */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n\n/g)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + 2;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function capRemovals(list: Removal[]): Removal[] {
  if (list.length <= MAX_REMOVALS) return list;
  const rest = list.slice(MAX_REMOVALS - 1);
  return [...list.slice(0, MAX_REMOVALS - 1), { start: rest[0].start, end: rest[rest.length - 1].end, reason: 'many-removals', text: `${rest.length} further removals` }];
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
}

/**
 * True when a decoded document is binary rather than text: many control characters or replacement
 * characters (undecodable bytes) in its first 64 KiB.
 */
export function looksBinary(raw: string): boolean {
  const sample = raw.length > 65_536 ? raw.slice(0, 65_536) : raw;
  if (!sample.length) return false;
  // Control characters other than tab, line feed, form feed and carriage return; U+FFFD.
  const bad = sample.match(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return bad / sample.length > 0.05;
}

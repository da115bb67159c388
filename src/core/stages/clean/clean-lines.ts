import type { Span } from '../../article.js';
import { bylineOf, classifyLine, comparable, slugsIn, type FurnitureReason } from './classify-furniture.js';

/** One line of a document, with its place in the text it was cut from. */
export interface LineUnit extends Span {
  text: string;
  /** Index of the paragraph (block) the line belongs to. */
  block: number;
}

/** A removal decided on a line: the whole line or a span inside it (offsets in the same text). */
export interface LineRemoval extends Span {
  reason: FurnitureReason | 'footnote-marker' | 'generated-summary' | 'link-list';
}

/** What the line pass decided and learnt. */
export interface LineDecisions {
  /** Per unit: the reason it is removed, or null when it stays. */
  removedLine: Array<LineRemoval['reason'] | null>;
  /** Spans removed inside kept lines (footnote markers). */
  inline: LineRemoval[];
  /** The headline, when the text gave one (scraped text starts with it). */
  title: string | null;
  byline: string | null;
  tags: string[];
}

/** Options of the line pass. */
export interface LineOptions {
  /** A title already known (HTML metadata); when null, the pass looks for a headline line. */
  title: string | null;
  /** Look for a headline at the top (scraped text). */
  detectHeadline: boolean;
}

const BULLET = /^\s*(?:[-–•*·▪►]|\d{1,2}[.)])\s+/u;
const FOOTNOTE = /(?<=[\p{L}\p{N}.,;:!?)"”’»])\[\d{1,3}\]/gu;
const ENDS_SENTENCE = /[.!?…。！？]["'”’»)]*$/u;

/**
 * The line pass shared by scraped text and extracted HTML: finds the headline of scraped text,
 * classifies every line (see `classifyLine`), takes bylines and tags out into metadata, removes a
 * trailing run of generated summary bullets stuffed with topic slugs, and footnote markers.
 */
export function cleanLines(units: LineUnit[], options: LineOptions): LineDecisions {
  const removedLine: Array<LineRemoval['reason'] | null> = units.map(() => null);
  const inline: LineRemoval[] = [];
  const tags: string[] = [];
  let byline: string | null = null;
  let title = options.title;
  let headlineFound = false;

  if (!title && options.detectHeadline) {
    const h = findHeadline(units);
    if (h >= 0) {
      title = units[h].text.trim();
      removedLine[h] = 'headline';
      headlineFound = true;
    }
  }
  for (let k = 0; k < units.length; k++) {
    if (removedLine[k]) continue;
    const verdict = classifyLine(units[k].text, { title });
    if (!verdict) continue;
    removedLine[k] = verdict.reason;
    if (verdict.reason === 'byline' && verdict.byline && !byline) byline = verdict.byline;
    if (verdict.tags) tags.push(...verdict.tags);
  }
  // A trailing run of bullets of which one is stuffed with topic slugs ("… covers
  // energy-prices and port-strikes …") is a machine-written summary appended to the article.
  let end = units.length;
  while (end > 0 && (removedLine[end - 1] || !units[end - 1].text.trim())) end--;
  let start = end;
  while (start > 0 && BULLET.test(units[start - 1].text) && !removedLine[start - 1]) start--;
  if (end > start) {
    const slugs = units.slice(start, end).flatMap((u) => slugsIn(u.text));
    if (slugs.length) {
      for (let k = start; k < end; k++) removedLine[k] = 'generated-summary';
      tags.push(...slugs);
    }
  }
  for (let k = 0; k < units.length; k++) {
    if (removedLine[k]) continue;
    for (const m of units[k].text.matchAll(FOOTNOTE)) {
      inline.push({ start: units[k].start + m.index, end: units[k].start + m.index + m[0].length, reason: 'footnote-marker' });
    }
  }
  return { removedLine, inline, title: headlineFound || options.title ? title : null, byline, tags: [...new Set(tags)] };
}

/**
 * The headline of scraped text: the first line that is not furniture, when it reads like a
 * headline: repeated further down, or short and followed by longer text, without the shape of a
 * lede (headlines run to about 100 characters; a lede sentence is longer and ends with a period).
 */
function findHeadline(units: LineUnit[]): number {
  let first = -1;
  for (let k = 0; k < units.length && k < 8; k++) {
    const t = units[k].text.trim();
    if (!t) continue;
    const verdict = classifyLine(t, { title: null });
    if (verdict && verdict.reason !== 'headline') continue;
    first = k;
    break;
  }
  if (first < 0) return -1;
  const t = units[first].text.trim();
  if (t.length > 200 || t.split(/\s+/).length > 30) return -1;
  const key = comparable(t);
  const repeated = units.some((u, k) => k !== first && (comparable(u.text) === key || comparable(u.text).startsWith(`${key} `)));
  if (repeated) return first;
  // The body must follow: a longer line after it.
  const next = units.slice(first + 1).find((u) => u.text.trim() && !classifyLine(u.text, { title: t }));
  if (!next || next.text.trim().length <= t.length) return -1;
  if (bylineOf(t)) return -1;
  const sentences = t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
  if (sentences > 1) return -1;
  if (!ENDS_SENTENCE.test(t)) return t.length >= 8 ? first : -1;
  return t.length <= 100 ? first : -1;
}

import type { Article } from './article.js';
import { withoutDateline } from './stages/clean/dateline-date.js';

/** An article's publication time and where it came from. */
export interface Publication {
  /** ISO date or date-time, or null when nothing gave one. */
  published: string | null;
  /**
   * `input:record`, `input:front-matter`, `input:file-name`, `input:option`, `input:default`, `input:feed`,
   * `input:page` (the input gave it), or `document:…` (the clean stage found it in the document:
   * `document:json-ld:datePublished`, `document:meta:article:published_time`, `document:text:dateline`, …);
   * null when there is none.
   */
  source: string | null;
}

/** What an article says of itself: the input's metadata, else what the clean stage found in the document. */
export interface ArticleFacts {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
}

/** The title, byline, outlet and publication date an article is listed, stored and exported with. */
export function articleFacts(article: Article): ArticleFacts {
  const s = article.source;
  const c = article.clean;
  return { title: s.title ?? c?.title ?? null, byline: s.author ?? c?.byline ?? null, outlet: s.outlet ?? c?.outlet ?? null, published: publicationOf(article).published };
}

/** What a list shows for an article without a title, before the start of its text. */
export const UNTITLED = '[no title]';

/**
 * The label a list shows an article by: its title, else the start of its first sentence (without a
 * wire dateline), cut at a word near `max` characters and marked `[no title]`, so a scraped text
 * that came without a headline is not an empty row. The stored and exported title stays null.
 */
export function displayTitle(title: string | null | undefined, text: string | null | undefined, max = 80): string {
  if (title?.trim()) return title;
  const first = (text ?? '').trim().split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u)[0] ?? '';
  const lead = withoutDateline(first).replace(/\s+/gu, ' ').trim();
  if (!lead) return UNTITLED;
  if (lead.length <= max) return `${UNTITLED} ${lead}`;
  const cut = lead.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${UNTITLED} ${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '')}…`;
}

// Input dates that only stand in for the document's own: a date at the head of the file name, a
// feed item's date, `ingest --published` (issue 6, point 3: metadata, else a dateline, else the feed
// or the file).
const FALLBACK_INPUTS: ReadonlySet<string> = new Set(['file-name', 'feed', 'default']);

/**
 * The publication date an article is dated by: the input's (a record's field, front matter,
 * `analyze --published`, a fetched page's metadata), else the one the clean stage found in the document
 * (metadata, then a dateline), else the date of the feed item or of the file name, with where it
 * came from. The modification date is kept apart (`clean.modified`) and never stands in for it.
 */
export function publicationOf(article: Article): Publication {
  const from = article.source.origin.publishedFrom;
  if (article.source.published && !(from && FALLBACK_INPUTS.has(from) && article.clean?.published)) {
    return { published: article.source.published, source: `input:${article.source.origin.publishedFrom ?? 'record'}` };
  }
  const clean = article.clean;
  if (clean?.published) return { published: clean.published, source: `document:${clean.sources?.published ?? 'metadata'}` };
  return { published: null, source: null };
}

import type { Article } from './article.js';

/** An article's publication time and where it came from. */
export interface Publication {
  /** ISO date or date-time, or null when nothing gave one. */
  published: string | null;
  /**
   * `input:record`, `input:front-matter`, `input:file-name`, `input:option`, `input:feed`,
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
  return { title: s.title ?? c?.title ?? null, byline: s.author ?? c?.byline ?? null, outlet: s.outlet ?? c?.outlet ?? null, published: s.published ?? c?.published ?? null };
}

/**
 * The publication date an article is dated by: the input's, else the one the clean stage found in
 * the document (metadata, then a dateline), with where it came from. The modification date is kept
 * apart (`clean.modified`) and never stands in for it.
 */
export function publicationOf(article: Article): Publication {
  if (article.source.published) {
    return { published: article.source.published, source: `input:${article.source.origin.publishedFrom ?? 'record'}` };
  }
  const clean = article.clean;
  if (clean?.published) return { published: clean.published, source: `document:${clean.sources?.published ?? 'metadata'}` };
  return { published: null, source: null };
}

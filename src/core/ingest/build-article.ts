import { createHash } from 'node:crypto';
import type { Article, ArticleSource } from '../article.js';

/**
 * The id of a document: a hash of what makes it this document (format, outlet, URL and its text
 * with white space folded). The same document ingested twice gets the same id, so ingest is
 * idempotent; the same wire text published by two outlets stays two articles (duplicate detection
 * links them later).
 */
export function articleId(source: ArticleSource): string {
  const text = source.raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const hash = createHash('sha256');
  hash.update(`${source.format}\u0000${source.outlet ?? ''}\u0000${source.url ?? ''}\u0000`);
  hash.update(text);
  return hash.digest('hex').slice(0, 16);
}

/** A new article for a source, before any stage has run. */
export function newArticle(source: ArticleSource): Article {
  return { id: articleId(source), source, trace: [], versions: {} };
}

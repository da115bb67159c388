import { articleFacts, publicationOf } from '../publication.js';
import type { StoredArticle } from '../store/store.js';

/** Where clustering placed an article, with the ids as exports show them. */
export interface ExportPlacement {
  duplicateOf: string | null;
  eventId: string | null;
  storyId: string | null;
}

/** The CSV columns of an article export (the text is added on request). */
export const EXPORT_CSV_COLUMNS = [
  'id', 'storyline_id', 'outlet', 'published', 'published_source', 'title', 'byline', 'url', 'language', 'duplicate_of', 'event_id',
  'story_id', 'entities', 'quotes', 'dates',
] as const;

/**
 * One article as an export record. `id` is the input record's own id when it had one, else the
 * Storyline id (`storyline_id`, a content hash, always present). `duplicate_of` (in the same id
 * space as `id`), `event_id` and `story_id` are null until clustering has placed the article.
 */
export function exportRecord(article: StoredArticle, placement: ExportPlacement | null = null): Record<string, unknown> {
  const clean = article.clean;
  const publication = publicationOf(article);
  const facts = articleFacts(article);
  return {
    id: article.source.externalId ?? article.id,
    storyline_id: article.id,
    outlet: facts.outlet,
    published: publication.published,
    published_source: publication.source,
    modified: clean?.modified ?? null,
    title: facts.title,
    byline: facts.byline,
    url: article.source.url ?? null,
    language: article.language?.code ?? article.source.language ?? null,
    duplicate_of: placement?.duplicateOf ?? null,
    event_id: placement?.eventId ?? null,
    story_id: placement?.storyId ?? null,
    tags: clean?.tags ?? [],
    text: clean?.text ?? '',
    entities: article.entities ?? [],
    quotes: article.quotes ?? [],
    dates: article.dates ?? [],
    metadata: article.source.metadata,
    origin: article.source.origin,
    stages: article.versions,
    ingested_at: article.ingestedAt,
  };
}

/** One CSV row (RFC 4180): arrays and objects as JSON, quotes doubled, CRLF line end. */
export function toCsvRow(values: unknown[]): string {
  return values.map((v) => {
    if (v === null || v === undefined) return '';
    const s = typeof v === 'object' ? (Array.isArray(v) ? String(v.length) : JSON.stringify(v)) : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',') + '\r\n';
}

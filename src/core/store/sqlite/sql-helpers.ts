import type { ArticleFilter, PageRequest } from '../store.js';

/** Page size when none is asked for, and the largest page served. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

/** A page request made safe: a whole limit in 1..MAX_LIMIT and a non-negative offset. */
export function pageOf(page: PageRequest, fallback = DEFAULT_LIMIT): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? fallback)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}

/**
 * SQL conditions on the `articles` table (aliased `a`) for an article filter, with named
 * parameters. A date-only `until` includes the whole day.
 */
export function articleConditions(filter: ArticleFilter): { parts: string[]; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (filter.outlet) {
    parts.push('a.outlet = @outlet COLLATE NOCASE');
    params.outlet = filter.outlet;
  }
  if (filter.language) {
    parts.push('a.language = @language');
    params.language = filter.language;
  }
  if (filter.since) {
    parts.push('a.published >= @since');
    params.since = filter.since;
  }
  if (filter.until) {
    parts.push(/^\d{4}-\d{2}-\d{2}$/.test(filter.until) ? "a.published < date(@until, '+1 day')" : 'a.published <= @until');
    params.until = filter.until;
  }
  return { parts, params };
}

import type { ArticleFilter } from '../store.js';

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

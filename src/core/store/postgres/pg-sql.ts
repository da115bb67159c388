import type { ArticleFilter } from '../store.js';
import type { Params } from './pg-db.js';

/**
 * SQL conditions on the `articles` table (aliased `a`) for an article filter, as the SQLite adapter
 * makes them (sqlite/sql-helpers.ts): outlet without regard to case, a date-only `until` includes
 * the whole day, an impossible date matches nothing (SQLite's date() gives NULL there).
 */
export function pgArticleConditions(filter: ArticleFilter, p: Params): string[] {
  const parts: string[] = [];
  if (filter.outlet) parts.push(`lower(a.outlet) = lower(${p.add(filter.outlet)} COLLATE "C")`);
  if (filter.language) parts.push(`a.language = ${p.add(filter.language)}`);
  if (filter.since) parts.push(`a.published >= ${p.add(filter.since)}`);
  if (filter.until) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(filter.until)) {
      const next = nextDay(filter.until);
      parts.push(next ? `a.published < ${p.add(next)}` : 'FALSE');
    } else {
      parts.push(`a.published <= ${p.add(filter.until)}`);
    }
  }
  return parts;
}

/**
 * The ISO day after `day` (YYYY-MM-DD) as SQLite's `date(day, '+1 day')` computes it: months 1–12
 * and days 1–31 are accepted and an overflowing day rolls into the next month (02-30 → 03-03);
 * anything else gives null.
 */
export function nextDay(day: string): string | null {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d + 1);
  return t.toISOString().slice(0, 10);
}

/** `WHERE a AND b` (or `AND a AND b` to extend a clause), or '' when there is nothing. */
export function joinConditions(parts: string[], joiner: 'WHERE' | 'AND' = 'WHERE'): string {
  return parts.length ? `${joiner} ${parts.join(' AND ')}` : '';
}

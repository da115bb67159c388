import { href } from '../router.js';

/**
 * Previous/next links for a page of an API list, keeping the other query values. Pages are links,
 * so the browser's history and keyboard work as for any link.
 */
export function Pager({ path, query, total, limit, offset, label }: {
  path: string;
  query: Record<string, string | undefined>;
  total: number;
  limit: number;
  offset: number;
  label: string;
}) {
  if (total <= limit && offset === 0) return null;
  const prev = offset > 0 ? href(path, { ...query, offset: Math.max(0, offset - limit) || undefined }) : null;
  const next = offset + limit < total ? href(path, { ...query, offset: offset + limit }) : null;
  return (
    <nav class="pager" aria-label={`${label} pages`}>
      {prev ? <a href={prev} rel="prev">← Previous</a> : <span class="disabled" aria-hidden="true">← Previous</span>}
      <span>
        {(offset + 1).toLocaleString('en')}–{Math.min(offset + limit, total).toLocaleString('en')} of {total.toLocaleString('en')}
      </span>
      {next ? <a href={next} rel="next">Next →</a> : <span class="disabled" aria-hidden="true">Next →</span>}
    </nav>
  );
}

/** The offset query value of a page, as a non-negative integer. */
export function offsetOf(query: URLSearchParams): number {
  const n = Number(query.get('offset') ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

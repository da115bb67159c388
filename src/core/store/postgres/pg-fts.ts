import { toFtsQuery } from '../fts-query.js';

/**
 * Turns what a person types into a `to_tsquery` string with the same meaning as the SQLite adapter's
 * FTS5 query: both start from `toFtsQuery` (fts-query.ts), whose output has only three kinds of
 * token — `"words"` (a term, or a phrase when it holds several), `"word"*` (a prefix) and `OR`.
 * Terms hold only letters and digits, so quoting them as `'term'` can never make a syntax error.
 * Adjacent tokens must all match (`&`), `OR` is an alternative (`|`), and `&` binds tighter than
 * `|` in both engines: `a b OR c` is `(a AND b) OR c`. Returns null when nothing searchable is left.
 */
export function toTsQuery(input: string): string | null {
  const fts = toFtsQuery(input);
  if (!fts) return null;
  const out: string[] = [];
  for (const m of fts.matchAll(/"([^"]*)"(\*)?|OR/g)) {
    if (m[0] === 'OR') {
      out.push('|');
      continue;
    }
    const words = (m[1] ?? '').split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const prefix = m[2] === '*';
    const lexemes = words.map((w, i) => `'${w}'${prefix && i === words.length - 1 ? ':*' : ''}`);
    const term = lexemes.length > 1 ? `(${lexemes.join(' <-> ')})` : lexemes[0]!;
    if (out.length && out[out.length - 1] !== '|') out.push('&');
    out.push(term);
  }
  return out.length ? out.join(' ') : null;
}

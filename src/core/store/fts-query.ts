/**
 * Turns what a person types into a safe full-text query: words are matched as terms (all must
 * occur), "quoted phrases" as phrases, a trailing `*` as a prefix, `OR` between terms as an
 * alternative. Anything else (operators, punctuation, column filters) is treated as text, so no
 * input can raise a query syntax error. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = terms(m[1]);
      if (words.length) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2];
    if (raw === 'OR' && parts.length && parts[parts.length - 1] !== 'OR') {
      parts.push('OR');
      continue;
    }
    const prefix = raw.endsWith('*');
    for (const [k, w] of terms(raw).entries()) parts.push(`"${w}"${prefix && k === terms(raw).length - 1 ? '*' : ''}`);
  }
  while (parts.length && parts[parts.length - 1] === 'OR') parts.pop();
  while (parts.length && parts[0] === 'OR') parts.shift();
  return parts.length ? parts.join(' ') : null;
}

function terms(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+/gu) ?? [];
}

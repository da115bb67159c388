// Dates, numbers and external links as the UI shows them.

/** `2025-03-14` from an ISO date or date-time (the date as stored, UTC). */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.slice(0, 10);
}

/** `2025-03-14 – 2025-04-02`, or one day when both are the same. */
export function range(first: string | null | undefined, last: string | null | undefined): string {
  const a = day(first);
  const b = day(last);
  return a === b ? a : `${a} – ${b}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/**
 * The start of a calendar value (`2025-06-11`, `2025-W24`, `2025-06`, `2025`, or an ISO date-time)
 * as a UTC Date, or null when it is none of these.
 */
export function calendarStart(value: string | null | undefined): Date | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (+m[2] - 1) * 7 * 86_400_000);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, 1));
  m = /^(\d{4})$/.exec(value);
  if (m) return new Date(Date.UTC(+m[1], 0, 1));
  return null;
}

/** `2025-03-14` of a UTC Date. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * An article-provided URL fit for an href: only http and https, else null (a `javascript:`,
 * `data:` or relative URL is shown as text, never linked).
 */
export function safeExternalUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

import { FURNITURE_LEXICONS } from './lang/index.js';

// Month names by number, from every lexicon's first twelve entries (full names, in order).
const MONTHS: Array<{ name: string; month: number }> = Object.values(FURNITURE_LEXICONS).flatMap((l) =>
  l.months.length >= 12 ? l.months.slice(0, 12).map((name, k) => ({ name: name.toLowerCase(), month: k + 1 })) : []);

function monthOf(token: string): number | null {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (t.length < 3) return null;
  for (const m of MONTHS) if (m.name === t || (t.length >= 3 && t.length < m.name.length && m.name.startsWith(t))) return m.month;
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > days[m - 1]) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The calendar date of a dateline ("23.10.2018", "6. Mai 2014", "May 3, 2021", "3 May 2021",
 * "2021-05-03"), as `YYYY-MM-DD`, or null. Day-first for numeric dates with dots (the European
 * convention); slashes are ambiguous and left alone.
 */
export function datelineDate(text: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return valid(+iso[1], +iso[2], +iso[3]);
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (dotted) return valid(+dotted[3], +dotted[2], +dotted[1]);
  const dayFirst = /\b(\d{1,2})\.?\s+(\p{L}{3,}\.?)\s+(\d{4})\b/u.exec(text);
  if (dayFirst) {
    const m = monthOf(dayFirst[2]);
    if (m) return valid(+dayFirst[3], m, +dayFirst[1]);
  }
  const monthFirst = /(\p{L}{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(text);
  if (monthFirst) {
    const m = monthOf(monthFirst[1]);
    if (m) return valid(+monthFirst[3], m, +monthFirst[2]);
  }
  return null;
}

/**
 * A wire dateline opening a sentence: a place in capitals, then optionally a region and a date after
 * commas and the agency in brackets, then a dash ("SOLVYN, Tarvany, May 6 (Northwire) - ",
 * "WASHINGTON (AP) — ", "KYIV — ").
 */
const LEADING_DATELINE = /^\p{Lu}{2}[\p{Lu}\p{M} .'’-]{0,40}(?:,[^()\n—–]{1,60}?)?(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[-—–])\s+(?=\p{Lu}|["“‘«„])/u;

/** The sentence without a wire dateline at its start (see `LEADING_DATELINE`); as given without one. */
export function withoutDateline(sentence: string): string {
  const m = LEADING_DATELINE.exec(sentence);
  return m ? sentence.slice(m[0].length) : sentence;
}

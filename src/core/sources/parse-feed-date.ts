/**
 * Feed dates: RFC 822/1123 (RSS `pubDate`) and ISO 8601 / RFC 3339 (Atom, JSON Feed, `dc:date`),
 * parsed strictly enough that nonsense becomes null rather than a guessed date. `Date.parse` is not
 * used: it accepts too much and differs across engines.
 */
import { FEED_DATE_MONTHS, FEED_DATE_ZONES } from './feed-date-tables.js';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offsetMinutes: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // 24:00:00 is not accepted; a leap second is folded into :59.
  if (hour > 23 || minute > 59 || second > 60) return null;
  if (year < 1000 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millis) - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** Offset in minutes of `+0300`, `-07:00`, `Z`, or a named zone; undefined when unknown. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === '') return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const hours = Number(numeric[2]);
    const minutes = Number(numeric[3]);
    if (hours > 23 || minutes > 59) return undefined;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  if (!/^[A-Za-z]{1,5}$/.test(zone)) return undefined;
  // RFC 2822 §4.3: an unknown or military zone means "no zone information"; read it as UTC.
  return (FEED_DATE_ZONES[zone.toUpperCase()] ?? 0) * 60;
}

const RFC822 = /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?$/;
const RFC822_DATE_ONLY = /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a feed date to an ISO 8601 UTC string, or null when it is not a valid date. A date without
 * a zone is taken as UTC (RFC 822 requires a zone; ISO dates without one are usually UTC in feeds).
 */
export function parseFeedDate(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 64) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const offset = zoneOffset(iso[8] && iso[8].toUpperCase() !== 'Z' ? iso[8] : undefined);
    if (offset === undefined) return null;
    const millis = iso[7] ? Number(iso[7].slice(0, 3).padEnd(3, '0')) : 0;
    return build(+iso[1], +iso[2], +iso[3], +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), millis, offset);
  }
  const rfc = RFC822.exec(text) ?? RFC822_DATE_ONLY.exec(text);
  if (rfc) {
    const month = FEED_DATE_MONTHS[rfc[2].toLowerCase()];
    if (month === undefined) return null;
    let year = Number(rfc[3]);
    // RFC 822 two-digit years; RFC 2822 §4.3 reads 00–49 as 20xx and 50–99 as 19xx.
    if (rfc[3].length === 2) year += year < 50 ? 2000 : 1900;
    const offset = zoneOffset(rfc[7]);
    if (offset === undefined) return null;
    return build(year, month, +rfc[1], +(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0), 0, offset);
  }
  return null;
}

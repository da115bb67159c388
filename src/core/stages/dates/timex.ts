/**
 * Calendar arithmetic and TIMEX3 value formatting. Everything works on plain UTC calendar days so
 * that no time zone of the machine leaks into a value.
 */

/** A calendar day. `m` is 1..12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** The UTC calendar day of a Date. */
export function dayOf(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Days since 1970-01-01. */
function serial(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

function fromSerial(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** `day` moved by `n` days. */
export function addDays(day: Day, n: number): Day {
  return fromSerial(serial(day) + n);
}

/** Year and month moved by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + n;
  return { y: Math.floor(total / 12), m: (total % 12 + 12) % 12 + 1 };
}

/** ISO weekday, 1 = Monday .. 7 = Sunday. */
export function isoWeekday(day: Day): number {
  const w = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  // The Thursday of the same ISO week decides the week-numbering year.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor((serial(thursday) - serial(jan1)) / 7) + 1 };
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether y-m-d is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Compares two days: negative when a is earlier. */
export function compareDays(a: Day, b: Day): number {
  return serial(a) - serial(b);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** `YYYY`. */
export function fmtYear(y: number): string {
  return pad(y, 4);
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

/** `YYYY-MM-DD`. */
export function fmtDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

/** `YYYY-Www` of the ISO week holding `day`. */
export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${pad(y, 4)}-W${pad(w, 2)}`;
}

/** `YYYY-Qn`. */
export function fmtQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** `YYYY-MM-DDThh:mm`. */
export function fmtTime(day: Day, hour: number, minute: number): string {
  return `${fmtDay(day)}T${pad(hour, 2)}:${pad(minute, 2)}`;
}

/** The quarter (1..4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/**
 * The year in which a year-less month (and optionally day) falls, seen from the reference. News
 * gives a year whenever a date is far from publication, so a year-less date is near it: `past` takes
 * the last such date on or before the reference unless the date lies at most two months ahead (an
 * offer "was extended to Nov. 16"); `future` the next on or after it unless it lies at most a month
 * behind ("through Oct. 19"); `nearest` leans to the past, as news does.
 */
export function resolveYear(ref: Day, m: number, d: number | null, direction: 'past' | 'future' | 'nearest'): number {
  if (d === null) {
    const diff = m - ref.m;
    if (direction === 'past') return diff <= 1 ? ref.y : ref.y - 1;
    if (direction === 'future') return diff >= -1 ? ref.y : ref.y + 1;
    if (diff > 4) return ref.y - 1;
    if (diff < -8) return ref.y + 1;
    return ref.y;
  }
  const ahead = serial({ y: ref.y, m, d: Math.min(d, daysInMonth(ref.y, m)) }) - serial(ref);
  if (direction === 'past') return ahead <= 60 ? ref.y : ref.y - 1;
  if (direction === 'future') return ahead >= -30 ? ref.y : ref.y + 1;
  if (ahead > 150) return ref.y - 1;
  if (ahead < -240) return ref.y + 1;
  return ref.y;
}

/** The day with ISO weekday `w` on or before (`past`) or on or after (`future`) the reference. */
export function resolveWeekday(ref: Day, w: number, direction: 'past' | 'future'): Day {
  const delta = w - isoWeekday(ref);
  if (direction === 'past') return addDays(ref, delta <= 0 ? delta : delta - 7);
  return addDays(ref, delta >= 0 ? delta : delta + 7);
}

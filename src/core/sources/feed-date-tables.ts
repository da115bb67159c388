/**
 * Data for `parseFeedDate`: month names and time-zone abbreviations as they appear in RSS `pubDate`
 * values. RFC 822 names only the US zones; the others are abbreviations real feeds use that have one
 * meaning (ambiguous ones such as IST are left out on purpose and read as UTC).
 */

/** English month names and abbreviations (RFC 822 uses the three-letter forms) → month number. */
export const FEED_DATE_MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

/** Zone abbreviation → offset from UTC in hours. */
export const FEED_DATE_ZONES: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  AKST: -9, AKDT: -8, HST: -10,
  WET: 0, WEST: 1, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3,
  JST: 9, KST: 9, HKT: 8, SGT: 8, AEST: 10, AEDT: 11, NZST: 12, NZDT: 13,
};

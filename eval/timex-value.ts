/** TIMEX3 values compared the way the TempEval-3 scorer and the seeds gold mean them. */

/** TempEval-3 value normalisation for comparison (case, `-W05` weeks, hour-only times). */
export function canonical(value: string): string {
  return value.toUpperCase().replace(/-W0(\d)\b/, '-W$1').replace(/T(\d\d)$/, 'T$1:00');
}

/** Canonical duration: `P3.5Y` and `P3Y6M` are the same length (ISO 8601 allows either). */
function canonicalDuration(value: string): string {
  const m = /^P(\d+(?:\.\d+)?)Y$/.exec(value);
  if (!m || !m[1].includes('.')) return canonical(value);
  const years = Number(m[1]);
  const months = Math.round((years - Math.floor(years)) * 12);
  return `P${Math.floor(years)}Y${months}M`;
}

/** Whether two TIMEX3 values name the same date, time, duration or reference. */
export function sameTimexValue(a: string, b: string): boolean {
  return canonicalDuration(a) === canonicalDuration(b);
}

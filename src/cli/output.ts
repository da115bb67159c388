/** Formats rows as an aligned text table; long cells are cut with an ellipsis. */
export function table(headers: string[], rows: Array<Array<string | number | null | undefined>>, maxWidth = 60): string {
  const cells = rows.map((r) => r.map((c) => cut(c === null || c === undefined ? '' : String(c), maxWidth)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

function cut(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A value as JSON text with a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A one-line progress bar for a terminal: done/total as a bar when the total is known, the rate
 * and the remaining time. Redrawn at most ten times a second.
 */
export class ProgressBar {
  private last = 0;
  constructor(private readonly write: (s: string) => void, private readonly label: string) {}

  update(done: number, total: number, counts: string, rate: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    let bar = '';
    let eta = '';
    if (total > 0) {
      const ratio = Math.min(1, done / total);
      const filled = Math.round(ratio * width);
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% `;
      if (ratio > 0 && ratio < 1) eta = ` ~${formatSeconds(((1 - ratio) / ratio) * (this.elapsed()))} left`;
    }
    this.write(`\r\x1b[2K${this.label} ${bar}${counts} ${rate.toFixed(0)} articles/s${eta}`);
  }

  private started = Date.now();
  private elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  done(): void {
    this.write('\r\x1b[2K');
  }
}

/** A count with its noun, singular for one ("1 event", "2 events"); `plural` for irregular nouns. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** 75 → "1m15s". */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

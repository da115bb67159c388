import { scaleLinear, scaleUtc } from 'd3-scale';
import { area, curveStepAfter } from 'd3-shape';
import { calendarStart, isoDay } from '../format.js';
import type { Coverage } from '../types.js';

const W = 120;
const H = 28;
const DAY = 86_400_000;

/**
 * Coverage over time as a small area chart: articles per day between the first and the last day,
 * summed into at most 60 bins so that a story of years draws as few points as one of weeks.
 */
export function Sparkline({ coverage, label }: { coverage: Coverage[]; label: string }) {
  const points = coverage.map((c) => ({ t: calendarStart(c.date), n: c.articles })).filter((p): p is { t: Date; n: number } => p.t !== null);
  if (points.length === 0) return <span class="sparkline-empty">no dates</span>;
  const t0 = Math.min(...points.map((p) => p.t.getTime()));
  const t1 = Math.max(...points.map((p) => p.t.getTime()));
  const days = Math.round((t1 - t0) / DAY) + 1;
  const bins = Math.min(60, days);
  const counts = new Array<number>(bins).fill(0);
  for (const p of points) counts[Math.min(bins - 1, Math.floor(((p.t.getTime() - t0) / DAY) * (bins / days)))] += p.n;
  const peak = Math.max(...counts);
  const peakPoint = points.reduce((a, b) => (b.n > a.n ? b : a));
  const x = scaleUtc().domain([new Date(t0), new Date(t1 + DAY)]).range([1, W - 1]);
  const y = scaleLinear().domain([0, peak]).range([H - 1, 2]);
  // Step shape: bin i covers [i, i+1); the closing point ends the last bin.
  const series = [...counts.map((n, i) => ({ i, n })), { i: bins, n: counts[bins - 1] }];
  const path = area<{ i: number; n: number }>()
    .x((d) => x(new Date(t0 + (d.i / bins) * (t1 + DAY - t0))))
    .y0(H - 1)
    .y1((d) => y(d.n))
    .curve(curveStepAfter)(series);
  const desc = `${label}: ${points.reduce((a, p) => a + p.n, 0)} articles from ${isoDay(new Date(t0))} to ${isoDay(new Date(t1))}, most on ${isoDay(peakPoint.t)} (${peakPoint.n})`;
  return (
    <svg class="sparkline" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={desc}>
      <title>{desc}</title>
      <path d={path ?? ''} class="spark-area" />
    </svg>
  );
}

import { scaleLinear, scaleUtc } from 'd3-scale';
import { calendarStart, isoDay } from '../format.js';
import type { TimelineItem } from '../types.js';

const W = 800;
const H = 150;
const M = { top: 10, right: 10, bottom: 24, left: 32 };
const DAY = 86_400_000;

/** The day an item is placed on: its governing date, else its publication day. */
export function itemDay(item: TimelineItem): Date | null {
  return calendarStart(item.date) ?? calendarStart(item.published);
}

const MAX_BARS = 120;

/**
 * Events and statements on a time axis, stacked (statements over events), in bins of one day or,
 * over a long span, of as many days as keep the chart under 120 bars: whatever the number of items,
 * a story of thousands of articles draws a hundred-odd rectangles.
 */
export function TimelineChart({ items }: { items: TimelineItem[] }) {
  const dated = items.map((it) => ({ it, d: itemDay(it) }));
  const times = dated.flatMap((x) => (x.d ? [x.d.getTime()] : []));
  if (times.length === 0) return <p class="status">Nothing in this timeline carries a date.</p>;
  const start = Math.min(...times);
  const spanDays = Math.round((Math.max(...times) - start) / DAY) + 1;
  const binDays = Math.max(1, Math.ceil(spanDays / MAX_BARS));
  const BIN = binDays * DAY;
  const perDay = new Map<number, { events: number; statements: number }>();
  let undated = 0;
  for (const { it, d } of dated) {
    if (!d) {
      undated++;
      continue;
    }
    const k = start + Math.floor((d.getTime() - start) / BIN) * BIN;
    const c = perDay.get(k) ?? { events: 0, statements: 0 };
    if (it.kind === 'statement') c.statements++;
    else c.events++;
    perDay.set(k, c);
  }
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const t0 = days[0];
  const t1 = days[days.length - 1] + BIN;
  const x = scaleUtc().domain([new Date(t0), new Date(t1)]).range([M.left, W - M.right]);
  const peak = Math.max(...[...perDay.values()].map((c) => c.events + c.statements));
  const y = scaleLinear().domain([0, peak]).range([H - M.bottom, M.top]).nice();
  const barW = Math.max(2, x(new Date(t0 + BIN)) - x(new Date(t0)) - 1);
  const ticks = x.ticks(Math.min(8, Math.max(2, days.length)));
  const fmt = x.tickFormat();
  const yTicks = y.ticks(Math.min(4, peak));
  const totalEvents = [...perDay.values()].reduce((a, c) => a + c.events, 0);
  const totalStatements = [...perDay.values()].reduce((a, c) => a + c.statements, 0);
  const desc = `${totalEvents} events and ${totalStatements} statements from ${isoDay(new Date(start))} to ${isoDay(new Date(Math.max(...times)))}` +
    (undated ? `; ${undated} undated` : '');
  return (
    <figure class="timeline-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc}>
        <title>{desc}</title>
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} class="grid" />
            <text x={M.left - 4} y={y(t) + 3} text-anchor="end" class="tick">{t}</text>
          </g>
        ))}
        {days.map((k) => {
          const c = perDay.get(k)!;
          const bx = x(new Date(k));
          return (
            <g key={k}>
              <title>{`${binDays === 1 ? isoDay(new Date(k)) : `${isoDay(new Date(k))} – ${isoDay(new Date(k + BIN - DAY))}`}: ${c.events} events, ${c.statements} statements`}</title>
              {c.events > 0 && <rect x={bx} width={barW} y={y(c.events)} height={y(0) - y(c.events)} class="bar-event" />}
              {c.statements > 0 && (
                <rect x={bx} width={barW} y={y(c.events + c.statements)} height={y(c.events) - y(c.events + c.statements)} class="bar-statement" />
              )}
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} class="axis" />
        {ticks.map((t) => (
          <text key={t.getTime()} x={x(t)} y={H - M.bottom + 14} text-anchor="middle" class="tick">{fmt(t)}</text>
        ))}
      </svg>
      <figcaption>
        <span class="key key-event">events</span> <span class="key key-statement">statements</span> {binDays === 1 ? 'per day' : `per ${binDays} days`}{undated ? ` · ${undated} undated` : ''}
      </figcaption>
    </figure>
  );
}

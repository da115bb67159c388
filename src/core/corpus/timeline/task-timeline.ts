/**
 * The SemEval-2015 Task 4 (TimeLine) format and metric, for evaluating entity timelines.
 *
 * Format: one line per event, `position \t date \t docId-sentenceId-token` (more tab-separated
 * mentions of the same event may follow); events at one position happen together, lower positions
 * come first, position 0 holds events that could not be ordered, `XXXX-XX-XX` is no date.
 *
 * Metric (Minard et al. 2015, the task's "ordering and time anchors" evaluation): a timeline is
 * turned into a graph of temporal relations, and the graphs are compared by temporal awareness
 * (UzZaman & Allen 2011): precision = |sys⁻ ∩ gold⁺| / |sys⁻|, recall = |gold⁻ ∩ sys⁺| / |gold⁻|,
 * where ⁻ is the reduced graph (no relation that the others imply) and ⁺ the closure.
 *
 * The graph: each event mention is a node; mentions at one position are SIMULTANEOUS, a lower
 * position is BEFORE a higher one; each date is a time node SIMULTANEOUS with the events it
 * anchors. Position-0 events are left out. A date that would make two positions simultaneous (the
 * same day at positions 9 and 10) contradicts the ordering; as in the TempEval-3 closure, the
 * inconsistent relation is dropped: a time node stays with the first position that has it.
 *
 * Since the positions order the whole graph, a node's place is its position's rank: the closure
 * holds SIMULTANEOUS(a, b) when the ranks are equal and BEFORE(a, b) when a's is lower. The reduced
 * graph is a chain of SIMULTANEOUS relations through each position's nodes (events in file order,
 * then its time nodes) and one BEFORE relation from each position's first node to the next's.
 */
import { sortKey } from './timeline-date.js';

/** One line of a timeline. */
export interface TaskTimelineRow {
  position: number;
  /** `2010-06-08`, `2006-03`, `1976`, or `XXXX-XX-XX` (no date). */
  date: string;
  /** Event mentions, `docId-sentenceId-token`; more than one when they corefer. */
  mentions: string[];
}

/** A relation of the graph: `<` BEFORE, `=` SIMULTANEOUS. */
export interface TaskRelation {
  a: string;
  b: string;
  type: '<' | '=';
}

/** A timeline's graph: each node's rank (its position's order), and the reduced relations. */
export interface TaskGraph {
  rank: Map<string, number>;
  reduced: TaskRelation[];
}

/**
 * Timeline rows from dated event mentions, the way the timeline queries order them: by the date's
 * calendar start (`sortKey`), a coarser date before a finer one that starts the same day, one
 * position per distinct date, all of a date's events together. Events without a date go to
 * position 0 (`XXXX-XX-XX`): nothing orders them.
 */
export function taskRows(events: ReadonlyArray<{ date: string | null; mention: string }>): TaskTimelineRow[] {
  const dates = [...new Set(events.map((e) => e.date).filter((d): d is string => d !== null))]
    .sort((x, y) => sortKey(x).localeCompare(sortKey(y)) || x.length - y.length || x.localeCompare(y));
  const seen = new Set<string>();
  const rows: TaskTimelineRow[] = [];
  for (const e of events) {
    if (seen.has(e.mention)) continue;
    seen.add(e.mention);
    rows.push(e.date === null ? { position: 0, date: 'XXXX-XX-XX', mentions: [e.mention] } : { position: dates.indexOf(e.date) + 1, date: e.date, mentions: [e.mention] });
  }
  return rows.sort((x, y) => x.position - y.position);
}

/** Parses a timeline file; the first line may be the entity's name (a line without tabs). */
export function parseTaskTimeline(text: string): TaskTimelineRow[] {
  const rows: TaskTimelineRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cols = line.split('\t').map((c) => c.trim());
    if (cols.length < 3 || !/^\d+$/.test(cols[0]!)) continue;
    rows.push({ position: Number(cols[0]), date: cols[1]!, mentions: cols.slice(2).filter((c) => c !== '') });
  }
  return rows;
}

/** Writes rows in the task's format, in position order. */
export function formatTaskTimeline(rows: readonly TaskTimelineRow[]): string {
  return [...rows].sort((x, y) => x.position - y.position).map((r) => `${r.position}\t${r.date}\t${r.mentions.join('\t')}\n`).join('');
}

/** A date anchors its events when it says at least the year (`XXXX-XX-XX` and typos of it do not). */
const anchoring = (date: string): boolean => /^\d{4}/.test(date);

/** The graph of a timeline (see the module comment). A mention listed twice keeps its first place. */
export function taskGraph(rows: readonly TaskTimelineRow[]): TaskGraph {
  const positions = [...new Set(rows.filter((r) => r.position > 0).map((r) => r.position))].sort((x, y) => x - y);
  const rank = new Map<string, number>();
  const members: string[][] = positions.map(() => []);
  for (const r of rows) {
    if (r.position <= 0) continue;
    const k = positions.indexOf(r.position);
    for (const m of r.mentions) {
      if (rank.has(m)) continue;
      rank.set(m, k);
      members[k]!.push(m);
    }
  }
  const byPosition = [...rows].filter((r) => r.position > 0).sort((x, y) => x.position - y.position);
  for (const r of byPosition) {
    if (!anchoring(r.date)) continue;
    const node = `TIMEX:${r.date}`;
    if (rank.has(node)) continue;
    const k = positions.indexOf(r.position);
    rank.set(node, k);
    members[k]!.push(node);
  }
  const reduced: TaskRelation[] = [];
  members.forEach((list, k) => {
    for (let i = 1; i < list.length; i++) reduced.push({ a: list[i - 1]!, b: list[i]!, type: '=' });
    const next = members[k + 1];
    if (list.length && next?.length) reduced.push({ a: list[0]!, b: next[0]!, type: '<' });
  });
  return { rank, reduced };
}

/** Whether the closure of a graph holds a relation. */
function implies(graph: TaskGraph, r: TaskRelation): boolean {
  const a = graph.rank.get(r.a);
  const b = graph.rank.get(r.b);
  if (a === undefined || b === undefined) return false;
  return r.type === '=' ? a === b : a < b;
}

/** Counts of temporal awareness for one timeline; add them up over timelines for the micro average. */
export interface AwarenessCounts {
  /** |sys⁻ ∩ gold⁺| and |sys⁻|. */
  systemCorrect: number;
  system: number;
  /** |gold⁻ ∩ sys⁺| and |gold⁻|. */
  goldCorrect: number;
  gold: number;
}

/** Temporal awareness counts of a system timeline against a gold one. */
export function temporalAwareness(system: readonly TaskTimelineRow[], gold: readonly TaskTimelineRow[]): AwarenessCounts {
  const s = taskGraph(system);
  const g = taskGraph(gold);
  return {
    systemCorrect: s.reduced.filter((r) => implies(g, r)).length,
    system: s.reduced.length,
    goldCorrect: g.reduced.filter((r) => implies(s, r)).length,
    gold: g.reduced.length,
  };
}

/** Precision, recall and F1 of summed counts (the task's micro average over target entities). */
export function awarenessScore(counts: readonly AwarenessCounts[]): { precision: number; recall: number; f1: number } {
  const sum = (k: keyof AwarenessCounts): number => counts.reduce((acc, c) => acc + c[k], 0);
  const precision = sum('system') ? sum('systemCorrect') / sum('system') : 0;
  const recall = sum('gold') ? sum('goldCorrect') / sum('gold') : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

// Splits an article's clean text into paragraphs of text runs and highlights (quotes around entity
// mentions and dates), from the offsets the pipeline stored. Everything stays text: the reader turns
// these runs into text nodes and elements, never into markup.
import type { StoredArticle } from './types.js';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; text: string; entity: number }
  | { kind: 'date'; text: string; date: number };

export type Run = Inline | { kind: 'quote'; quote: number; children: Inline[]; last: boolean };

interface Mark {
  start: number;
  end: number;
  kind: 'entity' | 'date';
  index: number;
}

const valid = (s: { start: number; end: number }, length: number): boolean =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.start < s.end;

/** Spans that do not overlap, earliest first, the longer one winning at the same start. */
function disjoint<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}

/** The article's highlight layers: quotes (outer) and entity mentions and dates (inner). */
export function layers(article: StoredArticle): { quotes: Array<{ start: number; end: number; index: number }>; marks: Mark[] } {
  const length = article.clean?.text.length ?? 0;
  const quotes = disjoint((article.quotes ?? []).map((q, index) => ({ start: q.start, end: q.end, index })).filter((q) => valid(q, length)));
  const marks: Mark[] = [];
  (article.entities ?? []).forEach((e, index) => {
    for (const m of e.mentions) if (!m.field && valid(m, length)) marks.push({ start: m.start, end: m.end, kind: 'entity', index });
  });
  (article.dates ?? []).forEach((d, index) => {
    if (valid(d, length)) marks.push({ start: d.start, end: d.end, kind: 'date', index });
  });
  return { quotes, marks: disjoint(marks) };
}

/** Paragraph spans: the stored ones, else blocks between blank lines. */
function paragraphs(text: string, stored: Array<{ start: number; end: number }> | undefined): Array<{ start: number; end: number }> {
  const ok = (stored ?? []).filter((p) => valid(p, text.length)).sort((a, b) => a.start - b.start);
  if (ok.length) return ok;
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function inline(text: string, marks: Mark[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = from;
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (s > at) out.push({ kind: 'text', text: text.slice(at, s) });
    out.push(m.kind === 'entity' ? { kind: 'entity', text: text.slice(s, e), entity: m.index } : { kind: 'date', text: text.slice(s, e), date: m.index });
    at = e;
  }
  if (at < to) out.push({ kind: 'text', text: text.slice(at, to) });
  return out;
}

/** The clean text as paragraphs of runs. */
export function segment(article: StoredArticle): Run[][] {
  const text = article.clean?.text ?? '';
  const { quotes, marks } = layers(article);
  return paragraphs(text, article.clean?.paragraphs).map((p) => {
    const runs: Run[] = [];
    let at = p.start;
    for (const q of quotes) {
      if (q.end <= p.start || q.start >= p.end) continue;
      const s = Math.max(q.start, p.start);
      const e = Math.min(q.end, p.end);
      if (s > at) runs.push(...inline(text, marks, at, s));
      runs.push({ kind: 'quote', quote: q.index, children: inline(text, marks, s, e), last: q.end <= p.end });
      at = e;
    }
    if (at < p.end) runs.push(...inline(text, marks, at, p.end));
    return runs;
  });
}

/**
 * Reading CoNLL-2003 files and scoring entity spans the way conlleval does (exact span and type).
 * Used by the training script and the evaluation; the data itself is never part of the repository.
 */

/** One sentence of a CoNLL file: tokens and their BIO (IOB2) tags. */
export interface ConllSentence {
  words: string[];
  tags: string[];
}

/** One document (between `-DOCSTART-` lines). */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** A typed span over token indices `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Parses the four-column CoNLL-2003 format (CRLF or LF), converting the original IOB1 tags to IOB2
 * so that every entity starts with `B-`.
 */
export function parseConll(content: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    if (doc === null) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push({ words, tags: iob1ToIob2(tags) });
    words = [];
    tags = [];
  };
  for (const raw of content.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    words.push(cols[0]);
    tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** IOB1 (`I-` starts an entity unless it continues one of the same type) → IOB2. */
export function iob1ToIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1] : 'O';
      out.push(prev !== 'O' && prev.slice(2) === t.slice(2) ? t : 'B-' + t.slice(2));
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Entity spans of an IOB2 tag sequence; a stray `I-` opens a span, as conlleval counts it. */
export function spansOf(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 'O';
    const type = t === 'O' ? '' : t.slice(2);
    const continues = cur !== null && t.startsWith('I-') && type === cur.type;
    if (!continues) {
      if (cur !== null) {
        cur.end = i;
        spans.push(cur);
        cur = null;
      }
      if (t !== 'O') cur = { start: i, end: i + 1, type };
    }
  }
  return spans;
}

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Entity-level scores: micro over all types and per type. */
export interface ConllScore {
  micro: Prf;
  perType: Record<string, Prf>;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted against gold tag sequences (IOB2), sentence by sentence, as conlleval does. */
export function scoreConll(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): ConllScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (type: string): { tp: number; fp: number; fn: number } => {
    let c = counts.get(type);
    if (c === undefined) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(type, c);
    }
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = spansOf(gold[s]);
    const p = spansOf(predicted[s] ?? []);
    const key = (x: TokenSpan): string => `${x.start}:${x.end}:${x.type}`;
    const gset = new Set(g.map(key));
    const pset = new Set(p.map(key));
    for (const x of p) {
      if (gset.has(key(x))) get(x.type).tp++;
      else get(x.type).fp++;
    }
    for (const x of g) if (!pset.has(key(x))) get(x.type).fn++;
  }
  const perType: Record<string, Prf> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of [...counts.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    perType[type] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { micro: prf(tp, fp, fn), perType };
}

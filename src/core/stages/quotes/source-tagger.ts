import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../article.js';
import { findModelFile } from '../../model-file.js';
import { FEATURES_PER_TOKEN, fnv, mix, sentenceFeatures, type DocumentContext, type WordCache } from '../entities/ner-features.js';
import { decodeModel, transitionTable, viterbi, type NerModel } from '../entities/ner-model.js';
import type { CueInfo } from './cue-lexicon.js';
import { tokenizeQuoteText, type QuoteToken } from './tokenize-quote-text.js';

/**
 * A learned tagger of attribution SOURCE and CUE spans (issue #5, an experiment): the linear-chain
 * averaged perceptron and Viterbi of the named-entity tagger (`ner-model.ts`), over its word
 * features (`sentenceFeatures`, no gazetteer) plus attribution features added here: cue-lexicon
 * membership of the word and its neighbours, signed distance to the nearest cue word of the
 * sentence, quote marks near the word or around it. Trained by `node dist/tools/train-source-tagger.js`
 * on PolNeAR train. The extractor adds the source–cue pairs it tags outside the rules' spans
 * (`taggedAttributions`; docs/quotes-and-timelines.md, "Learned source tagger").
 */
export const SOURCE_TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE'] as const;

/** One sentence of tokens (words and punctuation with offsets). */
export type TaggerSentence = QuoteToken[];

const END = new Set(['.', '!', '?', '…']);
const QUOTE_MARK = /^["“”«»„]$/;

/**
 * Splits text into sentences of tokens: at line breaks, and after `.`/`!`/`?` followed by a capital,
 * a digit or an opening quote (a closing quote right after the stop stays with its sentence).
 * `lines`: the tokens of each paragraph when the caller has them already (the extractor does).
 */
export function taggerSentences(text: string, lines?: readonly (readonly QuoteToken[])[]): TaggerSentence[] {
  const out: TaggerSentence[] = [];
  const groups: (readonly QuoteToken[])[] = [];
  if (lines !== undefined) groups.push(...lines);
  else {
    const re = /[^\n]+/g;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) groups.push(tokenizeQuoteText(text, m.index, m.index + m[0].length));
  }
  for (const toks of groups) {
    let cur: QuoteToken[] = [];
    for (let i = 0; i < toks.length; i++) {
      cur.push(toks[i]);
      const t = toks[i];
      let next = toks[i + 1];
      if (next === undefined || !END.has(t.text)) continue;
      // A closing mark after the stop stays; a straight one closes only an open quotation.
      const mark = next.text;
      const closes = /^[”»’]$/.test(mark) || (/^["']$/.test(mark) && cur.filter((x) => x.text === mark).length % 2 === 1);
      if (closes && (toks[i + 2] === undefined || toks[i + 2].isCap)) {
        cur.push(next);
        i++;
        next = toks[i + 1];
        if (next === undefined) continue;
      }
      if (next.isCap || /^\d/.test(next.text) || /^[“"«„]$/.test(next.text)) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

// Template numbers of the attribution features (a range the named-entity templates do not use).
const A = { cue: 101, cuePrev: 102, cueNext: 103, dist: 104, distWord: 105, inQuote: 106, quoteNear: 107, side: 108, sideShape: 109, cuePrev2: 110, cueNext2: 111, distCap: 112 } as const;

function cueClass(lexicon: ReadonlyMap<string, CueInfo>, t: QuoteToken | undefined): number {
  if (t === undefined) return 9;
  const info = lexicon.get(t.lower);
  if (info === undefined) return 0;
  return (info.type === 'speech' ? 1 : info.type === 'cognition' ? 2 : 3) + (info.lowPrecision ? 4 : 0);
}

function bucketDistance(d: number): number {
  const a = Math.abs(d);
  const b = a <= 4 ? a : a <= 7 ? 5 : a <= 12 ? 6 : 7;
  return d < 0 ? -b : b;
}

const NO_CONTEXT: DocumentContext = { capitalised: new Set(), lowercase: new Set(), runLast: new Set(), runFirst: new Set() };

/**
 * Features of one sentence: the named-entity word features, then the attribution features in the
 * free slots of each token (a flat Int32Array, `FEATURES_PER_TOKEN` slots per token, -1 unused).
 */
export function taggerFeatures(sentence: TaggerSentence, lexicon: ReadonlyMap<string, CueInfo>, mask: number, cache?: WordCache, scratch?: Int32Array): Int32Array {
  const words = sentence.map((t) => t.text);
  // No document context (what casing a word has elsewhere): it cost a third of the feature time
  // and the attribution tags hardly depend on it.
  const out = sentenceFeatures(words, NO_CONTEXT, null, mask, cache, scratch);
  const n = sentence.length;
  const F = FEATURES_PER_TOKEN;
  const classes = sentence.map((t) => cueClass(lexicon, t));
  const cueIdx: number[] = [];
  classes.forEach((c, i) => {
    if (c > 0 && c < 4) cueIdx.push(i);
  });
  const marksAt = sentence.map((t) => QUOTE_MARK.test(t.text));
  // Inside a quotation: an odd number of quote marks before the token on its line.
  let marks = 0;
  // Cue words before the token (cueIdx[0 .. before)), kept as the loop moves right.
  let before = 0;
  for (let i = 0; i < n; i++) {
    let k = 0;
    while (k < F && out[i * F + k] >= 0) k++;
    const add = (tmpl: number, value: number): void => {
      if (k < F) out[i * F + k++] = mix(tmpl, value) & mask;
    };
    const t = sentence[i];
    const isMark = marksAt[i];
    add(A.cue, classes[i]);
    add(A.cuePrev, classes[i - 1] ?? 9);
    add(A.cueNext, classes[i + 1] ?? 9);
    add(A.cuePrev2, mix(classes[i - 2] ?? 9, classes[i - 1] ?? 9));
    add(A.cueNext2, mix(classes[i + 1] ?? 9, classes[i + 2] ?? 9));
    add(A.inQuote, (marks % 2) * 2 + (isMark ? 1 : 0));
    if (isMark) marks++;
    let near = 0;
    for (let j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) if (j !== i && marksAt[j]) near |= j < i ? 1 : 2;
    add(A.quoteNear, near);
    // The nearest cue word: signed distance, with the cue's word and the token's shape.
    while (before < cueIdx.length && cueIdx[before] < i) before++;
    let best = -1;
    for (const c of cueIdx) if (best < 0 || Math.abs(c - i) < Math.abs(best - i)) best = c;
    if (best < 0) {
      add(A.dist, 99);
      continue;
    }
    const d = bucketDistance(best - i);
    add(A.dist, d);
    add(A.distWord, mix(d, fnv(sentence[best].lower)));
    add(A.distCap, mix(d, t.isCap ? 1 : t.kind === 'p' ? 2 : 0));
    const after = cueIdx.length - before - (classes[i] > 0 && classes[i] < 4 ? 1 : 0);
    add(A.side, Math.min(before, 2) * 3 + Math.min(after, 2));
    add(A.sideShape, mix(Math.min(before, 2) * 3 + Math.min(after, 2), t.isCap ? 1 : 0));
  }
  return out;
}

/** A SRC or CUE span found by the tagger, in character offsets. */
export interface TaggedSpan {
  role: 'SRC' | 'CUE';
  start: number;
  end: number;
  /** Sentence index in `taggerSentences` order. */
  sentence: number;
}

/** Spans of one tag sequence (tag indices into `SOURCE_TAGS`). */
export function spansOfTags(sentence: TaggerSentence, path: ArrayLike<number>, index: number): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (let i = 0; i < sentence.length; i++) {
    const tag = SOURCE_TAGS[path[i]];
    if (tag === 'O' || tag.startsWith('B-')) {
      if (open !== null) out.push(open);
      open = tag === 'O' ? null : { role: tag.slice(2) as 'SRC' | 'CUE', start: sentence[i].start, end: sentence[i].end, sentence: index };
    } else if (open !== null) {
      open.end = sentence[i].end;
    }
  }
  if (open !== null) out.push(open);
  return out;
}

/** Tags every sentence of a text; returns the SRC and CUE spans. */
export function tagSources(model: NerModel, text: string, lexicon: ReadonlyMap<string, CueInfo>): TaggedSpan[] {
  const mask = (1 << model.bits) - 1;
  const allowed = transitionTable(model.tags);
  const cache: WordCache = new Map();
  const out: TaggedSpan[] = [];
  taggerSentences(text).forEach((s, si) => {
    if (s.length === 0) return;
    const path = viterbi(model, taggerFeatures(s, lexicon, mask, cache), s.length, allowed);
    out.push(...spansOfTags(s, path, si));
  });
  return out;
}

/** A word of the cue lexicon that the rules use (not one of the low-precision forms). */
function isCueWord(lexicon: ReadonlyMap<string, CueInfo>, t: QuoteToken): boolean {
  const info = lexicon.get(t.lower);
  return info !== undefined && info.lowPrecision !== true;
}

/** An attribution read off the tagger's spans: source, cue and the content the cue governs. */
export interface TaggedAttribution {
  source: Span;
  cueSpan: Span;
  cue: string;
  content: Span;
  /** `mixed` when the content holds a quotation mark. */
  kind: 'indirect' | 'mixed';
}

const SKIP_AFTER_CUE = new Set(['that', ',', ':', '—', '–', '-']);

/**
 * Attributions read off the tagged SRC and CUE spans of each sentence. Each SRC pairs with its
 * nearest CUE; the content is what follows the cue to the end of the sentence (after a "that" or a
 * comma), or, when the cue ends the sentence ("…, officials said."), what precedes the first of
 * source and cue. In a sentence where the rules found something (`taken`: their sources, cues and
 * contents), a pair is kept only when neither its SRC nor its CUE overlaps a taken span, and its
 * content ends before the next taken span (a second attribution the rules missed, "…, and Lee
 * argued …"; not a speaker inside a rule's content, whose precision on train was lower).
 */
export function taggedAttributions(model: NerModel, text: string, lexicon: ReadonlyMap<string, CueInfo>, taken: readonly Span[], lines?: readonly (readonly QuoteToken[])[]): TaggedAttribution[] {
  const mask = (1 << model.bits) - 1;
  const allowed = transitionTable(model.tags);
  const cache: WordCache = new Map();
  // Buffers reused from sentence to sentence (tagging allocates little).
  const scratch = { score: new Float64Array(0), back: new Int32Array(0) };
  let features = new Int32Array(64 * FEATURES_PER_TOKEN);
  const out: TaggedAttribution[] = [];
  const spansIn = overlapIndex(taken);
  taggerSentences(text, lines).forEach((s, si) => {
    if (s.length === 0) return;
    const from = s[0].start;
    const to = s[s.length - 1].end;
    // A sentence the rules already read: the tagger may only add what they left out.
    const local = spansIn(from, to);
    const busy = local.length > 0;
    const free = (a: number, b: number): boolean => !local.some((p) => p.start < b && a < p.end);
    // Speed: only a sentence with a cue word the rules use is tagged, and in a sentence the rules
    // read, only when such a word lies outside their spans (the quotes stage may add at most 30% to
    // the pipeline; tagging every sentence doubled the stage's time). On train (cross-validated)
    // this also raised source precision, and so F1.
    if (!s.some((t) => isCueWord(lexicon, t) && (!busy || free(t.start, t.end)))) return;
    if (features.length < s.length * FEATURES_PER_TOKEN) features = new Int32Array(2 * s.length * FEATURES_PER_TOKEN);
    const spans = spansOfTags(s, viterbi(model, taggerFeatures(s, lexicon, mask, cache, features), s.length, allowed, scratch), si);
    const cues = spans.filter((t) => t.role === 'CUE');
    if (cues.length === 0) return;
    for (const src of spans.filter((t) => t.role === 'SRC')) {
      const cue = cues.reduce((x, y) => (Math.abs(y.start - src.start) < Math.abs(x.start - src.start) ? y : x));
      if (busy && !(free(src.start, src.end) && free(cue.start, cue.end))) continue;
      const content = contentOf(s, src, cue, text);
      if (content === null) continue;
      if (busy) {
        // A content the rules already gave to someone ("…, Brell said, according to the Gazette")
        // is theirs.
        if (!free(content.start, content.start + 1)) continue;
        // The content stops before the rules' next span, so that it does not swallow their quote or
        // clause (a quote's speaker is then still the rules' one).
        let end = content.end;
        for (const p of local) if (p.start > content.start && p.start < end) end = p.start;
        while (end > content.start && /[\s,;:—–-]/.test(text[end - 1])) end--;
        const conjunction = /\s+(?:and|but|or|while)$/.exec(text.slice(content.start, end));
        if (conjunction !== null) end -= conjunction[0].length;
        if (end - content.start < 8) continue;
        content.end = end;
      }
      const body = text.slice(content.start, content.end);
      out.push({ source: { start: src.start, end: src.end }, cueSpan: { start: cue.start, end: cue.end }, cue: text.slice(cue.start, cue.end), content, kind: /["“”«»„]/.test(body) ? 'mixed' : 'indirect' });
    }
  });
  return out;
}

/**
 * A lookup of the spans overlapping a range, for ranges asked in text order (sentences): the spans
 * sorted by start, with the running maximum of their ends, so each question costs a binary search
 * and the overlapping spans, not a pass over all spans (a long text has many).
 */
function overlapIndex(spans: readonly Span[]): (from: number, to: number) => Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i++) maxEnd.push(Math.max(sorted[i].end, i > 0 ? maxEnd[i - 1] : -Infinity));
  return (from, to) => {
    // First span starting at or after `to`: none from there on can overlap.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < to) lo = mid + 1;
      else hi = mid;
    }
    const out: Span[] = [];
    for (let i = lo - 1; i >= 0 && maxEnd[i] > from; i--) if (sorted[i].end > from) out.push(sorted[i]);
    return out;
  };
}

/** Prepositions that make what follows a cue its destination or place ("spoke to reporters"), not what was said. */
const PLACE_PREPOSITIONS = new Set(['to', 'at', 'in', 'into', 'on', 'with', 'from', 'by', 'over', 'under']);

/**
 * False for a content that opens with a place or destination preposition, or with a quoted title
 * (every word of the quotation capitalised: "read “The Long Road Home”").
 */
function plausibleContent(s: TaggerSentence, i: number, j: number): boolean {
  if (PLACE_PREPOSITIONS.has(s[i].lower)) return false;
  if (/^["“«„]$/.test(s[i].text)) {
    const inner: QuoteToken[] = [];
    for (let k = i + 1; k <= j && !/^["”»]$/.test(s[k].text); k++) if (s[k].kind === 'w') inner.push(s[k]);
    if (inner.length >= 2 && inner.every((t) => t.isCap || t.lower.length <= 3)) return false;
  }
  return true;
}

/** Token range [i, j] of what precedes the first of source and cue ("…, officials said."), or null when under two words. */
function contentBefore(s: TaggerSentence, src: TaggedSpan, cue: TaggedSpan): [number, number] | null {
  const first = Math.min(src.start, cue.start);
  let j = s.findIndex((t) => t.start >= first) - 1;
  while (j >= 0 && /^[,—–:-]$/.test(s[j].text)) j--;
  return j < 0 || s.slice(0, j + 1).filter((t) => t.kind === 'w').length < 2 ? null : [0, j];
}

/**
 * The content of a tagged pair: what follows the cue, else what precedes the attribution; when
 * what follows is implausible (a place preposition, a quoted title), what precedes it instead
 * ("The toll will double, Varga said in a radio interview.": PolNeAR train, cross-validated, 80
 * more tagged sources, 43 of them annotated).
 */
function contentOf(s: TaggerSentence, src: TaggedSpan, cue: TaggedSpan, text: string): Span | null {
  const isWordTok = (t: QuoteToken): boolean => t.kind === 'w';
  let i = s.findIndex((t) => t.start >= Math.max(cue.end, src.end));
  let j = s.length - 1;
  if (i >= 0) while (i <= j && SKIP_AFTER_CUE.has(s[i].lower)) i++;
  const trim = (range: [number, number]): [number, number] => {
    let b = range[1];
    while (b > range[0] && s[b].kind === 'p' && !/[”"»)]/.test(s[b].text)) b--;
    return [range[0], b];
  };
  let range: [number, number] | null = i < 0 || s.slice(i, j + 1).filter(isWordTok).length < 2 ? null : trim([i, j]);
  if (range === null || !plausibleContent(s, ...range)) {
    const before = contentBefore(s, src, cue);
    range = before === null ? null : trim(before);
  }
  if (range === null || !plausibleContent(s, ...range)) return null;
  [i, j] = range;
  const start = s[i].start;
  let end = s[j].end;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

const MODEL_FILE = join('models', 'quotes', 'source-tagger.bin.gz');

// The committed model is read once, on first use, and never changed afterwards: a read-only cache,
// not shared mutable state. `null` once looked up and absent (the rules then run without it).
let defaultModel: NerModel | null | undefined;

/** The committed source tagger (`models/quotes/source-tagger.bin.gz`, loaded on first call), or null when missing. */
export function getDefaultSourceTagger(): NerModel | null {
  if (defaultModel === undefined) {
    const path = findModelFile(MODEL_FILE, import.meta.url);
    defaultModel = path === null ? null : decodeModel(readFileSync(path));
  }
  return defaultModel;
}

import type { Article, ArticleEntity, DateExpression, Mention, Quote, Removal, Span } from './article.js';
import { articleFacts, publicationOf } from './publication.js';

/** The schema name of `storyline analyze` output; bumped on any breaking change. */
export const ANALYZE_SCHEMA = 'storyline.analyze/1';

/** The stable output of `storyline analyze` (see docs/analyze.md). */
export interface AnalyzeResult {
  schema: typeof ANALYZE_SCHEMA;
  title: string | null;
  byline: string | null;
  published: string | null;
  /** Where `published` came from (see `publicationOf`): `input:option`, `document:json-ld:datePublished`, …; an addition to the contract. */
  publishedSource: string | null;
  /** The last modification date the document gives (`YYYY-MM-DD`), kept apart from `published`; an addition to the contract. */
  modified: string | null;
  outlet: string | null;
  language: string | null;
  tags: string[];
  text: string;
  removed: Removal[];
  /**
   * Named entities; `mentions` index `text` only. A name outside the body is in `otherMentions`
   * (an addition to the contract): `field: 'byline'` indexes `byline` (a reporter, an agency),
   * `field: 'removed'` the `text` of `removed[removal]` (an agency or photographer of a removed photo
   * credit), `field: 'credit'` indexes `text` inside a credit line ("(Reporting by A; Editing by B)").
   */
  entities: AnalyzeEntity[];
  quotes: Quote[];
  dates: DateExpression[];
  /** Per-stage time and warnings (an addition to the contract; may grow). */
  trace: Array<{ stage: string; version: number; ms: number; status: string; warnings: string[]; error?: string }>;
}

/** A mention outside the body: in `byline`, in the `text` of `removed[removal]`, or in a credit line of `text`. */
export interface OtherMention extends Span {
  text: string;
  field: 'byline' | 'removed' | 'credit';
  removal?: number;
}

/** An entity of the analyze output: mentions in `text`, and any outside it apart. */
export type AnalyzeEntity = Omit<ArticleEntity, 'mentions'> & { mentions: Mention[]; otherMentions?: OtherMention[] };

function analyzeEntity(e: ArticleEntity): AnalyzeEntity {
  if (!e.mentions.some((m) => m.field)) return e;
  const other = e.mentions.filter((m) => m.field).map((m): OtherMention => ({
    // The analyze `byline` is the input's author when it gave one (see `articleFacts`), so both index it.
    field: m.field === 'removed' || m.field === 'credit' ? m.field : 'byline',
    ...(m.removal !== undefined ? { removal: m.removal } : {}),
    start: m.start, end: m.end, text: m.text,
  }));
  return { ...e, mentions: e.mentions.filter((m) => !m.field), otherMentions: other };
}

/** The analyze contract for an article that has been through the pipeline. */
export function toAnalyzeResult(article: Article): AnalyzeResult {
  const clean = article.clean;
  const { published, source: publishedSource } = publicationOf(article);
  const facts = articleFacts(article);
  return {
    schema: ANALYZE_SCHEMA,
    title: facts.title,
    byline: facts.byline,
    published: published ? published.slice(0, 10) : null,
    publishedSource,
    modified: clean?.modified ? clean.modified.slice(0, 10) : null,
    outlet: facts.outlet,
    language: article.language && article.language.code !== 'und' ? article.language.code : null,
    tags: clean?.tags ?? [],
    text: clean?.text ?? '',
    removed: clean?.removed ?? [],
    entities: (article.entities ?? []).map(analyzeEntity),
    quotes: article.quotes ?? [],
    dates: article.dates ?? [],
    trace: article.trace.map((t) => ({ stage: t.stage, version: t.version, ms: t.ms, status: t.status, warnings: t.warnings, ...(t.error ? { error: t.error } : {}) })),
  };
}

import type { Article, ArticleEntity, DateExpression, Quote, Removal } from './article.js';
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
  entities: ArticleEntity[];
  quotes: Quote[];
  dates: DateExpression[];
  /** Per-stage time and warnings (an addition to the contract; may grow). */
  trace: Array<{ stage: string; version: number; ms: number; status: string; warnings: string[]; error?: string }>;
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
    entities: article.entities ?? [],
    quotes: article.quotes ?? [],
    dates: article.dates ?? [],
    trace: article.trace.map((t) => ({ stage: t.stage, version: t.version, ms: t.ms, status: t.status, warnings: t.warnings, ...(t.error ? { error: t.error } : {}) })),
  };
}

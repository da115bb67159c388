import type { Article, ArticleFields, StageField } from '../article.js';

/** What a stage gets besides the article: the reference time and a place to put warnings. */
export interface StageContext {
  /**
   * The reference date for anything relative ("on Tuesday"): the article's publication date when
   * known, else the time the document was received. Never the wall clock inside a stage.
   */
  referenceDate: Date | null;
  /** Record a non-fatal problem; it ends up in the article's trace. */
  warn(message: string): void;
  /** Options the caller passed down (for example `verbatim`). */
  options: Readonly<Record<string, unknown>>;
}

/**
 * A per-article stage: pure (same input, same output), named after the field it fills, versioned so
 * that stored articles produced by an older version can be re-processed.
 */
export interface Stage<F extends StageField = StageField> {
  /** The field of the article it fills; also the stage name. */
  name: F;
  /** Bumped whenever the output for the same input may change. */
  version: number;
  /** Fields that must be present before it runs. */
  requires: readonly StageField[];
  /** Computes the field. Throwing marks the stage failed in the trace; the article goes on. */
  run(article: Readonly<Article>, ctx: StageContext): ArticleFields[F];
}

/** Helper that keeps the generic tying `name` to the return type. */
export function defineStage<F extends StageField>(stage: Stage<F>): Stage<F> {
  return stage;
}

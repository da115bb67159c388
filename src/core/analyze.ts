import { toAnalyzeResult, type AnalyzeResult } from './analyze-result.js';
import { newArticle } from './ingest/build-article.js';
import { normalizePublished } from './ingest/record.js';
import { DEFAULT_PIPELINE } from './pipeline/default-pipeline.js';
import { runPipeline } from './pipeline/run-pipeline.js';
import type { Stage } from './pipeline/stage.js';

/** Options of `analyze`. */
export interface AnalyzeOptions {
  html?: boolean;
  /** Publication date (YYYY-MM-DD or ISO): the reference for relative dates. */
  published?: string;
  /** Skip cleaning: the text is exactly the input, so offsets refer to the input. */
  verbatim?: boolean;
  outlet?: string;
  url?: string;
  stages?: readonly Stage[];
}

/** Runs the pipeline on one document and returns the analyze contract; nothing is stored. */
export function analyzeDocument(input: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const published = options.published ? normalizePublished(options.published) ?? undefined : undefined;
  const article = newArticle({
    format: options.html ? 'html' : 'text', raw: input, metadata: {}, origin: published ? { file: '-', publishedFrom: 'option' } : { file: '-' },
    published, outlet: options.outlet, url: options.url,
  });
  const done = runPipeline(article, options.stages ?? DEFAULT_PIPELINE, { options: { verbatim: Boolean(options.verbatim) } });
  return toAnalyzeResult(done);
}

export { ANALYZE_SCHEMA, toAnalyzeResult, type AnalyzeResult } from './analyze-result.js';

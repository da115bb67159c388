import type { Article, ArticleFields, StageField, TraceEntry } from '../article.js';
import { publicationOf } from '../publication.js';
import type { Stage, StageContext } from './stage.js';

/** Options of one pipeline run. */
export interface RunOptions {
  /** Passed to every stage as `ctx.options` (for example `{ verbatim: true }`). */
  options?: Record<string, unknown>;
  /** Only run stages whose stored version differs from theirs (re-processing after an upgrade). */
  onlyOutdated?: boolean;
  /** The time the document was received, the reference date when nothing better is known. */
  receivedAt?: Date | null;
}

/**
 * Runs stages in order on an article and returns a new article with their fields, versions and a
 * trace entry per stage (time, warnings, status). A stage whose requirements are missing is skipped
 * and says why; a stage that throws is marked failed and the next stages still run when their own
 * requirements are met. The input article is not modified.
 */
export function runPipeline(article: Article, stages: readonly Stage[], run: RunOptions = {}): Article {
  const current: Article = { ...article, trace: [...article.trace], versions: { ...article.versions } };
  const options = Object.freeze({ ...(run.options ?? {}) });
  for (const stage of stages) {
    if (run.onlyOutdated && current.versions[stage.name] === stage.version && current[stage.name] !== undefined) continue;
    const warnings: string[] = [];
    const entry: TraceEntry = { stage: stage.name, version: stage.version, ms: 0, warnings, status: 'ok' };
    const missing = stage.requires.filter((field) => current[field] === undefined);
    if (missing.length > 0) {
      entry.status = 'skipped';
      entry.error = `requires ${missing.join(', ')}`;
      current.trace.push(entry);
      continue;
    }
    const ctx: StageContext = {
      referenceDate: referenceDateOf(current, run.receivedAt ?? null),
      warn: (message) => warnings.push(message),
      options,
    };
    const started = performance.now();
    try {
      const value = stage.run(current, ctx);
      setField(current, stage.name, value);
      current.versions[stage.name] = stage.version;
    } catch (error) {
      entry.status = 'failed';
      entry.error = error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error);
    }
    entry.ms = Math.round((performance.now() - started) * 1000) / 1000;
    current.trace.push(entry);
  }
  return current;
}

function setField<F extends StageField>(article: Article, field: F, value: ArticleFields[F]): void {
  (article as ArticleFields)[field] = value;
}

/**
 * The reference date for relative expressions: the article's publication date (`publicationOf`: the
 * one its timeline and exports show), else the time it was received.
 */
export function referenceDateOf(article: Article, receivedAt: Date | null): Date | null {
  const { published } = publicationOf(article);
  const date = published ? new Date(published) : null;
  return date && !Number.isNaN(date.getTime()) ? date : receivedAt;
}

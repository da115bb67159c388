import type { ArticleSource } from '../article.js';
import { StorylineError } from '../errors.js';
import { newArticle } from '../ingest/build-article.js';
import type { InputItem } from '../ingest/read-inputs.js';
import type { Stage } from '../pipeline/stage.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Store } from '../store/store.js';
import type { Job, JobQueue, NewJob } from './job-queue.js';

/** The article job for a decoded document: its payload is the source, its key the content id. */
export function articleJob(source: ArticleSource): NewJob {
  return { kind: 'article', payload: source, dedupeKey: newArticle(source).id };
}

/** What enqueueing a stream of inputs did. */
export interface EnqueueSummary {
  documents: number;
  /** Jobs added. */
  enqueued: number;
  /** Documents already queued (or done) under the same content id. */
  alreadyQueued: number;
  /** Inputs that were not documents: stored as rejections, as inline ingest does. */
  rejected: number;
  rejectedBy: Record<string, number>;
  skipped: number;
}

/**
 * Reads input items and enqueues one article job per document, in batches of `batchSize` (one
 * INSERT each); rejections are stored at once. Nothing runs the pipeline here: workers do.
 */
export async function enqueueInputs(queue: JobQueue, store: Store, items: AsyncIterable<InputItem>, batchSize = 500): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { documents: 0, enqueued: 0, alreadyQueued: 0, rejected: 0, rejectedBy: {}, skipped: 0 };
  let batch: NewJob[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    // Keys repeated inside one batch would make the INSERT touch a row twice: keep the first.
    const unique = [...new Map(batch.map((j) => [j.dedupeKey, j])).values()];
    const added = await queue.enqueue(unique);
    summary.enqueued += added;
    summary.alreadyQueued += batch.length - added;
    batch = [];
  };
  for await (const item of items) {
    if (item.kind === 'skipped') {
      summary.skipped++;
    } else if (item.kind === 'rejection') {
      summary.documents++;
      summary.rejected++;
      summary.rejectedBy[item.rejection.reason] = (summary.rejectedBy[item.rejection.reason] ?? 0) + 1;
      await store.addRejection(item.rejection);
    } else {
      summary.documents++;
      batch.push(articleJob(item.source));
      if (batch.length >= batchSize) await flush();
    }
  }
  await flush();
  return summary;
}

/** Checks that a payload is an ArticleSource; a job that is not is dead at once (JOB_INVALID). */
export function sourceOf(job: Job): ArticleSource {
  const p = job.payload as Partial<ArticleSource> | null;
  if (!p || typeof p !== 'object' || typeof p.raw !== 'string' || !['text', 'html', 'markdown'].includes(p.format as string)
    || typeof p.metadata !== 'object' || p.metadata === null || typeof p.origin !== 'object' || p.origin === null) {
    throw new StorylineError('JOB_INVALID', `article job ${job.id}: the payload is not a document (needs format, raw, metadata, origin)`);
  }
  return p as ArticleSource;
}

/** What one article job did. */
export type ArticleOutcome = 'added' | 'duplicate' | 'rejected';

/**
 * Runs one article job: skips a document already stored (same content id, before any stage runs),
 * runs the per-article pipeline and stores the article in one transaction. Safe to run twice: the
 * second run finds the article stored. A pipeline that throws is the document's fault: it is stored
 * as a rejection, like inline ingest, and the job is dead (DOCUMENT_REJECTED) with the message.
 */
export async function runArticleJob(store: Store, job: Job, stages: readonly Stage[], now: () => Date = () => new Date()): Promise<ArticleOutcome> {
  const source = sourceOf(job);
  const article = newArticle(source);
  if (await store.hasArticle(article.id)) return 'duplicate';
  let processed;
  try {
    processed = runPipeline(article, stages, { receivedAt: now() });
  } catch (error) {
    const detail = (error as Error).message;
    await store.addRejection({
      reason: 'processing-failed', detail, file: source.origin.file ?? null, line: source.origin.line ?? null, externalId: source.externalId ?? null,
    });
    throw new StorylineError('DOCUMENT_REJECTED', `processing-failed: ${detail}`);
  }
  const result = await store.putArticle(processed);
  return result.status;
}

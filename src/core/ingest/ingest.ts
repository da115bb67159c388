import type { Article } from '../article.js';
import type { Stage } from '../pipeline/stage.js';
import { DEFAULT_PIPELINE } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Rejection, Store } from '../store/store.js';
import { runCorpusSteps, type CorpusStep, type CorpusStepResult } from '../corpus/corpus-steps.js';
import { DEFAULT_CORPUS_STEPS } from '../corpus/default-corpus-steps.js';
import { newArticle } from './build-article.js';
import { type InputItem, type ReadOptions, readInputs } from './read-inputs.js';

/** Progress of an ingest run, reported after every document. */
export interface IngestProgress {
  documents: number;
  added: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  /** Input bytes consumed so far. */
  bytes: number;
  /** Milliseconds since the start. */
  elapsedMs: number;
}

/** What an ingest run did. */
export interface IngestSummary extends IngestProgress {
  /** Rejections by reason. */
  rejectedBy: Record<string, number>;
  /** The first rejections, with file, line and detail (all are stored). */
  rejections: Rejection[];
  /** Ids of the articles added, in order (at most `keepIds`). */
  addedIds: string[];
  /** Total time per stage in milliseconds. */
  stageMs: Record<string, number>;
  /** Stage failures by stage (the article is stored with what the other stages produced). */
  stageFailures: Record<string, number>;
  /** What the corpus steps (duplicates, stories, entity resolution …) did after the batch. */
  corpus: CorpusStepResult[];
}

/** Options of `ingest`. */
export interface IngestOptions extends ReadOptions {
  stages?: readonly Stage[];
  /** Called after each document. */
  onProgress?: (progress: IngestProgress) => void;
  /** How many rejections to keep in the summary (all are stored). */
  keepRejections?: number;
  /** How many added ids to keep in the summary. */
  keepIds?: number;
  /** The clock, for the reference date of documents with no publication date. */
  now?: () => Date;
  /** Cross-article steps run after the batch (default: DEFAULT_CORPUS_STEPS; [] for none). */
  corpusSteps?: readonly CorpusStep[];
}

/**
 * Ingests inputs into a store: reads documents one at a time, skips those already stored (same
 * content hash, before running any stage), runs the pipeline on the others and stores each in one
 * transaction. One bad document never aborts the batch: it becomes a stored rejection. Killing the
 * process at any point leaves a consistent database, and re-running the same command completes the
 * batch with nothing twice.
 */
export async function ingest(store: Store, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestItems(store, readInputs(paths, options), options);
}

/** Ingests already-read input items (a network source, a test) the same way. */
export async function ingestItems(store: Store, items: AsyncIterable<InputItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const stages = options.stages ?? DEFAULT_PIPELINE;
  const now = options.now ?? (() => new Date());
  const keepRejections = options.keepRejections ?? 100;
  const keepIds = options.keepIds ?? 10_000;
  const started = performance.now();
  const summary: IngestSummary = {
    documents: 0, added: 0, duplicates: 0, rejected: 0, skipped: 0, bytes: 0, elapsedMs: 0,
    rejectedBy: {}, rejections: [], addedIds: [], stageMs: {}, stageFailures: {}, corpus: [],
  };
  const added: string[] = [];
  const reject = async (rejection: Rejection): Promise<void> => {
    summary.rejected++;
    summary.rejectedBy[rejection.reason] = (summary.rejectedBy[rejection.reason] ?? 0) + 1;
    if (summary.rejections.length < keepRejections) summary.rejections.push(rejection);
    await store.addRejection(rejection);
  };
  for await (const item of items) {
    summary.bytes += item.bytes;
    if (item.kind === 'skipped') {
      summary.skipped++;
    } else if (item.kind === 'rejection') {
      summary.documents++;
      await reject(item.rejection);
    } else {
      summary.documents++;
      const article = newArticle(item.source);
      if (await store.hasArticle(article.id)) {
        summary.duplicates++;
      } else {
        let processed: Article;
        try {
          processed = runPipeline(article, stages, { receivedAt: now() });
        } catch (error) {
          await reject({
            reason: 'processing-failed', detail: (error as Error).message, file: item.source.origin.file ?? null,
            line: item.source.origin.line ?? null, externalId: item.source.externalId ?? null,
          });
          report();
          continue;
        }
        for (const t of processed.trace) {
          summary.stageMs[t.stage] = (summary.stageMs[t.stage] ?? 0) + t.ms;
          if (t.status === 'failed') summary.stageFailures[t.stage] = (summary.stageFailures[t.stage] ?? 0) + 1;
        }
        const result = await store.putArticle(processed);
        if (result.status === 'added') {
          summary.added++;
          added.push(result.id);
          if (summary.addedIds.length < keepIds) summary.addedIds.push(result.id);
        } else summary.duplicates++;
      }
    }
    report();
  }
  // Cross-article work runs once per batch, after every article of it is stored: a killed run
  // leaves it to the next one, which sees the stored articles it has not yet placed.
  if (added.length > 0) summary.corpus = await runCorpusSteps(store, { addedIds: added }, options.corpusSteps ?? DEFAULT_CORPUS_STEPS);
  summary.elapsedMs = Math.round(performance.now() - started);
  for (const k of Object.keys(summary.stageMs)) summary.stageMs[k] = Math.round(summary.stageMs[k]);
  return summary;

  function report(): void {
    if (!options.onProgress) return;
    summary.elapsedMs = Math.round(performance.now() - started);
    options.onProgress({
      documents: summary.documents, added: summary.added, duplicates: summary.duplicates, rejected: summary.rejected,
      skipped: summary.skipped, bytes: summary.bytes, elapsedMs: summary.elapsedMs,
    });
  }
}

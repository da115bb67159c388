import { runCorpusSteps, type CorpusStep, type CorpusStepResult } from '../corpus/corpus-steps.js';
import { DEFAULT_CORPUS_STEPS } from '../corpus/default-corpus-steps.js';
import { DEFAULT_PIPELINE, pipelineVersions } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Stage } from '../pipeline/stage.js';
import type { Store } from '../store/store.js';

/** What a re-processing run did. */
export interface ReprocessSummary {
  outdated: number;
  updated: number;
  corpus: CorpusStepResult[];
}

/**
 * Re-runs the pipeline on stored articles that an older version of some stage processed, then the
 * corpus steps, so that cross-article results (entities, stories, statements) see the new fields.
 * Stages read the fields of earlier ones, so an outdated article goes through the whole pipeline.
 */
export async function reprocessOutdated(
  store: Store,
  stages: readonly Stage[] = DEFAULT_PIPELINE,
  corpusSteps: readonly CorpusStep[] = DEFAULT_CORPUS_STEPS,
): Promise<ReprocessSummary> {
  const ids = await store.outdatedArticleIds(pipelineVersions(stages));
  const updated: string[] = [];
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (!article) continue;
    await store.updateArticle(runPipeline({ ...article, trace: [] }, stages));
    updated.push(id);
  }
  const corpus = updated.length ? await runCorpusSteps(store, { addedIds: updated }, corpusSteps) : [];
  return { outdated: ids.length, updated: updated.length, corpus };
}

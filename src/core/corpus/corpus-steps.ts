import type { Store } from '../store/store.js';

/** What a corpus step is told about the batch that just ended. */
export interface CorpusBatch {
  /** Ids of the articles the batch added, in the order they were stored. */
  addedIds: readonly string[];
}

/** What a corpus step reports. */
export interface CorpusStepResult {
  step: string;
  ms: number;
  /** Counts worth showing (for example `{ stories: 3, events: 7 }`). */
  counts: Record<string, number>;
}

/**
 * Cross-article work run after articles are stored: duplicates, stories, entity resolution, the
 * statement ledger. Steps read and write through the Store; each runs as the single writer of its
 * own tables.
 */
export interface CorpusStep {
  name: string;
  run(store: Store, batch: CorpusBatch): Promise<Record<string, number>>;
}

/** Runs the steps in order; returns what each reported and how long it took. */
export async function runCorpusSteps(store: Store, batch: CorpusBatch, steps: readonly CorpusStep[]): Promise<CorpusStepResult[]> {
  const results: CorpusStepResult[] = [];
  for (const step of steps) {
    const started = performance.now();
    const counts = await step.run(store, batch);
    results.push({ step: step.name, ms: Math.round(performance.now() - started), counts });
  }
  return results;
}

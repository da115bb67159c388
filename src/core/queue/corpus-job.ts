import { runCorpusSteps, type CorpusStep, type CorpusStepResult } from '../corpus/corpus-steps.js';
import type { Store } from '../store/store.js';
import type { JobQueue, NewJob } from './job-queue.js';

/**
 * The advisory lock of the corpus steps (per schema): entity resolution, story assignment and the
 * statement ledger each need a single writer, so one session at a time runs them.
 */
export const CORPUS_LOCK = 'storyline:corpus';

/**
 * The corpus job: at most one waits at a time (its key is freed when a worker claims it, so the
 * next batch of stored articles can queue one more while it runs).
 */
export function corpusJob(delayMs = 0): NewJob {
  return { kind: 'corpus', payload: {}, dedupeKey: 'corpus', releaseKeyOnClaim: true, runAt: new Date(Date.now() + delayMs) };
}

/** What one corpus job did: ran the steps, or found another worker running them. */
export type CorpusOutcome = { ran: true; results: CorpusStepResult[] } | { ran: false };

/**
 * Runs the corpus steps under the advisory lock. The steps catch up on every stored article they
 * have not placed, so a run covers all articles stored before it began. When another worker holds
 * the lock, this one queues a run for after it (articles stored meanwhile need one) and returns.
 */
export async function runCorpusJob(queue: JobQueue, store: Store, steps: readonly CorpusStep[], retryMs = 1000): Promise<CorpusOutcome> {
  const locked = await queue.withTryLock(CORPUS_LOCK, () => runCorpusSteps(store, { addedIds: [] }, steps));
  if (locked.ran) return { ran: true, results: locked.value };
  await queue.enqueue([corpusJob(retryMs)]);
  return { ran: false };
}

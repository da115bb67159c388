import { StorylineError } from '../errors.js';
import { pollInputs, type FeedOutcome } from '../ingest/network-inputs.js';
import { newFeedState, type Clock, type FeedPoller } from '../sources/index.js';
import type { Store } from '../store/store.js';
import { enqueueInputs, type EnqueueSummary } from './article-job.js';
import type { Job, JobQueue, NewJob } from './job-queue.js';

/** The recurring job of one feed: its key is the URL, so a feed has one job, which one worker holds at a time. */
export function feedJob(url: string, runAt?: Date): NewJob {
  return { kind: 'feed', payload: { url }, dedupeKey: url, recurring: true, runAt };
}

/**
 * Enqueues the recurring job of every feed the store keeps (feeds added before, or by a SQLite-era
 * `watch`) and revives dead feed jobs; feeds with a live job are left alone. Returns how many were
 * added or revived.
 */
export async function scheduleFeeds(queue: JobQueue, store: Store, urls: readonly string[], now: number): Promise<number> {
  const feeds = store.feeds();
  for (const url of urls) if (!(await feeds.get(url))) await feeds.put(newFeedState(url, now));
  const all = await feeds.due(Number.MAX_SAFE_INTEGER, 1_000_000);
  let added = 0;
  for (let i = 0; i < all.length; i += 1000) {
    added += await queue.enqueue(all.slice(i, i + 1000).map((f) => feedJob(f.url, new Date(f.nextPollAt))));
  }
  // A feed whose job died (the database failed it five times) is watched again.
  return added + await queue.retryDead(['feed']);
}

/** What polling one feed did. */
export interface FeedJobResult {
  outcome: FeedOutcome | null;
  enqueued: EnqueueSummary;
  /** When the feed is next due (the poller's schedule). */
  nextRunAt: Date;
}

/**
 * Polls the job's feed once with the poller (conditional request, robots.txt, backoff kept in the
 * feed's stored state) and enqueues an article job per new item. Only the worker holding the job's
 * lease polls the feed, so two workers never poll one feed at once.
 */
export async function runFeedJob(
  queue: JobQueue, store: Store, poller: FeedPoller, job: Job, clock: Clock,
  options: { outlet?: string; shouldStop?: () => boolean } = {},
): Promise<FeedJobResult> {
  const url = (job.payload as { url?: unknown } | null)?.url;
  if (typeof url !== 'string') throw new StorylineError('JOB_INVALID', `feed job ${job.id}: the payload has no feed URL`);
  const state = (await store.feeds().get(url)) ?? newFeedState(url, clock.now());
  let outcome: FeedOutcome | null = null;
  const enqueued = await enqueueInputs(queue, store, pollInputs(poller.pollFeed(state), {
    clock, outlet: options.outlet, onFeed: (o) => (outcome = o), shouldStop: options.shouldStop,
  }), 1); // one INSERT per item, before the next is taken: an item the poller handed out is queued
  const after = await store.feeds().get(url);
  return { outcome, enqueued, nextRunAt: new Date(after?.nextPollAt ?? clock.now()) };
}

import type { IngestProgress } from '../../core/ingest/ingest.js';
import type { FeedOutcome } from '../../core/ingest/network-inputs.js';
import { FETCH_DEFAULTS, FeedPoller, RobotsCache, newFeedState, systemClock, type FeedState, type FetchOptions } from '../../core/sources/index.js';
import { isPostgresLocation, openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import type { JobQueue } from '../../core/queue/job-queue.js';
import type { JobHandler } from '../../core/queue/worker.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, type Io, DB_OPTION, dbPath, int, list, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';
import { fetchOptionsOf, usageUrl } from './ingest.js';

/** Default time between two polls of a healthy feed: 15 minutes, as the poller's. */
const DEFAULT_INTERVAL_S = 900;
/** Longest sleep between two looks at the feed list, so feeds added meanwhile are picked up. */
const MAX_IDLE_MS = 60_000;
/** Every feed due is polled in one round (the poller's default batch is for shared workers). */
const BATCH = 10_000;

/** `storyline watch`: polls feeds kept in the database and ingests their new items. */
export const watchCommand: Command = {
  name: 'watch',
  summary: 'Poll feeds on a schedule and ingest their new items.',
  usage: 'storyline watch [--feed URL]... [--interval SECONDS] [--once] [--list] [options]',
  description: [
    'Adds the --feed URLs to the feeds kept in the database, then polls every feed when it is due:',
    'conditional requests (ETag, Last-Modified), robots.txt, one request per host per second (or the',
    'robots.txt Crawl-delay), backoff after failures. New items are fetched page by page and ingested',
    'like `storyline ingest --feed`. One line per feed per poll. Ctrl-C (SIGINT) or SIGTERM stops',
    'after the current article; the next run resumes where it stopped. With --once every due feed is',
    'polled once (exit 3 when any feed failed). --list shows the feeds and their state.',
    'On PostgreSQL (--db postgres://…) every feed is a job in the queue: any number of watch',
    'processes share the feeds (a feed is polled by one of them at a time, under a lease), and new',
    'items are queued as article jobs for `storyline worker`. --once then polls the feeds due now.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    feed: { type: 'string', multiple: true, value: 'URL', description: 'add this feed to the watched feeds' },
    interval: { type: 'string', value: 'SECONDS', description: `time between polls of a feed (default ${DEFAULT_INTERVAL_S})` },
    once: { type: 'boolean', description: 'poll the feeds that are due once, then exit' },
    list: { type: 'boolean', description: 'show the watched feeds and their state, then exit' },
    'allow-private-network': { type: 'boolean', description: 'allow fetching from loopback, private and link-local addresses' },
    timeout: { type: 'string', value: 'MS', description: `longest time for one fetch, in milliseconds (default ${FETCH_DEFAULTS.totalTimeoutMs})` },
    'max-bytes': { type: 'string', value: 'N', description: `largest feed or page in bytes (default ${FETCH_DEFAULTS.maxBytes})` },
    outlet: { type: 'string', value: 'NAME', description: 'outlet of items whose page names none' },
    json: { type: 'boolean', description: 'print one JSON object per line instead of text' },
  },
  async run(args, io) {
    const feedUrls = list(args, 'feed').map(usageUrl);
    const intervalS = int(args, 'interval', DEFAULT_INTERVAL_S);
    if (intervalS < 1) throw new StorylineError('USAGE', '--interval takes a number of seconds above 0');
    const fetchOptions = fetchOptionsOf(args);
    const asJson = Boolean(args.values.json);
    const location = dbPath(args, io.env);
    if (isPostgresLocation(location)) return watchQueued(args, io, location, feedUrls, intervalS, fetchOptions);
    const store = await openStore(location);
    try {
      const feeds = store.feeds();
      for (const url of feedUrls) {
        if (await feeds.get(url)) continue;
        await feeds.put(newFeedState(url, systemClock.now()));
        if (!asJson && !args.values.list) io.err(`watching ${url}\n`);
      }
      const all = await feeds.due(Number.MAX_SAFE_INTEGER, BATCH);
      if (args.values.list) {
        io.out(asJson ? json(all.map(feedRow)) : formatFeedList(all));
        return EXIT.OK;
      }
      if (all.length === 0) throw new StorylineError('USAGE', 'no feeds to watch: add one with --feed URL');

      // The pipeline and the page extractor are loaded only when there is something to poll.
      const { ingestItems } = await import('../../core/ingest/ingest.js');
      const { pageMetadataOf, pollInputs } = await import('../../core/ingest/network-inputs.js');
      const stop = stopSignal(io, asJson);
      const robots = new RobotsCache({ clock: systemClock, fetchOptions });
      const poller = new FeedPoller({
        store: feeds, clock: systemClock, fetchOptions, robots, intervalMs: intervalS * 1000, batchSize: BATCH, extractPage: pageMetadataOf,
      });
      let anyFailed = false;
      try {
        do {
          // Counts at the last feed line, so each line tells what that feed's items did.
          let progress: IngestProgress | null = null;
          let mark = { added: 0, duplicates: 0, rejected: 0 };
          const onFeed = (outcome: FeedOutcome): void => {
            const now = { added: progress?.added ?? 0, duplicates: progress?.duplicates ?? 0, rejected: progress?.rejected ?? 0 };
            const counts = { added: now.added - mark.added, duplicates: now.duplicates - mark.duplicates, rejected: now.rejected - mark.rejected };
            mark = now;
            if (outcome.outcome === 'failed') anyFailed = true;
            io.out(formatPollLine(outcome, counts, systemClock.now(), asJson));
          };
          let polled = 0;
          await ingestItems(store, pollInputs(poller.pollDue(), {
            clock: systemClock, outlet: str(args, 'outlet'), onFeed: (o) => { polled++; onFeed(o); }, shouldStop: stop.requested,
          }), { onProgress: (p) => (progress = p) });
          const next = (await feeds.due(Number.MAX_SAFE_INTEGER, 1))[0];
          // --once outside every feed's schedule polls nothing: say so rather than print nothing.
          if (args.values.once && polled === 0 && next && !asJson) io.err(`no feed is due; the next is ${next.url} at ${iso(next.nextPollAt)}\n`);
          if (args.values.once || stop.requested()) break;
          const wait = next ? next.nextPollAt - systemClock.now() : MAX_IDLE_MS;
          await stop.sleep(Math.min(MAX_IDLE_MS, Math.max(0, wait)));
        } while (!stop.requested());
      } finally {
        stop.dispose();
      }
      if (stop.requested() && !asJson) io.err('stopped; the next run resumes where this one left off\n');
      return args.values.once && anyFailed ? EXIT.REJECTED : EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** Options of the feed job handler. */
export interface FeedHandlerOptions {
  allowPrivateNetwork?: boolean;
  fetchOptions?: FetchOptions;
  intervalMs?: number;
  outlet?: string;
  /** Called after every poll, with the counts of the items it queued. */
  onPoll?: (outcome: FeedOutcome, counts: { added: number; duplicates: number; rejected: number }) => void;
}

/**
 * The handler of feed jobs: polls the job's feed with one poller per process (politeness per host
 * within the process), queues its new items as article jobs, and reschedules the feed for its next
 * poll. The job's lease is what keeps two processes from polling one feed at once.
 */
export async function feedHandler(store: Store, queue: JobQueue, options: FeedHandlerOptions = {}): Promise<JobHandler> {
  const { pageMetadataOf } = await import('../../core/ingest/network-inputs.js');
  const { runFeedJob } = await import('../../core/queue/feed-job.js');
  const fetchOptions: FetchOptions = options.fetchOptions ?? { allowPrivateNetwork: Boolean(options.allowPrivateNetwork) };
  const robots = new RobotsCache({ clock: systemClock, fetchOptions });
  const poller = new FeedPoller({
    store: store.feeds(), clock: systemClock, fetchOptions, robots, intervalMs: options.intervalMs ?? DEFAULT_INTERVAL_S * 1000,
    extractPage: pageMetadataOf,
  });
  return async (job, context) => {
    const result = await runFeedJob(queue, store, poller, job, systemClock, { outlet: options.outlet, shouldStop: context.stopping });
    const counts = { added: result.enqueued.enqueued, duplicates: result.enqueued.alreadyQueued, rejected: result.enqueued.rejected };
    if (result.outcome) options.onPoll?.(result.outcome, counts);
    return { status: 'reschedule', nextRunAt: result.nextRunAt, detail: { feed: result.outcome?.feedUrl, outcome: result.outcome?.outcome, ...counts } };
  };
}

/**
 * `watch` on PostgreSQL: registers the feeds, makes sure each has its job, and serves feed jobs
 * (new items become article jobs for `storyline worker`). With --once, exits when no feed is due.
 */
async function watchQueued(
  args: import('../args.js').ParsedArgs, io: Io, location: string, feedUrls: string[], intervalS: number, fetchOptions: FetchOptions,
): Promise<number> {
  const asJson = Boolean(args.values.json);
  const { JobQueue } = await import('../../core/queue/job-queue.js');
  const { scheduleFeeds } = await import('../../core/queue/feed-job.js');
  const { Worker } = await import('../../core/queue/worker.js');
  const { reporter, stopOnSignals } = await import('./worker.js');
  const queue = await JobQueue.open(location, { poolSize: 4 });
  try {
    const store = await openStore(location);
    try {
      const feeds = store.feeds();
      for (const url of feedUrls) {
        if (!(await feeds.get(url)) && !asJson && !args.values.list) io.err(`watching ${url}\n`);
      }
      await scheduleFeeds(queue, store, feedUrls, systemClock.now());
      const all = await feeds.due(Number.MAX_SAFE_INTEGER, BATCH);
      if (args.values.list) {
        io.out(asJson ? json(all.map(feedRow)) : formatFeedList(all));
        return EXIT.OK;
      }
      if (all.length === 0) throw new StorylineError('USAGE', 'no feeds to watch: add one with --feed URL');
      let anyFailed = false;
      const handler = await feedHandler(store, queue, {
        fetchOptions, intervalMs: intervalS * 1000, outlet: str(args, 'outlet'),
        onPoll: (outcome, counts) => {
          if (outcome.outcome === 'failed') anyFailed = true;
          io.out(formatPollLine(outcome, counts, systemClock.now(), asJson, true));
        },
      });
      const print = reporter(io, asJson, true);
      const worker = new Worker({
        queue, handlers: { feed: handler }, concurrency: 4, untilEmpty: Boolean(args.values.once),
        onEvent: (e) => { if (e.type !== 'done') print(e); },
      });
      const signals = stopOnSignals(io, asJson, () => worker.stop());
      try {
        await worker.run();
      } finally {
        signals.dispose();
      }
      if (worker.stopRequested && !asJson) io.err('stopped; the feeds stay queued for the next run\n');
      return args.values.once && anyFailed ? EXIT.REJECTED : EXIT.OK;
    } finally {
      await store.close();
    }
  } finally {
    await queue.close();
  }
}

/**
 * SIGINT/SIGTERM handling: the first signal asks the loop to stop after the current article and
 * wakes it from its idle sleep; fetches in flight finish (they are bounded by --timeout) so that an
 * item the poller has handed out is never lost.
 */
function stopSignal(io: Io, quiet: boolean): { requested(): boolean; sleep(ms: number): Promise<void>; dispose(): void } {
  let stopping = false;
  let wake: (() => void) | null = null;
  const onSignal = (signal: string): void => {
    if (!stopping && !quiet) io.err(`${signal}: stopping after the current article\n`);
    stopping = true;
    wake?.();
  };
  const onInt = (): void => onSignal('SIGINT');
  const onTerm = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    requested: () => stopping,
    sleep: (ms) => new Promise<void>((resolve) => {
      if (stopping) return resolve();
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    }),
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One line per poll of a feed: new items and what became of them, not modified, or failed with its code. */
export function formatPollLine(
  outcome: FeedOutcome, counts: { added: number; duplicates: number; rejected: number }, now: number, asJson: boolean, queued = false,
): string {
  if (asJson) {
    return `${JSON.stringify({
      at: iso(now), feed: outcome.feedUrl, outcome: outcome.outcome, newItems: outcome.newItems, ...counts,
      error: outcome.error, nextPollAt: iso(outcome.nextPollAt),
    })}\n`;
  }
  const head = `${iso(now)}  ${outcome.feedUrl}  `;
  const next = iso(outcome.nextPollAt);
  if (outcome.outcome === 'failed') {
    return `${head}failed ${outcome.error?.code ?? 'INTERNAL'}: ${outcome.error?.message ?? ''}; retry at ${next}\n`;
  }
  if (outcome.outcome === 'not-modified') return `${head}not modified; next poll at ${next}\n`;
  if (outcome.newItems === 0) return `${head}no new items; next poll at ${next}\n`;
  const [added, already] = queued ? ['queued', 'already queued'] : ['added', 'already stored'];
  return `${head}${outcome.newItems} new item${outcome.newItems === 1 ? '' : 's'}: ${counts.added} ${added}, ${counts.duplicates} ${already}, ${counts.rejected} rejected; next poll at ${next}\n`;
}

function feedRow(f: FeedState): Record<string, unknown> {
  return {
    url: f.url, lastPolledAt: iso(f.lastPolledAt), nextPollAt: iso(f.nextPollAt), failures: f.failures,
    lastError: f.lastError, seenItems: f.seenItemIds.length, etag: f.etag, lastModified: f.lastModified,
  };
}

/** The `--list` table: one row per feed, soonest due first. */
export function formatFeedList(feeds: FeedState[]): string {
  if (feeds.length === 0) return 'No feeds are watched. Add one with: storyline watch --feed URL\n';
  return table(
    ['feed', 'last polled', 'next poll', 'seen', 'failures', 'last error'],
    feeds.map((f) => [
      f.url, iso(f.lastPolledAt) ?? 'never', iso(f.nextPollAt), f.seenItemIds.length, f.failures,
      f.lastError ? `${f.lastError.code}: ${f.lastError.message}` : '',
    ]),
    70,
  );
}

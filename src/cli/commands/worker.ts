import { StorylineError } from '../../core/errors.js';
import type { JobKind } from '../../core/queue/job-queue.js';
import type { JobHandler, WorkerEvent } from '../../core/queue/worker.js';
import { isPostgresLocation, openStore } from '../../core/store/open-store.js';
import { type Command, type Io, DB_OPTION, dbPath, int, list } from '../args.js';
import { EXIT } from '../exit-codes.js';

const KINDS: JobKind[] = ['article', 'corpus', 'feed'];
const DEFAULT_LEASE_S = 60;
/** A progress line at most this often. */
const PROGRESS_MS = 10_000;

/** `storyline worker`: processes queued jobs (PostgreSQL only). */
export const workerCommand: Command = {
  name: 'worker',
  summary: 'Process queued jobs: articles, corpus runs and feed polls (PostgreSQL).',
  usage: 'storyline worker --db postgres://… [--concurrency N] [--until-empty] [--kinds article,corpus,feed] [options]',
  description: [
    'Claims jobs from the queue in the PostgreSQL database (FOR UPDATE SKIP LOCKED, so any number',
    'of workers on any number of machines share it), runs the per-article pipeline and stores each',
    'article, then queues one run of the corpus steps (entities, stories, statements), which one',
    'worker at a time runs under an advisory lock. Failures are retried with exponential backoff and',
    'jitter; after the last attempt, or at once for a document that cannot be processed, a job is',
    'dead with its reason (storyline status shows them). A worker that is killed loses nothing: its',
    'jobs come back when their lease runs out. When the database goes away the worker waits and',
    'reconnects. SIGINT or SIGTERM stop it after the jobs in flight; a second signal exits at once',
    '(the jobs come back through their leases). --concurrency overlaps the database work of several',
    'jobs in one process; for more processor time run more workers (one per core).',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    concurrency: { type: 'string', value: 'N', description: 'jobs in flight at once in this process (default 2)' },
    'until-empty': { type: 'boolean', description: 'exit once no job is pending or running (feeds count only when due)' },
    kinds: { type: 'string', multiple: true, value: 'KIND', description: 'serve only these job kinds: article, corpus, feed (default all)' },
    lease: { type: 'string', value: 'SECONDS', description: `lease of a claimed job, renewed while it runs (default ${DEFAULT_LEASE_S})` },
    'allow-private-network': { type: 'boolean', description: 'feed jobs may fetch from loopback, private and link-local addresses' },
    json: { type: 'boolean', description: 'print one JSON object per event instead of text' },
    quiet: { type: 'boolean', short: 'q', description: 'print failures and the summary only' },
  },
  async run(args, io) {
    const location = dbPath(args, io.env);
    if (!isPostgresLocation(location)) {
      throw new StorylineError('USAGE', 'the worker needs a PostgreSQL database (--db postgres://…); with SQLite, ingest runs inline');
    }
    const concurrency = int(args, 'concurrency', 2);
    if (concurrency < 1 || concurrency > 64) throw new StorylineError('USAGE', '--concurrency takes a number from 1 to 64');
    const leaseS = int(args, 'lease', DEFAULT_LEASE_S);
    if (leaseS < 1) throw new StorylineError('USAGE', '--lease takes a number of seconds above 0');
    const kinds = list(args, 'kinds').flatMap((k) => k.split(',')).map((k) => k.trim()).filter(Boolean);
    for (const k of kinds) if (!KINDS.includes(k as JobKind)) throw new StorylineError('USAGE', `--kinds takes article, corpus or feed, found "${k}"`);
    const serve = new Set<JobKind>(kinds.length ? kinds as JobKind[] : KINDS);
    const asJson = Boolean(args.values.json);
    const quiet = Boolean(args.values.quiet);

    const { JobQueue } = await import('../../core/queue/job-queue.js');
    const { Worker } = await import('../../core/queue/worker.js');
    const queue = await JobQueue.open(location, { poolSize: concurrency + 3 });
    try {
      const store = await openStore(location);
      try {
        const handlers = await buildHandlers(serve, store, queue, args.values['allow-private-network'] === true);
        const { corpusJob } = await import('../../core/queue/corpus-job.js');
        const worker = new Worker({
          queue, handlers, concurrency, leaseMs: leaseS * 1000, untilEmpty: Boolean(args.values['until-empty']),
          onArticlesStored: async () => { await queue.enqueue([corpusJob()]); },
          onEvent: reporter(io, asJson, quiet),
        });
        const signals = stopOnSignals(io, asJson, () => worker.stop());
        if (!asJson && !quiet) io.err(`worker ${worker.workerId}: serving ${[...serve].join(', ')} jobs, ${concurrency} at a time\n`);
        try {
          const summary = await worker.run();
          if (asJson) io.out(`${JSON.stringify({ event: 'summary', ...summary })}\n`);
          else io.err(`worker ${summary.workerId}: ${summary.done} jobs done, ${summary.failed} failed (${summary.dead} dead) in ${(summary.elapsedMs / 1000).toFixed(1)}s, processor time ${(summary.cpuMs / 1000).toFixed(1)}s\n`);
          return EXIT.OK;
        } finally {
          signals.dispose();
        }
      } finally {
        await store.close();
      }
    } finally {
      await queue.close();
    }
  },
};

/** The handler of every kind served; the pipeline and the fetch stack load only for the kinds that need them. */
async function buildHandlers(
  serve: Set<JobKind>, store: Awaited<ReturnType<typeof openStore>>, queue: import('../../core/queue/job-queue.js').JobQueue, allowPrivateNetwork: boolean,
): Promise<Partial<Record<JobKind, JobHandler>>> {
  const handlers: Partial<Record<JobKind, JobHandler>> = {};
  if (serve.has('article')) {
    const { DEFAULT_PIPELINE } = await import('../../core/pipeline/default-pipeline.js');
    const { runArticleJob } = await import('../../core/queue/article-job.js');
    handlers.article = async (job) => {
      const outcome = await runArticleJob(store, job, DEFAULT_PIPELINE);
      return { status: 'done', detail: { outcome }, storedArticles: outcome === 'added' ? 1 : 0 };
    };
  }
  if (serve.has('corpus')) {
    const { DEFAULT_CORPUS_STEPS } = await import('../../core/corpus/default-corpus-steps.js');
    const { runCorpusJob } = await import('../../core/queue/corpus-job.js');
    handlers.corpus = async () => {
      const outcome = await runCorpusJob(queue, store, DEFAULT_CORPUS_STEPS);
      return { status: 'done', detail: outcome.ran ? { ran: true, steps: outcome.results } : { ran: false, reason: 'another worker holds the corpus lock' } };
    };
  }
  if (serve.has('feed')) {
    const { feedHandler } = await import('./watch.js');
    handlers.feed = await feedHandler(store, queue, { allowPrivateNetwork });
  }
  return handlers;
}

/** Prints worker events: failures always, progress every few seconds, database outages. */
export function reporter(io: Io, asJson: boolean, quiet: boolean): (event: WorkerEvent) => void {
  let done = 0;
  let lastLine = performance.now();
  let sinceLine = 0;
  return (event) => {
    const at = new Date().toISOString();
    if (asJson) {
      if (event.type === 'idle') return;
      const { job, ...rest } = event as WorkerEvent & { job?: { id: string; kind: string; attempts: number } };
      io.out(`${JSON.stringify({ at, event: event.type, ...(job ? { job: job.id, kind: job.kind, attempt: job.attempts } : {}), ...rest })}\n`);
      return;
    }
    switch (event.type) {
      case 'done': {
        done++;
        sinceLine++;
        if (event.job.kind === 'corpus' && !quiet && event.detail?.ran) io.err(`${at}  corpus steps ran in ${event.ms} ms\n`);
        const now = performance.now();
        if (!quiet && now - lastLine > PROGRESS_MS) {
          io.err(`${at}  ${done} jobs done (${(sinceLine / ((now - lastLine) / 1000)).toFixed(1)}/s)\n`);
          lastLine = now;
          sinceLine = 0;
        }
        return;
      }
      case 'failed':
        io.err(`${at}  ${event.job.kind} job ${event.job.id} attempt ${event.job.attempts}/${event.job.maxAttempts} failed${event.code ? ` [${event.code}]` : ''}: ${event.error}; ${event.outcome === 'retry' ? 'will retry' : event.outcome === 'dead' ? 'dead' : 'lease lost'}\n`);
        return;
      case 'reaped':
        io.err(`${at}  ${event.returned} jobs of stopped workers returned to the queue${event.dead ? `, ${event.dead} dead after their last attempt` : ''}\n`);
        return;
      case 'database-unreachable':
        io.err(`${at}  database unreachable (${event.error}); retrying in ${(event.retryInMs / 1000).toFixed(1)}s\n`);
        return;
      case 'database-back':
        io.err(`${at}  database reachable again\n`);
        return;
      case 'idle':
        return;
    }
  };
}

/** SIGINT/SIGTERM: the first stops claiming and lets jobs in flight finish; a second exits at once. */
export function stopOnSignals(io: Io, quiet: boolean, stop: () => void): { dispose(): void } {
  let signalled = false;
  const on = (signal: string): void => {
    if (signalled) {
      if (!quiet) io.err(`${signal} again: exiting; jobs in flight return to the queue when their leases run out\n`);
      process.exit(EXIT.FAILURE);
    }
    signalled = true;
    if (!quiet) io.err(`${signal}: finishing the jobs in flight, then stopping\n`);
    stop();
  };
  const onInt = (): void => on('SIGINT');
  const onTerm = (): void => on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}

/**
 * The worker loop: claims jobs of the kinds it serves (up to `concurrency` at a time), runs each
 * with its handler, extends the leases of the jobs it holds while they run, returns expired leases
 * of dead workers to the queue, and queues a corpus run after storing new articles. When the
 * database goes away it waits and retries with backoff instead of exiting; jobs it held meanwhile
 * come back through their leases.
 */
import { isConnectionError } from './pg-location.js';
import { newWorkerId, type FailOutcome, type Job, type JobKind, type JobQueue } from './job-queue.js';

/** What a handler tells the worker to do with the job it ran. */
export type HandlerResult =
  | { status: 'done'; detail?: Record<string, unknown>; storedArticles?: number }
  /** Recurring jobs: back to pending, due at `nextRunAt`. */
  | { status: 'reschedule'; nextRunAt: Date; detail?: Record<string, unknown> };

/** Runs one job; throws to fail it (retried, or dead when permanent or out of attempts). */
export type JobHandler = (job: Job, context: { stopping: () => boolean }) => Promise<HandlerResult>;

/** What the worker reports as it goes. */
export type WorkerEvent =
  | { type: 'done'; job: Job; ms: number; detail?: Record<string, unknown> }
  | { type: 'failed'; job: Job; ms: number; outcome: FailOutcome; error: string; code: string | null }
  | { type: 'reaped'; returned: number; dead: number }
  | { type: 'database-unreachable'; error: string; retryInMs: number }
  | { type: 'database-back' }
  | { type: 'idle' };

/** Options of a Worker. */
export interface WorkerOptions {
  queue: JobQueue;
  handlers: Partial<Record<JobKind, JobHandler>>;
  /** Jobs in flight at once in this process (default 1). */
  concurrency?: number;
  /** Lease of a claimed job; extended every third of it while the job runs (default 60 s). */
  leaseMs?: number;
  /** Wait between looks at an empty queue (default 250 ms: one indexed query per look). */
  idleMs?: number;
  /** Exit once no job of the served kinds is left (pending or running anywhere). */
  untilEmpty?: boolean;
  /** Called with a job's stored-article count: the corpus run to queue (debounced by the queue's key). */
  onArticlesStored?: () => Promise<void>;
  /** While articles keep coming, queue a corpus run at most this often (default 10 s). */
  corpusEveryMs?: number;
  /** When idle, queue a corpus run once no article was stored for this long (default 2 s). */
  corpusIdleMs?: number;
  onEvent?: (event: WorkerEvent) => void;
  workerId?: string;
  /** Longest wait between reconnection attempts (default 30 s). */
  maxReconnectMs?: number;
}

/** Totals of one worker run. */
export interface WorkerSummary {
  workerId: string;
  done: number;
  failed: number;
  dead: number;
  elapsedMs: number;
  /** Processor time this process used during the run (user + system), in milliseconds. */
  cpuMs: number;
}

export class Worker {
  readonly workerId: string;
  private readonly options: WorkerOptions;
  private readonly kinds: JobKind[];
  private readonly inFlight = new Map<string, Promise<void>>();
  private stopping = false;
  private wake: (() => void) | null = null;
  private storedSinceCorpus = 0;
  private lastCorpusFlush = performance.now();
  private lastStoredAt = 0;

  constructor(options: WorkerOptions) {
    this.options = options;
    this.workerId = options.workerId ?? newWorkerId();
    this.kinds = Object.keys(options.handlers) as JobKind[];
  }

  /** Asks the loop to stop: no new claims; jobs in flight finish. */
  stop(): void {
    this.stopping = true;
    this.wake?.();
  }

  get stopRequested(): boolean {
    return this.stopping;
  }

  async run(): Promise<WorkerSummary> {
    const { queue } = this.options;
    const concurrency = Math.max(1, this.options.concurrency ?? 1);
    const leaseMs = this.options.leaseMs ?? 60_000;
    const idleMs = this.options.idleMs ?? 250;
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    const summary: WorkerSummary = { workerId: this.workerId, done: 0, failed: 0, dead: 0, elapsedMs: 0, cpuMs: 0 };
    const heartbeat = setInterval(() => {
      queue.heartbeat(this.workerId, [...this.inFlight.keys()], leaseMs).catch(() => undefined);
    }, Math.max(50, Math.floor(leaseMs / 3)));
    let lastReap = 0;
    let outage = 0;
    try {
      while (!this.stopping) {
        try {
          if (performance.now() - lastReap > leaseMs / 2) {
            lastReap = performance.now();
            const reaped = await queue.reapExpired();
            if (reaped.returned + reaped.dead > 0) this.emit({ type: 'reaped', ...reaped });
          }
          const free = concurrency - this.inFlight.size;
          const jobs = free > 0 ? await queue.claim(this.workerId, this.kinds, free, leaseMs) : [];
          if (outage > 0) {
            outage = 0;
            this.emit({ type: 'database-back' });
          }
          for (const job of jobs) this.start(job, summary);
          if (this.storedSinceCorpus > 0 && performance.now() - this.lastCorpusFlush > (this.options.corpusEveryMs ?? 10_000)) await this.flushCorpus();
          if (jobs.length > 0) continue;
          if (this.inFlight.size > 0) {
            await this.sleep(free > 0 ? idleMs : 60_000);
            continue;
          }
          // Idle: queue a corpus run for what this worker stored once no article has come for a
          // moment (a trickle of articles would otherwise run the corpus steps after each of them;
          // while they keep coming, the periodic flush above runs it every corpusEveryMs).
          if (this.options.untilEmpty || performance.now() - this.lastStoredAt > (this.options.corpusIdleMs ?? 2000)) await this.flushCorpus();
          if (this.options.untilEmpty && !(await queue.hasWork(this.kinds))) break;
          this.emit({ type: 'idle' });
          const next = await queue.msUntilNextDue(this.kinds);
          await this.sleep(Math.min(idleMs, next ?? idleMs));
        } catch (error) {
          if (!isConnectionError(error)) throw error;
          outage++;
          const wait = Math.min(this.options.maxReconnectMs ?? 30_000, 250 * 2 ** Math.min(10, outage));
          this.emit({ type: 'database-unreachable', error: (error as Error).message, retryInMs: wait });
          await this.sleep(wait);
        }
      }
      await Promise.all(this.inFlight.values());
      await this.flushCorpus().catch(() => undefined);
    } finally {
      clearInterval(heartbeat);
      summary.elapsedMs = Math.round(performance.now() - started);
      const cpu = process.cpuUsage(cpuAtStart);
      summary.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    }
    return summary;
  }

  private start(job: Job, summary: WorkerSummary): void {
    const handler = this.options.handlers[job.kind];
    const began = performance.now();
    const work = (async () => {
      try {
        if (!handler) throw new Error(`no handler for ${job.kind} jobs`);
        const result = await handler(job, { stopping: () => this.stopping });
        if (result.status === 'done' && result.storedArticles) {
          this.storedSinceCorpus += result.storedArticles;
          this.lastStoredAt = performance.now();
        }
        await this.options.queue.complete(job, this.workerId, result.status === 'reschedule' ? result.nextRunAt : undefined, result.detail);
        summary.done++;
        this.emit({ type: 'done', job, ms: Math.round(performance.now() - began), detail: result.detail });
      } catch (error) {
        summary.failed++;
        let outcome: FailOutcome = 'lost';
        try {
          outcome = await this.options.queue.fail(job, this.workerId, error);
        } catch {
          // The database is away: the lease runs out and the job comes back.
        }
        if (outcome === 'dead') summary.dead++;
        const code = (error as { code?: unknown })?.code;
        this.emit({
          type: 'failed', job, ms: Math.round(performance.now() - began), outcome,
          error: error instanceof Error ? error.message : String(error), code: typeof code === 'string' ? code : null,
        });
      } finally {
        this.inFlight.delete(job.id);
        this.wake?.();
      }
    })();
    this.inFlight.set(job.id, work);
  }

  /** Queues a corpus run when this worker stored articles since it last did. */
  private async flushCorpus(): Promise<void> {
    if (this.storedSinceCorpus === 0 || !this.options.onArticlesStored) return;
    this.lastCorpusFlush = performance.now();
    await this.options.onArticlesStored();
    this.storedSinceCorpus = 0;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wake = done;
    });
  }

  private emit(event: WorkerEvent): void {
    this.options.onEvent?.(event);
  }
}

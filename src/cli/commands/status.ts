import { StorylineError } from '../../core/errors.js';
import { isPostgresLocation } from '../../core/store/open-store.js';
import type { JobKind } from '../../core/queue/job-queue.js';
import type { QueueStatus } from '../../core/queue/queue-status.js';
import { type Command, DB_OPTION, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';

const KINDS: JobKind[] = ['article', 'corpus', 'feed'];

/** `storyline status`: the job queue at a glance (PostgreSQL). */
export const statusCommand: Command = {
  name: 'status',
  summary: 'Show the job queue: pending, running, done, dead with reasons, throughput, latency (PostgreSQL).',
  usage: 'storyline status --db postgres://… [--json] [--minutes N] [--retry-dead KINDS] [--prune-done DAYS]',
  description: [
    'Counts of jobs by state and kind; failures waiting for a retry and dead jobs, grouped by kind and',
    'reason with one message each; the workers holding jobs and until when; jobs finished in the last',
    '1, 5 and 15 minutes; the age of the oldest job due and not yet claimed; and the queue latency',
    '(enqueue to done: median, 95th percentile, maximum) over the last --minutes (default 15).',
    '--retry-dead puts dead jobs back in the queue with fresh attempts, once their cause is fixed;',
    '--prune-done deletes done jobs older than that many days (the table keeps them otherwise).',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    minutes: { type: 'string', value: 'N', description: 'window of the latency figures, in minutes (default 15)' },
    'retry-dead': { type: 'string', value: 'KINDS', description: 'first put dead jobs of these kinds (article,corpus,feed or all) back in the queue' },
    'prune-done': { type: 'string', value: 'DAYS', description: 'first delete done jobs finished more than DAYS days ago' },
    json: { type: 'boolean', description: 'print the status as JSON' },
  },
  async run(args, io) {
    const location = dbPath(args, io.env);
    if (!isPostgresLocation(location)) throw new StorylineError('USAGE', 'the queue lives in PostgreSQL: pass --db postgres://… (with SQLite, ingest runs inline and there is no queue)');
    const minutes = int(args, 'minutes', 15);
    if (minutes < 1) throw new StorylineError('USAGE', '--minutes takes a number above 0');
    const { JobQueue } = await import('../../core/queue/job-queue.js');
    const { queueStatus } = await import('../../core/queue/queue-status.js');
    const retry = str(args, 'retry-dead');
    const kinds = retry === undefined ? [] : retry === 'all' ? [...KINDS] : retry.split(',').map((k) => k.trim());
    for (const k of kinds) if (!KINDS.includes(k as JobKind)) throw new StorylineError('USAGE', `--retry-dead takes article, corpus, feed or all, found "${k}"`);
    const pruneDays = args.values['prune-done'] !== undefined ? Number(str(args, 'prune-done')) : null;
    if (pruneDays !== null && !(Number.isFinite(pruneDays) && pruneDays >= 0)) throw new StorylineError('USAGE', '--prune-done takes a number of days, 0 or more');
    const queue = await JobQueue.open(location, { poolSize: 2 });
    try {
      if (pruneDays !== null) {
        const n = await queue.pruneDone(pruneDays);
        io.err(`${n} done job${n === 1 ? '' : 's'} deleted\n`);
      }
      if (kinds.length) {
        const n = await queue.retryDead(kinds as JobKind[]);
        io.err(`${n} dead job${n === 1 ? '' : 's'} put back in the queue\n`);
      }
      const status = await queueStatus(queue, minutes);
      io.out(args.values.json ? json(status) : formatStatus(status));
      return EXIT.OK;
    } finally {
      await queue.close();
    }
  },
};

function seconds(s: number | null): string {
  if (s === null) return '-';
  return s < 10 ? `${s.toFixed(2)}s` : s < 600 ? `${s.toFixed(0)}s` : `${(s / 60).toFixed(0)}min`;
}

/** The text form of `storyline status`. */
export function formatStatus(s: QueueStatus): string {
  const c = s.counts;
  const lines = [
    `jobs: ${c.pending} pending (${s.due} due now, ${s.retrying} waiting to retry), ${c.running} running, ${c.done} done, ${c.dead} dead`,
  ];
  if (s.byKind.length) {
    lines.push('', table(['kind', 'pending', 'running', 'done', 'dead'], s.byKind.map((k) => [k.kind, k.pending, k.running, k.done, k.dead])).trimEnd());
  }
  lines.push('', `throughput: ${s.throughput.map((t) => `${t.done} in the last ${t.minutes} min (${t.perSecond}/s)`).join(', ')}`);
  lines.push(`oldest job due and unclaimed: ${s.oldestDueSeconds === null ? 'none' : `${seconds(s.oldestDueSeconds)} old`}`);
  const l = s.latency;
  lines.push(`queue latency (enqueue to done), last ${l.minutes} min: ${l.jobs === 0 ? 'no jobs finished' : `median ${seconds(l.p50)}, p95 ${seconds(l.p95)}, max ${seconds(l.max)} over ${l.jobs} jobs`}`);
  if (s.workers.length) {
    lines.push('', 'workers holding jobs:', table(['worker', 'running', 'lease until'], s.workers.map((w) => [w.worker, w.running, w.leaseUntil])).trimEnd());
  }
  if (s.failing.length) {
    lines.push('', 'failed, waiting to retry:', table(['kind', 'code', 'jobs', 'example'], s.failing.map((f) => [f.kind, f.code, f.count, f.example]), 70).trimEnd());
  }
  if (s.dead.length) {
    lines.push('', 'dead:', table(['kind', 'code', 'jobs', 'example'], s.dead.map((f) => [f.kind, f.code, f.count, f.example]), 70).trimEnd());
  }
  return lines.join('\n') + '\n';
}

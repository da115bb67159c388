import type { IngestSummary } from '../../core/ingest/ingest.js';
import { measureInputs, readInputs, type ReadOptions } from '../../core/ingest/read-inputs.js';
import type { NetworkInputOptions } from '../../core/ingest/network-inputs.js';
import type { Store } from '../../core/store/store.js';
import { FETCH_DEFAULTS, parseFetchUrl, systemClock, type FetchOptions } from '../../core/sources/index.js';
import { isPostgresLocation, openStore } from '../../core/store/open-store.js';
import type { EnqueueSummary } from '../../core/queue/article-job.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, type Io, type ParsedArgs, DB_OPTION, date, dbPath, int, list, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { ProgressBar, json, table } from '../output.js';

/** `storyline ingest`: files, folders and stdin into the database. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read articles from files, folders, standard input, web pages or feeds, analyse them and store them.',
  usage: 'storyline ingest [options] [PATH...] [--url URL]... [--feed URL]... (PATH may be - for standard input)',
  description: [
    'Reads .txt .md .html .htm .json .jsonl .ndjson files; folders are read recursively.',
    '--url fetches a page; --feed reads an RSS, Atom, RDF or JSON feed and fetches the page of every',
    'item, merging the item\'s title, dates, authors and categories with the page\'s. robots.txt is',
    'always respected; loopback and private addresses are refused unless --allow-private-network.',
    'A page that cannot be fetched is a stored rejection (fetch-failed, with the error code).',
    'JSONL records carry id, url, outlet (or source), title, text or html, published, language,',
    'author; other fields are kept as metadata (docs/ingest.md). Articles already stored are',
    'recognised by content hash and not stored twice, so re-running a command is safe.',
    'Exit code 3 when any document was rejected; every rejection is stored with its reason.',
    'On PostgreSQL (--db postgres://…) documents are queued, one job each, for `storyline worker`',
    'to process (re-queueing the same document adds nothing); --inline processes them here instead.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    include: { type: 'string', multiple: true, value: 'GLOB', description: 'in folders, read only files matching this glob' },
    exclude: { type: 'string', multiple: true, value: 'GLOB', description: 'in folders, skip files matching this glob' },
    outlet: { type: 'string', value: 'NAME', description: 'outlet of documents that carry none' },
    published: { type: 'string', value: 'DATE', description: 'publication date of documents that carry none' },
    format: { type: 'string', value: 'FMT', description: 'format of standard input: text, html or jsonl (default: sniffed)' },
    'max-bytes': { type: 'string', value: 'N', description: `largest document in bytes (default 20971520 for files, ${FETCH_DEFAULTS.maxBytes} for fetched pages)` },
    url: { type: 'string', multiple: true, value: 'URL', description: 'fetch this page and ingest it' },
    feed: { type: 'string', multiple: true, value: 'URL', description: 'read this feed and ingest the page of every item' },
    'allow-private-network': { type: 'boolean', description: 'allow fetching from loopback, private and link-local addresses' },
    timeout: { type: 'string', value: 'MS', description: `longest time for one fetch, in milliseconds (default ${FETCH_DEFAULTS.totalTimeoutMs})` },
    inline: { type: 'boolean', description: 'on PostgreSQL, process the documents here instead of queueing them for workers' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
    quiet: { type: 'boolean', short: 'q', description: 'no progress bar' },
  },
  async run(args, io) {
    const urls = list(args, 'url');
    const feeds = list(args, 'feed');
    if (args.positionals.length === 0 && urls.length === 0 && feeds.length === 0) {
      throw new StorylineError('USAGE', 'ingest needs at least one PATH (or - for standard input), --url URL or --feed URL.');
    }
    // A malformed URL is a mistake on the command line, not a document to reject.
    for (const u of [...urls, ...feeds]) usageUrl(u);
    const format = str(args, 'format');
    if (format && !['text', 'html', 'jsonl'].includes(format)) throw new StorylineError('USAGE', `--format takes text, html or jsonl, found "${format}"`);
    const readOptions = {
      include: list(args, 'include'),
      exclude: list(args, 'exclude'),
      outlet: str(args, 'outlet'),
      published: date(args, 'published'),
      maxDocumentBytes: args.values['max-bytes'] !== undefined ? int(args, 'max-bytes', 0) : undefined,
      stdinFormat: format as 'text' | 'html' | 'jsonl' | undefined,
      stdin: io.stdin as unknown as import('node:stream').Readable,
    };
    const network = { clock: systemClock, fetchOptions: fetchOptionsOf(args), outlet: readOptions.outlet, published: readOptions.published };
    const location = dbPath(args, io.env);
    const store = await openStore(location);
    if (isPostgresLocation(location) && !args.values.inline) {
      try {
        return await enqueueCommand(args, io, location, store, readOptions, urls, feeds, network);
      } finally {
        await store.close();
      }
    }
    try {
      const showProgress = io.isTTY && !args.values.quiet && !args.values.json;
      // Fetched bytes are not known ahead: with network inputs the bar shows counts without a ratio.
      const total = showProgress && urls.length + feeds.length === 0 ? await measureInputs(args.positionals, readOptions) : 0;
      const bar = showProgress ? new ProgressBar(io.err, 'ingest') : null;
      // The pipeline and the network code are loaded here, not at start-up: the other commands
      // do not need them.
      const { ingestItems } = await import('../../core/ingest/ingest.js');
      const { concatInputs, readFeeds, readUrls } = await import('../../core/ingest/network-inputs.js');
      const items = concatInputs(
        ...(args.positionals.length ? [readInputs(args.positionals, readOptions)] : []),
        ...(urls.length ? [readUrls(urls, network)] : []),
        ...(feeds.length ? [readFeeds(feeds, network)] : []),
      );
      const summary = await ingestItems(store, items, {
        ...readOptions,
        onProgress: bar
          ? (p) => bar.update(p.bytes, total, `${p.added} added, ${p.duplicates} dup, ${p.rejected} rejected`, p.documents / Math.max(0.001, p.elapsedMs / 1000))
          : undefined,
      });
      bar?.done();
      if (args.values.json) io.out(json(summary));
      else io.out(formatSummary(summary));
      if (summary.rejections.some((r) => r.detail.startsWith('FETCH_BLOCKED_ADDRESS')) && !args.values['allow-private-network']) {
        io.err('storyline ingest: loopback and private addresses are refused; pass --allow-private-network to fetch from them.\n');
      }
      return summary.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** `ingest` on PostgreSQL: the inputs become article jobs; workers process them. */
async function enqueueCommand(
  args: ParsedArgs, io: Io, location: string, store: Store, readOptions: ReadOptions, urls: string[], feeds: string[],
  network: NetworkInputOptions,
): Promise<number> {
  const { JobQueue } = await import('../../core/queue/job-queue.js');
  const { enqueueInputs } = await import('../../core/queue/article-job.js');
  const { concatInputs, readFeeds, readUrls } = await import('../../core/ingest/network-inputs.js');
  const queue = await JobQueue.open(location, { poolSize: 2 });
  try {
    const started = performance.now();
    const summary = await enqueueInputs(queue, store, concatInputs(
      ...(args.positionals.length ? [readInputs(args.positionals, readOptions)] : []),
      ...(urls.length ? [readUrls(urls, network)] : []),
      ...(feeds.length ? [readFeeds(feeds, network)] : []),
    ));
    const elapsedMs = Math.round(performance.now() - started);
    if (args.values.json) io.out(json({ ...summary, elapsedMs }));
    else io.out(formatEnqueueSummary(summary, elapsedMs));
    return summary.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
  } finally {
    await queue.close();
  }
}

/** The human summary of queueing. */
export function formatEnqueueSummary(s: EnqueueSummary, elapsedMs: number): string {
  const lines = [
    `${s.documents} documents in ${(elapsedMs / 1000).toFixed(1)}s: ${s.enqueued} queued, ${s.alreadyQueued} already queued, ${s.rejected} rejected${s.skipped ? `, ${s.skipped} files of other types passed over` : ''}.`,
  ];
  if (s.rejected > 0) {
    lines.push('', 'Rejected by reason:');
    for (const [reason, n] of Object.entries(s.rejectedBy)) lines.push(`  ${reason}: ${n}`);
  }
  if (s.enqueued > 0) lines.push('Run `storyline worker --db …` to process them; `storyline status --db …` shows the queue.');
  return lines.join('\n') + '\n';
}

/** Checks a URL given on the command line; a malformed one is a usage error naming it. */
export function usageUrl(raw: string): string {
  try {
    return parseFetchUrl(raw).href;
  } catch (error) {
    throw new StorylineError('USAGE', `${(error as Error).message} (a --url or --feed value)`);
  }
}

/** Fetch options from `--allow-private-network`, `--timeout MS` and `--max-bytes N`. */
export function fetchOptionsOf(args: ParsedArgs): FetchOptions {
  const options: FetchOptions = { allowPrivateNetwork: Boolean(args.values['allow-private-network']) };
  if (args.values.timeout !== undefined) {
    const ms = int(args, 'timeout', FETCH_DEFAULTS.totalTimeoutMs);
    if (ms < 1) throw new StorylineError('USAGE', '--timeout takes a number of milliseconds above 0');
    options.totalTimeoutMs = ms;
    options.connectTimeoutMs = Math.min(ms, FETCH_DEFAULTS.connectTimeoutMs);
  }
  if (args.values['max-bytes'] !== undefined) options.maxBytes = int(args, 'max-bytes', FETCH_DEFAULTS.maxBytes);
  return options;
}

/** The human summary of an ingest run. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.documents / Math.max(0.001, s.elapsedMs / 1000);
  const lines = [
    `${s.documents} documents in ${(s.elapsedMs / 1000).toFixed(1)}s (${rate.toFixed(0)}/s): ${s.added} added, ${s.duplicates} already stored, ${s.rejected} rejected${s.skipped ? `, ${s.skipped} files of other types passed over` : ''}.`,
  ];
  if (s.rejected > 0) {
    lines.push('', 'Rejected by reason:');
    for (const [reason, n] of Object.entries(s.rejectedBy)) lines.push(`  ${reason}: ${n}`);
    lines.push('', table(['file', 'line', 'reason', 'detail'], s.rejections.slice(0, 20).map((r) => [r.file, r.line, r.reason, r.detail]), 70).trimEnd());
    if (s.rejected > 20) lines.push(`  … and ${s.rejected - 20} more: storyline export --what rejections`);
  }
  const failures = Object.entries(s.stageFailures);
  if (failures.length) lines.push('', `Stage failures (articles stored without that stage): ${failures.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return lines.join('\n') + '\n';
}

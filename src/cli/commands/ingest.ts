import { ingest, type IngestSummary } from '../../core/ingest/ingest.js';
import { measureInputs } from '../../core/ingest/read-inputs.js';
import { openStore } from '../../core/store/open-store.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, DB_OPTION, date, dbPath, int, list, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { ProgressBar, json, table } from '../output.js';

/** `storyline ingest`: files, folders and stdin into the database. */
export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'Read articles from files, folders or standard input, analyse them and store them.',
  usage: 'storyline ingest [options] PATH... (PATH may be - for standard input)',
  description: [
    'Reads .txt .md .html .htm .json .jsonl .ndjson files; folders are read recursively.',
    'JSONL records carry id, url, outlet (or source), title, text or html, published, language,',
    'author; other fields are kept as metadata (docs/ingest.md). Articles already stored are',
    'recognised by content hash and not stored twice, so re-running a command is safe.',
    'Exit code 3 when any document was rejected; every rejection is stored with its reason.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    include: { type: 'string', multiple: true, value: 'GLOB', description: 'in folders, read only files matching this glob' },
    exclude: { type: 'string', multiple: true, value: 'GLOB', description: 'in folders, skip files matching this glob' },
    outlet: { type: 'string', value: 'NAME', description: 'outlet of documents that carry none' },
    published: { type: 'string', value: 'DATE', description: 'publication date of documents that carry none' },
    format: { type: 'string', value: 'FMT', description: 'format of standard input: text, html or jsonl (default: sniffed)' },
    'max-bytes': { type: 'string', value: 'N', description: 'largest document in bytes (default 20971520)' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
    quiet: { type: 'boolean', short: 'q', description: 'no progress bar' },
  },
  async run(args, io) {
    if (args.positionals.length === 0) throw new StorylineError('USAGE', 'ingest needs at least one PATH (or - for standard input).');
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
    const store = await openStore(dbPath(args, io.env));
    try {
      const showProgress = io.isTTY && !args.values.quiet && !args.values.json;
      const total = showProgress ? await measureInputs(args.positionals, readOptions) : 0;
      const bar = showProgress ? new ProgressBar(io.err, 'ingest') : null;
      const summary = await ingest(store, args.positionals, {
        ...readOptions,
        onProgress: bar
          ? (p) => bar.update(p.bytes, total, `${p.added} added, ${p.duplicates} dup, ${p.rejected} rejected`, p.documents / Math.max(0.001, p.elapsedMs / 1000))
          : undefined,
      });
      bar?.done();
      if (args.values.json) io.out(json(summary));
      else io.out(formatSummary(summary));
      return summary.rejected > 0 ? EXIT.REJECTED : EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

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

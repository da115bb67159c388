import { createWriteStream } from 'node:fs';
import { openStore } from '../../core/store/open-store.js';
import { exportRecord, EXPORT_CSV_COLUMNS, toCsvRow } from '../../core/export/export-record.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, DB_OPTION, FILTER_OPTIONS, dbPath, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { filterOf } from './articles.js';

/** `storyline export`: articles (and everything derived) or rejections as JSON, JSONL or CSV. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Export articles with everything derived, or the rejections, as JSON, JSONL or CSV.',
  usage: 'storyline export [--what articles|rejections] [--format json|jsonl|csv] [--out FILE] [filters]',
  description: 'Fields are documented in docs/export.md; ids are stable across exports.',
  options: {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    what: { type: 'string', value: 'WHAT', description: 'articles (default) or rejections' },
    format: { type: 'string', value: 'FMT', description: 'jsonl (default), json or csv' },
    out: { type: 'string', value: 'FILE', description: 'write to this file instead of standard output' },
    text: { type: 'boolean', description: 'CSV: include the clean text column' },
  },
  async run(args, io) {
    const what = str(args, 'what') ?? 'articles';
    const format = str(args, 'format') ?? 'jsonl';
    if (!['articles', 'rejections'].includes(what)) throw new StorylineError('USAGE', `--what takes articles or rejections, found "${what}"`);
    if (!['json', 'jsonl', 'csv'].includes(format)) throw new StorylineError('USAGE', `--format takes json, jsonl or csv, found "${format}"`);
    const outFile = str(args, 'out');
    const file = outFile ? createWriteStream(outFile) : null;
    const write = file ? (s: string) => new Promise<void>((res, rej) => file.write(s, (e) => (e ? rej(e) : res()))) : async (s: string) => io.out(s);
    const store = await openStore(dbPath(args, io.env));
    try {
      let n = 0;
      const emit = async (record: Record<string, unknown>, columns: readonly string[]): Promise<void> => {
        if (format === 'jsonl') await write(`${JSON.stringify(record)}\n`);
        else if (format === 'json') await write(`${n === 0 ? '[\n' : ',\n'}${JSON.stringify(record)}`);
        else {
          if (n === 0) await write(toCsvRow(columns as string[]));
          await write(toCsvRow(columns.map((c) => record[c])));
        }
        n++;
      };
      if (what === 'articles') {
        const columns = args.values.text ? [...EXPORT_CSV_COLUMNS, 'text'] : EXPORT_CSV_COLUMNS;
        const stories = store.stories();
        const displayIds = new Map<string, string>();
        const displayId = async (id: string): Promise<string> => {
          let shown = displayIds.get(id);
          if (shown === undefined) {
            const a = await store.getArticle(id);
            shown = a?.source.externalId ?? id;
            displayIds.set(id, shown);
          }
          return shown;
        };
        for await (const article of store.iterateArticles(filterOf(args))) {
          const p = await stories.placement(article.id);
          const placement = p ? { duplicateOf: p.duplicateOf ? await displayId(p.duplicateOf) : null, eventId: p.event, storyId: p.story } : null;
          await emit(exportRecord(article, placement), columns);
        }
      } else {
        const columns = ['reason', 'detail', 'file', 'line', 'external_id', 'at'];
        for (let offset = 0; ; offset += 1000) {
          const page = await store.listRejections({ limit: 1000, offset });
          for (const r of page.items) await emit({ reason: r.reason, detail: r.detail, file: r.file, line: r.line, external_id: r.externalId ?? null, at: r.at }, columns);
          if (page.items.length < 1000) break;
        }
      }
      if (format === 'json') await write(n === 0 ? '[]\n' : '\n]\n');
      if (format === 'csv' && n === 0) await write('');
      if (file) {
        await new Promise<void>((res) => file.end(res));
        io.err(`${n} ${what} written to ${outFile}\n`);
      }
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

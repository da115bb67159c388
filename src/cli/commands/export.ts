import { createWriteStream } from 'node:fs';
import { openStore } from '../../core/store/open-store.js';
import { exportChunks } from '../../core/export/export-stream.js';
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
      const chunks = exportChunks(store, {
        what: what as 'articles' | 'rejections', format: format as 'jsonl' | 'json' | 'csv', filter: filterOf(args), text: Boolean(args.values.text),
        onRecord: () => n++,
      });
      for await (const chunk of chunks) await write(chunk);
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

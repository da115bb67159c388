import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeText } from '../../core/ingest/decode.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, date, str } from '../args.js';
import { EXIT } from '../exit-codes.js';

/** `storyline analyze`: one document in, the stable JSON contract out; nothing stored. */
export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyse one document and print the result as JSON (schema storyline.analyze/1). Nothing is stored.',
  usage: 'storyline analyze [options] [FILE|-]',
  description: 'The output is a stable contract, documented in docs/analyze.md.',
  options: {
    html: { type: 'boolean', description: 'the input is an HTML page (implied by a .html/.htm file)' },
    published: { type: 'string', value: 'DATE', description: 'publication date: the reference for relative dates' },
    verbatim: { type: 'boolean', description: 'skip cleaning: text is exactly the input, offsets refer to it' },
    outlet: { type: 'string', value: 'NAME', description: 'outlet of the document' },
    compact: { type: 'boolean', description: 'print the JSON on one line' },
  },
  async run(args, io) {
    const file = args.positionals[0] ?? '-';
    if (args.positionals.length > 1) throw new StorylineError('USAGE', 'analyze takes one FILE (or - for standard input).');
    let bytes: Buffer;
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const c of io.stdin as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(c));
      bytes = Buffer.concat(chunks);
    } else {
      try {
        bytes = await readFile(file);
      } catch {
        throw new StorylineError('INPUT_NOT_FOUND', `Cannot read ${file}.`);
      }
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      io.err(`storyline analyze: rejected (${decoded.reason}): ${decoded.detail}\n`);
      return EXIT.REJECTED;
    }
    const html = Boolean(args.values.html) || ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase());
    const { analyzeDocument } = await import('../../core/analyze.js');
    const result = analyzeDocument(decoded.text, {
      html, published: date(args, 'published'), verbatim: Boolean(args.values.verbatim), outlet: str(args, 'outlet'),
    });
    io.out(`${JSON.stringify(result, null, args.values.compact ? undefined : 2)}\n`);
    return EXIT.OK;
  },
};

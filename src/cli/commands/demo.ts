import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestSummary } from '../../core/ingest/ingest.js';
import { openStore } from '../../core/store/open-store.js';
import { StorylineError } from '../../core/errors.js';
import { type Command, DB_OPTION, dbPath, int } from '../args.js';
import { serveUntilStopped } from './serve.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../output.js';

/** The bundled sample corpus (fictional outlets, people and places; see samples/README.md). */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../../samples/corpus', import.meta.url));

/**
 * Ingests the sample corpus: the JSONL records and HTML pages carry their own metadata; the
 * scraped text files are in one folder per outlet, named in `outlets.json`.
 */
export async function ingestSampleCorpus(dbLocation: string, corpus = SAMPLE_CORPUS): Promise<IngestSummary[]> {
  try {
    await stat(corpus);
  } catch {
    throw new StorylineError('INPUT_NOT_FOUND', `The sample corpus is missing at ${corpus}.`);
  }
  const { ingest } = await import('../../core/ingest/ingest.js');
  const store = await openStore(dbLocation);
  try {
    const summaries: IngestSummary[] = [];
    summaries.push(await ingest(store, [corpus], { exclude: ['text/**', 'outlets.json'] }));
    let outlets: Record<string, string> = {};
    try {
      outlets = JSON.parse(await readFile(join(corpus, 'outlets.json'), 'utf8')) as Record<string, string>;
    } catch {
      outlets = {};
    }
    for (const [slug, outlet] of Object.entries(outlets)) {
      const folder = join(corpus, 'text', slug);
      try {
        await stat(folder);
      } catch {
        continue;
      }
      summaries.push(await ingest(store, [folder], { outlet }));
    }
    return summaries;
  } finally {
    await store.close();
  }
}

/** `storyline demo`. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'Ingest the bundled sample corpus into the database and show what Storyline found.',
  usage: 'storyline demo [--db PATH] [--port N] [--no-serve]',
  description: 'Ends by serving the API and the web UI on 127.0.0.1 (as storyline serve) until Ctrl-C; --no-serve stops after the summary.',
  options: {
    ...DB_OPTION,
    port: { type: 'string', value: 'N', description: 'port to serve on (default 4700; 0 picks a free one)' },
    'no-serve': { type: 'boolean', description: 'print the summary and exit instead of serving' },
  },
  async run(args, io) {
    const db = dbPath(args, io.env);
    const port = int(args, 'port', 4700);
    io.err(`Ingesting the sample corpus into ${db} …\n`);
    const summaries = await ingestSampleCorpus(db);
    const added = summaries.reduce((a, s) => a + s.added, 0);
    const dup = summaries.reduce((a, s) => a + s.duplicates, 0);
    const rejected = summaries.reduce((a, s) => a + s.rejected, 0);
    const ms = summaries.reduce((a, s) => a + s.elapsedMs, 0);
    io.out(`Sample corpus: ${added} articles added, ${dup} already stored, ${rejected} rejected (${(ms / 1000).toFixed(1)}s).\n\n`);
    const store = await openStore(db);
    try {
      const stats = await store.stats();
      io.out(`${stats.articles} articles from ${stats.outlets.length} outlets, published ${stats.firstPublished?.slice(0, 10)} to ${stats.lastPublished?.slice(0, 10)}\n\n`);
      io.out(table(['outlet', 'articles'], stats.outlets.map((o) => [o.outlet ?? '(none)', o.articles])) + '\n');
      io.out(table(['language', 'articles'], stats.languages.map((o) => [o.language ?? '(none)', o.articles])) + '\n');
      const stories = await store.stories().listStories({}, { limit: 8 });
      io.out(`Stories (${stories.total}), newest first:\n` + table(['story', 'from', 'to', 'articles', 'sources', 'label'], stories.items.map((st) => [
        st.id, st.firstPublished?.slice(0, 10), st.lastPublished?.slice(0, 10), st.articles, st.independentSources, st.label,
      ]), 60) + '\n');
      const next: Array<[string, string]> = [
        [`storyline stories --db ${db}`, 'stories with their events and sources'],
        [`storyline story ${stories.items[0]?.id ?? 'ID'} --db ${db}`, 'one story: summary, events, articles'],
        [`storyline entities --db ${db}`, 'who is who'],
        [`storyline quotes --db ${db}`, 'who said what, across outlets'],
        [`storyline search "ceasefire" --db ${db}`, 'full-text search'],
        [`storyline articles --db ${db}`, 'list articles; articles show ID --text for one'],
        [`storyline export --format csv --db ${db}`, 'everything, as CSV'],
      ];
      const width = Math.max(...next.map(([c]) => c.length)) + 3;
      io.out(['Next:', ...next.map(([c, d]) => `  ${c.padEnd(width)}${d}`)].join('\n') + '\n');
    } finally {
      await store.close();
    }
    if (args.values['no-serve']) return rejected > 0 ? EXIT.REJECTED : EXIT.OK;
    io.out('\n');
    await serveUntilStopped(await openStore(db), io, { port });
    return rejected > 0 ? EXIT.REJECTED : EXIT.OK;
  },
};

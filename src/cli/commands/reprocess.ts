import { openStore } from '../../core/store/open-store.js';
import { type Command, DB_OPTION, dbPath } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json } from '../output.js';

/** `storyline reprocess`: re-runs the stages that have improved since articles were stored. */
export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 'Re-run the pipeline stages whose version is newer than the one that processed stored articles.',
  usage: 'storyline reprocess [--db PATH] [--json]',
  description: 'The corpus steps (entities, stories, statements) run afterwards on what changed.',
  options: { ...DB_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  async run(args, io) {
    const store = await openStore(dbPath(args, io.env));
    try {
      const { reprocessOutdated } = await import('../../core/ingest/reprocess.js');
      const summary = await reprocessOutdated(store);
      if (args.values.json) io.out(json(summary));
      else io.out(`${summary.updated} of ${summary.outdated} outdated articles re-processed.\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

import { DEFAULT_PIPELINE, pipelineVersions } from '../../core/pipeline/default-pipeline.js';
import { runPipeline } from '../../core/pipeline/run-pipeline.js';
import { openStore } from '../../core/store/open-store.js';
import { type Command, DB_OPTION, dbPath } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json } from '../output.js';

/** `storyline reprocess`: re-runs the stages that have improved since articles were stored. */
export const reprocessCommand: Command = {
  name: 'reprocess',
  summary: 'Re-run the pipeline stages whose version is newer than the one that processed stored articles.',
  usage: 'storyline reprocess [--db PATH] [--json]',
  options: { ...DB_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  async run(args, io) {
    const store = await openStore(dbPath(args, io.env));
    try {
      const ids = await store.outdatedArticleIds(pipelineVersions());
      let updated = 0;
      for (const id of ids) {
        const article = await store.getArticle(id);
        if (!article) continue;
        // Stages read fields of earlier stages, so when one is outdated the ones after it run too.
        const fresh = runPipeline({ ...article, trace: [] }, DEFAULT_PIPELINE, { onlyOutdated: false });
        await store.updateArticle(fresh);
        updated++;
      }
      if (args.values.json) io.out(json({ outdated: ids.length, updated }));
      else io.out(`${updated} of ${ids.length} outdated articles re-processed.\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

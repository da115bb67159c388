import { StorylineError } from '../../core/errors.js';
import { queryTimeline } from '../../core/corpus/timeline/query-timeline.js';
import { openStore } from '../../core/store/open-store.js';
import { type Command, DB_OPTION, dbPath, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';

/** `storyline timeline`: statements and events of an entity or a story in date order. */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'Statements and events of a person, organisation or story in date order.',
  usage: 'storyline timeline --entity NAME | --story ID [--json]',
  description: [
    'Statements are the quotes the ledger holds; events are sentences with a date and a named entity.',
    'Each line is dated by the date stated in the text that governs it, else by the publication date,',
    'shown as (pub). --entity matches speakers and mentions in any spelling or script the entity',
    'resolution knows (Kostyrskyi, Kostyrsky, Костирський), else the speaker surname.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    entity: { type: 'string', value: 'NAME', description: 'a person or organisation: id or any alias' },
    story: { type: 'string', value: 'ID', description: 'a story id (see storyline stories)' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    const entity = str(args, 'entity');
    const story = str(args, 'story');
    if (args.positionals.length) throw new StorylineError('USAGE', `Unknown argument "${args.positionals[0]}". Use --entity NAME or --story ID.`);
    if ((entity === undefined) === (story === undefined)) throw new StorylineError('USAGE', 'timeline needs exactly one of --entity NAME and --story ID.');
    const store = await openStore(dbPath(args, io.env));
    try {
      const timeline = await queryTimeline(store, entity !== undefined ? { entity } : { story: story! });
      if (args.values.json) {
        io.out(json(timeline));
        return EXIT.OK;
      }
      if (timeline.entities.length) io.out(`Entity: ${timeline.entities.map((e) => `${e.name} (${e.type}, ${e.id})`).join('; ')}\n\n`);
      io.out(table(
        ['date', 'source', 'kind', 'outlet', 'who / cue', 'text', 'article'],
        timeline.items.map((i) => [i.date ?? '', i.dateSource === 'stated' ? `stated: ${i.dateText ?? ''}` : 'publication',
          i.kind === 'statement' && (i.outlets?.length ?? 0) > 1 ? `statement ×${i.outlets!.length} outlets` : i.kind, i.outlet,
          i.kind === 'statement' ? `${i.speaker ?? '?'} ${i.cue ?? ''}`.trim() : '', i.text.replace(/\s+/g, ' ').trim(), i.article]),
        80,
      ));
      io.out(`${timeline.items.length} items (${timeline.items.filter((i) => i.kind === 'statement').length} statements)\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

import { correctStories, type StoryCorrection } from '../../core/corpus/cluster-step/cluster-stories-step.js';
import { StorylineError } from '../../core/errors.js';
import { articleFacts, displayTitle } from '../../core/publication.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { type Command, DB_OPTION, date, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { count, json, table } from '../output.js';

/** `storyline stories`: stories ranked by recency and size. */
export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List stories (newest and largest first): size, events, outlets, independent sources.',
  usage: 'storyline stories [--since DATE] [--until DATE] [--outlet NAME] [--limit N] [--json]',
  options: {
    ...DB_OPTION,
    since: { type: 'string', value: 'DATE', description: 'stories with an article published on or after this date' },
    until: { type: 'string', value: 'DATE', description: 'stories with an article published on or before this date' },
    outlet: { type: 'string', value: 'NAME', description: 'stories this outlet covered' },
    limit: { type: 'string', value: 'N', description: 'how many (default 30)' },
    offset: { type: 'string', value: 'N', description: 'skip this many' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    const store = await openStore(dbPath(args, io.env));
    try {
      const page = await store.stories().listStories(
        { since: date(args, 'since'), until: date(args, 'until'), outlet: str(args, 'outlet') },
        { limit: int(args, 'limit', 30), offset: int(args, 'offset', 0) },
      );
      if (args.values.json) {
        io.out(json(page));
        return EXIT.OK;
      }
      io.out(table(['story', 'from', 'to', 'articles', 'events', 'sources', 'outlets', 'label'], page.items.map((s) => [
        s.id, s.firstPublished?.slice(0, 10), s.lastPublished?.slice(0, 10), s.articles, s.events, s.independentSources, s.outlets.length, s.label,
      ]), 60));
      io.out(`${page.items.length} of ${page.total} stories\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

async function articleId(store: Store, id: string): Promise<string> {
  const a = await store.getArticle(id);
  if (!a) throw new StorylineError('NOT_FOUND', `No article with id ${id}.`);
  return a.id;
}

/** `storyline story ID` and the analyst's corrections. */
export const storyCommand: Command = {
  name: 'story',
  summary: 'Show one story (events, articles, outlets, summary), or correct clustering.',
  usage: 'storyline story ID [--json] | storyline story CORRECTION ...',
  description: [
    'Corrections (recorded, and never undone by later clustering):',
    '  storyline story move ARTICLE EVENT|new     move an article to another event (or a new one)',
    '  storyline story merge-events INTO FROM     merge event FROM into INTO',
    '  storyline story split EVENT ARTICLE...     move these articles of EVENT into a new event',
    '  storyline story move-event EVENT STORY     move an event to another story',
    '  storyline story merge INTO FROM            merge story FROM into INTO',
  ].join('\n'),
  options: { ...DB_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  async run(args, io) {
    const [first, ...rest] = args.positionals;
    if (!first) throw new StorylineError('USAGE', 'story needs a story ID or a correction (see --help).');
    const store = await openStore(dbPath(args, io.env));
    try {
      const corrections: Record<string, () => Promise<StoryCorrection>> = {
        move: async () => ({ kind: 'move-article', article: await articleId(store, need(rest, 0, 'ARTICLE')), toEvent: need(rest, 1, 'EVENT') === 'new' ? null : rest[1] }),
        'merge-events': async () => ({ kind: 'merge-events', into: need(rest, 0, 'INTO'), from: need(rest, 1, 'FROM') }),
        split: async () => ({ kind: 'split-event', event: need(rest, 0, 'EVENT'), articles: await Promise.all(rest.slice(1).map((a) => articleId(store, a))) }),
        'move-event': async () => ({ kind: 'move-event', event: need(rest, 0, 'EVENT'), toStory: need(rest, 1, 'STORY') }),
        merge: async () => ({ kind: 'merge-stories', into: need(rest, 0, 'INTO'), from: need(rest, 1, 'FROM') }),
      };
      if (corrections[first]) {
        const result = await correctStories(store, await corrections[first]());
        if (args.values.json) io.out(json({ result }));
        else io.out(`done: ${result}\n`);
        return EXIT.OK;
      }
      const story = await store.stories().getStory(first);
      if (!story) throw new StorylineError('NOT_FOUND', `No story ${first}. See 'storyline stories'.`);
      const members = await store.stories().storyArticles(story.id);
      const articles = [];
      // The label a row shows (the JSON keeps the title as stored, null when there is none).
      const labels = new Map<string, string>();
      for (const m of members) {
        const a = await store.getArticle(m.article);
        if (!a) continue;
        const { outlet, published, title } = articleFacts(a);
        articles.push({ id: a.source.externalId ?? a.id, storylineId: a.id, event: m.event, duplicateOf: m.duplicateOf, outlet, published, title });
        labels.set(a.id, displayTitle(title, a.clean?.text));
      }
      if (args.values.json) {
        io.out(json({ ...story, articleList: articles }));
        return EXIT.OK;
      }
      const lines = [
        `${story.id}: ${story.label}`,
        `${story.firstPublished?.slice(0, 10) ?? '?'} to ${story.lastPublished?.slice(0, 10) ?? '?'}; ${count(story.articles, 'article')}, ${count(story.independentSources, 'independent source')}, ${count(story.events, 'event')}, ${count(story.outlets.length, 'outlet')}`,
        '',
        'Summary:',
        ...story.summary.map((s) => `  - ${s.text} [${s.article}, ${s.published?.slice(0, 10) ?? 'undated'}]`),
        '',
        'Top entities: ' + story.topEntities.map((e) => `${e.name} (${e.articles})`).join(', '),
        'Outlets: ' + story.outlets.map((o) => `${o.outlet} (${o.articles})`).join(', '),
        '',
      ];
      io.out(lines.join('\n'));
      for (const ev of story.eventList) {
        io.out(`\n${ev.id}  ${ev.firstPublished?.slice(0, 10) ?? '?'}${ev.lastPublished && ev.lastPublished.slice(0, 10) !== ev.firstPublished?.slice(0, 10) ? ` to ${ev.lastPublished.slice(0, 10)}` : ''}  ${ev.label}\n`);
        for (const a of articles.filter((x) => x.event === ev.id)) {
          io.out(`    ${a.published?.slice(0, 10) ?? '          '}  ${(a.outlet ?? '').padEnd(22).slice(0, 22)}  ${a.id}${a.duplicateOf ? ' (copy)' : ''}  ${labels.get(a.storylineId) ?? a.title ?? ''}\n`);
        }
      }
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

function need(list: string[], i: number, name: string): string {
  const v = list[i];
  if (!v) throw new StorylineError('USAGE', `missing ${name}; see 'storyline story --help'.`);
  return v;
}

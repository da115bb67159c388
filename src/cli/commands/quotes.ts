import { StorylineError } from '../../core/errors.js';
import { matchSpeaker } from '../../core/corpus/timeline/query-timeline.js';
import type { Statement, StatementFilter } from '../../core/store/statement-store.js';
import { openStore } from '../../core/store/open-store.js';
import { type Command, DB_OPTION, date, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : '');

/** `storyline quotes`: statements grouped across outlets, most outlets first. */
export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'List statements (quotes and reported speech) grouped across the outlets that report them.',
  usage: 'storyline quotes [--speaker NAME] [--outlet X] [--since D] [--until D] [--story ID] [--limit N] [--json]',
  description: [
    'Each line is one statement: the same words reported by several outlets (verbatim, trimmed, near-verbatim,',
    'partial or paraphrased) are grouped, with the number of outlets and the cue verbs they used.',
    '--speaker matches the speaker in any spelling or script the entity resolution knows, else by surname.',
    'Dates are when the words were said: a date stated in the text, else the publication date.',
    "Show one statement's reports side by side with: storyline statement ID.",
  ].join('\n'),
  options: {
    ...DB_OPTION,
    speaker: { type: 'string', value: 'NAME', description: 'only statements of this speaker' },
    outlet: { type: 'string', value: 'NAME', description: 'only statements this outlet reported' },
    since: { type: 'string', value: 'DATE', description: 'only statements made on or after this date' },
    until: { type: 'string', value: 'DATE', description: 'only statements made on or before this date' },
    story: { type: 'string', value: 'ID', description: "only statements reported in this story's articles" },
    limit: { type: 'string', value: 'N', description: 'how many (default 50, at most 1000)' },
    offset: { type: 'string', value: 'N', description: 'skip this many' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    if (args.positionals.length) throw new StorylineError('USAGE', `Unknown argument "${args.positionals[0]}". To show one statement: storyline statement ID.`);
    const filter: StatementFilter = { outlet: str(args, 'outlet'), since: date(args, 'since'), until: date(args, 'until') };
    const page = { limit: int(args, 'limit', 50), offset: int(args, 'offset', 0) };
    const store = await openStore(dbPath(args, io.env));
    try {
      const speaker = str(args, 'speaker');
      if (speaker !== undefined) Object.assign(filter, (await matchSpeaker(store, speaker)).filter);
      const story = str(args, 'story');
      if (story !== undefined) {
        if (!(await store.stories().getStory(story))) throw new StorylineError('NOT_FOUND', `No story ${story}. Try: storyline stories.`);
        filter.articles = (await store.stories().storyArticles(story)).map((r) => r.article);
      }
      const result = await store.statements().listStatements(filter, page);
      if (args.values.json) {
        io.out(json(result));
        return EXIT.OK;
      }
      io.out(table(
        ['statement', 'speaker', 'cues', 'outlets', 'first', 'date', 'id'],
        result.items.map((s) => [oneLine(s.text), s.speakerName, s.cues.join(', '), s.outlets, s.firstOutlet,
          `${s.date ?? ''}${s.dateSource === 'publication' ? ' (pub)' : ''}`, s.id]),
        70,
      ));
      io.out(`${result.items.length} of ${result.total} statements\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

function formatStatement(s: Statement): string {
  const lines = [
    `Statement ${s.id}`,
    `  speaker   ${s.speakerName ?? '(unknown)'}`,
    `  wording   ${oneLine(s.text)}`,
    `  first     ${s.first.outlet ?? '(no outlet)'}, ${day(s.first.published)} (article ${s.first.article})`,
    `  reports   ${s.reports.length} in ${s.outlets.length} outlets`,
    '',
    table(
      ['outlet', 'published', 'said on', 'cue', 'form', 'speaker as written', 'wording', 'article'],
      s.reports.map((r) => [r.outlet, day(r.published), `${r.date ?? ''}${r.dateSource === 'publication' ? ' (pub)' : ''}`, r.cue, r.form ?? 'first',
        r.speakerName, oneLine(r.text), r.article]),
      80,
    ),
  ];
  return lines.join('\n');
}

/** `storyline statement ID`: every report of one statement side by side. */
export const statementCommand: Command = {
  name: 'statement',
  summary: 'Show one statement with all its reports side by side: outlet, cue verb, date, wording.',
  usage: 'storyline statement ID [--json]',
  description: 'The first report is the earliest published. "said on" is the stated date, or the publication date marked (pub).',
  options: {
    ...DB_OPTION,
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new StorylineError('USAGE', `statement takes one ID, found ${args.positionals.length} arguments. List them with: storyline quotes.`);
    const id = args.positionals[0]!;
    const store = await openStore(dbPath(args, io.env));
    try {
      const s = await store.statements().getStatement(id);
      if (!s) throw new StorylineError('NOT_FOUND', `No statement ${id}. List them with: storyline quotes.`);
      io.out(args.values.json ? json(s) : `${formatStatement(s)}\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

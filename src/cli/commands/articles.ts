import { displayTitle } from '../../core/publication.js';
import { openStore } from '../../core/store/open-store.js';
import type { ArticleFilter } from '../../core/store/store.js';
import { StorylineError } from '../../core/errors.js';
import { toAnalyzeResult } from '../../core/analyze-result.js';
import { type Command, DB_OPTION, FILTER_OPTIONS, type ParsedArgs, date, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';

/** The article filter from the shared filter options. */
export function filterOf(args: ParsedArgs): ArticleFilter {
  return { outlet: str(args, 'outlet'), language: str(args, 'language'), since: date(args, 'since'), until: date(args, 'until') };
}

/** `storyline articles`: list with filters; `storyline articles show ID`. */
export const articlesCommand: Command = {
  name: 'articles',
  summary: 'List stored articles (newest first), or show one: storyline articles show ID.',
  usage: 'storyline articles [options] | storyline articles show ID [--text] [--json]',
  options: {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    limit: { type: 'string', value: 'N', description: 'how many (default 50, at most 1000)' },
    offset: { type: 'string', value: 'N', description: 'skip this many' },
    text: { type: 'boolean', description: 'with show: print the clean text' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    const store = await openStore(dbPath(args, io.env));
    try {
      if (args.positionals[0] === 'show') {
        const id = args.positionals[1];
        if (!id) throw new StorylineError('USAGE', 'articles show needs an article ID.');
        const article = await store.getArticle(id);
        if (!article) throw new StorylineError('NOT_FOUND', `No article with id ${id}.`);
        const analysis = toAnalyzeResult(article);
        if (args.values.json) {
          io.out(json({ id: article.id, externalId: article.source.externalId ?? null, url: article.source.url ?? null, ingestedAt: article.ingestedAt, metadata: article.source.metadata, origin: article.source.origin, versions: article.versions, ...analysis }));
          return EXIT.OK;
        }
        const lines = [
          `id         ${article.id}${article.source.externalId ? ` (input id ${article.source.externalId})` : ''}`,
          `title      ${analysis.title ?? '—'}`,
          `outlet     ${analysis.outlet ?? '—'}`,
          `byline     ${analysis.byline ?? '—'}`,
          `published  ${article.source.published ?? '—'}`,
          `language   ${analysis.language ?? '—'}`,
          `url        ${article.source.url ?? '—'}`,
          `from       ${article.source.origin.file ?? '—'}${article.source.origin.line ? `:${article.source.origin.line}` : ''}`,
          `stages     ${Object.entries(article.versions).map(([k, v]) => `${k}@${v}`).join(' ')}`,
          `length     ${analysis.text.length} characters, ${article.sentences?.sentences.length ?? 0} sentences`,
        ];
        if (args.values.text) lines.push('', analysis.text);
        io.out(lines.join('\n') + '\n');
        return EXIT.OK;
      }
      if (args.positionals.length) throw new StorylineError('USAGE', `Unknown argument "${args.positionals[0]}". Did you mean: storyline articles show ID?`);
      const page = await store.listArticles(filterOf(args), { limit: int(args, 'limit', 50), offset: int(args, 'offset', 0) });
      if (args.values.json) io.out(json(page));
      else {
        // A row without a title shows the start of the text instead (read only for those rows).
        const rows = [];
        for (const a of page.items) {
          const title = a.title ?? displayTitle(null, (await store.getArticle(a.id))?.clean?.text);
          rows.push([a.id, a.published?.slice(0, 10), a.outlet, a.language, title]);
        }
        io.out(table(['id', 'published', 'outlet', 'lang', 'title'], rows, 70));
        io.out(`${page.items.length} of ${page.total} articles\n`);
      }
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** `storyline search QUERY`. */
export const searchCommand: Command = {
  name: 'search',
  summary: 'Full-text search over titles and bodies, ranked (bm25), with highlighted snippets.',
  usage: 'storyline search [options] QUERY...',
  description: 'Words must all occur; "quoted words" match as a phrase; word* matches a prefix; OR between words.',
  options: {
    ...DB_OPTION,
    ...FILTER_OPTIONS,
    limit: { type: 'string', value: 'N', description: 'how many (default 20)' },
    offset: { type: 'string', value: 'N', description: 'skip this many' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    const query = args.positionals.join(' ').trim();
    if (!query) throw new StorylineError('USAGE', 'search needs a QUERY.');
    const store = await openStore(dbPath(args, io.env));
    try {
      const page = await store.search(query, filterOf(args), { limit: int(args, 'limit', 20), offset: int(args, 'offset', 0) });
      if (args.values.json) {
        io.out(json(page));
        return EXIT.OK;
      }
      const color = io.isTTY;
      for (const hit of page.items) {
        const snippet = color ? hit.snippet.replace(/\[/g, '\x1b[1m').replace(/\]/g, '\x1b[0m') : hit.snippet;
        io.out(`${hit.id}  ${hit.published?.slice(0, 10) ?? '          '}  ${hit.outlet ?? ''}  ${hit.title ?? ''}  (score ${hit.score})\n    ${snippet.replace(/\s+/g, ' ')}\n`);
      }
      io.out(`${page.items.length} of ${page.total} matching articles\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** `storyline stats`. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'Counts: articles by outlet, language and month; rejections by reason; stage versions.',
  usage: 'storyline stats [--json]',
  options: { ...DB_OPTION, json: { type: 'boolean', description: 'print JSON' } },
  async run(args, io) {
    const store = await openStore(dbPath(args, io.env));
    try {
      const s = await store.stats();
      if (args.values.json) {
        io.out(json(s));
        return EXIT.OK;
      }
      io.out(`${s.articles} articles from ${s.outlets.length} outlets, published ${s.firstPublished?.slice(0, 10) ?? '?'} to ${s.lastPublished?.slice(0, 10) ?? '?'}\n\n`);
      io.out(table(['outlet', 'articles'], s.outlets.map((o) => [o.outlet ?? '(none)', o.articles])) + '\n');
      io.out(table(['language', 'articles'], s.languages.map((o) => [o.language ?? '(none)', o.articles])) + '\n');
      io.out(table(['month', 'articles'], s.months.map((o) => [o.month ?? '(no date)', o.articles])) + '\n');
      io.out(table(['stage', 'version', 'articles'], s.stageVersions.map((o) => [o.stage, o.version, o.articles])));
      if (s.rejections.length) io.out('\n' + table(['rejected because', 'count'], s.rejections.map((r) => [r.reason, r.count])));
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

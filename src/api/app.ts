/**
 * The HTTP API (docs/api.md): one hono app that answers /api/* with JSON and everything else with
 * the web UI. Every route is declared once with its zod schemas: the same declaration validates the
 * request and goes into the OpenAPI document at /api/openapi.json.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { StorylineError } from '../core/errors.js';
import { queryTimeline, matchSpeaker } from '../core/corpus/timeline/query-timeline.js';
import { exportChunks, exportContentType } from '../core/export/export-stream.js';
import type { Store } from '../core/store/store.js';
import type { StatementFilter } from '../core/store/statement-store.js';
import { VersionMemo } from './memo.js';
import { errorResponse, jsonBody, requireToken, securityHeaders, sendJson, type JsonBody } from './http.js';
import * as S from './schemas.js';
import { serveUi } from './static.js';
import {
  articleDetail, articleIndex, articleList, entityList, memberIndex, outletList, searchArticles, storiesWithCoverage, storyArticles, storyDetail, storyIndex,
} from './views.js';

/** Options of the app. */
export interface AppOptions {
  /** Writes (POST /api/ingest) need `Authorization: Bearer TOKEN` when set. */
  token?: string;
  /** The built web UI (Vite's output); absent or missing: a page saying how to build it. */
  uiDir?: string;
  /** Largest ingest body in bytes (default 10 MiB). */
  maxBodyBytes?: number;
  /** Keep GET answers and the indexes behind them until the store's data version changes (default true). */
  cache?: boolean;
  /** Fetch options for POST /api/ingest with URLs (tests may allow loopback). */
  allowPrivateNetwork?: boolean;
  /** Build the corpus-wide indexes in the background at start and after each ingest (the server does). */
  warm?: boolean;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

type Method = 'get' | 'post';

interface RouteSpec<Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  /** OpenAPI form: /api/stories/{id}. */
  path: string;
  summary: string;
  tags: string[];
  query?: Q;
  params?: P;
  response: z.ZodType;
  /** Extra documented request body (POST). */
  body?: Record<string, { schema: z.ZodType }>;
  /** The response is not JSON (export): its content types. */
  produces?: string[];
  errors?: number[];
}

const ERROR_TEXT: Record<number, string> = {
  304: 'not modified (If-None-Match matched the ETag)',
  400: 'a query, parameter or body is not valid (USAGE)',
  401: 'a token is needed (AUTH_REQUIRED)',
  403: 'the token is wrong (AUTH_INVALID)',
  404: 'not found (NOT_FOUND)',
  413: 'the body is larger than the limit (TOO_LARGE)',
  415: 'the body has a content type this route does not take',
  500: 'an unexpected failure (INTERNAL)',
};

/** The app: the API under /api, the UI for every other path. */
export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const app = new OpenAPIHono();
  const cache = options.cache !== false;
  // A write by another process (an ingest beside the server) is seen as a new data version: the
  // indexes are rebuilt at once, and the requests that need them wait for that one build.
  const memo: VersionMemo = new VersionMemo(store, { enabled: cache, onNewVersion: () => warm() });
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  /** Builds the indexes the story and outlet routes read, so the first visitor does not wait for them. */
  function warm(): void {
    if (!options.warm || !cache) return;
    Promise.all([articleIndex(store, memo), storyIndex(store, memo), memberIndex(store, memo)]).catch((error: unknown) => {
      process.stderr.write(`storyline serve: building the indexes failed: ${(error as Error)?.message ?? String(error)}\n`);
    });
  }
  warm();

  app.use('*', securityHeaders);
  app.onError((error, c) => errorResponse(c, error));

  /** Declares a route: documents it, validates its input with the same schemas, runs it. */
  function route<Q extends z.ZodType = z.ZodObject, P extends z.ZodType = z.ZodObject>(
    spec: RouteSpec<Q, P>,
    handler: (c: Context, input: { query: z.infer<Q>; params: z.infer<P> }) => Promise<Response | unknown>,
  ): void {
    const responses: Record<string, { description: string; content?: Record<string, { schema: z.ZodType }> }> = {
      200: {
        description: spec.summary,
        content: spec.produces
          ? Object.fromEntries(spec.produces.map((t) => [t, { schema: z.string() }]))
          : { 'application/json': { schema: spec.response } },
      },
    };
    const codes = [...(spec.method === 'get' && !spec.produces ? [304] : []), 400, ...(spec.params ? [404] : []), ...(spec.errors ?? []), 500];
    for (const code of codes) {
      responses[code] = code === 304 ? { description: ERROR_TEXT[304] } : { description: ERROR_TEXT[code] ?? 'error', content: { 'application/json': { schema: S.ErrorSchema } } };
    }
    app.openAPIRegistry.registerPath({
      method: spec.method, path: spec.path, summary: spec.summary, tags: spec.tags,
      request: {
        ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
        ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
        ...(spec.body ? { body: { content: spec.body, required: true } } : {}),
      },
      responses,
      ...(spec.method === 'post' ? { security: [{ bearer: [] }] } : {}),
    });
    const honoPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
    app.on(spec.method.toUpperCase(), honoPath, async (c) => {
      const query = parse(spec.query, c.req.query(), 'query');
      const params = parse(spec.params, c.req.param(), 'path');
      const run = async (): Promise<Response | JsonBody> => {
        const result = await handler(c, { query: query as z.infer<Q>, params: params as z.infer<P> });
        return result instanceof Response ? result : jsonBody(result);
      };
      if (spec.method !== 'get' || spec.produces) {
        const out = await run();
        return out instanceof Response ? out : sendJson(c, out);
      }
      const key = `response:${new URL(c.req.url).pathname}?${new URL(c.req.url).searchParams.toString()}`;
      const out = cache ? await memo.get(key, run) : await run();
      return out instanceof Response ? out : sendJson(c, out);
    });
  }

  const page = (q: { limit: number; offset: number }) => ({ limit: q.limit, offset: q.offset });

  route({ method: 'get', path: '/api/health', summary: 'Liveness and the store kind', tags: ['meta'], response: S.HealthSchema }, async () => {
    const one = await store.listArticles({}, { limit: 1 });
    return { ok: true, store: store.kind, articles: one.total };
  });

  route({ method: 'get', path: '/api/stats', summary: 'Counts by outlet, language, month; rejections; stage versions', tags: ['meta'], response: S.StoreStatsSchema },
    async () => store.stats());

  route({ method: 'get', path: '/api/outlets', summary: 'Outlets with article counts, dates and stories', tags: ['articles'], response: S.OutletsSchema },
    async () => outletList(store, memo));

  route({ method: 'get', path: '/api/articles', summary: 'Articles, newest first', tags: ['articles'], query: S.ArticlesQuery, response: S.pageOf(S.ArticleSummarySchema), errors: [404] },
    async (_c, { query: q }) => articleList(store, memo, { outlet: q.outlet, language: q.language, since: q.since, until: q.until, story: q.story }, page(q)));

  route({ method: 'get', path: '/api/articles/{id}', summary: 'One article: clean text, entities, quotes, dates with offsets; placement; links', tags: ['articles'], params: S.IdParam, response: S.ArticleDetailSchema },
    async (_c, { params }) => articleDetail(store, memo, params.id));

  route({ method: 'get', path: '/api/search', summary: 'Ranked full-text search with highlighted snippets', tags: ['articles'], query: S.SearchQuery, response: S.pageOf(S.SearchHitSchema) },
    async (_c, { query: q }) => searchArticles(store, q.q, { outlet: q.outlet, language: q.language, since: q.since, until: q.until, speaker: q.speaker, entity: q.entity }, page(q)));

  route({ method: 'get', path: '/api/stories', summary: 'Stories, newest and largest first, with coverage per day', tags: ['stories'], query: S.StoriesQuery, response: S.pageOf(S.StoryWithCoverageSchema) },
    async (_c, { query: q }) => storiesWithCoverage(store, memo, await store.stories().listStories({ since: q.since, until: q.until, outlet: q.outlet }, page(q))));

  route({ method: 'get', path: '/api/stories/{id}', summary: 'One story: events, outlets with distinctive words, entities, speakers', tags: ['stories'], params: S.IdParam, response: S.StoryDetailSchema },
    async (_c, { params }) => storyDetail(store, memo, params.id));

  route({ method: 'get', path: '/api/stories/{id}/articles', summary: "A story's articles with their event and duplicate link", tags: ['stories'], params: S.IdParam, query: S.ArticleFilterQuery.extend(S.PageQuery.shape), response: S.pageOf(S.StoryArticleSchema) },
    async (_c, { params, query: q }) => storyArticles(store, memo, params.id, { outlet: q.outlet, language: q.language, since: q.since, until: q.until }, page(q)));

  route({ method: 'get', path: '/api/stories/{id}/timeline', summary: "A story's statements and events in date order", tags: ['stories'], params: S.IdParam, response: S.TimelineSchema },
    async (_c, { params }) => queryTimeline(store, { story: params.id }));

  route({ method: 'get', path: '/api/stories/{id}/quotes', summary: "Statements reported in a story's articles", tags: ['stories'], params: S.IdParam, query: S.StoryQuotesQuery, response: S.pageOf(S.StatementSummarySchema) },
    async (_c, { params, query: q }) => statements({ story: params.id, speaker: q.speaker }, page(q)));

  route({ method: 'get', path: '/api/timeline', summary: 'Statements and events of an entity or a story, in date order', tags: ['quotes'], query: S.TimelineQuery, response: S.TimelineSchema, errors: [404] },
    async (_c, { query: q }) => {
      if ((q.entity === undefined) === (q.story === undefined)) throw new StorylineError('USAGE', 'timeline needs exactly one of entity and story.');
      return queryTimeline(store, q.entity !== undefined ? { entity: q.entity } : { story: q.story! });
    });

  route({ method: 'get', path: '/api/entities', summary: 'People, organisations, places: most articles first, or by name', tags: ['entities'], query: S.EntitiesQuery, response: S.pageOf(S.EntitySummarySchema) },
    async (_c, { query: q }) => entityList(store, { q: q.q, type: q.type, story: q.story, outlet: q.outlet, since: q.since, until: q.until }, page(q)));

  route({ method: 'get', path: '/api/entities/{id}', summary: 'One entity: aliases, roles, links, co-occurring entities, articles, statements', tags: ['entities'], params: S.IdParam, response: S.EntityDetailSchema },
    async (_c, { params }) => {
      const detail = await store.entities().getEntity(params.id, { articles: 50, cooccurring: 20 });
      if (!detail) throw new StorylineError('NOT_FOUND', `No entity ${params.id}.`);
      const match = await matchSpeaker(store, detail.id);
      const said = await store.statements().listStatements(match.filter, { limit: 50 });
      return { ...detail, statements: said.items };
    });

  route({ method: 'get', path: '/api/quotes', summary: 'Statements grouped across the outlets that report them', tags: ['quotes'], query: S.QuotesQuery, response: S.pageOf(S.StatementSummarySchema), errors: [404] },
    async (_c, { query: q }) => statements({ speaker: q.speaker, story: q.story, outlet: q.outlet, since: q.since, until: q.until }, page(q)));

  route({ method: 'get', path: '/api/statements/{id}', summary: 'One statement with every report', tags: ['quotes'], params: S.IdParam, response: S.StatementSchema },
    async (_c, { params }) => {
      const s = await store.statements().getStatement(params.id);
      if (!s) throw new StorylineError('NOT_FOUND', `No statement ${params.id}.`);
      return s;
    });

  route({
    method: 'get', path: '/api/export', summary: 'Articles (with everything derived) or rejections as JSONL, JSON or CSV', tags: ['export'],
    query: S.ExportQuery, response: z.string(), produces: ['application/x-ndjson', 'application/json', 'text/csv'],
  }, async (c, { query: q }) => {
    const chunks = exportChunks(store, { what: q.what, format: q.format, filter: { outlet: q.outlet, language: q.language, since: q.since, until: q.until } });
    return c.body(textStream(chunks), 200, {
      'Content-Type': exportContentType(q.format),
      'Content-Disposition': `attachment; filename="storyline-${q.what}.${q.format}"`,
    });
  });

  let ingestQueue: Promise<unknown> = Promise.resolve();
  route({
    method: 'post', path: '/api/ingest', summary: 'Ingest JSONL records (application/x-ndjson) or pages by URL (application/json { urls })', tags: ['ingest'],
    response: S.IngestSummarySchema, errors: [401, 403, 413, 415],
    body: { 'application/x-ndjson': { schema: z.string().openapi({ description: 'JSONL records as `storyline ingest` reads them (docs/ingest.md)' }) }, 'application/json': { schema: S.IngestUrlsBody } },
  }, async (c) => {
    requireToken(options.token, c.req.header('Authorization'));
    const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
    const { ingestBody } = await import('./ingest-route.js');
    // One ingest at a time: the corpus steps are the single writers of their tables.
    const run = ingestQueue.then(() => ingestBody(store, c.req.raw, type, { maxBytes: maxBody, allowPrivateNetwork: options.allowPrivateNetwork === true }));
    ingestQueue = run.catch(() => undefined);
    const summary = await run;
    memo.clear();
    return summary;
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Storyline API', version: '0.1.0', description: 'Follow a news story across many outlets. See docs/api.md.' },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'needed for writes when the server listens beyond loopback' });

  app.all('/api/*', (c) => errorResponse(c, new StorylineError('NOT_FOUND', `No API route ${c.req.method} ${c.req.path}. See /api/openapi.json.`)));
  app.get('*', (c) => serveUi(c, options.uiDir));

  async function statements(f: { speaker?: string; story?: string; outlet?: string; since?: string; until?: string }, p: { limit: number; offset: number }) {
    const filter: StatementFilter = { outlet: f.outlet, since: f.since, until: f.until };
    if (f.speaker !== undefined) Object.assign(filter, (await matchSpeaker(store, f.speaker)).filter);
    if (f.story !== undefined) {
      if (!(await store.stories().getStory(f.story))) throw new StorylineError('NOT_FOUND', `No story ${f.story}.`);
      filter.articles = (await store.stories().storyArticles(f.story)).map((r) => r.article);
    }
    return store.statements().listStatements(filter, p);
  }

  return app;
}

/** Text chunks as a byte stream, pulled one at a time (the client's pace drives the store reads). */
function textStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** Validates a request part with its schema; a coded USAGE error names the first problem. */
function parse(schema: z.ZodType | undefined, value: unknown, where: string): unknown {
  if (!schema) return {};
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || where;
  throw new StorylineError('USAGE', `Bad ${where} parameter ${field}: ${issue.message}.`);
}

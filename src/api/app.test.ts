import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { z } from '@hono/zod-openapi';
import { ingestSampleCorpus } from '../cli/commands/demo.js';
import { SqliteStore } from '../core/store/sqlite/sqlite-store.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './http.js';
import * as S from './schemas.js';

// The API in process (app.request) against a real SQLite file holding the sample corpus, ingested
// by the real pipeline. Every response is parsed with its zod schema: the OpenAPI document and the
// answers cannot drift apart unnoticed.

const dir = mkdtempSync(join(tmpdir(), 'storyline-api-'));
const demoDb = join(dir, 'demo.db');
let store: SqliteStore;
let app: ReturnType<typeof createApp>;

before(async () => {
  await ingestSampleCorpus(demoDb);
  store = SqliteStore.open(demoDb);
  app = createApp(store);
});
after(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the demo database, for tests that write. */
let copies = 0;
function copyDb(): string {
  const path = join(dir, `copy-${++copies}.db`);
  copyFileSync(demoDb, path);
  return path;
}

async function get<T extends z.ZodType>(path: string, schema: T, init?: RequestInit): Promise<{ res: Response; body: z.infer<T> }> {
  const res = await app.request(path, init);
  const text = await res.text();
  assert.equal(res.status, 200, `${path}: ${text.slice(0, 300)}`);
  assert.match(res.headers.get('Content-Type') ?? '', /^application\/json/);
  const parsed = schema.safeParse(JSON.parse(text));
  assert.ok(parsed.success, `${path} does not match its schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  return { res, body: parsed.data as z.infer<T> };
}

async function error(path: string, status: number, code: string, init?: RequestInit, target = app): Promise<string> {
  const res = await target.request(path, init);
  const text = await res.text();
  assert.equal(res.status, status, `${path}: ${text}`);
  assert.match(res.headers.get('Content-Type') ?? '', /^application\/json/);
  assert.equal(res.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY, `${path}: CSP on errors too`);
  assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
  const body = S.ErrorSchema.parse(JSON.parse(text));
  assert.equal(body.error.code, code, body.error.message);
  return body.error.message;
}

test('api: health, stats and outlets describe the stored corpus', async () => {
  const { body: health } = await get('/api/health', S.HealthSchema);
  assert.equal(health.store, 'sqlite');
  const { body: stats } = await get('/api/stats', S.StoreStatsSchema);
  assert.equal(health.articles, stats.articles);
  assert.ok(stats.articles > 40);
  const { body: outlets } = await get('/api/outlets', S.OutletsSchema);
  assert.equal(outlets.items.reduce((n, o) => n + o.articles, 0), stats.articles);
  for (const o of outlets.items) {
    assert.equal(o.articles, stats.outlets.find((x) => x.outlet === o.outlet)?.articles, `${o.outlet}`);
    if (o.first && o.last) assert.ok(o.first <= o.last);
    assert.ok(o.stories >= 1 && o.stories <= o.articles, `${o.outlet} stories ${o.stories}`);
  }
});

test('api: article lists page, filter and agree with the total', async () => {
  const { body: all } = await get('/api/articles?limit=500', S.pageOf(S.ArticleSummarySchema));
  assert.equal(all.items.length, all.total);
  const { body: p1 } = await get('/api/articles?limit=5&offset=0', S.pageOf(S.ArticleSummarySchema));
  const { body: p2 } = await get('/api/articles?limit=5&offset=5', S.pageOf(S.ArticleSummarySchema));
  assert.equal(p1.total, all.total);
  assert.deepEqual([...p1.items, ...p2.items].map((a) => a.id), all.items.slice(0, 10).map((a) => a.id));
  assert.equal(p2.offset, 5);
  assert.equal(p2.limit, 5);
  const outlet = all.items[0]!.outlet!;
  const { body: byOutlet } = await get(`/api/articles?outlet=${encodeURIComponent(outlet)}`, S.pageOf(S.ArticleSummarySchema));
  assert.equal(byOutlet.total, all.items.filter((a) => a.outlet === outlet).length);
  assert.ok(byOutlet.items.every((a) => a.outlet === outlet));
  const { body: uk } = await get('/api/articles?language=uk', S.pageOf(S.ArticleSummarySchema));
  assert.ok(uk.total > 0 && uk.items.every((a) => a.language === 'uk'));
  const { body: since } = await get('/api/articles?since=2025-06-01&limit=500', S.pageOf(S.ArticleSummarySchema));
  assert.ok(since.total > 0 && since.total < all.total);
  assert.ok(since.items.every((a) => (a.published ?? '') >= '2025-06-01'));

  // A story's articles through the article list are the same set as through the story.
  const { body: stories } = await get('/api/stories', S.pageOf(S.StoryWithCoverageSchema));
  const story = stories.items[0]!;
  const { body: inStory } = await get(`/api/articles?story=${story.id}`, S.pageOf(S.ArticleSummarySchema));
  const { body: storyArticles } = await get(`/api/stories/${story.id}/articles`, S.pageOf(S.StoryArticleSchema));
  assert.equal(inStory.total, story.articles);
  assert.deepEqual(new Set(inStory.items.map((a) => a.id)), new Set(storyArticles.items.map((a) => a.id)));
});

test('api: bad queries are coded 400s; missing things are coded 404s', async () => {
  await error('/api/articles?limit=501', 400, 'USAGE');
  await error('/api/articles?limit=0', 400, 'USAGE');
  await error('/api/articles?limit=abc', 400, 'USAGE');
  await error('/api/articles?offset=-1', 400, 'USAGE');
  assert.match(await error('/api/articles?since=yesterday', 400, 'USAGE'), /since/);
  await error('/api/stories?until=2025-13-45', 400, 'USAGE');
  await error('/api/search', 400, 'USAGE');
  await error('/api/search?q=%20%20', 400, 'USAGE');
  await error('/api/export?format=xml', 400, 'USAGE');
  await error('/api/timeline', 400, 'USAGE');
  await error('/api/timeline?entity=a&story=b', 400, 'USAGE');
  await error('/api/articles/nope', 404, 'NOT_FOUND');
  await error('/api/articles?story=nope', 404, 'NOT_FOUND');
  await error('/api/stories/nope', 404, 'NOT_FOUND');
  await error('/api/stories/nope/articles', 404, 'NOT_FOUND');
  await error('/api/stories/nope/timeline', 404, 'NOT_FOUND');
  await error('/api/stories/nope/quotes', 404, 'NOT_FOUND');
  await error('/api/entities/nope', 404, 'NOT_FOUND');
  await error('/api/statements/nope', 404, 'NOT_FOUND');
  await error('/api/quotes?story=nope', 404, 'NOT_FOUND');
  await error('/api/no-such-route', 404, 'NOT_FOUND');
  await error('/api/stories', 404, 'NOT_FOUND', { method: 'DELETE' });
});

test('api: stories carry coverage per day that adds up to their dated articles', async () => {
  const { body } = await get('/api/stories?limit=500', S.pageOf(S.StoryWithCoverageSchema));
  assert.ok(body.total >= 3);
  // The list leaves the summary and the event list to the story page.
  const raw = await (await app.request('/api/stories?limit=1')).json() as { items: Array<Record<string, unknown>> };
  assert.ok(!('summary' in raw.items[0]!) && !('eventList' in raw.items[0]!) && 'coverage' in raw.items[0]!);
  for (const s of body.items) {
    const days = s.coverage.reduce((n, d) => n + d.articles, 0);
    assert.ok(days <= s.articles && days > 0, `${s.id}: ${days} of ${s.articles}`);
    assert.deepEqual(s.coverage.map((d) => d.date), [...s.coverage.map((d) => d.date)].sort());
    if (s.firstPublished) assert.equal(s.coverage[0]!.date, s.firstPublished.slice(0, 10));
  }
  const { body: p } = await get('/api/stories?limit=1&offset=1', S.pageOf(S.StoryWithCoverageSchema));
  assert.equal(p.items[0]!.id, body.items[1]!.id);
  const outlet = body.items[0]!.outlets[0]!.outlet;
  const { body: byOutlet } = await get(`/api/stories?outlet=${encodeURIComponent(outlet)}&limit=500`, S.pageOf(S.StoryWithCoverageSchema));
  assert.ok(byOutlet.items.every((s) => s.outlets.some((o) => o.outlet === outlet)));
});

test('api: a story page has events, outlets with words, entities, speakers, timeline and quotes', async () => {
  const { body: list } = await get('/api/stories?limit=500', S.pageOf(S.StoryWithCoverageSchema));
  const biggest = [...list.items].sort((a, b) => b.articles - a.articles)[0]!;
  const { body: s } = await get(`/api/stories/${biggest.id}`, S.StoryDetailSchema);
  assert.equal(s.id, biggest.id);
  assert.equal(s.events.length, biggest.events);
  assert.equal(s.eventList.length, biggest.events);
  assert.ok(s.summary.length > 0);
  assert.equal(s.events.reduce((n, e) => n + e.articles, 0), s.articles);
  assert.equal(s.outlets.reduce((n, o) => n + o.articles, 0), s.articles);
  assert.ok(s.outlets.some((o) => o.words.length > 0), 'some outlet has distinctive words');
  for (const o of s.outlets) for (const w of o.words) assert.match(w, /^\p{L}/u);
  assert.ok(s.entities.length > 0 && s.entities.every((e) => e.articles <= s.articles));
  assert.ok(s.speakers.length > 0);

  const { body: arts } = await get(`/api/stories/${s.id}/articles?limit=500`, S.pageOf(S.StoryArticleSchema));
  assert.equal(arts.total, s.articles);
  const events = new Set(s.events.map((e) => e.id));
  assert.ok(arts.items.every((a) => events.has(a.event)));
  const ids = new Set(arts.items.map((a) => a.id));
  assert.ok(arts.items.every((a) => a.duplicateOf === null || ids.has(a.duplicateOf) || a.duplicateOf.length > 0));

  const { body: tl } = await get(`/api/stories/${s.id}/timeline`, S.TimelineSchema);
  assert.ok(tl.items.length > 0 && tl.items.every((i) => ids.has(i.article)));
  const { body: tl2 } = await get(`/api/timeline?story=${s.id}`, S.TimelineSchema);
  assert.deepEqual(tl2, tl);

  const { body: quotes } = await get(`/api/stories/${s.id}/quotes?limit=500`, S.pageOf(S.StatementSummarySchema));
  const { body: quotes2 } = await get(`/api/quotes?story=${s.id}&limit=500`, S.pageOf(S.StatementSummarySchema));
  assert.deepEqual(quotes, quotes2);
  assert.ok(quotes.total > 0);
  const { body: st } = await get(`/api/statements/${quotes.items[0]!.id}`, S.StatementSchema);
  assert.equal(st.reports.length >= 1, true);
});

test('api: an article comes with its placement and its links to entities and statements', async () => {
  const { body: quotes } = await get('/api/quotes?limit=1', S.pageOf(S.StatementSummarySchema));
  const { body: st } = await get(`/api/statements/${quotes.items[0]!.id}`, S.StatementSchema);
  const report = st.reports[0]!;
  const { body: a } = await get(`/api/articles/${report.article}`, S.ArticleDetailSchema);
  assert.equal(a.article.id, report.article);
  assert.equal(a.statementIds[String(report.quoteIndex)], st.id);
  assert.ok(a.placement && a.placement.article === a.article.id);
  const quote = a.article.quotes![report.quoteIndex]!;
  assert.equal(a.article.clean!.text.slice(quote.start, quote.end), quote.text);
  assert.ok(Object.keys(a.entityIds).length > 0);
  for (const [i, entityId] of Object.entries(a.entityIds)) {
    assert.ok(a.article.entities![Number(i)], `entity index ${i}`);
    const { body: e } = await get(`/api/entities/${encodeURIComponent(entityId)}`, S.EntityDetailSchema);
    assert.ok(e.articles.some((x) => x.id === a.article.id) || e.articleCount > 50, `${entityId} lists the article`);
    break;
  }
});

test('api: entities list, search by alias, detail with statements; quotes by speaker; entity timeline', async () => {
  const { body: list } = await get('/api/entities?limit=10', S.pageOf(S.EntitySummarySchema));
  assert.ok(list.total > 10);
  const { body: people } = await get('/api/entities?type=PERSON&limit=500', S.pageOf(S.EntitySummarySchema));
  assert.ok(people.items.every((e) => e.type === 'PERSON'));
  const top = people.items[0]!;
  const { body: found } = await get(`/api/entities?q=${encodeURIComponent(top.name)}`, S.pageOf(S.EntitySummarySchema));
  assert.ok(found.items.some((e) => e.id === top.id));
  const { body: detail } = await get(`/api/entities/${encodeURIComponent(top.id)}`, S.EntityDetailSchema);
  assert.equal(detail.id, top.id);
  assert.ok(detail.aliases.length >= 1);
  const { body: said } = await get(`/api/quotes?speaker=${encodeURIComponent(top.name)}&limit=500`, S.pageOf(S.StatementSummarySchema));
  if (said.total > 0) assert.ok(detail.statements.length > 0);
  const { body: tl } = await get(`/api/timeline?entity=${encodeURIComponent(top.name)}`, S.TimelineSchema);
  assert.ok(tl.entities.some((e) => e.id === top.id));
  const { body: none } = await get('/api/entities?q=zzzqqq', S.pageOf(S.EntitySummarySchema));
  assert.equal(none.total, 0);
});

test('api: search ranks, pages and narrows by speaker', async () => {
  const { body } = await get('/api/search?q=ceasefire&limit=500', S.pageOf(S.SearchHitSchema));
  assert.ok(body.total > 1);
  assert.ok(body.items.every((h) => /\[/.test(h.snippet)));
  const { body: p } = await get('/api/search?q=ceasefire&limit=1&offset=1', S.pageOf(S.SearchHitSchema));
  assert.equal(p.items[0]!.id, body.items[1]!.id);
  const { body: quotes } = await get('/api/quotes?limit=1', S.pageOf(S.StatementSummarySchema));
  const speaker = quotes.items[0]!.speakerName!;
  const { body: narrowed } = await get(`/api/search?q=ceasefire&speaker=${encodeURIComponent(speaker)}&limit=500`, S.pageOf(S.SearchHitSchema));
  assert.ok(narrowed.total <= body.total);
  const { body: reports } = await get(`/api/quotes?speaker=${encodeURIComponent(speaker)}&limit=500`, S.pageOf(S.StatementSummarySchema));
  assert.ok(reports.total > 0);
});

test('api: GET answers carry an ETag; If-None-Match answers 304 until the data changes', async () => {
  const first = await app.request('/api/stories');
  const etag = first.headers.get('ETag');
  assert.ok(etag && /^W\/"[\w-]+"$/.test(etag), `ETag ${etag}`);
  const again = await app.request('/api/stories', { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
  assert.equal(again.headers.get('ETag'), etag);
  const other = await app.request('/api/stories', { headers: { 'If-None-Match': '"something-else"' } });
  assert.equal(other.status, 200);
  // Gzip for clients that take it: the same JSON, the same ETag.
  const zipped = await app.request('/api/stories', { headers: { 'Accept-Encoding': 'gzip, br' } });
  assert.equal(zipped.headers.get('Content-Encoding'), 'gzip');
  assert.equal(zipped.headers.get('ETag'), etag);
  const plain = await (await app.request('/api/stories')).text();
  assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), plain);
  const page2 = await app.request('/api/stories?limit=1');
  assert.notEqual(page2.headers.get('ETag'), etag);

  // A write changes the ETag (a separate database: this one is shared by the other tests).
  const db = copyDb();
  const s2 = SqliteStore.open(db);
  try {
    const app2 = createApp(s2);
    const before = (await app2.request('/api/articles')).headers.get('ETag')!;
    const res = await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: record('etag-1', 'A new article about the ferry timetable in Lindrov harbour.') });
    assert.equal(res.status, 200, await res.text());
    const afterWrite = await app2.request('/api/articles', { headers: { 'If-None-Match': before } });
    assert.equal(afterWrite.status, 200);
    assert.notEqual(afterWrite.headers.get('ETag'), before);
  } finally {
    await s2.close();
  }
});

test('api: a write by another connection is seen at once (no stale cache)', async () => {
  const db = copyDb();
  const reader = SqliteStore.open(db);
  const writer = SqliteStore.open(db);
  try {
    const app2 = createApp(reader);
    const before = S.HealthSchema.parse(await (await app2.request('/api/health')).json());
    const writerApp = createApp(writer);
    const res = await writerApp.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: record('other-1', 'The harbour master of Lindrov announced new opening hours for the ferry terminal.') });
    assert.equal(res.status, 200, await res.text());
    const after = S.HealthSchema.parse(await (await app2.request('/api/health')).json());
    assert.equal(after.articles, before.articles + 1);
  } finally {
    await reader.close();
    await writer.close();
  }
});

function record(id: string, text: string, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ id, outlet: 'Test Wire', title: `Title ${id}`, published: '2025-07-01T10:00:00Z', text: `${text} ${text}`, ...extra })}\n`;
}

test('api: ingest takes JSONL, reports per-line rejections, and refuses what it cannot take', async () => {
  const db = copyDb();
  const s2 = SqliteStore.open(db);
  try {
    const app2 = createApp(s2, { maxBodyBytes: 64 * 1024 });
    const body = record('in-1', 'Officials in Meridale opened a new bridge on Tuesday.') + '{ not json\n' + JSON.stringify({ id: 'in-3', outlet: 'X' }) + '\n';
    const res = await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body });
    const summary = S.IngestSummarySchema.parse(await res.json());
    assert.equal(res.status, 200);
    assert.equal(summary.added, 1);
    assert.equal(summary.rejected, 2);
    assert.deepEqual(Object.keys(summary.rejectedBy).sort(), ['invalid-record', 'malformed-json']);
    assert.deepEqual(summary.rejections.map((r) => r.line).sort(), [2, 3]);
    const again = S.IngestSummarySchema.parse(await (await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: record('in-1', 'Officials in Meridale opened a new bridge on Tuesday.') })).json());
    assert.equal(again.duplicates, 1);
    const { body: added } = await get2(app2, `/api/articles/${summary.addedIds[0]}`, S.ArticleDetailSchema);
    assert.equal(added.article.source.externalId, 'in-1');

    await error('/api/ingest', 413, 'TOO_LARGE', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: record('big', 'x'.repeat(70 * 1024)) }, app2);
    await error('/api/ingest', 415, 'UNSUPPORTED_MEDIA_TYPE', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }, app2);
    await error('/api/ingest', 400, 'USAGE', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{ "urls": [' }, app2);
    await error('/api/ingest', 400, 'USAGE', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{ "urls": [] }' }, app2);
    await error('/api/ingest', 400, 'USAGE', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{ "urls": ["ftp://example.org/x"] }' }, app2);
    await error('/api/ingest', 400, 'USAGE', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: '' }, app2);

    // A URL on a private address goes through the safe fetcher and is refused there: a rejection.
    const res2 = await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ urls: ['http://127.0.0.1:9/secret', 'http://169.254.169.254/latest/meta-data/'] }) });
    const blocked = S.IngestSummarySchema.parse(await res2.json());
    assert.equal(blocked.added, 0);
    assert.equal(blocked.rejected, 2);
    assert.ok(blocked.rejections.every((r) => r.reason === 'fetch-failed' && r.detail.startsWith('FETCH_BLOCKED_ADDRESS')), JSON.stringify(blocked.rejections));
  } finally {
    await s2.close();
  }
});

async function get2<T extends z.ZodType>(target: ReturnType<typeof createApp>, path: string, schema: T): Promise<{ body: z.infer<T> }> {
  const res = await target.request(path);
  assert.equal(res.status, 200, path);
  return { body: schema.parse(await res.json()) as z.infer<T> };
}

test('api: a place entity carries its gazetteer entry with coordinates, valid against the schema', async () => {
  const db = copyDb();
  const s2 = SqliteStore.open(db);
  try {
    const app2 = createApp(s2);
    const body = record('geo-1', 'Rescuers in Tbilisi said the storm had passed over Georgia by Monday morning.')
      + record('geo-2', 'The government of Georgia met in Tbilisi on Tuesday to count the damage.');
    const res = await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body });
    assert.equal(res.status, 200);
    const { body: list } = await get2(app2, '/api/entities?q=Georgia&type=PLACE', S.pageOf(S.EntitySummarySchema));
    const georgia = list.items.find((e) => e.name === 'Georgia');
    assert.ok(georgia, JSON.stringify(list.items.map((e) => e.name)));
    const { body: detail } = await get2(app2, `/api/entities/${encodeURIComponent(georgia.id)}`, S.EntityDetailSchema);
    assert.equal(detail.data.place?.kind, 'country');
    assert.equal(detail.data.place?.countryCode, 'GE');
    assert.ok(Math.abs(detail.data.place!.lat - 42) < 2 && Math.abs(detail.data.place!.lon - 43.5) < 3);
  } finally {
    await s2.close();
  }
});

test('api: with a token, writes need Authorization: Bearer; reads stay open', async () => {
  const db = copyDb();
  const s2 = SqliteStore.open(db);
  try {
    const app2 = createApp(s2, { token: 's3cret-token' });
    const post = (headers: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', ...headers }, body: record('tok-1', 'The council of Lindrov voted on the harbour budget.') });
    await error('/api/ingest', 401, 'AUTH_REQUIRED', post({}), app2);
    await error('/api/ingest', 401, 'AUTH_REQUIRED', post({ Authorization: 'Basic czNjcmV0' }), app2);
    await error('/api/ingest', 403, 'AUTH_INVALID', post({ Authorization: 'Bearer wrong' }), app2);
    const ok = await app2.request('/api/ingest', post({ Authorization: 'Bearer s3cret-token' }));
    assert.equal(ok.status, 200);
    assert.equal(S.IngestSummarySchema.parse(await ok.json()).added, 1);
    assert.equal((await app2.request('/api/health')).status, 200);
  } finally {
    await s2.close();
  }
});

test('api: hostile article content comes back only as JSON strings', async () => {
  const db = copyDb();
  const s2 = SqliteStore.open(db);
  try {
    const app2 = createApp(s2);
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const lines = [
      JSON.stringify({ id: 'evil-text', outlet: `Evil ${evil}`, title: `Headline ${evil}`, published: '2025-07-02', text: `Residents said ${evil} the storm hit Lindrov. The mayor said "we will rebuild ${evil}" on Monday.` }),
      JSON.stringify({ id: 'evil-html', outlet: 'Evil Html', published: '2025-07-02', html: `<html><head><title>Page ${evil}</title></head><body><article><h1>Storm ${evil}</h1><p>The storm hit Lindrov on Monday and closed the harbour for two days.</p><script>steal()</script><p onclick="x()">Officials said repairs would take a week.</p></article></body></html>` }),
    ].join('\n');
    const res = await app2.request('/api/ingest', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: lines });
    const summary = S.IngestSummarySchema.parse(await res.json());
    assert.equal(summary.added, 2, JSON.stringify(summary.rejections));
    for (const id of summary.addedIds) {
      const r = await app2.request(`/api/articles/${id}`);
      assert.equal(r.headers.get('Content-Type'), 'application/json');
      assert.equal(r.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(r.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
      const text = await r.text();
      const body = S.ArticleDetailSchema.parse(JSON.parse(text));
      // The markup is data: the raw input keeps it verbatim, inside a JSON string.
      assert.ok(body.article.source.raw.includes('<script>'));
      assert.equal(typeof body.article.source.raw, 'string');
    }
    const list = await (await app2.request('/api/search?q=storm')).json() as { items: Array<{ title: string | null; snippet: string }> };
    assert.ok(list.items.length >= 1);
    const byTitle = await (await app2.request('/api/articles?outlet=' + encodeURIComponent(`Evil ${evil}`))).json() as { items: Array<{ title: string | null }> };
    assert.equal(byTitle.items[0]!.title, `Headline ${evil}`);
  } finally {
    await s2.close();
  }
});

test('api: export streams JSONL, JSON and CSV of what is stored', async () => {
  const { body: stats } = await get('/api/stats', S.StoreStatsSchema);
  const jsonl = await app.request('/api/export?format=jsonl');
  assert.equal(jsonl.status, 200);
  assert.equal(jsonl.headers.get('Content-Type'), 'application/x-ndjson');
  const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as { storyline_id: string; story_id: string | null });
  assert.equal(lines.length, stats.articles);
  assert.ok(lines.every((l) => l.story_id));
  const json = await app.request('/api/export?format=json&outlet=Northwire');
  const arr = await json.json() as unknown[];
  assert.equal(arr.length, stats.outlets.find((o) => o.outlet === 'Northwire')!.articles);
  const csv = await app.request('/api/export?format=csv');
  assert.match(csv.headers.get('Content-Type')!, /^text\/csv/);
  assert.match(csv.headers.get('Content-Disposition')!, /attachment/);
  const rows = (await csv.text()).trim().split('\n');
  assert.ok(rows.length >= stats.articles + 1);
  const rej = await app.request('/api/export?what=rejections&format=jsonl');
  assert.equal(rej.status, 200);
  assert.equal((await rej.text()).trim().split('\n').filter(Boolean).length, stats.rejections.reduce((n, r) => n + r.count, 0));
});

test('api: the OpenAPI document is 3.1, lists every route, and its references resolve', async () => {
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = await res.json() as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }>; parameters?: Array<{ name: string; in: string }> }>>; components: { schemas: Record<string, unknown> } };
  assert.equal(doc.openapi, '3.1.0');
  const routes: Array<[string, string]> = [
    ['get', '/api/health'], ['get', '/api/stats'], ['get', '/api/outlets'], ['get', '/api/articles'], ['get', '/api/articles/{id}'],
    ['get', '/api/search'], ['get', '/api/stories'], ['get', '/api/stories/{id}'], ['get', '/api/stories/{id}/articles'],
    ['get', '/api/stories/{id}/timeline'], ['get', '/api/stories/{id}/quotes'], ['get', '/api/timeline'], ['get', '/api/entities'],
    ['get', '/api/entities/{id}'], ['get', '/api/quotes'], ['get', '/api/statements/{id}'], ['post', '/api/ingest'], ['get', '/api/export'],
  ];
  for (const [method, path] of routes) {
    const op = doc.paths[path]?.[method];
    assert.ok(op, `${method} ${path} is documented`);
    assert.ok(op.responses['200'], `${path} documents 200`);
    assert.ok(op.responses['400']?.content?.['application/json'], `${path} documents its errors`);
    if (path.includes('{id}')) assert.ok(op.parameters?.some((p) => p.name === 'id' && p.in === 'path'), `${path} documents id`);
  }
  assert.deepEqual(doc.paths['/api/articles']!.get!.parameters!.map((p) => p.name).sort(), ['language', 'limit', 'offset', 'outlet', 'since', 'story', 'until']);
  // Every $ref points at a component that exists.
  const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
  assert.ok(refs.length > 10);
  for (const r of refs) {
    const name = r.slice(r.lastIndexOf('/') + 1, -1);
    assert.ok(doc.components.schemas[name], `component ${name}`);
  }
  for (const name of ['StoryDetail', 'StoryWithCoverage', 'ArticleDetail', 'StoredArticle', 'EntityDetail', 'Statement', 'Timeline', 'IngestSummary', 'Error']) {
    assert.ok(doc.components.schemas[name], `component ${name}`);
  }
});

test('api: the UI is served with SPA fallback, content types, caching and the CSP; a clear page when not built', async () => {
  const ui = join(dir, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Storyline UI</title><script type="module" src="/assets/index-AbCd1234.js"></script>');
  writeFileSync(join(ui, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  writeFileSync(join(ui, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the UI');
  // The policy itself, spelled out: nothing but the server's own scripts, styles and connections.
  assert.equal(CONTENT_SECURITY_POLICY, "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
  const withUi = createApp(store, { uiDir: ui });
  const index = await withUi.request('/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('Content-Type')!, /^text\/html/);
  assert.match(await index.text(), /Storyline UI/);
  assert.equal(index.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
  assert.equal(index.headers.get('Referrer-Policy'), 'no-referrer');
  const deep = await withUi.request('/stories/st-1');
  assert.match(await deep.text(), /Storyline UI/);
  const js = await withUi.request('/assets/index-AbCd1234.js');
  assert.match(js.headers.get('Content-Type')!, /^text\/javascript/);
  assert.match(js.headers.get('Cache-Control')!, /immutable/);
  const svg = await withUi.request('/favicon.svg');
  assert.equal(svg.headers.get('Content-Type'), 'image/svg+xml');
  assert.equal(svg.headers.get('Cache-Control'), 'no-cache');
  assert.equal((await withUi.request('/assets/missing-AbCd1234.js')).status, 404);
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
    const r = await withUi.request(path);
    assert.doesNotMatch(await r.text(), /outside the UI/, path);
  }
  const notBuilt = await createApp(store, { uiDir: join(dir, 'no-ui') }).request('/');
  assert.equal(notBuilt.status, 200);
  assert.match(await notBuilt.text(), /not built/);
  assert.equal(notBuilt.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
  // API paths never fall back to the page.
  const apiMiss = await withUi.request('/api/nothing');
  assert.equal(apiMiss.status, 404);
  assert.match(apiMiss.headers.get('Content-Type')!, /^application\/json/);
});

test('api: answers are the same from the indexes, from the store by id, and from a store without the optional methods', async () => {
  const { body: list } = await get('/api/stories?limit=500', S.pageOf(S.StoryWithCoverageSchema));
  const biggest = [...list.items].sort((a, b) => b.articles - a.articles)[0]!;
  const paths = ['/api/stories', '/api/stories?limit=3&offset=2', `/api/stories/${biggest.id}`, `/api/stories/${biggest.id}/articles`,
    `/api/articles?story=${biggest.id}`, '/api/outlets', `/api/articles/${(await get('/api/articles?limit=1', S.pageOf(S.ArticleSummarySchema))).body.items[0]!.id}`];
  // A plain object with only the required Store methods: no dataVersion (no caching), no articleSummaries.
  const bare = Object.create(null) as Record<string, unknown>;
  for (const name of ['kind', 'putArticle', 'updateArticle', 'addRejection', 'getArticle', 'hasArticle', 'listArticles', 'search', 'iterateArticles',
    'outdatedArticleIds', 'listRejections', 'stats', 'feeds', 'entities', 'stories', 'statements', 'close']) {
    const v = (store as unknown as Record<string, unknown>)[name];
    bare[name] = typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(store) : v;
  }
  // The first app reads the corpus-wide indexes (built at start, and by /api/outlets at the latest); the
  // second reads the store by id on every request; the third has neither caching nor by-id reads.
  const apps = [createApp(store, { warm: true }), createApp(store, { cache: false }), createApp(bare as unknown as SqliteStore)];
  assert.equal((await apps[0]!.request('/api/outlets')).status, 200);
  for (const path of paths) {
    const answers = await Promise.all(apps.map(async (a) => {
      const r = await a.request(path);
      return `${r.status} ${await r.text()}`;
    }));
    assert.equal(answers[1], answers[0], `${path}: uncached differs`);
    assert.equal(answers[2], answers[0], `${path}: bare store differs`);
  }
  // The store's by-id summaries agree with its list.
  const { body: arts } = await get('/api/articles?limit=5', S.pageOf(S.ArticleSummarySchema));
  const ids = [arts.items[3]!.id, 'absent', arts.items[0]!.id];
  assert.deepEqual(await store.articleSummaries(ids), [arts.items[3], arts.items[0]]);
});

test('api: the entity list counts one story\'s articles only with ?story=', async () => {
  const { body: list } = await get('/api/stories?limit=500', S.pageOf(S.StoryWithCoverageSchema));
  const story = [...list.items].sort((a, b) => b.articles - a.articles)[0]!;
  const { body: all } = await get('/api/entities?limit=500', S.pageOf(S.EntitySummarySchema));
  const { body: one } = await get(`/api/entities?story=${encodeURIComponent(story.id)}&limit=500`, S.pageOf(S.EntitySummarySchema));
  assert.ok(one.items.length > 0 && one.total < all.total, `${one.total} of ${all.total}`);
  assert.ok(one.items.every((e) => e.articles <= story.articles));
  const { body: none } = await get('/api/entities?story=no-such-story', S.pageOf(S.EntitySummarySchema));
  assert.equal(none.total, 0);
});

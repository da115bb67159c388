import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../article.js';
import { newArticle } from '../ingest/build-article.js';
import { DEFAULT_PIPELINE } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Store } from './store.js';
import { MAX_SEEN_IDS, newFeedState, type FeedState } from '../sources/index.js';
import type { EntityWrite } from './entity-store.js';
import type { StatementReport } from './statement-store.js';

/** Builds a processed article for contract tests. */
export function sampleArticle(text: string, fields: Partial<Article['source']> = {}): Article {
  const article = newArticle({ format: 'text', raw: text, metadata: {}, origin: { file: 'test' }, ...fields });
  return runPipeline(article, DEFAULT_PIPELINE);
}

/** A test that gets a fresh store from `makeStore` and closes it afterwards, whatever happens. */
function storeTest(prefix: string, makeStore: () => Promise<Store>) {
  return (name: string, body: (store: Store) => Promise<void>): void => {
    test(`${prefix}: ${name}`, async () => {
      const store = await makeStore();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });
  };
}

/**
 * The Store contract: every adapter must pass these tests. `makeStore` returns a fresh, empty store
 * each time; the suite closes it.
 */
export function storeContract(adapter: string, makeStore: () => Promise<Store>): void {
  const withStore = storeTest(`${adapter} store`, makeStore);

  withStore('an article round-trips with its stage fields and versions', async (store) => {
    const a = sampleArticle('The harbour strike entered its third day.\n\nDock workers marched.', {
      outlet: 'Harbour Daily', title: 'Strike, day three', published: '2025-04-02', externalId: 'hd-1', url: 'https://hd.example/1', metadata: { section: 'labour' },
    });
    const put = await store.putArticle(a);
    assert.deepEqual(put, { status: 'added', id: a.id });
    const got = await store.getArticle(a.id);
    assert.ok(got);
    assert.equal(got.clean?.text, a.clean?.text);
    assert.deepEqual(got.clean?.paragraphs, a.clean?.paragraphs);
    assert.deepEqual(got.sentences, a.sentences);
    assert.deepEqual(got.language, a.language);
    assert.deepEqual(got.versions, a.versions);
    assert.equal(got.source.outlet, 'Harbour Daily');
    assert.equal(got.source.externalId, 'hd-1');
    assert.deepEqual(got.source.metadata, { section: 'labour' });
    assert.equal(got.source.raw, a.source.raw);
    assert.ok(got.ingestedAt);
  });

  withStore('putArticle is idempotent on the content hash', async (store) => {
    const a = sampleArticle('Same text twice.', { outlet: 'X' });
    assert.equal((await store.putArticle(a)).status, 'added');
    assert.equal((await store.putArticle(a)).status, 'duplicate');
    assert.equal((await store.listArticles()).total, 1);
    assert.equal(await store.hasArticle(a.id), true);
    assert.equal(await store.hasArticle('nope'), false);
  });

  withStore('an article is found by the input record id', async (store) => {
    const a = sampleArticle('Text with an external id.', { externalId: 'rec-42' });
    await store.putArticle(a);
    assert.equal((await store.getArticle('rec-42'))?.id, a.id);
    assert.equal(await store.getArticle('missing'), null);
  });

  withStore('lists are newest first, filter by outlet, language and dates, and page', async (store) => {
    const days = ['2025-03-01', '2025-03-15', '2025-04-01', '2025-04-20', '2025-05-05'];
    for (const [i, d] of days.entries()) {
      await store.putArticle(sampleArticle(`Article number ${i} about the river flood and the dam.`, { outlet: i % 2 ? 'Odd Times' : 'Even Post', published: d }));
    }
    await store.putArticle(sampleArticle('An undated article about the flood.', { outlet: 'Even Post' }));
    const all = await store.listArticles();
    assert.equal(all.total, 6);
    assert.deepEqual(all.items.slice(0, 5).map((a) => a.published), [...days].reverse());
    assert.equal(all.items[5].published, null);
    assert.equal((await store.listArticles({ outlet: 'odd times' })).total, 2);
    assert.equal((await store.listArticles({ since: '2025-04-01' })).total, 3);
    assert.equal((await store.listArticles({ until: '2025-04-01' })).total, 3);
    assert.equal((await store.listArticles({ since: '2025-03-10', until: '2025-04-19' })).total, 2);
    assert.equal((await store.listArticles({ language: 'en' })).total, 6);
    const page = await store.listArticles({}, { limit: 2, offset: 2 });
    assert.equal(page.items.length, 2);
    assert.equal(page.total, 6);
    assert.equal(page.items[0].published, days[2]);
  });

  withStore('search ranks by bm25 with title weight, highlights, filters and never fails on syntax', async (store) => {
    await store.putArticle(sampleArticle('The minister spoke about taxes and budgets at length.', { title: 'Budget day', outlet: 'A' }));
    await store.putArticle(sampleArticle('Ceasefire talks resumed. The ceasefire held overnight.', { title: 'Ceasefire holds', outlet: 'B' }));
    await store.putArticle(sampleArticle('A ceasefire was mentioned once in passing among many other words here.', { title: 'Weather', outlet: 'A' }));
    const hits = await store.search('ceasefire');
    assert.equal(hits.total, 2);
    assert.equal(hits.items[0].title, 'Ceasefire holds');
    assert.ok(hits.items[0].score >= hits.items[1].score);
    assert.match(hits.items[0].snippet, /\[ceasefire\]/i);
    assert.equal((await store.search('ceasefire', { outlet: 'A' })).total, 1);
    assert.equal((await store.search('"talks resumed"')).total, 1);
    assert.equal((await store.search('ceasef*')).total, 2);
    assert.equal((await store.search('budgets OR overnight')).total, 2);
    for (const hostile of ['"', 'AND', 'NEAR(', 'title:x', '*', '-', "'; DROP TABLE articles; --", '^']) {
      const r = await store.search(hostile);
      assert.ok(r.total >= 0, hostile);
    }
    assert.equal((await store.listArticles()).total, 3);
  });

  withStore('rejections are stored and listed newest first', async (store) => {
    await store.addRejection({ reason: 'empty', detail: 'no text', file: 'a.txt', line: null });
    await store.addRejection({ reason: 'malformed-json', detail: 'bad', file: 'b.jsonl', line: 7, externalId: null });
    const page = await store.listRejections();
    assert.equal(page.total, 2);
    assert.equal(page.items[0].reason, 'malformed-json');
    assert.equal(page.items[0].line, 7);
    const stats = await store.stats();
    assert.deepEqual(stats.rejections.map((r) => r.reason).sort(), ['empty', 'malformed-json']);
  });

  withStore('stats count outlets, languages, months and stage versions', async (store) => {
    await store.putArticle(sampleArticle('One text in English about a port.', { outlet: 'P', published: '2025-03-03' }));
    await store.putArticle(sampleArticle('Another text in English about a port.', { outlet: 'P', published: '2025-04-03' }));
    await store.putArticle(sampleArticle('Текст українською мовою про порт і страйк робітників.', { outlet: 'Q', published: '2025-04-09' }));
    const s = await store.stats();
    assert.equal(s.articles, 3);
    assert.deepEqual(s.outlets, [{ outlet: 'P', articles: 2 }, { outlet: 'Q', articles: 1 }]);
    assert.deepEqual(s.months, [{ month: '2025-03', articles: 1 }, { month: '2025-04', articles: 2 }]);
    assert.deepEqual(s.languages.map((l) => l.language).sort(), ['en', 'uk']);
    assert.ok(s.stageVersions.some((v) => v.stage === 'clean' && v.articles === 3));
    assert.equal(s.firstPublished, '2025-03-03');
  });

  withStore('outdated articles are found by stage version and can be updated', async (store) => {
    const a = sampleArticle('Versioned text about a trial.', { outlet: 'V' });
    await store.putArticle(a);
    assert.deepEqual(await store.outdatedArticleIds(a.versions), []);
    assert.deepEqual(await store.outdatedArticleIds({ ...a.versions, clean: a.versions.clean + 1 }), [a.id]);
    assert.deepEqual(await store.outdatedArticleIds({ ...a.versions, newstage: 1 }), [a.id]);
    const changed: Article = { ...a, clean: { ...a.clean!, text: 'Replaced body about an appeal.' }, versions: { ...a.versions, clean: 99 } };
    await store.updateArticle(changed);
    const got = await store.getArticle(a.id);
    assert.equal(got?.clean?.text, 'Replaced body about an appeal.');
    assert.equal(got?.versions.clean, 99);
    assert.equal((await store.search('appeal')).total, 1);
    assert.equal((await store.search('trial')).total, 0);
  });

  withStore('summaries by id keep the order asked for; the data version moves with a write', async (store) => {
    const a = sampleArticle('First article about the harbour strike.', { outlet: 'P', published: '2025-03-03' });
    const b = sampleArticle('Second article about the harbour strike.', { outlet: 'Q', published: '2025-03-04' });
    await store.putArticle(a);
    assert.ok(store.articleSummaries && store.dataVersion, 'both adapters offer the optional reads the HTTP API caches on');
    const before = await store.dataVersion();
    await store.putArticle(b);
    assert.notEqual(await store.dataVersion(), before);
    assert.deepEqual((await store.articleSummaries([b.id, 'absent', a.id])).map((s) => [s.id, s.outlet]), [[b.id, 'Q'], [a.id, 'P']]);
    assert.deepEqual(await store.articleSummaries([]), []);
  });

  withStore('iterateArticles streams every article in ingest order', async (store) => {
    const ids: string[] = [];
    for (let i = 0; i < 230; i++) {
      const a = sampleArticle(`Short article ${i}.`, { outlet: i < 100 ? 'First' : 'Second' });
      ids.push(a.id);
      await store.putArticle(a);
    }
    const seen: string[] = [];
    for await (const a of store.iterateArticles()) seen.push(a.id);
    assert.deepEqual(seen, ids);
    let first = 0;
    for await (const a of store.iterateArticles({ outlet: 'First' })) first += a.source.outlet === 'First' ? 1 : 0;
    assert.equal(first, 100);
  });

  // Every adapter also carries the entity sub-store.
  entityStoreContract(adapter, makeStore);
  // …and the statement ledger.
  statementStoreContract(adapter, makeStore);

  withStore('feeds: a state round-trips with every field, and put replaces it', async (store) => {
    const feeds = store.feeds();
    assert.equal(await feeds.get('https://news.example/feed.xml'), null);
    const full: FeedState = {
      url: 'https://news.example/feed.xml',
      etag: 'W/"abc-123"',
      lastModified: 'Wed, 01 Apr 2026 10:00:00 GMT',
      lastPolledAt: 1_775_037_600_123,
      seenItemIds: ['tag:news.example,2026:1', 'https://news.example/a/2', 'id with spaces and ünïcode'],
      failures: 3,
      nextPollAt: 1_775_041_200_456,
      lastError: { code: 'FETCH_TIMEOUT', message: 'no answer within 30000 ms' },
    };
    await feeds.put(full);
    assert.deepEqual(await feeds.get(full.url), full);
    const fresh = newFeedState('https://other.example/rss', 1_775_000_000_000);
    await feeds.put(fresh);
    assert.deepEqual(await feeds.get(fresh.url), fresh);
    const recovered: FeedState = { ...full, etag: null, lastModified: null, failures: 0, lastError: null, seenItemIds: [] };
    await feeds.put(recovered);
    assert.deepEqual(await feeds.get(full.url), recovered);
    assert.equal((await feeds.due(Number.MAX_SAFE_INTEGER, 100)).length, 2);
  });

  withStore('feeds: due lists feeds due at or before now, soonest first (then by url), at most limit', async (store) => {
    const feeds = store.feeds();
    const at = (url: string, nextPollAt: number): FeedState => ({ ...newFeedState(url, nextPollAt) });
    await feeds.put(at('https://c.example/feed', 3000));
    await feeds.put(at('https://a.example/feed', 1000));
    await feeds.put(at('https://b.example/feed', 2000));
    await feeds.put(at('https://bb.example/feed', 2000));
    await feeds.put(at('https://later.example/feed', 9000));
    const urls = (list: FeedState[]): string[] => list.map((f) => f.url);
    assert.deepEqual(urls(await feeds.due(2000, 10)), ['https://a.example/feed', 'https://b.example/feed', 'https://bb.example/feed']);
    assert.deepEqual(urls(await feeds.due(3000, 2)), ['https://a.example/feed', 'https://b.example/feed']);
    assert.deepEqual(urls(await feeds.due(999, 10)), []);
    assert.deepEqual(await feeds.due(9000, 0), []);
    assert.equal((await feeds.due(9000, 10)).length, 5);
  });

  withStore('feeds: the seen item ids are bounded', async (store) => {
    const feeds = store.feeds();
    const ids = Array.from({ length: MAX_SEEN_IDS + 10 }, (_, i) => `item-${i}`);
    await feeds.put({ ...newFeedState('https://big.example/feed', 0), seenItemIds: ids });
    const got = await feeds.get('https://big.example/feed');
    assert.equal(got?.seenItemIds.length, MAX_SEEN_IDS);
    assert.equal(got?.seenItemIds.at(-1), `item-${MAX_SEEN_IDS + 9}`);
  });
}

/** An entity row for the entity-store contract: one alias per article, counted `count` times. */
function entityWrite(id: string, name: string, type: string, uses: Array<[article: string, alias: string, count: number]>, roles: Array<[string, string]> = []): EntityWrite {
  return {
    id, name, type,
    data: { outlets: [], merges: [], roleConflicts: [] },
    mentions: uses.map(([article, alias, count]) => ({ article, alias, key: alias.toLowerCase(), count })),
    members: uses.map(([article], i) => ({ article, member: `e${i}` })),
    roles: roles.map(([role, article]) => ({ role, article })),
  };
}

/**
 * The entity sub-store contract (`store.entities()`): the resolution is replaced whole, lists rank
 * by articles and filter by type, outlet and dates, lookups go by id or alias key, the detail gives
 * aliases with outlets, roles with dates, links, co-occurring entities and articles; overrides are
 * kept in order and untouched by a new resolution.
 */
export function entityStoreContract(adapter: string, makeStore: () => Promise<Store>): void {
  const withStore = storeTest(`${adapter} entity store`, makeStore);

  const corpus = async (store: Store): Promise<string[]> => {
    const specs: Array<[string, string, string]> = [
      ['Mayor Brannik Oster opened the ferry terminal in Velmora.', 'Velmora Star', '2025-02-01'],
      ['Brannik Oster, the former mayor, visited the ferry terminal.', 'Harbour Ledger', '2025-02-10'],
      ['The ferry company of Velmora raised its fares.', 'Velmora Star', '2025-03-05'],
      ['An undated note about Oster.', 'Harbour Ledger', ''],
    ];
    const ids: string[] = [];
    for (const [text, outlet, published] of specs) {
      const a = sampleArticle(text, { outlet, ...(published ? { published } : {}) });
      await store.putArticle(a);
      ids.push(a.id);
    }
    return ids;
  };

  withStore('articleEntities yields each article with outlet, date and its stored entities', async (store) => {
    const ids = await corpus(store);
    const rows = [];
    for await (const r of store.entities().articleEntities()) rows.push(r);
    assert.deepEqual(rows.map((r) => r.id), ids);
    assert.equal(rows[0]!.outlet, 'Velmora Star');
    assert.equal(rows[0]!.published, '2025-02-01');
    assert.ok(rows.every((r) => Array.isArray(r.entities)));
  });

  withStore('a resolution is stored, ranked by articles, filtered by type, outlet and dates', async (store) => {
    const [a1, a2, a3, a4] = await corpus(store);
    const es = store.entities();
    await es.replaceResolution({
      entities: [
        entityWrite('person:brannik-oster', 'Brannik Oster', 'PERSON', [[a1!, 'Brannik Oster', 1], [a2!, 'Brannik Oster', 2], [a4!, 'Oster', 1]],
          [['Mayor', a1!], ['former mayor', a2!]]),
        entityWrite('place:velmora', 'Velmora', 'PLACE', [[a1!, 'Velmora', 1], [a3!, 'Velmora', 1]]),
        entityWrite('org:ferry-company', 'ferry company', 'ORG', [[a3!, 'ferry company', 1]]),
      ],
      links: [{ from: 'person:brannik-oster', to: 'place:velmora', kind: 'role-at', evidence: ['Mayor'] }],
    });
    const all = await es.listEntities();
    assert.equal(all.total, 3);
    assert.deepEqual(all.items.map((e) => [e.id, e.articles]), [['person:brannik-oster', 3], ['place:velmora', 2], ['org:ferry-company', 1]]);
    assert.equal(all.items[0]!.mentions, 4);
    assert.equal(all.items[0]!.outlets, 2);
    assert.deepEqual((await es.listEntities({ type: 'place' })).items.map((e) => e.id), ['place:velmora']);
    assert.deepEqual((await es.listEntities({ outlet: 'velmora star' })).items.map((e) => [e.id, e.articles]),
      [['place:velmora', 2], ['person:brannik-oster', 1], ['org:ferry-company', 1]]);
    assert.deepEqual((await es.listEntities({ since: '2025-02-05', until: '2025-02-28' })).items.map((e) => e.id), ['person:brannik-oster']);
    assert.deepEqual((await es.listEntities({ until: '2025-02-01' })).items.map((e) => e.id).sort(), ['person:brannik-oster', 'place:velmora']);
    const page = await es.listEntities({}, { limit: 1, offset: 1 });
    assert.deepEqual([page.items.map((e) => e.id), page.total], [['place:velmora'], 3]);
  });

  withStore('lookups by id, alias key, or a word of an alias', async (store) => {
    const [a1, a2] = await corpus(store);
    const es = store.entities();
    await es.replaceResolution({
      entities: [
        entityWrite('person:brannik-oster', 'Brannik Oster', 'PERSON', [[a1!, 'Brannik Oster', 1]]),
        entityWrite('person:mila-oster', 'Mila Oster', 'PERSON', [[a2!, 'Mila Oster', 1], [a2!, 'Oster', 3]]),
      ],
      links: [],
    });
    assert.deepEqual((await es.findEntities({ id: 'person:brannik-oster' })).map((e) => e.id), ['person:brannik-oster']);
    assert.deepEqual((await es.findEntities({ key: 'oster' })).map((e) => e.id), ['person:mila-oster']);
    assert.deepEqual((await es.findEntities({ key: 'brannik' })).map((e) => e.id), ['person:brannik-oster']);
    assert.deepEqual(await es.findEntities({ key: 'nobody' }), []);
    assert.deepEqual(await es.findEntities({}), []);
  });

  withStore('the detail: aliases with outlets, roles with dates, links both ways, co-occurring entities, articles', async (store) => {
    const [a1, a2, a3, a4] = await corpus(store);
    const es = store.entities();
    await es.replaceResolution({
      entities: [
        entityWrite('person:brannik-oster', 'Brannik Oster', 'PERSON', [[a1!, 'Brannik Oster', 1], [a2!, 'Brannik Oster', 2], [a4!, 'Oster', 1]],
          [['Mayor', a1!], ['former mayor', a2!]]),
        entityWrite('place:velmora', 'Velmora', 'PLACE', [[a1!, 'Velmora', 1], [a3!, 'Velmora', 1]]),
      ],
      links: [{ from: 'person:brannik-oster', to: 'place:velmora', kind: 'role-at', evidence: ['Mayor'] }],
    });
    const d = await es.getEntity('person:brannik-oster');
    assert.ok(d);
    assert.deepEqual(d.aliases, [
      { alias: 'Brannik Oster', count: 3, articles: 2, outlets: ['Harbour Ledger', 'Velmora Star'] },
      { alias: 'Oster', count: 1, articles: 1, outlets: ['Harbour Ledger'] },
    ]);
    assert.deepEqual(d.roles.map((r) => [r.role, r.first, r.sightings.map((s) => s.outlet)]),
      [['Mayor', '2025-02-01', ['Velmora Star']], ['former mayor', '2025-02-10', ['Harbour Ledger']]]);
    assert.deepEqual(d.links.map((l) => [l.direction, l.kind, l.other?.id]), [['out', 'role-at', 'place:velmora']]);
    assert.deepEqual(d.cooccurring, [{ id: 'place:velmora', name: 'Velmora', type: 'PLACE', articles: 1 }]);
    assert.deepEqual(d.articles.map((a) => a.id), [a2, a1, a4]);
    const v = await es.getEntity('place:velmora');
    assert.deepEqual(v?.links.map((l) => [l.direction, l.other?.id]), [['in', 'person:brannik-oster']]);
    assert.equal(await es.getEntity('person:nobody'), null);
  });

  withStore('replaceResolution replaces everything; member keys are kept for stable ids', async (store) => {
    const [a1, a2] = await corpus(store);
    const es = store.entities();
    await es.replaceResolution({ entities: [entityWrite('person:old', 'Old Name', 'PERSON', [[a1!, 'Old Name', 1]])], links: [] });
    assert.deepEqual([...(await es.memberKeys())], [['person:old', [`${a1}|e0`]]]);
    await es.replaceResolution({ entities: [entityWrite('person:new', 'New Name', 'PERSON', [[a2!, 'New Name', 1]])], links: [
      { from: 'person:new', to: 'person:gone', kind: 'role-at', evidence: [] },
    ] });
    assert.deepEqual((await es.listEntities()).items.map((e) => e.id), ['person:new']);
    assert.equal(await es.getEntity('person:old'), null);
    assert.deepEqual((await es.getEntity('person:new'))?.links, []);
    await es.replaceResolution({ entities: [], links: [] });
    assert.equal((await es.listEntities()).total, 0);
  });

  withStore('overrides are appended in order and survive a new resolution', async (store) => {
    const es = store.entities();
    assert.deepEqual(await es.listOverrides(), []);
    const s1 = await es.addOverride({ op: 'merge', a: { name: 'Brannik Oster', type: 'PERSON' }, b: { name: 'B. Oster', type: 'PERSON' } }, '2025-06-01T10:00:00.000Z');
    const s2 = await es.addOverride({ op: 'alias', entity: { name: 'Velmora', type: 'PLACE' }, alias: 'Вельмора' }, '2025-06-01T10:01:00.000Z');
    assert.ok(s2 > s1);
    await es.replaceResolution({ entities: [], links: [] });
    const list = await es.listOverrides();
    assert.deepEqual(list.map((o) => o.override.op), ['merge', 'alias']);
    assert.deepEqual(list[1]!.override, { op: 'alias', entity: { name: 'Velmora', type: 'PLACE' }, alias: 'Вельмора' });
    assert.equal(list[0]!.createdAt, '2025-06-01T10:00:00.000Z');
  });
}

/** A statement report for the statement-store contract, with the fields a test does not care about filled. */
function contractReport(fields: Partial<StatementReport> & Pick<StatementReport, 'statementId' | 'article' | 'quoteIndex'>): StatementReport {
  return {
    outlet: null, cue: 'said', kind: 'direct', form: null, published: null, date: null, dateSource: 'publication', dateText: null,
    speakerName: 'Lena Marsh', speakerEntity: 'e1', speakerResolved: null, speakerKey: 'marsh', text: 'The port stays shut.', start: 0, end: 20,
    ...fields,
  };
}

/**
 * The statement-store contract (migration 5): pending articles are those with quotes the ledger has
 * not read; reports round-trip; lists group by statement and filter by speaker, outlet, date and articles.
 */
export function statementStoreContract(adapter: string, makeStore: () => Promise<Store>): void {
  const withStore = storeTest(`${adapter} statement store`, makeStore);

  withStore('an empty ledger has nothing', async (store) => {
    const st = store.statements();
    assert.equal((await st.listStatements()).total, 0);
    assert.equal(await st.getStatement('stmt-000000000000'), null);
    assert.deepEqual(await st.listReports(), []);
    const pending: string[] = [];
    for await (const a of st.pendingArticles()) pending.push(a.id);
    assert.deepEqual(pending, []);
  });

  withStore('stored articles are pending until the ledger marks them read', async (store) => {
    const a = sampleArticle('"The port will not reopen until every crane has been inspected," harbour master Lena Marsh said on Tuesday.', { outlet: 'Harbour Daily', published: '2025-04-10' });
    const b = sampleArticle('Dockers marched through the old town.', { outlet: 'Coast Post', published: '2025-04-11' });
    await store.putArticle(a);
    await store.putArticle(b);
    const st = store.statements();
    const pending = [];
    for await (const p of st.pendingArticles()) pending.push(p);
    assert.deepEqual(pending.map((p) => p.id).sort(), [a.id, b.id].sort());
    const withQuote = pending.find((p) => p.id === a.id)!;
    assert.deepEqual(withQuote.quotes, a.quotes);
    assert.equal(withQuote.text, a.clean!.text);
    assert.deepEqual(withQuote.sentences, a.sentences!.sentences);
    assert.deepEqual(withQuote.dates, a.dates);
    assert.equal(withQuote.outlet, 'Harbour Daily');
    await st.addReports([], [b.id]);
    const left: string[] = [];
    for await (const p of st.pendingArticles()) left.push(p.id);
    assert.deepEqual(left, [a.id]);
  });

  withStore('reports round-trip, group into statements and filter', async (store) => {
    const st = store.statements();
    await st.addReports([
      contractReport({ statementId: 'st-a', article: 'art-2', quoteIndex: 0, outlet: 'Coast Post', published: '2025-04-11T08:00:00Z', date: '2025-04-11', cue: 'claimed', form: 'verbatim', text: 'The port stays shut until the inspection.' }),
      contractReport({ statementId: 'st-a', article: 'art-1', quoteIndex: 2, outlet: 'Harbour Daily', published: '2025-04-10T08:00:00Z', date: '2025-04-08', dateSource: 'stated', dateText: 'Tuesday', speakerResolved: 'person:marsh' }),
      contractReport({ statementId: 'st-b', article: 'art-3', quoteIndex: 0, outlet: 'Coast Post', published: '2025-05-01T08:00:00Z', date: '2025-05-01', speakerName: 'Ade Okafor', speakerKey: 'okafor', text: 'No comment.' }),
    ], ['art-1', 'art-2', 'art-3']);
    const all = await st.listStatements();
    assert.equal(all.total, 2);
    assert.equal(all.items[0]!.id, 'st-a');
    assert.equal(all.items[0]!.outlets, 2);
    assert.equal(all.items[0]!.reports, 2);
    assert.deepEqual([...all.items[0]!.cues].sort(), ['claimed', 'said']);
    assert.equal(all.items[0]!.firstOutlet, 'Harbour Daily');
    // The longest direct wording is shown.
    assert.equal(all.items[0]!.text, 'The port stays shut until the inspection.');
    const s = await st.getStatement('st-a');
    assert.ok(s);
    assert.deepEqual(s.reports.map((r) => r.article), ['art-1', 'art-2']);
    assert.equal(s.first.article, 'art-1');
    assert.deepEqual([...s.outlets].sort(), ['Coast Post', 'Harbour Daily']);
    assert.deepEqual(s.reports[0], contractReport({ statementId: 'st-a', article: 'art-1', quoteIndex: 2, outlet: 'Harbour Daily', published: '2025-04-10T08:00:00Z', date: '2025-04-08', dateSource: 'stated', dateText: 'Tuesday', speakerResolved: 'person:marsh' }));
    assert.deepEqual((await st.listStatements({ speakerKeys: ['okafor'] })).items.map((i) => i.id), ['st-b']);
    assert.deepEqual((await st.listStatements({ speakerEntities: ['person:marsh'] })).items.map((i) => i.id), ['st-a']);
    assert.equal((await st.listStatements({ speakerKeys: [] })).total, 0);
    assert.deepEqual((await st.listStatements({ outlet: 'harbour daily' })).items.map((i) => i.id), ['st-a']);
    assert.deepEqual((await st.listStatements({ since: '2025-04-20' })).items.map((i) => i.id), ['st-b']);
    assert.deepEqual((await st.listStatements({ until: '2025-04-30' })).items.map((i) => i.id), ['st-a']);
    assert.deepEqual((await st.listStatements({ articles: ['art-3'] })).items.map((i) => i.id), ['st-b']);
    assert.equal((await st.listStatements({ articles: [] })).total, 0);
    assert.equal((await st.listStatements({}, { limit: 1, offset: 1 })).items[0]!.id, 'st-b');
    // Timelines read reports in the order the words were said.
    assert.deepEqual((await st.listReports()).map((r) => r.article), ['art-1', 'art-2', 'art-3']);
    const reread: string[] = [];
    for await (const r of st.allReports()) reread.push(`${r.article}:${r.quoteIndex}`);
    assert.deepEqual(reread.sort(), ['art-1:2', 'art-2:0', 'art-3:0']);
  });

  withStore('writing a report again replaces it (idempotent catch-up)', async (store) => {
    const st = store.statements();
    const r = contractReport({ statementId: 'st-a', article: 'art-1', quoteIndex: 0 });
    await st.addReports([r], ['art-1']);
    await st.addReports([r], ['art-1']);
    assert.equal((await st.listReports()).length, 1);
  });

  withStore('updating an article drops its reports and makes it pending again; emptied statements go', async (store) => {
    const a = sampleArticle('"The port will not reopen until every crane has been inspected," harbour master Lena Marsh said on Tuesday.', { outlet: 'Harbour Daily', published: '2025-04-10' });
    const b = sampleArticle('"No comment," Ade Okafor said.', { outlet: 'Coast Post', published: '2025-04-11' });
    await store.putArticle(a);
    await store.putArticle(b);
    const st = store.statements();
    await st.addReports([
      contractReport({ statementId: 'st-a', article: a.id, quoteIndex: 0 }),
      contractReport({ statementId: 'st-b', article: b.id, quoteIndex: 0, speakerKey: 'okafor' }),
      contractReport({ statementId: 'st-a', article: b.id, quoteIndex: 1 }),
    ], [a.id, b.id]);
    await store.updateArticle(a);
    const pending: string[] = [];
    for await (const p of st.pendingArticles()) pending.push(p.id);
    assert.deepEqual(pending, [a.id]);
    assert.deepEqual((await st.listReports()).map((r) => `${r.article}:${r.quoteIndex}`).sort(), [`${b.id}:0`, `${b.id}:1`].sort());
    assert.equal((await st.getStatement('st-a'))!.reports.length, 1);
    await store.updateArticle(b);
    assert.equal((await st.listStatements()).total, 0, 'a statement without reports is gone');
    assert.equal(await st.getStatement('st-b'), null);
  });
}

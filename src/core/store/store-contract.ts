import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../article.js';
import { newArticle } from '../ingest/build-article.js';
import { DEFAULT_PIPELINE } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { Store } from './store.js';

/** Builds a processed article for contract tests. */
export function sampleArticle(text: string, fields: Partial<Article['source']> = {}): Article {
  const article = newArticle({ format: 'text', raw: text, metadata: {}, origin: { file: 'test' }, ...fields });
  return runPipeline(article, DEFAULT_PIPELINE);
}

/**
 * The Store contract: every adapter must pass these tests. `makeStore` returns a fresh, empty store
 * each time; the suite closes it.
 */
export function storeContract(adapter: string, makeStore: () => Promise<Store>): void {
  const withStore = (name: string, body: (store: Store) => Promise<void>): void => {
    test(`${adapter} store: ${name}`, async () => {
      const store = await makeStore();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });
  };

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
}

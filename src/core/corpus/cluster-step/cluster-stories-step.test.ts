import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { ingest } from '../../ingest/ingest.js';
import { newArticle } from '../../ingest/build-article.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { DEFAULT_PIPELINE } from '../../pipeline/default-pipeline.js';
import type { ArticleSource } from '../../article.js';
import { quotedWords, storyFacts, toClusterArticle } from './cluster-stories-step.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-cluster-step-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

// Fictional articles written for these tests.
const source = (id: string, text: string, published: string | null): ArticleSource => ({
  externalId: id, outlet: 'Test Wire', format: 'text', raw: text, metadata: {},
  ...(published ? { published, origin: { publishedFrom: 'record' } } : { origin: {} }),
});

test('cluster article: an undated article keeps only the dates its text states in full', () => {
  const text = 'The Orlov mill closed on Tuesday. Its owners had bought it in March 2011, and the town council met last week.';
  const undated = toClusterArticle(runPipeline(newArticle(source('u1', text, null)), DEFAULT_PIPELINE, { receivedAt: new Date('2030-01-15T12:00:00Z') }));
  assert.equal(undated.published, null);
  // "Tuesday" and "last week" were resolved against the day it was received (2030): not the article's time.
  assert.ok(undated.dates!.length > 0 && undated.dates!.every((d) => d.startsWith('2011')), JSON.stringify(undated.dates));
  const dated = toClusterArticle(runPipeline(newArticle(source('d1', text, '2011-04-07')), DEFAULT_PIPELINE, { receivedAt: new Date('2030-01-15T12:00:00Z') }));
  assert.ok(dated.dates!.some((d) => d.startsWith('2011-04')), JSON.stringify(dated.dates));
});

const EN_1 = {
  id: 'en-1', title: 'Ferry Vitra sinks near Harnivka, nine rescued',
  text: 'The ferry Vitra sank near Harnivka on Lake Sorel on Monday. Captain Mirela Dovzhenko said nine passengers were pulled from the water by fishermen.\n\nThe harbour master of Harnivka, Taras Bilyk, said the ferry had been overloaded. Divers from Ostrava Point searched the wreck.',
  published: '2031-06-02', outlet: 'Lake Post',
};
const EN_2 = {
  id: 'en-2', title: 'Harnivka ferry captain questioned after sinking',
  text: 'Captain Mirela Dovzhenko was questioned in Harnivka on Tuesday about the sinking of the ferry Vitra. Harbour master Taras Bilyk said the ferry carried twice its load.\n\nRelatives of the passengers gathered at the Harnivka pier, where the Vitra had left on Monday.',
  published: '2031-06-03', outlet: 'Sorel Daily',
};
const UK_1 = {
  id: 'uk-1', title: 'Біля Гарнівки затонув пором «Вітра»',
  text: 'Пором «Вітра» затонув у понеділок біля міста Гарнівка. Капітан Мірела Довженко розповіла, що рибалки врятували дев’ятьох пасажирів.\n\nНачальник порту Тарас Білик заявив, що пором був перевантажений. Водолази обстежують уламки, а місто Гарнівка оголосило жалобу.',
  published: '2031-06-03', outlet: 'Озерні новини',
};
const UK_OTHER = {
  id: 'uk-2', title: 'У Лівадії відкрили нову бібліотеку',
  text: 'У місті Лівадія відкрили нову бібліотеку. Мер Оксана Гнатюк подякувала мешканцям за пожертви.\n\nБібліотека працюватиме щодня, а її директор Іван Степаненко обіцяє читання для дітей.',
  published: '2031-06-03', outlet: 'Озерні новини',
};

test('stories step: an article in another language joins the event that names the same people and places', async () => {
  const file = join(dir, 'cross.jsonl');
  writeFileSync(file, [EN_1, EN_2, UK_1, UK_OTHER].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const store = SqliteStore.open(join(dir, 'cross.db'));
  try {
    await ingest(store, [file]);
    const placement = new Map<string, { event: string; story: string; kind: string }>();
    for await (const a of store.iterateArticles()) {
      const p = (await store.stories().placement(a.id))!;
      placement.set(a.source.externalId!, { event: p.event, story: p.story, kind: '' });
    }
    assert.equal(placement.get('en-1')!.event, placement.get('en-2')!.event);
    assert.equal(placement.get('uk-1')!.event, placement.get('en-1')!.event, 'the Ukrainian report of the sinking joins the English one');
    assert.notEqual(placement.get('uk-2')!.story, placement.get('en-1')!.story, 'an unrelated Ukrainian article stays apart');
  } finally {
    await store.close();
  }
});

test('cluster article: the byline\'s reporter is not what the article is about', () => {
  const text = 'The Orlov mill closed on Tuesday, the owner Petra Lind said. Workers from Varne gathered at the gate.';
  const article = runPipeline(newArticle({ ...source('b1', text, '2031-05-02'), author: 'Jonas Ekvall, Harbour Ledger reporter' }), DEFAULT_PIPELINE);
  assert.ok(article.entities!.some((e) => e.name === 'Jonas Ekvall'), 'the byline gives the reporter as an entity');
  const corpusIds = new Map(article.entities!.map((e) => [e.id, `corpus-${e.name}`]));
  const cluster = toClusterArticle(article, corpusIds);
  assert.ok(cluster.entities!.some((e) => e.name === 'Petra Lind'));
  assert.ok(!cluster.entities!.some((e) => e.name === 'Jonas Ekvall'), JSON.stringify(cluster.entities));
  assert.ok(!cluster.refs!.includes('corpus-Jonas Ekvall'), JSON.stringify(cluster.refs));
  // Nor is the reporter among the story's top entities.
  assert.ok(!storyFacts(article, 'ev-1', null, 'g-1').entities.some((e) => e.name === 'Jonas Ekvall'));
});

test('cluster article: the quoted words are direct quotes and mixed-quote fragments, not paraphrases', () => {
  const text = 'The Velmar tram line will close its night service in June, its director Sina Korhonen said on Monday. "The trams after midnight carry a handful of riders and cost the city a fortune every month," Korhonen said.\n\nDrivers said they worried about their shifts. The deputy mayor, Aldo Prieto, called the closure "a slap in the face of every night worker" and said he would fight it.';
  const article = runPipeline(newArticle(source('q1', text, '2031-06-02')), DEFAULT_PIPELINE);
  const quoted = toClusterArticle(article).quotes!;
  assert.deepEqual(quoted, quotedWords(article));
  assert.ok(quoted.some((q) => q.startsWith('The trams after midnight carry a handful of riders')), JSON.stringify(quoted));
  assert.ok(quoted.includes('a slap in the face of every night worker'), JSON.stringify(quoted));
  // Reported speech is the reporter's wording: neither the paraphrases nor the mixed report as a whole.
  assert.ok(!quoted.some((q) => q.includes('night service') || q.includes('worried') || q.includes('would fight')), JSON.stringify(quoted));
  // An article without quotes quotes nothing.
  assert.deepEqual(toClusterArticle(runPipeline(newArticle(source('q2', 'The Velmar tram depot reopened on Monday after repairs.', '2031-06-02')), DEFAULT_PIPELINE)).quotes, []);
});

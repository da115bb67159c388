import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterStoriesStep, correctStories } from '../corpus/cluster-step/cluster-stories-step.js';
import type { Article } from '../article.js';
import { sampleArticle } from './store-contract.js';
import type { Store } from './store.js';

const STRIKE = 'Dock workers at the port of Saltmere walked out on Monday over pay, halting container traffic. The union leader Brona Tesk said the strike would last until the port authority improved its offer.';
const STRIKE_COPY = `${STRIKE} Local shops reported fewer customers.`;
const FLOOD = 'The river Arl burst its banks near the village of Oskel on Thursday, flooding two hundred homes. Rescue teams from the regional emergency service evacuated residents by boat overnight.';

/** A strike report, a copy of it in another outlet, and an unrelated flood a month later. */
function strikeCopyAndFlood(): Article[] {
  return [
    sampleArticle(STRIKE, { outlet: 'Wire', published: '2025-04-01', title: 'Saltmere dockers strike', externalId: 's1' }),
    sampleArticle(STRIKE_COPY, { outlet: 'Town Paper', published: '2025-04-01', title: 'Port strike', externalId: 's2' }),
    sampleArticle(FLOOD, { outlet: 'Wire', published: '2025-05-09', title: 'Arl floods Oskel', externalId: 'f1' }),
  ];
}

/**
 * The story persistence contract: every adapter's `stories()` must keep the clusterer's and the
 * duplicate detector's state so that clustering resumes where it stopped, with stable ids.
 */
export function storyStoreContract(adapter: string, makeStore: () => Promise<Store>): void {
  test(`${adapter} stories: the step places every article, copies join their original's event`, async () => {
    const store = await makeStore();
    try {
      const [a, b, c] = strikeCopyAndFlood();
      for (const x of [a, b, c]) await store.putArticle(x);
      assert.deepEqual(await store.stories().unclusteredArticleIds(), [a.id, b.id, c.id]);
      const counts = await clusterStoriesStep.run(store, { addedIds: [a.id, b.id, c.id] });
      assert.equal(counts.clustered, 3);
      assert.deepEqual(await store.stories().unclusteredArticleIds(), []);
      const pa = await store.stories().placement(a.id);
      const pb = await store.stories().placement(b.id);
      const pc = await store.stories().placement(c.id);
      assert.ok(pa && pb && pc);
      assert.equal(pb.duplicateOf, a.id);
      assert.equal(pb.event, pa.event);
      assert.notEqual(pc.story, pa.story);
      assert.equal(await store.stories().placement('nope'), null);
      const list = await store.stories().listStories();
      assert.equal(list.total, 2);
      const strike = await store.stories().getStory(pa.story);
      assert.equal(strike?.articles, 2);
      assert.equal(strike?.independentSources, 1, 'a copy is not an independent source');
      assert.deepEqual((await store.stories().storyArticles(pa.story)).map((m) => m.article).sort(), [a.id, b.id].sort());
    } finally {
      await store.close();
    }
  });

  test(`${adapter} stories: a later run resumes from the stored state; ids stay; corrections persist`, async () => {
    const store = await makeStore();
    try {
      const a = sampleArticle(STRIKE, { outlet: 'Wire', published: '2025-04-01', title: 'Saltmere dockers strike' });
      const c = sampleArticle(FLOOD, { outlet: 'Wire', published: '2025-05-09', title: 'Arl floods Oskel' });
      await store.putArticle(a);
      await store.putArticle(c);
      await clusterStoriesStep.run(store, { addedIds: [a.id, c.id] });
      const before = await store.stories().placement(a.id);
      const flood = await store.stories().placement(c.id);
      // A later article of the strike story joins it through the persisted state.
      const d = sampleArticle(`${STRIKE.replace('on Monday', 'for a third day')} Talks resumed.`, { outlet: 'Coast News', published: '2025-04-03', title: 'Saltmere strike enters third day' });
      await store.putArticle(d);
      await clusterStoriesStep.run(store, { addedIds: [d.id] });
      assert.equal((await store.stories().placement(a.id))?.event, before?.event);
      assert.equal((await store.stories().placement(d.id))?.story, before?.story);
      await correctStories(store, { kind: 'merge-stories', into: before!.story, from: flood!.story });
      assert.equal((await store.stories().placement(c.id))?.story, before?.story);
      assert.equal((await store.stories().getStory(flood!.story))?.id, before?.story);
      assert.equal((await store.stories().listStories()).total, 1);
    } finally {
      await store.close();
    }
  });

  test(`${adapter} stories: entities can be listed for one story`, async () => {
    const store = await makeStore();
    try {
      const [a, b, c] = strikeCopyAndFlood();
      for (const x of [a, b, c]) await store.putArticle(x);
      await clusterStoriesStep.run(store, { addedIds: [a.id, b.id, c.id] });
      const strike = (await store.stories().placement(a.id))!.story;
      const flood = (await store.stories().placement(c.id))!.story;
      const entity = (id: string, type: string, uses: Array<[string, string]>) => ({
        id, name: uses[0]![1], type, data: { outlets: [], merges: [], roleConflicts: [] },
        mentions: uses.map(([article, alias]) => ({ article, alias, key: alias.toLowerCase(), count: 1 })),
        members: uses.map(([article], i) => ({ article, member: `e${i}` })),
        roles: [],
      });
      await store.entities().replaceResolution({
        entities: [
          entity('person:brona-tesk', 'PERSON', [[a.id, 'Brona Tesk'], [b.id, 'Brona Tesk']]),
          entity('place:oskel', 'PLACE', [[c.id, 'Oskel']]),
          entity('org:wire', 'ORG', [[a.id, 'Wire'], [c.id, 'Wire']]),
        ],
        links: [],
      });
      const list = async (story: string) => (await store.entities().listEntities({ story })).items.map((e) => [e.id, e.articles]);
      assert.deepEqual(await list(strike), [['person:brona-tesk', 2], ['org:wire', 1]]);
      assert.deepEqual(await list(flood), [['place:oskel', 1], ['org:wire', 1]]);
      assert.deepEqual(await list('no-such-story'), []);
      assert.equal((await store.entities().listEntities({ story: flood, type: 'PLACE' })).total, 1);
    } finally {
      await store.close();
    }
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from './story-clusterer.js';
import { MemoryStoryStore } from './story-state.js';
import type { ClusterArticle } from './cluster-article.js';

// Fictional articles written for these tests.
const FIRE_1: ClusterArticle = {
  id: 'fire-1',
  title: 'Bakery fire on Harbor Street forces Mapleton residents from homes',
  text: 'A fire that started in the Reyes bakery on Harbor Street spread to three shops early Tuesday in Mapleton, fire chief Dana Whitcombe said.\n\nTwo firefighters were treated for smoke inhalation. The bakery owner, Tomas Reyes, said he lost everything.',
  published: '2025-03-04',
  outlet: 'mapleton-herald.example',
};
const FIRE_2: ClusterArticle = {
  id: 'fire-2',
  title: 'Harbor Street blaze destroys Mapleton bakery',
  text: 'Flames gutted the Reyes bakery and damaged neighbouring shops on Harbor Street in Mapleton before dawn on Tuesday, chief Dana Whitcombe told reporters.\n\nOwner Tomas Reyes watched firefighters work for three hours. Investigators are looking for the cause of the blaze.',
  published: '2025-03-04',
  outlet: 'coast-news.example',
};
const FIRE_3: ClusterArticle = {
  id: 'fire-3',
  title: 'Investigators sift through Harbor Street bakery ruins',
  text: 'A day after fire destroyed the Reyes bakery on Harbor Street, Mapleton investigators and the state fire marshal searched the ruins for a cause.\n\nTomas Reyes said he hoped to rebuild. Chief Dana Whitcombe said the blaze started near the ovens.',
  published: '2025-03-05',
  outlet: 'mapleton-herald.example',
};
const SCHOOL: ClusterArticle = {
  id: 'school-1',
  title: 'School board extends the school day in Brookfield',
  text: 'The Brookfield school board voted 5-2 on Monday to add twenty minutes to the school day next fall, ending months of budget debate.\n\nSuperintendent Karen Liu said the time would go to reading lessons; the teachers union asked for more pay.',
  published: '2025-03-04',
  outlet: 'brookfield-times.example',
};
const SHOOTING_A: ClusterArticle = {
  id: 'shot-a',
  title: 'Man shot on Elm Avenue in Riverton',
  text: 'A 24-year-old man was shot and wounded on Elm Avenue in Riverton late Saturday, police said. Officers found Jamal Carter with a gunshot wound to the leg.\n\nNo arrests have been made. Police asked anyone with information to call detectives.',
  published: '2024-01-06',
  outlet: 'riverton-post.example',
};
const SHOOTING_B: ClusterArticle = {
  id: 'shot-b',
  title: 'Man shot on Elm Avenue in Riverton',
  text: 'A 31-year-old man was shot and wounded on Elm Avenue in Riverton late Friday, police said. Officers found Luis Ortega with a gunshot wound to the arm.\n\nNo arrests have been made. Police asked anyone with information to call detectives.',
  published: '2024-09-20',
  outlet: 'riverton-post.example',
};

function clusterer(store = new MemoryStoryStore()): StoryClusterer {
  return new StoryClusterer(store, { review: { every: 0 } });
}

test('assignment cases', async (t) => {
  await t.test('articles about one event share an event and a story', () => {
    const c = clusterer();
    const a1 = c.add(FIRE_1);
    const a2 = c.add(FIRE_2);
    const a3 = c.add(FIRE_3);
    assert.equal(a1.isNewEvent, true);
    assert.equal(a2.event, a1.event);
    assert.equal(a3.event, a1.event);
    assert.equal(a3.story, a1.story);
    assert.equal(a2.reason.kind, 'similar');
  });
  await t.test('an unrelated article opens a new event and a new story', () => {
    const c = clusterer();
    const a1 = c.add(FIRE_1);
    const s = c.add(SCHOOL);
    assert.notEqual(s.event, a1.event);
    assert.notEqual(s.story, a1.story);
    assert.equal(s.reason.kind, 'new');
  });
  await t.test('look-alike incidents months apart are different events', () => {
    const c = clusterer();
    const a = c.add(SHOOTING_A);
    const b = c.add(SHOOTING_B);
    assert.notEqual(b.event, a.event);
  });
  await t.test('a near-duplicate joins the event of the article it copies', () => {
    const c = clusterer();
    const a = c.add(FIRE_1);
    c.add(SCHOOL);
    const copy = c.add({ ...SCHOOL, id: 'copy', title: 'Another headline' }, 'fire-1');
    assert.equal(copy.event, a.event);
    assert.equal(copy.reason.kind, 'duplicate');
    assert.equal(copy.reason.duplicateOf, 'fire-1');
  });
});

test('a story counts independent sources apart from articles', () => {
  const c = clusterer();
  const a = c.add(FIRE_1);
  c.add({ ...FIRE_1, id: 'fire-1-copy', outlet: 'wire-reprint.example' }, 'fire-1');
  c.add(FIRE_2);
  assert.deepEqual(c.storyCounts(a.story), { articles: 3, independentSources: 2, outlets: ['coast-news.example', 'mapleton-herald.example', 'wire-reprint.example'] });
});

test('each assignment says why', () => {
  const c = clusterer();
  c.add(FIRE_1);
  const a = c.add(FIRE_2);
  assert.equal(a.reason.bestMatch?.article, 'fire-1');
  assert.equal(a.reason.bestMatch?.daysApart, 0);
  assert.ok(a.reason.eventScore >= a.reason.eventThreshold);
  assert.ok(a.reason.sharedEntities.some((e) => e.includes('reyes') || e.includes('whitcombe')), JSON.stringify(a.reason));
  assert.ok(a.reason.sharedTerms.length > 0);
});

test('ids stay stable as articles arrive', () => {
  const c = new StoryClusterer(new MemoryStoryStore(), { review: { every: 2 } });
  const first = c.add(FIRE_1);
  const later = [SCHOOL, FIRE_2, SHOOTING_A, FIRE_3, SHOOTING_B].map((a) => c.add(a));
  assert.equal(first.event, 'ev-1');
  assert.equal(first.story, 'st-1');
  // Whatever review merged, the first id still resolves, and to an event holding the first article.
  const event = c.event('ev-1')!;
  assert.ok(event.articles.includes('fire-1'));
  for (const a of later) assert.ok(c.event(a.event)!.articles.includes(a.article));
});

test('deterministic: the same articles in the same order give the same assignments', () => {
  const order = [FIRE_1, SCHOOL, FIRE_2, SHOOTING_A, FIRE_3, SHOOTING_B];
  const a = clusterer();
  const b = clusterer();
  const ra = order.map((x) => a.add(x));
  const rb = order.map((x) => b.add(x));
  assert.deepEqual(ra, rb);
});

test('state reloads from the store and carries on', () => {
  const store = new MemoryStoryStore();
  const c1 = clusterer(store);
  const a1 = c1.add(FIRE_1);
  c1.add(SCHOOL);
  c1.checkpoint();
  const c2 = clusterer(store);
  assert.equal(c2.size, 2);
  const a2 = c2.add(FIRE_2);
  assert.equal(a2.event, a1.event);
  assert.equal(c2.add(FIRE_1).event, a1.event, 'an id seen before is not added twice');
  assert.equal(c2.size, 3);
});

test('a store that never checkpointed still resumes with fresh ids', () => {
  const store = new MemoryStoryStore();
  const c1 = clusterer(store);
  c1.add(FIRE_1);
  c1.add(SCHOOL);
  const c2 = clusterer(store);
  assert.equal(c2.size, 2);
  const s = c2.add(SHOOTING_A);
  assert.equal(s.event, 'ev-3');
  assert.equal(c2.add(FIRE_2).event, 'ev-1');
});

test('analyst overrides: move, split, merge; recorded and pinned', () => {
  const store = new MemoryStoryStore();
  const c = clusterer(store);
  const f1 = c.add(FIRE_1);
  c.add(FIRE_2);
  c.add(FIRE_3);
  const s = c.add(SCHOOL);
  const moved = c.moveArticle('fire-3', null);
  assert.notEqual(moved, f1.event);
  assert.equal(c.article('fire-3')!.pinned, true);
  assert.equal(c.event(f1.event)!.articles.includes('fire-3'), false);
  c.mergeEvents(f1.event, moved);
  assert.equal(c.event(moved)!.id, f1.event, 'a merged id resolves to the survivor');
  const split = c.splitEventManually(f1.event, ['fire-2']);
  assert.deepEqual(c.event(split)!.articles, ['fire-2']);
  c.mergeStories(f1.story, s.story);
  assert.equal(c.story(s.story)!.id, f1.story);
  assert.deepEqual(
    store.overrides.map((o) => o.kind),
    ['move-article', 'merge-events', 'split-event', 'merge-stories'],
  );
  assert.throws(() => c.moveArticle('nope', null), /no clustered article/);
  assert.throws(() => c.splitEventManually(split, ['fire-2']), /some but not all/);
});

test('negative cases: bad input opens its own event and never throws', () => {
  const c = clusterer();
  c.add(FIRE_1);
  const cases: ClusterArticle[] = [
    { id: 'empty', title: null, text: '', published: null, outlet: null },
    { id: 'bad-date', title: 'x', text: 'Nothing to see here at all.', published: 'not a date', outlet: null },
    { id: 'binaryish', title: null, text: '\u0000\u0001\uFFFD'.repeat(100), published: null, outlet: null },
    { id: 'no-text', title: null, text: undefined as unknown as string, published: null, outlet: null },
  ];
  for (const article of cases) {
    const a = c.add(article);
    assert.equal(a.isNewEvent, true, article.id);
    assert.equal(a.reason.kind, 'new');
  }
});

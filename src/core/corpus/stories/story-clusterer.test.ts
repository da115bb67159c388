import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CLUSTER_OPTIONS, MAX_QUOTE_POSTINGS, StoryClusterer, type ClusterOptionsInput } from './story-clusterer.js';
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

// Earlier reports of other shootings, in other towns and months.
const BACKGROUND_SHOOTINGS: ClusterArticle[] = [
  ['Oakdale', 'Pine Street', 'Marcus Bell', 'shoulder', '2023-03-11'],
  ['Fairview', 'Mill Road', 'Derek Owens', 'hand', '2023-05-02'],
  ['Lakeport', 'Canal Street', 'Tyrone Hayes', 'foot', '2023-07-19'],
  ['Granite Falls', 'Union Avenue', 'Victor Salas', 'hip', '2023-10-27'],
].map(([town, street, name, wound, day], i) => ({
  id: `background-${i}`,
  title: `Man shot on ${street} in ${town}`,
  text: `A man was shot and wounded on ${street} in ${town} overnight, police said. Officers found ${name} with a gunshot wound to the ${wound}.\n\nNo arrests have been made. Police asked anyone with information to call detectives.`,
  published: day,
  outlet: 'regional-wire.example',
}));

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
    // In a corpus where such reports are common (their shared wording is not rare), what is left to tell
    // them apart is the names, the details and the eight months between them.
    const c = clusterer();
    for (const a of BACKGROUND_SHOOTINGS) c.add(a);
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

// A second fire, in another town: the same kind of happening as FIRE_1..3 with other names and places.
const DUNMORE_1: ClusterArticle = {
  id: 'dun-1',
  title: 'Warehouse fire in Dunmore sends smoke over the river',
  text: 'A fire broke out in the Kessler paper warehouse in Dunmore on Tuesday, and firefighters from Ashby and Dunmore fought the blaze for six hours, chief Priya Nandakumar said.\n\nResidents of Quarry Lane were told to keep windows closed.',
  published: '2025-03-04',
  outlet: 'valley-courier.example',
};
const DUNMORE_2: ClusterArticle = {
  id: 'dun-2',
  title: 'Dunmore paper warehouse destroyed by fire',
  text: 'The Kessler paper warehouse on Quarry Lane in Dunmore burned to the ground on Tuesday. Chief Priya Nandakumar said crews from Ashby helped keep the blaze from the river.\n\nThe owner, Otto Kessler, said sixty people worked there.',
  published: '2025-03-04',
  outlet: 'dunmore-daily.example',
};
const DUNMORE_3: ClusterArticle = {
  id: 'dun-3',
  title: 'Kessler workers wait for news after Dunmore warehouse fire',
  text: 'Workers of the Kessler paper warehouse gathered on Quarry Lane in Dunmore a day after the fire. Otto Kessler said he would pay wages for a month; chief Priya Nandakumar said the cause was not known.',
  published: '2025-03-05',
  outlet: 'valley-courier.example',
};

test('review: an article left in an event of its own moves to the event whose centroid it matches', () => {
  // A high join threshold makes every article open an event; merges are off, so only the move can join them.
  const c = new StoryClusterer(new MemoryStoryStore(), {
    event: { threshold: 0.99 },
    review: { every: 0, mergeThreshold: 2, splitLink: 0, bisectBelow: 0, storyMergeThreshold: 0, moveThreshold: 0.2, moveMargin: 0 },
  });
  for (const a of [FIRE_1, FIRE_2, SCHOOL, FIRE_3]) assert.equal(c.add(a).isNewEvent, true);
  const changes = c.review();
  assert.ok(changes.some((x) => x.kind === 'move'), JSON.stringify(changes));
  const fire = c.event(c.article('fire-1')!.event)!;
  assert.deepEqual([...fire.articles].sort(), ['fire-1', 'fire-2', 'fire-3']);
  assert.equal(c.event(c.article('school-1')!.event)!.articles.length, 1);
  // An event left empty resolves to the one that took its article, and the article says why it moved.
  const move = changes.find((x) => x.kind === 'move')!;
  assert.equal(c.event(move.from)!.id, fire.id);
  const reason = c.article(move.articles[0])!.reason;
  assert.equal(reason.kind, 'review');
  assert.equal(reason.runnerUp?.event, move.from);
  assert.ok(reason.eventScore >= 0.2);
});

test('review: events of one story that opened apart join one story; the events stay apart', () => {
  const c = new StoryClusterer(new MemoryStoryStore(), {
    event: { threshold: 0.99 },
    story: { threshold: 0.99 },
    review: { every: 0, mergeThreshold: 2, splitLink: 0, bisectBelow: 0, moveThreshold: -1, storyMergeThreshold: 0.1 },
  });
  const added = [FIRE_1, FIRE_2, SCHOOL].map((a) => c.add(a));
  assert.notEqual(added[0].story, added[1].story);
  const changes = c.review();
  assert.ok(changes.some((x) => x.kind === 'merge-stories'), JSON.stringify(changes));
  assert.equal(c.story(added[1].story)!.id, c.story(added[0].story)!.id);
  assert.notEqual(c.event(added[1].event)!.id, c.event(added[0].event)!.id);
  assert.notEqual(c.story(added[2].story)!.id, c.story(added[0].story)!.id);
  assert.equal(c.story(added[0].story)!.size, 2);
});

test('review: an event that holds two look-alike happenings is cut in two', () => {
  // A join threshold near zero lets the second town's fire join the first; pairwise splitting is off.
  const c = new StoryClusterer(new MemoryStoryStore(), {
    event: { threshold: 0.001 },
    review: { every: 0, mergeThreshold: 2, splitLink: 0, moveThreshold: -1, storyMergeThreshold: 0, bisectBelow: 0.2 },
  });
  const added = [FIRE_1, DUNMORE_1, FIRE_2, DUNMORE_2, FIRE_3, DUNMORE_3].map((a) => c.add(a));
  assert.equal(new Set(added.map((a) => a.event)).size, 1, 'all in one event before the review');
  const changes = c.review();
  assert.ok(changes.some((x) => x.kind === 'split'), JSON.stringify(changes));
  const eventOf = (id: string) => c.event(c.article(id)!.event)!.id;
  assert.equal(eventOf('fire-1'), added[0].event, 'the group with the earliest article keeps the id');
  assert.equal(eventOf('fire-2'), eventOf('fire-1'));
  assert.equal(eventOf('fire-3'), eventOf('fire-1'));
  assert.notEqual(eventOf('dun-1'), eventOf('fire-1'));
  assert.equal(eventOf('dun-2'), eventOf('dun-1'));
  assert.equal(eventOf('dun-3'), eventOf('dun-1'));
});

test('a young corpus: the first reports of one event join it (IDF with a prior)', () => {
  const c = new StoryClusterer(new MemoryStoryStore(), { review: { every: 0 } });
  const a = c.add(DUNMORE_1);
  const b = c.add(DUNMORE_2);
  assert.equal(b.event, a.event, JSON.stringify(b.reason));
  const cold = new StoryClusterer(new MemoryStoryStore(), { idfPrior: 0, review: { every: 0 } });
  cold.add(DUNMORE_1);
  // Without the prior, the words the two share weigh least: their similarity is lower.
  assert.ok(cold.add(DUNMORE_2).reason.eventScore < b.reason.eventScore);
});

test('cross-lingual: an article in another language joins the event sharing its resolved ids at a close time, not one months away', () => {
  const refs = ['person:dana-whitcombe', 'person:tomas-reyes', 'place:mapleton'];
  const c = new StoryClusterer();
  c.add({ ...FIRE_1, language: 'en', refs });
  c.add({ ...FIRE_2, language: 'en', refs });
  c.add({ ...SCHOOL, language: 'en', refs: ['person:karen-liu', 'place:brookfield'] });
  // Fictional Ukrainian reports: no word in common with the English ones.
  const near = c.add({ id: 'uk-fire', title: 'Пожежа в пекарні у Мейплтоні', text: 'Вогонь знищив пекарню Томаса Рейеса, повідомила начальниця пожежної служби Дана Віткомб.', published: '2025-03-05', outlet: 'uk.example', language: 'uk', refs: [...refs, 'other:noise'] });
  assert.equal(near.event, c.article('fire-1')!.event);
  assert.equal(near.reason.kind, 'cross-lingual');
  assert.deepEqual([...near.reason.crossLingual!.shared].sort(), [...refs].sort());
  const far = c.add({ id: 'uk-later', title: 'Рейес відкрив нову пекарню', text: 'Через пів року Томас Рейес відкрив нову пекарню; Дана Віткомб прийшла на відкриття.', published: '2025-09-20', outlet: 'uk.example', language: 'uk', refs });
  assert.notEqual(far.event, c.article('fire-1')!.event);
  assert.equal(far.reason.kind, 'new');
  // Without a language, nothing is scored across languages.
  const unknown = c.add({ id: 'x-fire', title: 'Згоріла крамниця', text: 'Полум’я охопило крамницю біля порту.', published: '2025-03-05', outlet: 'x.example', refs });
  assert.notEqual(unknown.event, c.article('fire-1')!.event);
  assert.equal(unknown.reason.crossLingual, undefined);
});

test('reason: an undated article is scored by the latest year its text states, marked as inferred', () => {
  const c = new StoryClusterer();
  const a = c.add({ id: 'undated', title: 'Mill reopens', text: 'The Orlov mill, closed in 2009, reopened.', published: null, outlet: null, dates: ['2009', '2009', '2011-05', '2010-02-03'] });
  assert.deepEqual(a.reason.time, { from: '2011-01-01', to: '2011-12-31', inferred: true, source: 'text-year' });
  const b = c.add({ ...FIRE_1 });
  assert.deepEqual(b.reason.time, { from: '2025-03-04', to: '2025-03-04', inferred: false, source: 'published' });
});

// The shootings above with the types an entity stage gives them: people, and places.
function typed(article: ClusterArticle, people: string[], places: string[]): ClusterArticle {
  return { ...article, entities: [...people.map((name) => ({ name, type: 'PERSON' })), ...places.map((name) => ({ name, type: 'PLACE' }))], places };
}
const TYPED_BACKGROUND = BACKGROUND_SHOOTINGS.map((a, i) =>
  typed(a, [['Marcus Bell', 'Derek Owens', 'Tyrone Hayes', 'Victor Salas'][i]], [['Oakdale', 'Fairview', 'Lakeport', 'Granite Falls'][i]]),
);
const TYPED_A = typed(SHOOTING_A, ['Jamal Carter'], ['Riverton', 'Elm Avenue']);
const TYPED_B = typed(SHOOTING_B, ['Luis Ortega'], ['Riverton', 'Elm Avenue']);
// Eight months after SHOOTING_A: a trial that names its people, on other words than the first report.
const SHOOTING_A_TRIAL: ClusterArticle = typed(
  {
    id: 'shot-a-trial',
    title: 'Trial opens in Elm Avenue shooting of Jamal Carter',
    text: 'Prosecutors said Wesley Pruitt fired the shot that wounded Jamal Carter on Elm Avenue in Riverton in January. Carter, now 24, told the jury he saw Pruitt run toward the river.\n\nPruitt has pleaded not guilty; the trial is expected to last a week.',
    published: '2024-09-23',
    outlet: 'riverton-post.example',
  },
  ['Jamal Carter', 'Wesley Pruitt'],
  ['Riverton', 'Elm Avenue'],
);

test('named floor: a look-alike report months later that names other people stays apart (typed entities)', () => {
  const c = clusterer();
  for (const a of TYPED_BACKGROUND) c.add(a);
  const a = c.add(TYPED_A);
  const b = c.add(TYPED_B);
  assert.notEqual(b.event, a.event, JSON.stringify(b.reason));
  assert.equal(b.reason.named, undefined);
  // It shares the street and the town, not a person: it is scored with the plain floor.
  assert.ok(b.reason.eventScore < b.reason.eventThreshold, JSON.stringify(b.reason));
});

test('named floor: a report months later that names the same people joins its event, and the reason says so', () => {
  const c = clusterer();
  for (const a of TYPED_BACKGROUND) c.add(a);
  const a = c.add(TYPED_A);
  const trial = c.add(SHOOTING_A_TRIAL);
  assert.equal(trial.event, a.event, JSON.stringify(trial.reason));
  assert.equal(trial.reason.kind, 'similar');
  assert.ok(trial.reason.named, JSON.stringify(trial.reason));
  assert.ok(trial.reason.named.people.includes('jamal carter'), JSON.stringify(trial.reason.named));
  assert.equal(trial.reason.named.floor, 0.2);
  assert.equal(trial.reason.named.daysApart, 261);
  // Without the named floor the same report is too far in time to join.
  const plain = new StoryClusterer(new MemoryStoryStore(), { review: { every: 0 }, event: { namedFloor: 0 } });
  for (const x of TYPED_BACKGROUND) plain.add(x);
  const a0 = plain.add(TYPED_A);
  const trial0 = plain.add(SHOOTING_A_TRIAL);
  assert.notEqual(trial0.event, a0.event, JSON.stringify(trial0.reason));
  assert.equal(trial0.reason.named, undefined);
});

test('named floor: the people an article names survive a reload from the store', () => {
  const store = new MemoryStoryStore();
  const c1 = clusterer(store);
  for (const a of TYPED_BACKGROUND) c1.add(a);
  const a = c1.add(TYPED_A);
  c1.checkpoint();
  assert.deepEqual([...c1.article('shot-a')!.people!].sort(), ['carter', 'jamal carter']);
  const c2 = clusterer(store);
  const trial = c2.add(SHOOTING_A_TRIAL);
  assert.equal(trial.event, a.event, JSON.stringify(trial.reason));
  assert.ok(trial.reason.named);
});

test('named floor: a review move that the named floor allowed says so in its reason', () => {
  // Every article opens an event (join threshold near 1); only the review's move can bring the two together.
  const options = { event: { threshold: 0.99 }, review: { every: 0, mergeThreshold: 2, splitLink: 0, bisectBelow: 0, storyMergeThreshold: 0, moveThreshold: 0.05 } };
  const c = new StoryClusterer(new MemoryStoryStore(), options);
  c.add(TYPED_A);
  c.add(SHOOTING_A_TRIAL);
  const moves = c.review().filter((x) => x.kind === 'move');
  assert.equal(moves.length, 1, JSON.stringify(moves));
  const reason = c.article(moves[0].articles[0])!.reason;
  assert.equal(reason.kind, 'review');
  assert.deepEqual([...reason.named!.people].sort(), ['carter', 'jamal carter']);
  assert.equal(reason.named!.daysApart, 261);
  // With the plain floor the two stay apart.
  const plain = new StoryClusterer(new MemoryStoryStore(), { ...options, event: { threshold: 0.99, namedFloor: 0 } });
  plain.add(TYPED_A);
  plain.add(SHOOTING_A_TRIAL);
  assert.deepEqual(plain.review().filter((x) => x.kind === 'move'), []);
});

// Quotes as a signal (issue #7). Fictional reports: a quarry fined, and a later report from a hamlet near
// it that shares little text with the first but gives the manager's words again, trimmed.
const QUOTE_BACKGROUND: ClusterArticle[] = [
  ['Pellmore', 'bridge repairs', 'council approved money for road works on the eastern bridge'],
  ['Dunhaven', 'library hours', 'the library board cut evening opening hours to save money'],
  ['Carrow Bay', 'ferry timetable', 'the ferry operator added two sailings for the summer season'],
  ['Ostwick', 'school lunches', 'parents asked the school board for cheaper lunches'],
].map(([town, topic, body], i) => ({ id: `quote-bg-${i}`, title: `${town} ${topic}`, text: `In ${town}, ${body}, officials said on Monday.`, published: `2030-02-0${i + 1}`, outlet: 'regional.example' }));
const QUARRY_WORDS = 'We have followed every rule the county gave us and we will keep the trucks running while the appeal goes on,';
const QUARRY_TRIMMED = 'We have followed every rule the county gave us and we will keep the trucks running.';
const QUARRY_1: ClusterArticle = {
  id: 'quarry-1',
  title: 'Quarry owner fined over dust',
  text: `The Brenmoor quarry company was fined by the county on Tuesday after neighbours complained about dust for months.\n\nThe company manager, Ilse Varga, said the firm would appeal. "${QUARRY_WORDS}" she said.`,
  published: '2030-03-05',
  outlet: 'county-news.example',
  quotes: [QUARRY_WORDS],
};
const quarryFollowUp = (quote: string): ClusterArticle => ({
  id: 'quarry-2',
  title: 'Hamlet residents cheer ruling against gravel pit',
  text: `Residents of a hamlet near a gravel pit celebrated a decision announced this week. One resident, a retired teacher who has lived beside the lane for forty years, said windows, cars and washing lines had been coated grey all winter and that children had stopped playing outside. Another said the lorries woke her before dawn every weekday. The parish hall will hold a meeting on Thursday about footpaths.\n\nA spokeswoman for the operator answered: "${quote}"`,
  published: '2030-03-09',
  outlet: 'valley-voice.example',
  quotes: [quote],
});

/** The signal switched on (it is off by default: see docs/stories.md, *Quotes as a signal*). */
const QUOTES_ON: ClusterOptionsInput = { quotes: { bonus: 0.05 } };

function quarryRun(follow: ClusterArticle, options: ClusterOptionsInput = {}) {
  const c = new StoryClusterer(new MemoryStoryStore(), { review: { every: 0 }, ...options });
  for (const a of QUOTE_BACKGROUND) c.add(a);
  const first = c.add(QUARRY_1);
  return { first, follow: c.add(follow) };
}

test('quotes: a report giving the same words, trimmed, joins the event it would otherwise miss', () => {
  const follow = quarryFollowUp(QUARRY_TRIMMED);
  // On its text alone it scores just below the join threshold.
  const plain = quarryRun(follow, { quotes: { bonus: 0 } });
  assert.equal(plain.follow.reason.kind, 'new', JSON.stringify(plain.follow.reason));
  assert.ok(plain.follow.reason.eventScore >= DEFAULT_CLUSTER_OPTIONS.quotes.minScore && plain.follow.reason.eventScore < DEFAULT_CLUSTER_OPTIONS.event.threshold, JSON.stringify(plain.follow.reason));
  // The reason names the shared quote even when the signal carries no weight.
  assert.deepEqual(plain.follow.reason.sharedQuotes, ['We have followed every rule the …']);
  const { first, follow: joined } = quarryRun(follow, QUOTES_ON);
  assert.equal(joined.event, first.event, JSON.stringify(joined.reason));
  assert.equal(joined.reason.kind, 'similar');
  assert.ok(joined.reason.eventScore > plain.follow.reason.eventScore);
  assert.deepEqual(joined.reason.sharedQuotes, ['We have followed every rule the …']);
});

test('quotes: a look-alike report with other quoted words scores as before', () => {
  const other = 'The lorries will run on the hours the permit allows and not one minute longer than that.';
  const plain = quarryRun(quarryFollowUp(other), { quotes: { bonus: 0 } });
  const withSignal = quarryRun(quarryFollowUp(other), QUOTES_ON);
  assert.equal(withSignal.follow.reason.kind, 'new');
  assert.equal(withSignal.follow.event, plain.follow.event);
  assert.equal(withSignal.follow.reason.eventScore, plain.follow.reason.eventScore);
  assert.deepEqual(withSignal.follow.reason.sharedQuotes, []);
});

test('quotes: words quoted in reports of several events are a stock phrase and do not count', () => {
  const stock = 'He was a kind man who would give anyone the coat off his back.';
  const report = (id: string, title: string, body: string, day: string): ClusterArticle => ({ id, title, text: `${body}\n\nA friend said: "${stock}"`, published: day, outlet: `${id}.example`, quotes: [stock] });
  const earlier = [
    report('stock-1', 'Orchard farmer dies at 91', 'Tobias Renner, who ran the Ashgrove orchard for sixty years and founded the valley cider festival, has died at his farmhouse.', '2029-01-10'),
    report('stock-2', 'Lifeboat volunteer honoured', 'The coastguard unveiled a plaque at Selby harbour for Marten Quill, who crewed the lifeboat for thirty winters.', '2029-06-12'),
    report('stock-3', 'Bus driver retires after 40 years', 'Ruth Okafor drove the number 9 route through Glenbrook for four decades and never missed a shift in winter.', '2029-11-14'),
  ];
  const latest = report('stock-4', 'Tributes paid to village baker', 'Customers left flowers outside the Millbrook bakery of Anton Fell, who baked bread there every morning since 1975.', '2030-04-07');
  const run = (options: ClusterOptionsInput) => {
    const c = new StoryClusterer(new MemoryStoryStore(), { review: { every: 0 }, ...options });
    // Months apart, the three earlier reports open three events.
    const events = new Set([...QUOTE_BACKGROUND, ...earlier].map((a) => c.add(a)).slice(-3).map((a) => a.event));
    assert.equal(events.size, 3);
    return c.add(latest);
  };
  const plain = run({ quotes: { bonus: 0 } });
  const on = run(QUOTES_ON);
  assert.deepEqual(on.reason.sharedQuotes, [], JSON.stringify(on.reason));
  assert.equal(on.event, plain.event);
  assert.equal(on.reason.eventScore, plain.reason.eventScore);
  // Allowed in three events (and with no score to reach first), the words count again.
  assert.deepEqual(run({ quotes: { bonus: 0.05, maxEvents: 3, minScore: 0 } }).reason.sharedQuotes, ['He was a kind man who …']);
});

test('quotes: articles without quotes cluster exactly as before', () => {
  const articles = [...QUOTE_BACKGROUND, FIRE_1, FIRE_2, SCHOOL, FIRE_3, QUARRY_1, quarryFollowUp(QUARRY_TRIMMED)].map((a) => {
    const { quotes: _quotes, ...rest } = a;
    return rest;
  });
  const run = (options: ClusterOptionsInput) => {
    const c = new StoryClusterer(new MemoryStoryStore(), options);
    const out = articles.map((a) => c.add(a));
    return { out, review: c.review() };
  };
  const off = run({});
  const on = run({ quotes: { bonus: 0.2, floor: 0.2 }, kindWeights: { q: 1 } });
  assert.deepEqual(on, off);
  assert.ok(on.out.every((a) => Array.isArray(a.reason.sharedQuotes) && a.reason.sharedQuotes.length === 0));
});

test('quotes: the quote keys survive a reload from the store', () => {
  const store = new MemoryStoryStore();
  const c1 = new StoryClusterer(store, { review: { every: 0 }, ...QUOTES_ON });
  for (const a of QUOTE_BACKGROUND) c1.add(a);
  const first = c1.add(QUARRY_1);
  c1.checkpoint();
  const c2 = new StoryClusterer(store, { review: { every: 0 }, ...QUOTES_ON });
  const follow = c2.add(quarryFollowUp(QUARRY_TRIMMED));
  assert.equal(follow.event, first.event, JSON.stringify(follow.reason));
  assert.deepEqual(follow.reason.sharedQuotes, ['We have followed every rule the …']);
});

test('quotes: a stock phrase keeps a bounded number of postings, and its newest reports still match', () => {
  const stock = 'Nobody here has ever seen anything like it in all these years.';
  const count = 2 * MAX_QUOTE_POSTINGS + 50;
  // Every event may hold the words (no stock-phrase limit), so that the last match shows.
  const c = new StoryClusterer(new MemoryStoryStore(), { review: { every: 0 }, quotes: { maxEvents: count } });
  const notice = (i: number): ClusterArticle => ({
    id: `notice-${i}`,
    title: `Notice ${i}`,
    text: `Notice number ${i} of the Harrowfield parish board.\n\nA neighbour said: "${stock}"`,
    published: new Date(Date.UTC(2031, 0, 1) + i * 86400000).toISOString().slice(0, 10),
    outlet: 'parish.example',
    quotes: [stock],
  });
  for (let i = 0; i < count; i++) c.add(notice(i));
  const size = c.quoteIndexSize();
  // One quote of four keys: without the bound each key would hold a posting per notice.
  assert.equal(size.keys, DEFAULT_CLUSTER_OPTIONS.quotes.perQuote);
  assert.ok(size.longest >= MAX_QUOTE_POSTINGS && size.longest < 2 * MAX_QUOTE_POSTINGS, JSON.stringify(size));
  assert.ok(size.postings < count * size.keys, JSON.stringify(size));
  // A copy of the newest notice joins its event, and the words are found among the postings kept.
  const copy = c.add({ ...notice(count - 1), id: 'notice-copy' }, `notice-${count - 1}`);
  assert.deepEqual(copy.reason.sharedQuotes, ['Nobody here has ever seen anything …'], JSON.stringify(copy.reason));
});

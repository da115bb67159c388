import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeStory, type StoryArticleFacts } from './summarize-story.js';

const fact = (over: Partial<StoryArticleFacts>): StoryArticleFacts => ({
  id: 'x', displayId: 'x', title: null, outlet: null, published: null, event: 'ev-1', duplicateOf: null, group: 'x',
  entities: [], lead: null, ...over,
});

test('summarizeStory: label from the largest event, sources count groups, summary cites articles in date order', () => {
  const s = summarizeStory([
    fact({ id: 'a', displayId: 'w-1', title: 'Strike begins', outlet: 'Wire', published: '2025-04-01', event: 'ev-1', group: 'a', lead: 'Dockers walked out.', entities: [{ name: 'Brona Tesk', type: 'PERSON' }, { name: 'Saltmere', type: 'PLACE' }] }),
    fact({ id: 'b', displayId: 'p-1', title: 'Strike begins (copy)', outlet: 'Paper', published: '2025-04-01', event: 'ev-1', duplicateOf: 'a', group: 'a', lead: 'Dockers walked out.', entities: [{ name: 'Saltmere', type: 'PLACE' }] }),
    fact({ id: 'c', displayId: 'p-2', title: 'Strike day two', outlet: 'Paper', published: '2025-04-02', event: 'ev-1', group: 'c', lead: 'The strike went on.', entities: [{ name: 'Saltmere', type: 'PLACE' }, { name: 'Saltmeran', type: 'NORP' }] }),
    fact({ id: 'd', displayId: 'w-2', title: 'Deal reached', outlet: 'Wire', published: '2025-05-14', event: 'ev-2', group: 'd', lead: 'A deal ended the strike.' }),
  ]);
  assert.equal(s.label, 'Strike begins');
  assert.equal(s.articles, 4);
  assert.equal(s.events, 2);
  assert.equal(s.independentSources, 3);
  assert.equal(s.firstPublished, '2025-04-01');
  assert.equal(s.lastPublished, '2025-05-14');
  assert.deepEqual(s.outlets, [{ outlet: 'Paper', articles: 2 }, { outlet: 'Wire', articles: 2 }]);
  assert.deepEqual(s.topEntities.map((e) => [e.name, e.articles]), [['Saltmere', 3], ['Brona Tesk', 1]]);
  assert.deepEqual(s.summary.map((x) => [x.article, x.text]), [['w-1', 'Dockers walked out.'], ['w-2', 'A deal ended the strike.']]);
  assert.deepEqual(s.eventList.map((e) => e.id), ['ev-1', 'ev-2']);
});

test('summarizeStory: an empty story has a placeholder label and no sentences', () => {
  const s = summarizeStory([]);
  assert.equal(s.articles, 0);
  assert.equal(s.label, 'Untitled story');
  assert.deepEqual(s.summary, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalisedPhrases, extractFeatures, isoToDay, normaliseWord, textDates } from './extract-features.js';

test('capitalised phrases stand in for entities', () => {
  const cases: [string, string[]][] = [
    ['Police said Bernard Gillis was shot on Cerise Avenue.', ['bernard gillis', 'gillis', 'cerise avenue', 'avenue']],
    ['The Yakima County sheriff spoke on Tuesday.', ['yakima county', 'county']],
    ["Smith's lawyer appealed.", ['smith']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(capitalisedPhrases(text), expected, text);
});

test('negative cases: sentence openers, days and months are not names', () => {
  for (const text of ['The man left. On Tuesday he returned.', 'In January it snowed.', 'He said it was fine.', '']) {
    assert.deepEqual(capitalisedPhrases(text), [], text);
  }
  assert.deepEqual(textDates('The 12.53% rise was small; 3,000 people came.', null), []);
});

test('dates in the text resolve against the publication day', () => {
  const pub = isoToDay('2013-07-28');
  assert.deepEqual(textDates('On July 26, 2013, a shooting occurred.', pub), ['d:2013-07', 'd:2013-07-26', 'd:2013']);
  assert.deepEqual(textDates('It happened on Dec. 30.', pub), ['d:2012-12', 'd:2012-12-30']);
  assert.deepEqual(textDates('It happened on 4 March.', null), ['d:*-03-04']);
});

test('words: plurals and possessives fold', () => {
  const cases: [string, string][] = [['shootings', 'shooting'], ["Smith's", 'smith'], ['cities', 'city'], ['bus', 'bus'], ['news', 'new']];
  for (const [input, expected] of cases) assert.equal(normaliseWord(input), expected);
});

test('features: title words count more; time comes from publication, else from the text', () => {
  const f = extractFeatures({ id: 'a', title: 'Flood in Harlow', text: 'Water rose in Harlow.\n\nThe river flood of 2009 was worse.', published: null, outlet: null });
  assert.ok(f.counts.get('t:flood')! > f.counts.get('t:river')!);
  assert.equal(f.time?.source, 'text-year');
  const g = extractFeatures({ id: 'b', title: null, text: 'x', published: '2020-02-02T10:00:00Z', outlet: null, entities: [{ name: 'Ana Ruiz', type: 'PERSON' }] });
  assert.equal(g.time?.source, 'published');
  assert.equal(g.entitySource, 'input');
  assert.ok(g.counts.has('e:ana ruiz') && g.counts.has('e:ruiz'));
});

test('features: an entity the article names often weighs more than one named once', () => {
  const f = extractFeatures({
    id: 'c', title: null, text: 'x', published: null, outlet: null,
    entities: [{ name: 'Ana Ruiz', type: 'PERSON', mentions: 4 }, { name: 'Port Authority', type: 'ORG', mentions: 1 }, { name: 'Harlow', type: 'PLACE' }],
  });
  assert.equal(f.counts.get('e:ana ruiz'), 4);
  assert.equal(f.counts.get('e:port authority'), 1);
  assert.equal(f.counts.get('p:harlow'), 1);
});

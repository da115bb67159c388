import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteSketches } from './quote-keys.js';
import { DEFAULT_CLUSTER_OPTIONS } from './story-clusterer.js';

// Fictional quotes written for these tests.
const options = DEFAULT_CLUSTER_OPTIONS.quotes;
const WHOLE = 'Every lantern on the pier will be lit again before the autumn regatta, whatever the repairs cost the town.';
const TRIMMED = 'every lantern on the pier will be lit again before the autumn regatta';

test('quote keys: a trimmed quote keeps most keys of the whole one', () => {
  const [whole] = quoteSketches([WHOLE], options);
  const [trimmed] = quoteSketches([TRIMMED], options);
  assert.equal(whole.keys.length, options.perQuote);
  const shared = trimmed.keys.filter((k) => whole.keys.includes(k)).length;
  assert.ok(shared >= options.minShared, `shared ${shared}: ${whole.keys} / ${trimmed.keys}`);
  assert.equal(whole.opening, 'Every lantern on the pier will …');
});

test('quote keys: short quotes, repeats and non-strings are left out', () => {
  assert.deepEqual(quoteSketches(['a total disgrace', 'we will see'], options), []);
  assert.equal(quoteSketches([WHOLE, WHOLE], options).length, 1);
  assert.deepEqual(quoteSketches(undefined, options), []);
  assert.deepEqual(quoteSketches([42 as unknown as string], options), []);
});

test('quote keys: different words give different keys', () => {
  const [a] = quoteSketches([WHOLE], options);
  const [b] = quoteSketches(['The harbour board has not set aside a single coin for the lanterns this year.'], options);
  assert.equal(a.keys.filter((k) => b.keys.includes(k)).length, 0);
});

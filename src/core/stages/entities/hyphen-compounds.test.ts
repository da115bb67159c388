import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hyphenCompoundParts } from './hyphen-compounds.js';

test('hyphenCompoundParts: the known head of a word ending in lowercase parts', () => {
  assert.deepEqual(hyphenCompoundParts('UK-led'), [{ offset: 0, text: 'UK', type: 'PLACE' }]);
  assert.deepEqual(hyphenCompoundParts('Kremlin-backed'), [{ offset: 0, text: 'Kremlin', type: 'ORG' }]);
  assert.deepEqual(hyphenCompoundParts('Saudi-led'), [{ offset: 0, text: 'Saudi', type: 'NORP' }]);
  assert.deepEqual(hyphenCompoundParts('Oslo-based'), [{ offset: 0, text: 'Oslo', type: 'PLACE' }]);
  // An unknown head stays as the tagger read it.
  assert.equal(hyphenCompoundParts('Anti-war'), null);
  assert.equal(hyphenCompoundParts('Brenning-led'), null);
});

test('hyphenCompoundParts: every part of a word made of countries or institutions; names with a hyphen stay whole', () => {
  assert.deepEqual(hyphenCompoundParts('Chile-Peru'), [{ offset: 0, text: 'Chile', type: 'PLACE' }, { offset: 6, text: 'Peru', type: 'PLACE' }]);
  for (const whole of ['Guinea-Bissau', 'Jean-Claude', 'Bosnia-Herzegovina', 'Paris-London', 'Mercedes-Benz', 'Chile-', 'well-known']) {
    assert.equal(hyphenCompoundParts(whole), null, whole);
  }
});

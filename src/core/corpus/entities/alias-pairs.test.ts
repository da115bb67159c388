import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadAliasPairs } from './alias-pairs.js';
import { matchNames } from './match-names.js';

const pairs = loadAliasPairs('alias-pairs.json');

test('alias pairs: at least 80 must-merge and 80 must-not-merge pairs, well-formed, Latin/Cyrillic included', () => {
  assert.ok(pairs.filter((p) => p.merge).length >= 80);
  assert.ok(pairs.filter((p) => !p.merge).length >= 80);
  for (const p of pairs) {
    assert.ok(typeof p.a === 'string' && p.a !== '' && typeof p.b === 'string' && p.b !== '', JSON.stringify(p));
    assert.ok(typeof p.why === 'string' && p.why !== '', `${p.a} / ${p.b} says why`);
  }
  assert.ok(pairs.filter((p) => /[\u0400-\u04FF]/u.test(p.a + p.b)).length >= 20);
});

test('alias pairs: matchNames makes no false merge (regression guard)', () => {
  const falseMerges = pairs
    .filter((p) => !p.merge && matchNames(p.a, p.b, { typeA: p.type, typeB: p.typeB ?? p.type }).match)
    .map((p) => `${p.a} = ${p.b}`);
  assert.deepEqual(falseMerges, []);
});

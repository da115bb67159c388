import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { matchNames } from './match-names.js';

interface Pair {
  a: string;
  b: string;
  type: string;
  typeB?: string;
  merge: boolean;
  why: string;
}

/** The fixtures folder in the source tree (tests run from `dist/`). */
function fixtures(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'src/core/corpus/entities/fixtures');
}

const pairs = (JSON.parse(readFileSync(join(fixtures(), 'alias-pairs.json'), 'utf8')) as { pairs: Pair[] }).pairs;

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

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../article.js';
import { entityInputsOf } from './entity-inputs.js';
import { resolveEntities } from './resolve-entities.js';

function article(id: string, outlet: string, entities: Article['entities']): Article {
  return {
    id,
    source: { format: 'text', raw: '', metadata: {}, origin: {}, outlet },
    trace: [],
    versions: {},
    ...(entities === undefined ? {} : { entities }),
  };
}

test('entityInputsOf: article entities become resolver inputs that resolve across articles', () => {
  const a = article('a1', 'reuters.com', [
    { id: 'e1', name: 'Dmitry Peskov', type: 'PERSON', roles: ['Kremlin spokesman'], mentions: [{ start: 0, end: 13, text: 'Dmitry Peskov' }, { start: 40, end: 46, text: 'Peskov' }] },
  ]);
  const b = article('a2', 'tass.com', [{ id: 'e1', name: 'Дмитрий Песков', type: 'PERSON', mentions: [{ start: 0, end: 14, text: 'Дмитрий Песков' }] }]);
  const inputs = [...entityInputsOf(a), ...entityInputsOf(b)];
  assert.deepEqual(inputs[0], { id: 'e1', name: 'Dmitry Peskov', type: 'PERSON', mentions: ['Dmitry Peskov', 'Peskov'], article: 'a1', outlet: 'reuters.com', roles: ['Kremlin spokesman'] });
  const r = resolveEntities(inputs);
  assert.equal(r.entities.length, 1);
  assert.deepEqual(r.entities[0]!.outlets, ['reuters.com', 'tass.com']);
});

test('entityInputsOf: negative cases — no entities field, or none found, give no inputs', () => {
  assert.deepEqual(entityInputsOf(article('a1', 'x', undefined)), []);
  assert.deepEqual(entityInputsOf(article('a1', 'x', [])), []);
});

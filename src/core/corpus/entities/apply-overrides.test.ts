import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEntities } from './resolve-entities.js';
import type { EntityInput, Override, Resolution } from './types.js';

function person(name: string, article: string, mentions: string[] = [name]): EntityInput {
  return { name, type: 'PERSON', mentions, article };
}

const CORPUS: EntityInput[] = [
  person('Benjamin Netanyahu', 'a1', ['Benjamin Netanyahu', 'Netanyahu']),
  person('Bibi', 'a2'),
  person('Dmitry Peskov', 'a3'),
  person('Dmitri Peskov', 'a4'),
  person('Volodymyr Zelensky', 'a5'),
  { name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'], article: 'a5' },
];

function groupOf(r: Resolution, alias: string): string[] {
  const e = r.entities.find((x) => x.aliases.some((a) => a.alias === alias));
  return e === undefined ? [] : e.aliases.map((a) => a.alias).sort();
}

test('overrides: merge joins two entities and records it as evidence', () => {
  const overrides: Override[] = [{ op: 'merge', a: { name: 'Bibi', type: 'PERSON' }, b: { name: 'Netanyahu', type: 'PERSON' } }];
  const before = resolveEntities(CORPUS);
  assert.notDeepEqual(groupOf(before, 'Bibi'), groupOf(before, 'Netanyahu'));
  const after = resolveEntities(CORPUS, { overrides });
  assert.deepEqual(groupOf(after, 'Bibi'), ['Benjamin Netanyahu', 'Bibi', 'Netanyahu']);
  const e = after.entities.find((x) => x.aliases.some((a) => a.alias === 'Bibi'))!;
  assert.equal(e.name, 'Benjamin Netanyahu');
  assert.ok(e.merges.some((m) => m.rule === 'override-merge'));
  assert.deepEqual(after.overrides.map((o) => o.status), ['applied']);
});

test('overrides: split moves the members carrying an alias out', () => {
  const overrides: Override[] = [{ op: 'split', entity: { name: 'Dmitry Peskov', type: 'PERSON' }, alias: 'Dmitri Peskov' }];
  const before = resolveEntities(CORPUS);
  assert.deepEqual(groupOf(before, 'Dmitri Peskov'), ['Dmitri Peskov', 'Dmitry Peskov']);
  const after = resolveEntities(CORPUS, { overrides });
  assert.deepEqual(groupOf(after, 'Dmitri Peskov'), ['Dmitri Peskov']);
  assert.deepEqual(groupOf(after, 'Dmitry Peskov'), ['Dmitry Peskov']);
  assert.equal(after.overrides[0]!.status, 'applied');
});

test('overrides: alias adds a manual alias and joins entities named by it', () => {
  const overrides: Override[] = [{ op: 'alias', entity: { name: 'Benjamin Netanyahu', type: 'PERSON' }, alias: 'Bibi' }];
  const after = resolveEntities(CORPUS, { overrides });
  const e = after.entities.find((x) => x.name === 'Benjamin Netanyahu')!;
  assert.ok(e.aliases.some((a) => a.alias === 'Bibi'));
  assert.deepEqual(e.articles, ['a1', 'a2']);
  const added = resolveEntities(CORPUS, { overrides: [{ op: 'alias', entity: { name: 'Kyiv', type: 'PLACE' }, alias: 'Kyjiw' }] });
  const kyiv = added.entities.find((x) => x.name === 'Kyiv')!;
  assert.deepEqual(kyiv.aliases.find((a) => a.alias === 'Kyjiw'), { alias: 'Kyjiw', count: 0, outlets: [], manual: true });
});

test('overrides: negative cases — unknown references are reported, not thrown, and change nothing', () => {
  const overrides = [
    { op: 'merge', a: { name: 'Nobody', type: 'PERSON' }, b: { name: 'Bibi', type: 'PERSON' } },
    { op: 'split', entity: { name: 'Volodymyr Zelensky', type: 'PERSON' }, alias: 'Zelenska' },
    { op: 'alias', entity: { name: 'Kyiv', type: 'PERSON' }, alias: 'Kiev' },
    { op: 'merge', a: { name: 'Dmitry Peskov', type: 'PERSON' }, b: { name: 'Dmitri Peskov', type: 'PERSON' } },
    { op: 'explode' },
    null,
  ] as unknown as Override[];
  const base = resolveEntities(CORPUS);
  const r = resolveEntities(CORPUS, { overrides });
  assert.deepEqual(r.overrides.map((o) => o.status), ['not-found', 'not-found', 'not-found', 'no-op', 'not-found', 'not-found']);
  assert.deepEqual(r.entities.map((e) => e.id), base.entities.map((e) => e.id));
});

test('overrides: an alias carried by two entities is reported as ambiguous', () => {
  const corpus = [person('Donald Trump', 'a1', ['Donald Trump', 'Trump']), person('Ivanka Trump', 'a2', ['Ivanka Trump', 'Trump'])];
  const r = resolveEntities(corpus, { overrides: [{ op: 'alias', entity: { name: 'Trump', type: 'PERSON' }, alias: 'The Donald' }] });
  assert.equal(r.overrides[0]!.status, 'ambiguous');
  assert.equal(r.entities.length, 2);
});

test('overrides: survive re-ingest (new order, more articles, same overrides)', () => {
  const overrides: Override[] = [
    { op: 'merge', a: { name: 'Bibi', type: 'PERSON' }, b: { name: 'Netanyahu', type: 'PERSON' } },
    { op: 'split', entity: { name: 'Dmitry Peskov', type: 'PERSON' }, alias: 'Dmitri Peskov' },
  ];
  const first = resolveEntities(CORPUS, { overrides });
  const reingested = [...CORPUS].reverse().concat([person('Bibi', 'a9'), person('Dmitri Peskov', 'a10')]);
  const second = resolveEntities(reingested, { overrides });
  assert.deepEqual(second.overrides.map((o) => o.status), ['applied', 'applied']);
  for (const alias of ['Bibi', 'Dmitri Peskov', 'Dmitry Peskov']) assert.deepEqual(groupOf(second, alias), groupOf(first, alias), alias);
  const bibi = second.entities.find((x) => x.aliases.some((a) => a.alias === 'Bibi'))!;
  assert.deepEqual(bibi.articles, ['a1', 'a2', 'a9']);
  assert.equal(first.entities.find((x) => x.name === 'Benjamin Netanyahu')!.id, bibi.id, 'ids are stable');
});

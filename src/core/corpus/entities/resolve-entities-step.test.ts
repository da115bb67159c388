import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../../store/store-contract.js';
import type { Store } from '../../store/store.js';
import { aliasKey, resolveEntitiesStep, resolveStoredEntities, roleConflicts, ROLE_CONFLICT_DAYS } from './resolve-entities-step.js';

// Fictional people and places: one minister spelled four ways in two scripts, and a union leader
// who shares his surname.
const ARTICLES: Array<[text: string, outlet: string, published: string]> = [
  ['Foreign Minister Oleksiy Haranchuk met the envoy in Dravna on Monday. Haranchuk said the talks would go on.', 'Dravna Post', '2025-03-01'],
  ['Олексій Харанчук заявив, що переговори тривають. Харанчук прибув до Дравни.', 'Visnyk', '2025-03-02'],
  ['Alexei Garanchuk, the former foreign minister, spoke to reporters in Dravna.', 'Wire Today', '2025-03-04'],
  ['Union leader Petra Haranchuk called a strike at the port of Dravna. Petra Haranchuk said workers would not back down.', 'Dravna Post', '2025-03-05'],
  ['Oleksii Haranchuk returned to Dravna after the talks.', 'Wire Today', '2025-03-06'],
];

async function storeWith(articles: typeof ARTICLES): Promise<Store> {
  const store = SqliteStore.open(':memory:');
  for (const [text, outlet, published] of articles) await store.putArticle(sampleArticle(text, { outlet, published }));
  return store;
}

async function idOf(store: Store, name: string): Promise<string[]> {
  return (await store.entities().findEntities({ key: aliasKey(name) })).map((e) => e.id);
}

test('resolve-entities step: spellings and scripts join one person; a namesake stays apart', async () => {
  const store = await storeWith(ARTICLES);
  try {
    const counts = await resolveEntitiesStep.run(store, { addedIds: [] });
    assert.ok(counts.entities! >= 3);
    const minister = await idOf(store, 'Oleksiy Haranchuk');
    assert.equal(minister.length, 1);
    for (const spelling of ['Олексій Харанчук', 'Alexei Garanchuk', 'Oleksii Haranchuk']) {
      assert.deepEqual(await idOf(store, spelling), minister, spelling);
    }
    const union = await idOf(store, 'Petra Haranchuk');
    assert.equal(union.length, 1);
    assert.notEqual(union[0], minister[0]);
    const d = await store.entities().getEntity(minister[0]!);
    assert.ok(d);
    assert.equal(d.type, 'PERSON');
    assert.deepEqual(new Set(d.articles.map((a) => a.outlet)), new Set(['Dravna Post', 'Visnyk', 'Wire Today']));
    assert.ok(d.aliases.some((a) => a.alias === 'Олексій Харанчук' && a.outlets.includes('Visnyk')));
    // Roles over time, and the outlets disagreeing on whether the role is current.
    assert.deepEqual(d.roles.map((r) => [r.role, r.first]), [['Foreign Minister', '2025-03-01'], ['former foreign minister', '2025-03-04']]);
    assert.equal(d.data.roleConflicts.length, 1);
    assert.equal(d.data.roleConflicts[0]!.pastRole, 'former foreign minister');
    assert.equal(d.data.roleConflicts[0]!.days, 3);
    assert.ok(d.data.merges.length > 0, 'each merge keeps its evidence');
    const list = await store.entities().listEntities({ type: 'PERSON' });
    assert.equal(list.items[0]!.id, minister[0]);
  } finally {
    await store.close();
  }
});

test('resolve-entities step: ids stay stable across runs and as articles arrive', async () => {
  const store = await storeWith(ARTICLES.slice(0, 2));
  try {
    await resolveStoredEntities(store);
    const [first] = await idOf(store, 'Oleksiy Haranchuk');
    assert.ok(first);
    await resolveStoredEntities(store);
    assert.deepEqual(await idOf(store, 'Oleksiy Haranchuk'), [first]);
    // New articles change the display name's support; the id stays.
    for (const [text, outlet, published] of ARTICLES.slice(2)) await store.putArticle(sampleArticle(text, { outlet, published }));
    await store.putArticle(sampleArticle('Oleksii Haranchuk and Oleksii Haranchuk again: Oleksii Haranchuk spoke twice.', { outlet: 'Wire Today', published: '2025-03-07' }));
    await resolveStoredEntities(store);
    assert.deepEqual(await idOf(store, 'Alexei Garanchuk'), [first]);
  } finally {
    await store.close();
  }
});

test('resolve-entities step: stored overrides apply on every run, also to articles added later', async () => {
  const store = await storeWith(ARTICLES.slice(0, 4));
  try {
    const es = store.entities();
    await es.addOverride({ op: 'split', entity: { name: 'Oleksiy Haranchuk', type: 'PERSON' }, alias: 'Alexei Garanchuk' }, '2025-06-01T00:00:00.000Z');
    await es.addOverride({ op: 'alias', entity: { name: 'Dravna', type: 'PLACE' }, alias: 'Drawna' }, '2025-06-01T00:00:01.000Z');
    const run = await resolveStoredEntities(store);
    assert.deepEqual(run.resolution.overrides.map((o) => o.status), ['applied', 'applied']);
    const minister = await idOf(store, 'Oleksiy Haranchuk');
    const split = await idOf(store, 'Alexei Garanchuk');
    assert.equal(split.length, 1);
    assert.notEqual(split[0], minister[0]);
    assert.deepEqual(await idOf(store, 'Drawna'), await idOf(store, 'Dravna'));
    await store.putArticle(sampleArticle('Alexei Garanchuk was seen in Dravna again.', { outlet: 'Wire Today', published: '2025-04-01' }));
    await resolveStoredEntities(store);
    assert.notDeepEqual(await idOf(store, 'Alexei Garanchuk'), await idOf(store, 'Oleksiy Haranchuk'));
  } finally {
    await store.close();
  }
});

test('resolve-entities step: negative cases produce no entities', async () => {
  const empty = SqliteStore.open(':memory:');
  try {
    assert.equal((await resolveEntitiesStep.run(empty, { addedIds: [] })).entities, 0);
    await empty.putArticle(sampleArticle('nothing named here at all, just lower case words.', { outlet: 'X' }));
    await empty.putArticle(sampleArticle('12.53% 2025 ... --- !!!', { outlet: 'X' }));
    assert.equal((await resolveEntitiesStep.run(empty, { addedIds: [] })).entities, 0);
    assert.equal((await empty.entities().listEntities()).total, 0);
  } finally {
    await empty.close();
  }
});

test('roleConflicts: only different outlets, both dated, within the period', () => {
  const facts = new Map([
    ['a', { outlet: 'One', published: '2025-01-01' }],
    ['b', { outlet: 'Two', published: '2025-01-10' }],
    ['c', { outlet: 'One', published: '2025-01-02' }],
    ['d', { outlet: 'Two', published: '2026-01-01' }],
    ['e', { outlet: 'Two', published: null }],
  ]);
  const cases: Array<[string, Array<{ role: string; article: string }>, number]> = [
    ['current and former from two outlets', [{ role: 'President', article: 'a' }, { role: 'former President', article: 'b' }], 1],
    ['ex- spelling', [{ role: 'President', article: 'a' }, { role: 'ex-president', article: 'b' }], 1],
    ['same outlet', [{ role: 'President', article: 'a' }, { role: 'former President', article: 'c' }], 0],
    ['a year apart', [{ role: 'President', article: 'a' }, { role: 'former President', article: 'd' }], 0],
    ['undated', [{ role: 'President', article: 'a' }, { role: 'former President', article: 'e' }], 0],
    ['different roles', [{ role: 'President', article: 'a' }, { role: 'former Mayor', article: 'b' }], 0],
    ['only past', [{ role: 'former President', article: 'b' }], 0],
    ['nothing', [], 0],
  ];
  for (const [name, roles, n] of cases) assert.equal(roleConflicts(roles, facts).length, n, name);
  assert.ok(ROLE_CONFLICT_DAYS >= 9);
});

test('roleConflicts: a past role for an office the office-holder table has the person holding that day', () => {
  const facts = new Map([
    ['a', { outlet: 'One', published: '2025-02-10' }],
    ['b', { outlet: 'Two', published: '2019-03-01' }],
    ['c', { outlet: 'Two', published: '2025-02-12' }],
  ]);
  // One outlet alone: "former President" of a sitting president.
  const [c] = roleConflicts([{ role: 'former US President', article: 'a' }], facts, 'Donald Trump');
  assert.deepEqual(c!.record, { country: 'United States', office: 'president', from: '2025-01-20', to: null });
  assert.deepEqual([c!.current, c!.past.map((s) => s.outlet)], [[], ['One']]);
  // In 2019 he was not president: "former President" is then right.
  assert.deepEqual(roleConflicts([{ role: 'former President', article: 'b' }], facts, 'Joe Biden'), []);
  // Not an office of the table, no person, or another office: nothing from the table.
  assert.deepEqual(roleConflicts([{ role: 'former adviser', article: 'a' }], facts, 'Donald Trump'), []);
  assert.deepEqual(roleConflicts([{ role: 'former US President', article: 'a' }], facts, null), []);
  assert.deepEqual(roleConflicts([{ role: 'former prime minister', article: 'a' }], facts, 'Donald Trump'), []);
  // With a current sighting from another outlet too, one conflict carries both.
  const both = roleConflicts([{ role: 'former President', article: 'a' }, { role: 'President', article: 'c' }], facts, 'Donald Trump');
  assert.equal(both.length, 1);
  assert.deepEqual([both[0]!.days, both[0]!.current.length, both[0]!.record?.office], [2, 1, 'president']);
});

test('resolve-entities step: a reporter of two outlets\' bylines is one person, with a role at each outlet', async () => {
  const store = SqliteStore.open(':memory:');
  try {
    await store.putArticle(sampleArticle('The harbour council met on Monday.', { outlet: 'Harbour Ledger', published: '2025-03-01', author: 'By Corin Vastel' }));
    await store.putArticle(sampleArticle('Dock workers marched on Tuesday.', { outlet: 'Dravna Post', published: '2025-03-02', author: 'Corin Vastel and Ilse Marrow' }));
    await resolveEntitiesStep.run(store, { addedIds: [] });
    const ids = await idOf(store, 'Corin Vastel');
    assert.equal(ids.length, 1);
    const detail = await store.entities().getEntity(ids[0]);
    assert.equal(detail?.articleCount, 2);
    assert.deepEqual(detail?.roles.map((r) => r.role).sort(), ['Dravna Post reporter', 'Harbour Ledger reporter']);
  } finally {
    await store.close();
  }
});

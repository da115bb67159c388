import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveEntities } from './resolve-entities.js';
import type { EntityInput, Resolution } from './types.js';

function person(name: string, article: string, mentions: string[] = [name], extra: Partial<EntityInput> = {}): EntityInput {
  return { name, type: 'PERSON', mentions, article, ...extra };
}

function entityWith(r: Resolution, alias: string) {
  return r.entities.find((e) => e.aliases.some((a) => a.alias === alias));
}

test('resolveEntities: spellings and scripts of one person across outlets become one entity', () => {
  const r = resolveEntities([
    person('Volodymyr Zelenskiy', 'a1', ['Ukrainian President Volodymyr Zelenskiy', 'Zelenskiy'], { outlet: 'reuters.com' }),
    person('Volodymyr Zelenskyy', 'a2', ['Volodymyr Zelenskyy', 'Zelenskyy'], { outlet: 'kyivindependent.com' }),
    person('Vladimir Zelensky', 'a3', ['Vladimir Zelensky'], { outlet: 'tass.com' }),
    person('Володимир Зеленський', 'a4', ['Володимир Зеленський', 'Зеленський'], { outlet: 'pravda.com.ua' }),
    person('Zelensky', 'a5', ['Zelensky']),
  ]);
  assert.equal(r.entities.length, 1, r.entities.map((e) => e.name).join(' | '));
  const e = r.entities[0]!;
  assert.equal(e.members.length, 5);
  assert.deepEqual(e.outlets, ['kyivindependent.com', 'pravda.com.ua', 'reuters.com', 'tass.com']);
  assert.ok(e.aliases.some((a) => a.alias === 'Зеленський'));
  assert.ok(!e.aliases.some((a) => a.alias.startsWith('Ukrainian President')), 'titles are not aliases');
  assert.equal(e.merges.length, 4, 'each merge is recorded');
  for (const m of e.merges) assert.ok(m.evidence.length > 0 && m.rule !== '');
  assert.ok(e.merges.some((m) => m.rule === 'surname-in-corpus'));
});

// [description, inputs, expected number of entities]
const GROUPING: [string, EntityInput[], number][] = [
  ['female form stays apart', [person('Lavrov', 'a1'), person('Lavrova', 'a2')], 2],
  ['one vowel apart stays apart', [person('Rustem Umerov', 'a1'), person('Doku Umarov', 'a2')], 2],
  ['brothers stay apart', [person('Vitali Klitschko', 'a1'), person('Wladimir Klitschko', 'a2')], 2],
  ['same given name, different surnames', [person('Dmitry Peskov', 'a1'), person('Dmytro Kuleba', 'a2')], 2],
  ['a given name alone joins nobody', [person('Dmitry Peskov', 'a1'), person('Dmitry', 'a2')], 2],
  ['father and son by suffix', [person('Donald Trump', 'a1'), person('Donald Trump Jr.', 'a2')], 2],
  ['surname alone joins its only bearer', [person('Dmitry Peskov', 'a1'), person('Peskov', 'a2')], 1],
  ['surname-only mentions group when nobody fuller is known', [person('Peskov', 'a1'), person('Песков', 'a2')], 1],
  ['lone surnames group under any reading (ISO 9 / BGN)', [person('Ščerbakov', 'a1'), person('Shcherbakov', 'a2')], 1],
  ['a country and a person of one name stay apart', [{ name: 'Georgia', type: 'PLACE', mentions: ['Georgia'], article: 'a1' }, person('Georgia', 'a2')], 2],
  ['metonym is not its country', [{ name: 'Kremlin', type: 'ORG', mentions: ['the Kremlin'], article: 'a1' }, { name: 'Russia', type: 'PLACE', mentions: ['Russia'], article: 'a1' }], 2],
  ['Kiev and Kyiv', [{ name: 'Kiev', type: 'PLACE', mentions: ['Kiev'], article: 'a1' }, { name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'], article: 'a2' }], 1],
  ['acronym joins its only expansion', [{ name: 'OSCE', type: 'ORG', mentions: ['OSCE'], article: 'a1' }, { name: 'Organization for Security and Co-operation in Europe', type: 'ORG', mentions: [], article: 'a2' }], 1],
  // Patterns met in CoNLL-2003 news: a capitalised "Al" is a given name; acronyms compare letter for letter.
  ['"Al Gore" is not a surname Gore(r)', [person('Al Gore', 'a1'), person('Dean Gorre', 'a2')], 2],
  ['N.J. is not N.Y.', [{ name: 'N.J.', type: 'PLACE', mentions: ['N.J.'], article: 'a1' }, { name: 'N.Y.', type: 'PLACE', mentions: ['N.Y.'], article: 'a2' }], 2],
  ['EC is not EEC', [{ name: 'EC', type: 'ORG', mentions: ['EC'], article: 'a1' }, { name: 'EEC', type: 'ORG', mentions: ['EEC'], article: 'a2' }], 2],
  ['a two-letter acronym does not join by initials', [{ name: 'LG', type: 'ORG', mentions: ['LG'], article: 'a1' }, { name: 'Life of Georgia', type: 'ORG', mentions: [], article: 'a2' }], 2],
  ['an acronym with two expansions joins neither', [
    { name: 'CNB', type: 'ORG', mentions: ['CNB'], article: 'a1' },
    { name: 'Czech National Bank', type: 'ORG', mentions: [], article: 'a2' },
    { name: 'Central Narcotics Bureau', type: 'ORG', mentions: [], article: 'a3' },
  ], 3],
  ['a lone common given name joins no full name across articles', [person('Charles', 'a1'), person('Deborah Charles', 'a2')], 2],
  ['sub-part aliases do not join', [
    { name: 'Ukrainian Foreign Ministry', type: 'ORG', mentions: ['Foreign Ministry'], article: 'a1' },
    { name: 'Russian Foreign Ministry', type: 'ORG', mentions: ['Foreign Ministry'], article: 'a2' },
  ], 2],
];

test('resolveEntities: table of grouping cases', () => {
  for (const [what, inputs, expected] of GROUPING) {
    const r = resolveEntities(inputs);
    assert.equal(r.entities.length, expected, `${what}: ${r.entities.map((e) => e.name).join(' | ')}`);
  }
});

test('resolveEntities: a surname shared by two people joins the one named in the same article, else none', () => {
  const r = resolveEntities([
    person('Donald Trump', 'a1'),
    person('Ivanka Trump', 'a2'),
    person('Trump', 'a3'),
    person('Ivanka Trump', 'a4'),
    person('Trump', 'a4'),
  ]);
  const donald = entityWith(r, 'Donald Trump')!;
  const ivanka = entityWith(r, 'Ivanka Trump')!;
  assert.notEqual(donald.id, ivanka.id);
  assert.deepEqual(ivanka.articles, ['a2', 'a4'], 'the a4 "Trump" joins the Trump named in a4');
  assert.ok(ivanka.merges.some((m) => m.rule === 'surname-in-article'));
  assert.equal(r.ambiguities.length, 1, 'the a3 "Trump" is left unplaced');
  assert.equal(r.ambiguities[0]!.member, 2);
  assert.deepEqual(r.ambiguities[0]!.candidates, [donald.id, ivanka.id].sort());
  assert.equal(r.entities.length, 3);
});

test('resolveEntities: a chain through an initial does not join two different people', () => {
  const r = resolveEntities([person('Volodymyr Zelensky', 'a1'), person('V. Zelensky', 'a2'), person('Viktor Zelensky', 'a3')]);
  const volodymyr = entityWith(r, 'Volodymyr Zelensky')!;
  const viktor = entityWith(r, 'Viktor Zelensky')!;
  assert.notEqual(volodymyr.id, viktor.id);
});

test('resolveEntities: metonyms are linked, not merged; past roles link nothing', () => {
  const r = resolveEntities([
    { name: 'Kremlin', type: 'ORG', mentions: ['the Kremlin'], article: 'a1' },
    person('Vladimir Putin', 'a1', ['Russian President Vladimir Putin', 'Putin'], { roles: ['Russian President'] }),
    person('Dmitry Peskov', 'a1', ['Kremlin spokesman Dmitry Peskov'], { roles: ['Kremlin spokesman'] }),
    { name: 'White House', type: 'PLACE', mentions: ['White House'], article: 'a2' },
    person('Joe Biden', 'a2', ['former President Joe Biden'], { roles: ['former US President'] }),
    { name: 'Gazprom', type: 'ORG', mentions: ['Gazprom'], article: 'a3' },
    person('Alexei Miller', 'a3', ['Gazprom chief executive Alexei Miller'], { roles: ['Gazprom chief executive'] }),
  ]);
  assert.equal(r.entities.length, 7);
  const kremlin = entityWith(r, 'Kremlin')!;
  const putin = entityWith(r, 'Vladimir Putin')!;
  const peskov = entityWith(r, 'Dmitry Peskov')!;
  const find = (from: string, to: string, kind: string) => r.links.find((l) => l.from === from && l.to === to && l.kind === kind);
  assert.ok(find(kremlin.id, putin.id, 'metonym-of'), JSON.stringify(r.links));
  assert.ok(find(peskov.id, kremlin.id, 'speaks-for'), JSON.stringify(r.links));
  assert.ok(!find(kremlin.id, peskov.id, 'metonym-of'), 'a spokesman is not the office holder');
  assert.ok(!r.links.some((l) => l.to === entityWith(r, 'Joe Biden')!.id), 'a former office holder is not linked');
  assert.ok(find(entityWith(r, 'Alexei Miller')!.id, entityWith(r, 'Gazprom')!.id, 'role-at'));
});

test('resolveEntities: the result does not depend on input order', () => {
  const inputs = [
    person('Volodymyr Zelenskiy', 'a1', ['Volodymyr Zelenskiy', 'Zelenskiy']),
    person('Peskov', 'a2'),
    person('Dmitry Peskov', 'a3'),
    person('Vladimir Zelensky', 'a4'),
    { name: 'Kyiv', type: 'PLACE', mentions: ['Kyiv'], article: 'a1' },
    { name: 'Kiev', type: 'PLACE', mentions: ['Kiev'], article: 'a4' },
    person('Trump', 'a5'),
  ];
  const shape = (r: Resolution, order: number[]) =>
    r.entities.map((e) => `${e.id}=${e.members.map((m) => order[m]).sort().join(',')}`).sort();
  const forward = resolveEntities(inputs);
  const reversedOrder = inputs.map((_, i) => inputs.length - 1 - i);
  const reversed = resolveEntities(reversedOrder.map((i) => inputs[i]!));
  assert.deepEqual(shape(reversed, reversedOrder), shape(forward, inputs.map((_, i) => i)));
});

test('resolveEntities: negative cases — bad inputs are skipped with a reason, never thrown', () => {
  const r = resolveEntities([
    null as unknown as EntityInput,
    {} as EntityInput,
    person('', 'a1', []),
    person('!!! 123', 'a1', ['---']),
    person('Putin', 'a1'),
  ]);
  assert.deepEqual(r.skipped.map((s) => s.reason), ['invalid-input', 'invalid-input', 'empty-name', 'no-letters']);
  assert.equal(r.entities.length, 1);
  assert.deepEqual(r.entities[0]!.members, [4]);
  assert.deepEqual(resolveEntities([]).entities, []);
  assert.deepEqual(resolveEntities(null as unknown as EntityInput[]).entities, []);
});

test('resolveEntities: many entities resolve quickly', () => {
  const surnames = ['Peskov', 'Lavrov', 'Zelensky', 'Kuleba', 'Yermak', 'Umerov', 'Orban', 'Merz', 'Shoigu', 'Budanov'];
  const inputs: EntityInput[] = [];
  for (let i = 0; i < 10_000; i++) {
    const s = surnames[i % surnames.length]!;
    inputs.push(i % 3 === 0 ? person(s, `a${i}`) : person(`Given${i % 7} ${s}${i % 50}`, `a${i}`));
  }
  const started = performance.now();
  const r = resolveEntities(inputs);
  assert.ok(performance.now() - started < 10_000, `took ${performance.now() - started} ms`);
  assert.ok(r.entities.length > 10);
});

test('resolveEntities: German spellings meet English ones across articles, and a German surname alone joins its bearer', () => {
  const r = resolveEntities([
    person('Grigory Zheleznyov', 'a1', ['Grigory Zheleznyov', 'Zheleznyov']),
    person('Grigori Schelesnjow', 'a2'),
    person('Schelesnjow', 'a3'),
    person('Boris Yelchov', 'a4'),
    person('Boris Jelzow', 'a5'),
  ]);
  const z = entityWith(r, 'Grigory Zheleznyov');
  assert.ok(z);
  assert.deepEqual(z.articles, ['a1', 'a2', 'a3']);
  assert.ok(z.merges.some((m) => m.evidence.some((e) => e.includes('German/Polish/French'))), JSON.stringify(z.merges));
  assert.notEqual(entityWith(r, 'Boris Yelchov')?.id, entityWith(r, 'Boris Jelzow')?.id);
});

test('resolveEntities: Ukrainian and Russian forms of a place are one entity', () => {
  const place = (name: string, article: string): EntityInput => ({ name, type: 'PLACE', mentions: [name], article });
  const r = resolveEntities([place('Zolotohirsk', 'a1'), place('Zolotogorsk', 'a2'), place('Золотогірськ', 'a3'), place('Zolotoharsk', 'a4')]);
  assert.deepEqual(entityWith(r, 'Zolotohirsk')?.articles, ['a1', 'a2', 'a3']);
  assert.deepEqual(entityWith(r, 'Zolotoharsk')?.articles, ['a4']);
});

test('resolveEntities: Ukrainian and Russian town names that differ beyond the letters are one entity by the variant table', () => {
  const place = (name: string, article: string): EntityInput => ({ name, type: 'PLACE', mentions: [name], article });
  const r = resolveEntities([place('Kremenchuk', 'a1'), place('Kremenchug', 'a2'), place('Кременчуг', 'a3'), place('Nova Kakhovka', 'a4'), place('Новая Каховка', 'a5'), place('Kremenets', 'a6')]);
  assert.deepEqual(entityWith(r, 'Kremenchuk')?.articles, ['a1', 'a2', 'a3']);
  assert.deepEqual(entityWith(r, 'Nova Kakhovka')?.articles, ['a4', 'a5']);
  assert.deepEqual(entityWith(r, 'Kremenets')?.articles, ['a6'], 'another town stays apart');
});

test('resolveEntities: the display name is the spelling of the most outlets, then of the most articles', () => {
  const r = resolveEntities([
    person('Oleksiy Hrytsenko', 'a1', ['Oleksiy Hrytsenko'], { outlet: 'one' }),
    person('Oleksiy Hrytsenko', 'a2', ['Oleksiy Hrytsenko'], { outlet: 'one' }),
    person('Oleksiy Hrytsenko', 'a3', ['Oleksiy Hrytsenko'], { outlet: 'one' }),
    person('Alexei Gritsenko', 'a4', ['Alexei Gritsenko'], { outlet: 'two' }),
    person('Alexei Gritsenko', 'a5', ['Alexei Gritsenko'], { outlet: 'three' }),
  ]);
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0]!.name, 'Alexei Gritsenko');
});

test('resolveEntities: an entity known only by a listed acronym is shown under its usual name', () => {
  const org = (name: string, article: string): EntityInput => ({ name, type: 'ORG', mentions: [name], article });
  const r = resolveEntities([org('EU', 'a1'), org('E.U.', 'a2'), org('NATO', 'a3'), org('XKCD', 'a4')]);
  assert.equal(entityWith(r, 'EU')?.name, 'European Union');
  assert.equal(entityWith(r, 'NATO')?.name, 'NATO');
  assert.equal(entityWith(r, 'XKCD')?.name, 'XKCD');
});

test('resolveEntities: a name set in capitals (a dateline) is the same name in mixed case; the writing most use is shown', () => {
  const place = (name: string, article: string, outlet: string): EntityInput => ({ name, type: 'PLACE', mentions: [name], article, outlet, roles: [] });
  const r = resolveEntities([
    place('KARVEL', 'd1', 'Wire One'), place('Karvel', 'd2', 'Valley Post'), place('Karvel', 'd3', 'Harbour Ledger'),
    place('OSLIN', 'd4', 'Wire One'), place('Oslin', 'd5', 'Valley Post'), place('OSLIN', 'd6', 'Harbour Ledger'),
  ]);
  assert.deepEqual(r.entities.map((e) => e.name).sort(), ['Karvel', 'OSLIN']);
  assert.deepEqual(r.entities.map((e) => e.articles.length), [3, 3]);
});

test('resolveEntities: a name written mostly in Cyrillic is still shown in its Latin writing', () => {
  const person = (name: string, article: string, outlet: string): EntityInput => ({ name, type: 'PERSON', mentions: [name], article, outlet, roles: [] });
  const r = resolveEntities([person('Олена Марчук', 'c1', 'Вісник'), person('Олена Марчук', 'c2', 'Новини'), person('Olena Marchuk', 'c3', 'Farm Wire')]);
  assert.deepEqual(r.entities.map((e) => e.name), ['Olena Marchuk']);
});

test('resolveEntities: a dateline in capitals does not name a place an article also writes in mixed case; an acronym keeps its capitals', () => {
  const place = (name: string, article: string, mentions: string[]): EntityInput => ({ name, type: 'PLACE', mentions, article });
  const town = resolveEntities([
    place('Harwick', 'a1', ['HARWICK', 'Harwick']),
    place('HARWICK', 'a2', ['HARWICK', 'Harwick']),
    place('HARWICK', 'a3', ['HARWICK']),
  ]);
  assert.equal(town.entities.length, 1);
  assert.equal(town.entities[0]!.name, 'Harwick');
  // Outlets that write an alliance as an acronym outnumber one that writes it as a word.
  const org = (name: string, article: string): EntityInput => ({ name, type: 'ORG', mentions: [name], article });
  const alliance = resolveEntities([org('NATO', 'b1'), org('NATO', 'b2'), org('Nato', 'b3')]);
  assert.equal(alliance.entities.length, 1);
  assert.equal(alliance.entities[0]!.name, 'NATO');
});

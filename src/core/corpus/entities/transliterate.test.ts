import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectCyrillicPreset, transliterate } from './transliterate.js';
import { foldText, nameKeys, readings, tokenKey } from './name-key.js';

// [Cyrillic, preset or auto, expected Latin]: BGN/PCGN for Russian, the 2010 national system for Ukrainian.
const TRANSLITERATION: [string, 'ru' | 'uk' | undefined, string][] = [
  ['Зеленский', 'ru', 'Zelenskiy'],
  ['Зеленський', 'uk', 'Zelenskyi'],
  ['Зеленський', undefined, 'Zelenskyi'],
  ['Зеленский', undefined, 'Zelenskiy'],
  ['Київ', undefined, 'Kyiv'],
  ['Харків', undefined, 'Kharkiv'],
  ['Єрмак', undefined, 'Yermak'],
  ['Андрій Єрмак', undefined, 'Andrii Yermak'],
  ['Юлія', undefined, 'Yuliia'],
  ['Згурський', 'uk', 'Zghurskyi'],
  ['Подоляк', 'uk', 'Podoliak'],
  ['Дмитрий Песков', undefined, 'Dmitriy Peskov'],
  ['Сергей Лавров', undefined, 'Sergey Lavrov'],
  ['Ельцин', undefined, 'Yeltsin'],
  ['Васильев', 'ru', 'Vasilyev'],
  ['Хрущёв', undefined, 'Khrushchev'],
  ['Щорс', 'ru', 'Shchors'],
  ['ЩОРС', 'ru', 'SHCHORS'],
  ["Мар'яна", undefined, 'Mariana'],
];

test('transliterate: table of cases', () => {
  for (const [input, preset, expected] of TRANSLITERATION) {
    assert.equal(transliterate(input, preset), expected, `${input} (${preset ?? 'auto'})`);
  }
});

test('detectCyrillicPreset: Ukrainian letters and spellings vs Russian ones', () => {
  assert.equal(detectCyrillicPreset('Київ'), 'uk');
  assert.equal(detectCyrillicPreset('Зеленський'), 'uk');
  assert.equal(detectCyrillicPreset('Зеленский'), 'ru');
  assert.equal(detectCyrillicPreset('Навальный'), 'ru');
  assert.equal(detectCyrillicPreset('Москва'), 'ru');
});

test('transliterate: negative cases leave text without Cyrillic unchanged', () => {
  for (const input of ['', 'Zelensky', 'Orbán', '12:30', '\u0000\u0001', '👍']) assert.equal(transliterate(input), input);
});

// Spellings that must share one key, and spellings that must not.
const SAME_KEY: string[][] = [
  ['Zelenskiy', 'Zelenskyy', 'Zelensky', 'Zelenski', 'Zelenskyi', 'Зеленський', 'Зеленский'],
  ['Orbán', 'Orban'],
  ['Polyanskiy', 'Polyansky', 'Полянский'],
  ['Shevchenko', 'Schewtschenko', 'Szewczenko', 'Шевченко'],
  ['Yermak', 'Iermak', 'Jermak', 'Ermak', 'Єрмак'],
  ['Yanukovych', 'Yanukovich', 'Janukowytsch', 'Ianukovych'],
  ['Klitschko', 'Klychko', 'Kličko'],
  ['Lutsenko', 'Lucenko'],
  ['Semyonov', 'Semenov'],
  ['Sergeyev', 'Sergeev'],
  ['Maksim', 'Maxim'],
  ['Khodorkovsky', 'Hodorkovsky'],
  ['Ščerbakov', 'Shcherbakov'],
  ['Zaporizhzhia', 'Zaporizhia'],
];
const DIFFERENT_KEY: [string, string][] = [
  ['Lavrov', 'Lavrova'],
  ['Umerov', 'Umarov'],
  ['Orban', 'Urban'],
  ['Zelensky', 'Zelenska'],
  ['Scholz', 'Schulz'],
  ['Navalny', 'Navalnaya'],
  ['Johnson', 'Johnston'],
  ['Yermak', 'Yermakov'],
];

test('tokenKey: romanisation variants share a key', () => {
  for (const group of SAME_KEY) {
    const keys = new Set(group.map((n) => nameKeys(n).join(' ')));
    assert.equal(keys.size, 1, `${group.join(' / ')} → ${[...keys].join(', ')}`);
  }
});

test('tokenKey: different names keep different keys', () => {
  for (const [a, b] of DIFFERENT_KEY) assert.notEqual(nameKeys(a).join(' '), nameKeys(b).join(' '), `${a} / ${b}`);
});

test('foldText and tokenKey: bad input gives empty or bounded output, never a throw', () => {
  assert.equal(foldText(''), '');
  assert.equal(foldText('!!! ---'), '');
  assert.equal(tokenKey(''), '');
  assert.ok(foldText('a'.repeat(1_000_000)).length <= 300);
  assert.equal(typeof foldText('\uFFFD\u0000binary\u0007'), 'string');
});

test('readings: Cyrillic gets both presets, š/č/ć names both the spelled-out and the plain reading', () => {
  assert.deepEqual(readings('Гончаренко').map((r) => [r.preset, r.keys.join(' ')]), [['ru', 'goncharenko'], ['uk', 'honcharenko']]);
  assert.deepEqual(readings('Plenković').map((r) => [r.preset, r.keys.join(' ')]), [[null, 'plenkovich'], ['plain', 'plenkovic']]);
  assert.deepEqual(readings('Orbán').map((r) => r.keys.join(' ')), ['orban']);
  assert.deepEqual(readings('Zelensky').length, 1);
});

test('transliterate: Serbian and Macedonian Cyrillic read through Gaj\'s Latin, with a plain reading', () => {
  assert.equal(detectCyrillicPreset('Драган Петровић'), 'sr');
  assert.equal(detectCyrillicPreset('Љубица'), 'sr');
  assert.equal(detectCyrillicPreset('Петров'), 'ru');
  assert.equal(transliterate('Драган Петровић'), 'Dragan Petrović');
  assert.equal(transliterate('Ђурђица Џаферовић'), 'Đurđica Džaferović');
  assert.equal(transliterate('Љубица Њешкова'), 'Ljubica Nješkova');
  // Macedonian х is h, not kh.
  assert.equal(transliterate('Христијан'), 'Hristijan');
  const keys = readings('Милан Вучетић').map((r) => r.keys.join(' '));
  assert.ok(keys.includes(nameKeys('Milan Vucetic').join(' ')), keys.join(' | '));
  assert.ok(keys.includes(nameKeys('Milan Vuchetich').join(' ')), keys.join(' | '));
});

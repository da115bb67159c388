import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagEntities } from './tag-entities.js';

// Fictional names and places written for these tests.
const CASES: [string, [string, string][]][] = [
  ['Prime Minister Halvard Krenning met officials in Madrid on Tuesday.', [['Halvard Krenning', 'PER'], ['Madrid', 'LOC']]],
  ['Shares of Norvell Holdings fell 3 percent in London, Reuters reported.', [['Norvell Holdings', 'ORG'], ['London', 'LOC'], ['Reuters', 'ORG']]],
  ['The European Union imposed sanctions on Russian banks.', [['European Union', 'ORG'], ['Russian', 'MISC']]],
  ['“We are ready,” Marta Velikova told reporters in Berlin.', [['Marta Velikova', 'PER'], ['Berlin', 'LOC']]],
];

test('tagEntities: finds names with their types in news sentences', () => {
  for (const [text, expected] of CASES) {
    const found = tagEntities(text).map((m) => [m.text, m.type]);
    for (const e of expected) assert.ok(found.some((f) => f[0] === e[0] && f[1] === e[1]), `${text}: expected ${e.join('/')} in ${JSON.stringify(found)}`);
  }
});

test('tagEntities: offsets index the text', () => {
  const text = 'Kremlin aide Ilya Mostov said Veronia’s “red lines” stood.';
  for (const m of tagEntities(text)) assert.equal(text.slice(m.start, m.end), m.text);
});

test('tagEntities: Cyrillic names are found by capitalisation', () => {
  const found = tagEntities('Вчора Олег Тарасенко прибув до Полтави.');
  assert.ok(found.some((m) => m.text === 'Олег Тарасенко' && m.type === 'PER'), JSON.stringify(found));
});

test('tagEntities: negative cases produce nothing', () => {
  for (const text of ['', '   ', 'The meeting was held on Monday.', 'Monday was quiet. The market rose.', 'THE MARKET ROSE ON MONDAY.', 'Analysts expect growth in the second quarter, economists said on Tuesday.', '\u0000\u0001 \ufffd\ud800']) {
    assert.deepEqual(tagEntities(text), [], JSON.stringify(text));
  }
});

test('tagEntities: large input finishes and keeps offsets valid', () => {
  const text = 'Marta Velikova arrived in Berlin. '.repeat(5000) + 'x'.repeat(100_000);
  const found = tagEntities(text);
  assert.ok(found.length >= 5000);
  assert.equal(text.slice(found[0].start, found[0].end), found[0].text);
});

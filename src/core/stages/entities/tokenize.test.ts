import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './split-sentences.js';
import { tokenize } from './tokenize.js';

const CASES: [string, string[]][] = [
  ['The U.S. envoy arrived.', ['The', 'U.S.', 'envoy', 'arrived', '.']],
  ['Mr. Talvik met Dr. Orr at St. Brede Corp.', ['Mr.', 'Talvik', 'met', 'Dr.', 'Orr', 'at', 'St.', 'Brede', 'Corp.']],
  ['Talvik’s aide didn\'t call O\'Ferris.', ['Talvik', '’s', 'aide', 'did', "n't", 'call', "O'Ferris", '.']],
  ['“No,” she said — ‘never’…', ['“', 'No', ',', '”', 'she', 'said', '—', '‘', 'never', '’', '…']],
  ['On 2024-03-05 it cost 3,000.50 (12.5%) at 10:30.', ['On', '2024-03-05', 'it', 'cost', '3,000.50', '(', '12.5', '%', ')', 'at', '10:30', '.']],
  ['An Anglo-Veronian pre-war deal, AT&T and e.g. the 1990s...', ['An', 'Anglo-Veronian', 'pre-war', 'deal', ',', 'AT&T', 'and', 'e.g.', 'the', '1990s', '...']],
  ['Олег Тарасенко прибув до Полтави.', ['Олег', 'Тарасенко', 'прибув', 'до', 'Полтави', '.']],
  ['J. R. Halvorsen -- a writer', ['J.', 'R.', 'Halvorsen', '--', 'a', 'writer']],
  ['Ministers’ meeting', ['Ministers', '’', 'meeting']],
];

test('tokenize: table of cases', () => {
  for (const [input, expected] of CASES) {
    assert.deepEqual(tokenize(input).map((t) => t.text), expected, input);
  }
});

test('tokenize: offsets index the input exactly', () => {
  for (const [input] of CASES) {
    for (const t of tokenize(input)) assert.equal(input.slice(t.start, t.end), t.text, input);
  }
  const emoji = 'Wow 👍🏽 ok';
  for (const t of tokenize(emoji)) assert.equal(emoji.slice(t.start, t.end), t.text);
});

test('tokenize: negative cases produce no tokens', () => {
  for (const input of ['', '   ', '\n\n\t', '\u00a0\u200b\u3000']) assert.deepEqual(tokenize(input), [], JSON.stringify(input));
});

test('tokenize: binary-ish and lone surrogates do not crash', () => {
  const junk = '\u0000\u0001\ud800x\udfff\ufffd' + String.fromCharCode(...Array.from({ length: 200 }, (_, i) => i));
  const tokens = tokenize(junk);
  for (const t of tokens) assert.equal(junk.slice(t.start, t.end), t.text);
});

test('tokenize: a large text is tokenised quickly', () => {
  const text = 'The Veronian minister, Alma Kestrel, said on Monday that 3,000 people were at the U.S. embassy. '.repeat(20_000);
  const t0 = Date.now();
  const tokens = tokenize(text);
  assert.ok(tokens.length > 300_000);
  assert.ok(Date.now() - t0 < 5000, `took ${Date.now() - t0} ms`);
});

test('splitSentences: splits on end punctuation and line breaks, not after abbreviations', () => {
  const text = 'Mr. Talvik met the U.S. envoy. “It went well,” he said.\nNext line here! And more? yes';
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens).map((r) => text.slice(tokens[r.start].start, tokens[r.end - 1].end));
  assert.deepEqual(sentences, ['Mr. Talvik met the U.S. envoy.', '“It went well,” he said.', 'Next line here!', 'And more? yes']);
});

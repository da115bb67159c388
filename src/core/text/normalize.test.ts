import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findParagraphs, normalizeText } from './normalize.js';
import { toInputOffset } from './offset-map.js';

const CASES: Array<[string, string, string]> = [
  ['collapses runs of spaces and tabs', 'a  \t b', 'a b'],
  ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
  ['at most one blank line', 'a\n\n\n\n\nb', 'a\n\nb'],
  ['no space at line ends', 'a   \n   b', 'a\nb'],
  ['leading and trailing white space dropped', '\n\n  a b  \n\n', 'a b'],
  ['no-break and thin spaces are spaces', 'a\u00a0b\u2009c', 'a b c'],
  ['zero-width space, BOM and soft hyphen dropped', '\ufeffab\u200bc\u00add', 'abcd'],
  ['NFC: e + combining acute becomes é', 'Orbe\u0301n', 'Orb\u00e9n'],
  ['Cyrillic й from и + breve', '\u0438\u0306', '\u0439'],
  ['unicode line separators are line breaks', 'a\u2028b', 'a\nb'],
  ['text without change stays', 'Plain “quoted” text — with dashes.', 'Plain “quoted” text — with dashes.'],
];

for (const [name, input, expected] of CASES) {
  test(`normalizeText: ${name}`, () => {
    assert.equal(normalizeText(input).text, expected);
  });
}

test('normalizeText: every non-space character maps back to the same character of the input', () => {
  const input = '  Title\r\n\r\n\r\nThe  spokesman\tsaid “no”.\u00a0\u00a0Then\u200b more.\n\n\nEnd ';
  const { text, map } = normalizeText(input);
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) continue;
    assert.equal(input[toInputOffset(map, i)], text[i], `offset ${i} (${text[i]})`);
  }
});

test('normalizeText: spans map to the same words in the input', () => {
  const input = 'Ko\u0301ta   and\n\n\n\nBeta  gamma';
  const { text, map } = normalizeText(input);
  const start = text.indexOf('Beta');
  const s = toInputOffset(map, start);
  assert.equal(input.slice(s, s + 4), 'Beta');
});

test('findParagraphs: blank-line blocks when the text has blank lines, else lines', () => {
  assert.deepEqual(findParagraphs('a\nb\n\nc'), [{ start: 0, end: 3 }, { start: 5, end: 6 }]);
  assert.deepEqual(findParagraphs('a\nb'), [{ start: 0, end: 1 }, { start: 2, end: 3 }]);
  assert.deepEqual(findParagraphs(''), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from './find-quoted-spans.js';

function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const cases: [string, string[]][] = [
  ['He said “one thing” and “another thing”.', ['one thing', 'another thing']],
  ['She said "first" and then "second".', ['first', 'second']],
  ['«Внешний „внутренний“ текст»', ['Внешний „внутренний“ текст']],
  ['„Unten und oben“', ['Unten und oben']],
  ['“Outer ‘inner’ words”', ['Outer ‘inner’ words']],
  ['“It works,“ he said.', ['It works,']],
  ["''We lost the vote,'' he said.", ['We lost the vote,']],
  ["``Old style,'' she wrote.", ['Old style,']],
  ["''I hate the term 'harbour poor,' '' she said.", ["I hate the term 'harbour poor,'"]],
  ["''We hear it, 'a special case,''' she said.", ["We hear it, 'a special case,'"]],
  ['“First paragraph open\n“Second paragraph closes.”', ['First paragraph open', 'Second paragraph closes.']],
];

test('quoted spans in each style', () => {
  for (const [text, expected] of cases) {
    const got = findQuotedSpans(text, paragraphs(text)).map((q) => text.slice(q.start, q.end));
    assert.deepEqual(got, expected, text);
  }
});

test('a run over paragraphs is marked as continuing and continued', () => {
  const text = '“First paragraph open\n“Second paragraph closes.”';
  const [a, b] = findQuotedSpans(text, paragraphs(text));
  assert.equal(a.continues, true);
  assert.equal(b.continued, true);
});

test('negative cases: stray marks give nothing', () => {
  for (const text of ['He said “yes', 'No quotes here.', '', '”', 'Five o’clock, the rock ’n’ roll era']) {
    assert.deepEqual(findQuotedSpans(text, paragraphs(text)), [], text);
  }
});

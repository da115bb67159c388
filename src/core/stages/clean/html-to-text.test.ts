import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToText } from './html-to-text.js';
import { toInputOffset } from '../../text/offset-map.js';
import { normalizeText } from '../../text/normalize.js';
import { composeMaps } from '../../text/offset-map.js';

test('htmlToText: blocks become paragraphs, script and style are dropped, entities decoded', () => {
  const html = '<html><head><title>A &amp; B | Site</title><style>p{}</style></head><body><p>One &amp; two</p><script>alert(1)</script><p>Three <b>four</b></p></body></html>';
  const r = htmlToText(html);
  assert.equal(r.title, 'A & B | Site');
  assert.equal(normalizeText(r.text).text, 'One & two\n\nThree four');
});

test('htmlToText: offsets map back into the HTML source', () => {
  const html = '<div><p>Hello &quot;world&quot;</p>\n  <p>Second   paragraph</p></div>';
  const page = htmlToText(html);
  const norm = normalizeText(page.text);
  const map = composeMaps(norm.map, page.map);
  const at = norm.text.indexOf('Second');
  const src = toInputOffset(map, at);
  assert.equal(html.slice(src, src + 6), 'Second');
  const w = norm.text.indexOf('world');
  assert.equal(html.slice(toInputOffset(map, w), toInputOffset(map, w) + 5), 'world');
});

test('htmlToText: hostile input ends in linear time', () => {
  const deep = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
  const started = performance.now();
  const r = htmlToText(deep);
  assert.equal(r.text.trim(), 'x');
  assert.ok(performance.now() - started < 2000);
  assert.equal(htmlToText('<p>unclosed <b>tag').text.trim(), 'unclosed tag');
  assert.equal(htmlToText('a < b and c > d').text, 'a < b and c > d');
  assert.equal(htmlToText('<!-- never closed').text, '');
});

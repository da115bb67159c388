/** decodeBody, charset detection and the binary sniff: table-driven, bytes written out by hand. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { charsetFromContentType, charsetFromDocument, decodeBody, guessCyrillic, looksBinary, normalizeCharset } from './decode-body.js';
import { readFixture } from './testing/fixture-server.js';

const ascii = (text: string) => Buffer.from(text, 'latin1');

test('charsetFromContentType', () => {
  const cases: Array<[string | null, string | null]> = [
    ['text/html; charset=windows-1251', 'windows-1251'],
    ['text/html;charset="KOI8-U"', 'KOI8-U'],
    ['text/html; boundary=x; charset=utf-8', 'utf-8'],
    ['text/html', null],
    [null, null],
  ];
  for (const [header, expected] of cases) assert.equal(charsetFromContentType(header), expected, String(header));
});

test('normalizeCharset maps labels to WHATWG names', () => {
  const cases: Array<[string, string | null]> = [
    ['cp1251', 'windows-1251'],
    ['KOI8-U', 'koi8-u'],
    ['koi8-r', 'koi8-r'],
    ['ISO-8859-5', 'iso-8859-5'],
    ['latin1', 'windows-1252'],
    ['utf8', 'utf-8'],
    ['x-unknown-charset', null],
  ];
  for (const [label, expected] of cases) assert.equal(normalizeCharset(label), expected, label);
});

test('charsetFromDocument reads meta charset, http-equiv and the XML declaration', () => {
  assert.deepEqual(charsetFromDocument(ascii('<html><head><meta charset="koi8-u">')), { label: 'koi8-u', source: 'meta' });
  assert.deepEqual(charsetFromDocument(ascii('<meta content="text/html; charset=windows-1251" http-equiv="Content-Type">')), { label: 'windows-1251', source: 'meta' });
  assert.deepEqual(charsetFromDocument(ascii('<?xml version="1.0" encoding="ISO-8859-2"?><rss/>')), { label: 'ISO-8859-2', source: 'xml-declaration' });
  // Negative cases: a charset word in ordinary content, or inside a comment, is not a declaration.
  assert.equal(charsetFromDocument(ascii('<meta name="description" content="about charset=koi8-r">')), null);
  assert.equal(charsetFromDocument(ascii('<!-- <meta charset="koi8-r"> --><p>x</p>')), null);
});

test('windows-1251 and KOI8-U bytes decode to the right letters', () => {
  // "Привіт" in KOI8-U and "Привет" in windows-1251, byte by byte.
  const koi8u = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xa6, 0xd4]);
  const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
  assert.equal(decodeBody(koi8u, 'text/plain; charset=koi8-u').text, 'Привіт');
  assert.equal(decodeBody(cp1251, 'text/plain; charset=windows-1251').text, 'Привет');
  // The same KOI8-U bytes read as KOI8-R lose the Ukrainian і (0xA6 is a box-drawing character there).
  assert.notEqual(decodeBody(koi8u, 'text/plain; charset=koi8-r').text, 'Привіт');
});

test('evidence order: BOM, then header, then document, then default', () => {
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Знак')]);
  assert.deepEqual(decodeBody(bom, 'text/html; charset=windows-1251'), { text: 'Знак', charset: 'utf-8', source: 'bom' });
  const declared = Buffer.concat([ascii('<meta charset="windows-1251"><p>'), Buffer.from([0xcf, 0xf0, 0xe8])]);
  assert.equal(decodeBody(declared, 'text/html').source, 'meta');
  assert.equal(decodeBody(declared, 'text/html; charset=koi8-r').source, 'header');
  assert.deepEqual(decodeBody(Buffer.from('plain ✓'), null), { text: 'plain ✓', charset: 'utf-8', source: 'default' });
  // Undeclared bytes that are not UTF-8 fall back to windows-1252, as browsers do.
  assert.equal(decodeBody(Buffer.from([0x63, 0x61, 0x66, 0xe9]), null).text, 'café');
  // An unknown declared label is ignored, not fatal.
  assert.equal(decodeBody(Buffer.from('ok'), 'text/plain; charset=x-nonsense').charset, 'utf-8');
});

test('looksBinary', () => {
  assert.equal(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2])), 'png');
  assert.equal(looksBinary(Buffer.from('%PDF-1.7')), 'pdf');
  assert.equal(looksBinary(Buffer.concat([Buffer.from('<html>'), Buffer.alloc(100, 0)])), 'control bytes');
  // Negative cases: text in any encoding, and empty bodies, are not binary.
  assert.equal(looksBinary(Buffer.from('<html><body>Привіт\tthere\r\n</body></html>')), null);
  assert.equal(looksBinary(Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xa6, 0xd4])), null);
  assert.equal(looksBinary(Buffer.alloc(0)), null);
});

test('undeclared Cyrillic bytes are detected; Western text is not', () => {
  // The fixtures with their declarations cut out.
  const strip = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/<meta[^>]*>/gi, ''), 'latin1');
  const cp1251 = strip(readFixture('page-windows-1251.html'));
  const koi8u = strip(readFixture('page-koi8-u.html'));
  assert.equal(guessCyrillic(cp1251), 'windows-1251');
  assert.equal(guessCyrillic(koi8u), 'koi8-u');
  assert.equal(guessCyrillic(readFixture('text-koi8-r.txt')), 'koi8-r');
  const decoded = decodeBody(cp1251, 'text/html');
  assert.equal(decoded.source, 'detected');
  assert.match(decoded.text, /Паром снова ходит/);
  assert.match(decodeBody(koi8u, null).text, /Їжак і ґава/);
  // Negative cases: French and Polish in single-byte encodings, and short snippets, are left alone.
  const french = Buffer.from('<p>Le caf\xe9 de la gare a rouvert \xe0 midi; les cl\xe9s sont \xe0 l\'accueil, pr\xe8s de l\'entr\xe9e.</p>'.repeat(5), 'latin1');
  assert.ok(french.filter((b) => b >= 0xc0).length >= 20);
  assert.equal(guessCyrillic(french), null);
  assert.equal(guessCyrillic(readFixture('page-iso-8859-2.html')), null);
  assert.equal(guessCyrillic(Buffer.from([0xcf, 0xf0, 0xe8])), null);
});

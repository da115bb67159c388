import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingest } from './ingest.js';
import { isStorylineError } from '../errors.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-ingest-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshStore = (): SqliteStore => SqliteStore.open(join(dir, `db-${n++}.db`));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

const ARTICLE = 'The river rose two metres overnight. Residents of the lower town were moved to the school.';

test('ingest: text, markdown with front matter, html, json and jsonl files', async () => {
  const store = freshStore();
  const paths = [
    file('kinds/2025-05-06-flood.txt', ARTICLE),
    file('kinds/note.md', '---\ntitle: Dam inquiry\noutlet: Valley Post\npublished: 2025-05-22\n---\nThe inquiry opened today in the valley.'),
    file('kinds/page.html', '<html><head><title>Bridge | Site</title></head><body><p>The bridge reopened.</p></body></html>'),
    file('kinds/one.json', JSON.stringify({ id: 'j1', text: 'A JSON article about the port.', outlet: 'Port News', published: '2025-04-01T10:00:00+02:00' })),
    file('kinds/many.jsonl', [
      JSON.stringify({ id: 'l1', title: 'First', text: 'First JSONL article about the trial.', source: 'Court Wire', published: '2025-03-10' }),
      JSON.stringify({ id: 'l2', html: '<p>Second JSONL article, in HTML.</p>', outlet: 'Court Wire', author: ['A. Writer', 'B. Writer'], section: 'law' }),
    ].join('\n') + '\n'),
  ];
  const s = await ingest(store, paths);
  assert.equal(s.added, 6);
  assert.equal(s.rejected, 0);
  const byId = async (id: string) => (await store.getArticle(id))!;
  assert.equal((await byId('l1')).source.outlet, 'Court Wire');
  assert.equal((await byId('l2')).source.format, 'html');
  assert.equal((await byId('l2')).source.author, 'A. Writer, B. Writer');
  assert.deepEqual((await byId('l2')).source.metadata, { section: 'law' });
  assert.equal((await byId('j1')).source.published, '2025-04-01T08:00:00.000Z');
  const list = await store.listArticles({}, { limit: 10 });
  const md = list.items.find((a) => a.title === 'Dam inquiry');
  assert.equal(md?.outlet, 'Valley Post');
  assert.equal(md?.published, '2025-05-22');
  const txt = list.items.find((a) => a.published === '2025-05-06');
  assert.ok(txt, 'a file name starting with a date gives the publication date');
  await store.close();
});

test('ingest: re-running the same batch adds nothing twice', async () => {
  const store = freshStore();
  const p = file('again/a.jsonl', [1, 2, 3].map((i) => JSON.stringify({ id: `r${i}`, text: `Article ${i} about the election recount.` })).join('\n'));
  const first = await ingest(store, [p]);
  const second = await ingest(store, [p]);
  assert.equal(first.added, 3);
  assert.equal(second.added, 0);
  assert.equal(second.duplicates, 3);
  assert.equal((await store.listArticles()).total, 3);
  await store.close();
});

test('ingest: bad documents are coded rejections with file and line; the batch goes on', async () => {
  const store = freshStore();
  const good = JSON.stringify({ id: 'ok1', text: ARTICLE });
  const paths = [
    file('bad/empty.txt', ''),
    file('bad/blank.txt', '   \n\t\n'),
    file('bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])),
    file('bad/latin1.txt', Buffer.from('Caf\xe9 au lait, na\xefve.', 'latin1')),
    file('bad/unknown.pdf', '%PDF-1.4'),
    file('bad/records.jsonl', Buffer.concat([Buffer.from([
      good,
      '{"id": "trunc", "text": "cut off',
      '[1, 2]',
      JSON.stringify({ id: 'notext', title: 'No body' }),
      JSON.stringify({ id: 'emptytext', text: '' }),
      '',
    ].join('\n')),
    // A line whose bytes are not UTF-8, then a blank line and a good one.
    Buffer.from([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a, 0x0a]),
    Buffer.from(JSON.stringify({ id: 'ok2', text: 'Another good article.', published: 'not a date' })),
    ])),
    file('bad/malformed.json', '{"id": 1, "text": '),
  ];
  const s = await ingest(store, paths);
  assert.equal(s.added, 2);
  assert.deepEqual(s.rejectedBy, {
    empty: 3, binary: 1, 'invalid-utf8': 2, 'unsupported-type': 1, 'malformed-json': 2, 'invalid-record': 2,
  });
  const trunc = s.rejections.find((r) => r.reason === 'malformed-json' && r.line === 2);
  assert.ok(trunc, 'the truncated line is reported with its line number');
  assert.ok(s.rejections.every((r) => r.file && r.detail));
  const ok2 = await store.getArticle('ok2');
  assert.equal(ok2?.source.published, undefined);
  assert.equal(ok2?.source.metadata.published_raw, 'not a date');
  assert.equal((await store.listRejections()).total, s.rejected);
  await store.close();
});

test('ingest: a 100 MB file is rejected as too large without being read into memory', async () => {
  const store = freshStore();
  const path = join(dir, 'huge.txt');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < 100; i++) writeSync(fd, block);
  closeSync(fd);
  const before = process.memoryUsage().rss;
  const s = await ingest(store, [path]);
  assert.deepEqual(s.rejectedBy, { 'too-large': 1 });
  assert.ok(process.memoryUsage().rss - before < 50 * 1024 * 1024);
  await store.close();
});

test('ingest: a JSONL line over the limit is skipped, the lines around it are kept', async () => {
  const store = freshStore();
  const big = JSON.stringify({ id: 'big', text: 'x '.repeat(200_000) });
  const p = file('limit/lines.jsonl', [JSON.stringify({ id: 'a', text: 'Before.' }), big, JSON.stringify({ id: 'b', text: 'After.' })].join('\n'));
  const s = await ingest(store, [p], { maxDocumentBytes: 100_000 });
  assert.equal(s.added, 2);
  assert.equal(s.rejections[0].reason, 'too-large');
  assert.equal(s.rejections[0].line, 2);
  await store.close();
});

test('ingest: folders are read recursively with include and exclude globs; other types passed over', async () => {
  const store = freshStore();
  file('tree/a/one.txt', 'One article about the harbour.');
  file('tree/a/b/two.txt', 'Two articles about the harbour.');
  file('tree/a/b/skip.md', 'Markdown about the harbour.');
  file('tree/c/image.png', Buffer.from([1, 2, 3]));
  file('tree/.hidden/three.txt', 'Hidden.');
  const s = await ingest(store, [join(dir, 'tree')], { include: ['**/*.txt', '*.md'], exclude: ['**/skip.md'] });
  assert.equal(s.added, 2);
  const all = await ingest(freshStore(), [join(dir, 'tree')]);
  assert.equal(all.added, 3);
  assert.equal(all.skipped, 1);
  assert.equal(all.rejected, 0);
  await store.close();
});

test('ingest: a folder of 10,000 small files', async () => {
  const store = freshStore();
  const root = join(dir, 'many');
  mkdirSync(root);
  for (let i = 0; i < 10_000; i++) writeFileSync(join(root, `${String(i).padStart(5, '0')}.txt`), `Brief number ${i}: the council met again.`);
  const started = performance.now();
  const s = await ingest(store, [root]);
  assert.equal(s.added, 10_000);
  assert.equal((await store.listArticles()).total, 10_000);
  assert.ok(performance.now() - started < 300_000);
  await store.close();
});

test('ingest: standard input as text, html or jsonl', async () => {
  const store = freshStore();
  const s1 = await ingest(store, ['-'], { stdin: Readable.from([Buffer.from('Plain text from a pipe about the port.')]) });
  assert.equal(s1.added, 1);
  const s2 = await ingest(store, ['-'], { stdin: Readable.from([Buffer.from('{"id":"s1","text":"one"}\n{"id":"s2","te'), Buffer.from('xt":"two"}\n')]) });
  assert.equal(s2.added, 2);
  const s3 = await ingest(store, ['-'], { stdin: Readable.from([Buffer.from('<p>HTML from a pipe.</p>')]) });
  assert.equal(s3.added, 1);
  assert.equal((await store.getArticle('s2'))?.clean?.text, 'two');
  await store.close();
});

test('ingest: a missing path is INPUT_NOT_FOUND before anything is stored', async () => {
  const store = freshStore();
  await assert.rejects(ingest(store, [file('exists.txt', 'Exists.'), join(dir, 'missing.txt')]), (e: unknown) => isStorylineError(e) && e.code === 'INPUT_NOT_FOUND');
  assert.equal((await store.listArticles()).total, 0);
  await store.close();
});

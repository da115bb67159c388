import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument } from './analyze.js';
import { readInputs, type InputItem } from './ingest/read-inputs.js';
import { newArticle } from './ingest/build-article.js';
import { runPipeline } from './pipeline/run-pipeline.js';
import { DEFAULT_PIPELINE } from './pipeline/default-pipeline.js';
import { displayTitle, publicationOf } from './publication.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-publication-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

async function sources(paths: string[], options = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs(paths, options)) out.push(item);
  return out;
}

test('publication date: where it came from is recorded for every kind of input', async () => {
  writeFileSync(join(dir, 'a.jsonl'), [
    JSON.stringify({ id: 'r1', text: 'Body one is long enough to be an article.', published: '2025-03-01' }),
    JSON.stringify({ id: 'r2', text: 'Body two is long enough to be an article.' }),
  ].join('\n'));
  writeFileSync(join(dir, '2025-04-02-note.txt'), 'A note filed on a date the file name gives.');
  writeFileSync(join(dir, 'fm.md'), '---\npublished: 2025-05-03\n---\nA note with front matter.');
  const items = await sources([join(dir, 'a.jsonl'), join(dir, '2025-04-02-note.txt'), join(dir, 'fm.md')]);
  const from = items.map((i) => (i.kind === 'document' ? publicationOf(newArticle(i.source)) : null));
  assert.deepEqual(from, [
    { published: '2025-03-01', source: 'input:record' },
    { published: null, source: null },
    { published: '2025-04-02', source: 'input:file-name' },
    { published: '2025-05-03', source: 'input:front-matter' },
  ]);
  const withOption = await sources([join(dir, 'a.jsonl')], { published: '2025-06-06' });
  assert.deepEqual(withOption.map((i) => (i.kind === 'document' ? publicationOf(newArticle(i.source)) : null)), [
    { published: '2025-03-01', source: 'input:record' },
    { published: '2025-06-06', source: 'input:default' },
  ]);
});

test('publication date: found in the document, with its source; the modification date kept apart', () => {
  const html = `<html><head><title>Port reopens</title>
    <meta property="article:published_time" content="2025-02-10T08:00:00Z">
    <meta property="article:modified_time" content="2025-02-12T09:30:00Z"></head>
    <body><article><h1>Port reopens</h1><p>The port of Saltmere reopened on Monday after a three-day strike by dock workers, the harbour office said.</p>
    <p>Ships that had waited offshore began to unload in the afternoon, and the first ferry left on time in the evening.</p></article></body></html>`;
  const article = runPipeline(newArticle({ format: 'html', raw: html, metadata: {}, origin: { file: 'x.html' } }), DEFAULT_PIPELINE);
  const p = publicationOf(article);
  assert.equal(p.published?.slice(0, 10), '2025-02-10');
  assert.equal(p.source, 'document:article:published_time');
  const analyzed = analyzeDocument(html, { html: true });
  assert.equal(analyzed.published, '2025-02-10');
  assert.equal(analyzed.modified, '2025-02-12');
  assert.match(analyzed.publishedSource ?? '', /^document:/);
  assert.equal(analyzeDocument('Text with no date at all in it.', { published: '2025-01-05' }).publishedSource, 'input:option');
});

test('publication date: the document\'s own date wins over the file name\'s, which stays the fallback', async () => {
  const page = (meta: string): string => `<html><head><title>Ferry back</title>${meta}</head><body><article><h1>Ferry back</h1>
    <p>The island ferry sailed again on Friday after a week of repairs to its engines, the operator said in a statement.</p>
    <p>Passengers who had booked for the cancelled crossings can travel on any boat this month at no extra cost.</p></article></body></html>`;
  writeFileSync(join(dir, '2025-07-01-ferry.html'), page('<meta property="article:published_time" content="2025-06-27T07:00:00Z">'));
  writeFileSync(join(dir, '2025-07-02-ferry.html'), page(''));
  const items = await sources([join(dir, '2025-07-01-ferry.html'), join(dir, '2025-07-02-ferry.html')]);
  const got = items.map((i) => {
    if (i.kind !== 'document') return null;
    const p = publicationOf(runPipeline(newArticle(i.source), DEFAULT_PIPELINE));
    return [p.published?.slice(0, 10), p.source];
  });
  assert.deepEqual(got, [['2025-06-27', 'document:article:published_time'], ['2025-07-02', 'input:file-name']]);
  // `ingest --published` fills the date of a document that carries none and leaves the others theirs.
  writeFileSync(join(dir, 'ferry-dated.html'), page('<meta property="article:published_time" content="2025-06-27T07:00:00Z">'));
  writeFileSync(join(dir, 'ferry-undated.html'), page(''));
  const filled = await sources([join(dir, 'ferry-dated.html'), join(dir, 'ferry-undated.html')], { published: '2025-07-05' });
  assert.deepEqual(filled.map((i) => {
    if (i.kind !== 'document') return null;
    const p = publicationOf(runPipeline(newArticle(i.source), DEFAULT_PIPELINE));
    return [p.published?.slice(0, 10), p.source];
  }), [['2025-06-27', 'document:article:published_time'], ['2025-07-05', 'input:default']]);
});

test('publication date: relative dates resolve against the same date the article is dated by', async () => {
  const html = `<html><head><title>Bridge shut</title><meta property="article:published_time" content="2025-06-27T07:00:00Z"></head>
    <body><article><h1>Bridge shut</h1><p>The old toll bridge at Carrow was closed yesterday after inspectors found cracks in two of its piers.</p>
    <p>Drivers were sent over the ring road, which added twenty minutes to the morning run into town.</p></article></body></html>`;
  writeFileSync(join(dir, '2025-07-01-bridge.html'), html);
  const [item] = await sources([join(dir, '2025-07-01-bridge.html')]);
  assert.ok(item.kind === 'document');
  const article = runPipeline(newArticle(item.source), DEFAULT_PIPELINE);
  assert.equal(publicationOf(article).published?.slice(0, 10), '2025-06-27');
  assert.equal(article.dates?.find((d) => d.text === 'yesterday')?.value, '2025-06-26');
});

test('displayTitle: a title is shown as it is; without one, the start of the first sentence, marked', () => {
  assert.equal(displayTitle('Ferry strike ends', 'The ferry crews went back to work.'), 'Ferry strike ends');
  // The wire dateline goes, only the first sentence is shown.
  assert.equal(displayTitle(null, 'PORT ELLIS, May 3 (Lakewire) - The ferry crews went back to work. Talks resume next week.'), '[no title] The ferry crews went back to work.');
  // A long sentence is cut at a word, with an ellipsis.
  const long = 'The harbour board of the island of Westmere voted late on Thursday night to sell its two oldest ferries to a shipyard abroad.';
  const shown = displayTitle('', long, 40);
  assert.ok(shown.startsWith('[no title] The harbour board of the island') && shown.endsWith('…'), shown);
  assert.ok(shown.length <= '[no title] '.length + 41, shown);
  assert.equal(displayTitle(null, ''), '[no title]');
  assert.equal(displayTitle(null, null), '[no title]');
});

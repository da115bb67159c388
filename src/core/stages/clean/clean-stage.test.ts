import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Article, CleanText, SourceFormat } from '../../article.js';
import { toInputOffset } from '../../text/offset-map.js';
import { cleanDocument } from './clean-document.js';
import { cleanStage } from './clean-stage.js';
import { classifyLine } from './classify-furniture.js';
import { findTemplateLines } from './template-lines.js';
import { dateFromUrl, isoDate, stripSiteSuffix } from './extract-metadata.js';
import { datelineDate, withoutDateline } from './dateline-date.js';

// Fixtures live beside the source; the compiled test runs from dist/.
const here = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = [join(here, 'fixtures'), join(here, '../../../../../src/core/stages/clean/fixtures')].find((p) => existsSync(p))!;

interface Expected {
  format: SourceFormat;
  url?: string;
  textIncludes: string[];
  textExcludes: string[];
  removedReasons: string[];
  paragraphs: number;
  [field: string]: unknown;
}

const METADATA_FIELDS = ['title', 'byline', 'bylineIsPerson', 'published', 'modified', 'outlet', 'canonicalUrl', 'languageHint', 'section', 'tags', 'keywords'] as const;

describe('clean: golden fixtures', () => {
  for (const slug of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, slug);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const input = readFileSync(join(dir, expected.format === 'html' ? 'input.html' : 'input.txt'), 'utf8');
    const result = cleanDocument(input, expected.format, { url: expected.url ?? null });
    describe(slug, () => {
      for (const field of METADATA_FIELDS) {
        if (!(field in expected)) continue;
        it(`${field}`, () => assert.deepEqual((result as unknown as Record<string, unknown>)[field] ?? null, expected[field]));
      }
      for (const s of expected.textIncludes) it(`keeps "${s.slice(0, 40)}"`, () => assert.ok(result.text.includes(s), result.text));
      for (const s of expected.textExcludes) it(`removes "${s.slice(0, 40)}"`, () => assert.ok(!result.text.includes(s), result.text));
      for (const reason of expected.removedReasons) it(`records a ${reason} removal`, () => assert.ok(result.removed.some((r) => r.reason === reason), JSON.stringify(result.removed.map((r) => r.reason))));
      it('paragraph count', () => assert.equal(result.paragraphs.length, expected.paragraphs));
      it('paragraphs are separated by a blank line', () => {
        for (let k = 1; k < result.paragraphs.length; k++) assert.equal(result.text.slice(result.paragraphs[k - 1].end, result.paragraphs[k].start), '\n\n');
      });
      it('maps every paragraph start back to the same text in the input', () => {
        for (const p of result.paragraphs) {
          const head = result.text.slice(p.start, p.start + 12);
          const at = toInputOffset(result.map, p.start);
          assert.equal(input.slice(at, at + head.length), head);
        }
      });
      it('maps every character of the clean text to the same character in the input', () => {
        for (let i = 0; i < result.text.length; i++) {
          if (result.text[i] === '\n') continue;
          const at = toInputOffset(result.map, i);
          assert.equal(input[at], result.text[i], `clean offset ${i}`);
        }
      });
      if (expected.format === 'text') {
        it('records removals with input offsets that hold the removed text', () => {
          for (const r of result.removed) assert.equal(input.slice(r.start, r.end), r.text);
        });
      }
    });
  }
});

describe('clean: classifyLine', () => {
  const cases: Array<[string, string | null]> = [
    ['EN | FR | DE', 'language-switcher'],
    ['ua en ru', 'language-switcher'],
    ['Photo: A crowd outside the court (AFP)', 'caption'],
    ['Fire at the depot Photo: smoke over the roofs (Getty Images)', 'caption'],
    ['Foto: dpa', 'caption'],
    ['Image from Reuters', 'credit'],
    ['Jane Doe/Shutterstock.com', 'credit'],
    ['阅读英文版 (Read English Version)', 'read-version'],
    ['Read the German version', 'read-version'],
    ['Share this article', 'share'],
    ['Lesen Sie auch: Neue Brücke für die Altstadt', 'related'],
    ['Sign up for our morning newsletter', 'subscribe'],
    ['Disclaimer: The views expressed are the author\'s own.', 'disclaimer'],
    ['Author: Tomas Reyes', 'byline'],
    ['By Elena Marsh and Karl Brandt', 'byline'],
    ['Veröffentlicht am 6. Mai 2014', 'dateline'],
    ['23.10.2018', 'dateline'],
    ['economy-and-finance, health-and-science', 'tags'],
    ['Advertisement', 'advert'],
  ];
  for (const [line, reason] of cases) {
    it(`${JSON.stringify(line)} → ${reason}`, () => assert.equal(classifyLine(line, { title: null })?.reason ?? null, reason));
  }
  it('a repeated headline', () => assert.equal(classifyLine('Storm Closes The Harbour', { title: 'Storm closes the harbour' })?.reason, 'headline'));
});

describe('clean: negative cases (body text that must stay)', () => {
  const body = [
    'The photo, taken on Monday, shows the bridge before it collapsed.',
    'Share prices rose three percent on Friday.',
    'Photographers gathered outside the court as the verdict was read.',
    'By the end of the week, the council had approved the plan.',
    'Related companies were also fined by the regulator.',
    'He said the agency would read the final version of the report next week before deciding.',
    'The long-standing, well-known cat-and-mouse game continued.',
    'It is not over.',
    'In 2014 the city had 20,000 residents.',
    'Subscribers to the service will pay more from March.',
  ];
  for (const line of body) it(JSON.stringify(line), () => assert.equal(classifyLine(line, { title: null }), null));
  it('a body paragraph that mentions a photo stays in a cleaned text', () => {
    const r = cleanDocument('Headline of the day\n\nThe photo was published by the ministry on Monday and shows the new station building from the air.\n\nNothing else happened.', 'text');
    assert.ok(r.text.includes('The photo was published by the ministry'));
  });
  it('a lede sentence is not taken for a headline', () => {
    const r = cleanDocument('The council voted on Tuesday to close the old harbour bridge to cars from June, citing the cost of repairs.\nThe decision follows a report by engineers that found cracks in two of its supports.', 'text');
    assert.equal(r.title, null);
    assert.ok(r.text.startsWith('The council voted'));
  });
  it('a long first sentence stays a lede even before a much longer paragraph', () => {
    const lede = 'The island council voted late on Tuesday to build a new ferry terminal for the crossing by next spring.';
    const body = 'The council backed the plan by nine votes to two after a debate that ran past midnight. Work on the terminal is due to start in the autumn, and the first ferries would call there the following year.';
    const r = cleanDocument(`${lede}\n${body}`, 'text');
    assert.equal(r.title, null);
    assert.ok(r.text.startsWith('The island council voted'));
  });
  it('empty input gives empty text', () => {
    const r = cleanDocument('', 'text');
    assert.equal(r.text, '');
    assert.deepEqual(r.removed, []);
  });
});

describe('clean: metadata helpers', () => {
  it('date from URL', () => assert.equal(dateFromUrl('https://x.example/2024/02/29/story'), '2024-02-29'));
  it('no date from an invalid URL date', () => assert.equal(dateFromUrl('https://x.example/2023/02/30/story'), null));
  it('ISO date-time kept', () => assert.equal(isoDate('2024-05-01T10:00:00+02:00'), '2024-05-01T10:00:00+02:00'));
  it('dateline, day first with a month name', () => assert.equal(datelineDate('Veröffentlicht am 6. Mai 2014'), '2014-05-06'));
  it('dateline, month first', () => assert.equal(datelineDate('Published March 3, 2021'), '2021-03-03'));
  it('a wire dateline opening a sentence is taken off; capitals, acronyms and dashes elsewhere stay', () => {
    assert.equal(withoutDateline('HARWICK, Freedonia, May 6 (Lakewire) - A bridge on the Ost river gave way.'), 'A bridge on the Ost river gave way.');
    assert.equal(withoutDateline('PORT ELLIS (AP) — Two ferries collided on Sunday.'), 'Two ferries collided on Sunday.');
    assert.equal(withoutDateline('OSTRAVA -- "We are ready," the mayor said.'), '"We are ready," the mayor said.');
    for (const kept of ['NATO leaders met on Sunday - and agreed on little.', 'The mayor - a former judge - resigned.', 'UN - a body of 193 states - met.']) assert.equal(withoutDateline(kept), kept);
  });
  it('dateline, dotted', () => assert.equal(datelineDate('23.10.2018'), '2018-10-23'));
  it('no dateline date in a sentence without one', () => assert.equal(datelineDate('Mayors met in 2014 to talk.'), null));
  it('invalid date rejected', () => assert.equal(isoDate('2024-13-45'), null));
  it('site suffix stripped', () => assert.equal(stripSiteSuffix('Big news today | Example Times', 'Example Times', null), 'Big news today'));
  it('a dash inside a headline kept', () => assert.equal(stripSiteSuffix('Left - right split deepens', 'Example Times', null), 'Left - right split deepens'));
});

describe('clean: bad input', () => {
  it('malformed HTML is cleaned by best effort', () => {
    const r = cleanDocument('<html><body><div><p>Unclosed paragraph with enough words to count as text in this malformed page<div><b><i>overlapping</b></i> tags <p>and more text here', 'html');
    assert.ok(r.text.includes('Unclosed paragraph'));
  });
  it('a DOM nested 100,000 deep falls back to the linear scan', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>Deep text at the bottom of the page.</p>${'</div>'.repeat(100_000)}</body></html>`;
    const t0 = Date.now();
    const r = cleanDocument(html, 'html');
    assert.equal(r.extraction?.method, 'linear');
    assert.ok(r.text.includes('Deep text'));
    assert.ok(Date.now() - t0 < 10_000);
  });
  it('a 20 MB page completes within limits', () => {
    const para = '<p>Paragraph of a very long page with some words in it to make it heavy enough.</p>\n';
    const html = `<html><body>${para.repeat(Math.ceil(20_000_000 / para.length))}</body></html>`;
    const t0 = Date.now();
    const r = cleanDocument(html, 'html');
    assert.equal(r.extraction?.method, 'linear');
    assert.ok(r.text.length > 100_000);
    assert.ok(r.removed.some((x) => x.reason === 'over-size-limit'));
    assert.ok(Date.now() - t0 < 30_000);
  });
  it('binary served as HTML is rejected with a code', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 37) % 256)).toString('latin1');
    assert.throws(() => cleanDocument(bytes, 'html'), (e: Error & { code?: string }) => e.code === 'DOCUMENT_REJECTED');
  });
  it('unclosed script and comment do not hang', () => {
    const r = cleanDocument('<html><body><p>Visible text before the broken script element in this page.</p><script>var a = 1; <!-- never closed', 'html');
    assert.ok(r.text.includes('Visible text'));
  });
});

describe('clean: stage', () => {
  const article = (raw: string, format: SourceFormat): Article => ({
    id: 'x', source: { format, raw, metadata: {}, origin: {} }, trace: [], versions: {},
  });
  const ctx = (options: Record<string, unknown> = {}) => ({ referenceDate: null, warn: () => undefined, options });
  it('version 2', () => assert.equal(cleanStage.version, 2));
  it('verbatim keeps the input', () => {
    const r = cleanStage.run(article('ua en ru\nText.', 'text'), ctx({ verbatim: true })) as CleanText;
    assert.equal(r.text, 'ua en ru\nText.');
  });
  it('cleans scraped text', () => {
    const r = cleanStage.run(article('ua en ru\n\nBody sentence one is here and is long enough.', 'text'), ctx()) as CleanText;
    assert.equal(r.text, 'Body sentence one is here and is long enough.');
  });
});

describe('clean: template lines across articles', () => {
  const docs = [1, 2, 3, 4].map((n) => ({ articleId: `a${n}`, outlet: 'courier', lines: [`Body of article ${n}.`, 'Sign up for the Courier morning briefing', `Another line ${n}`] }));
  it('finds the recurring line with its evidence', () => {
    const t = findTemplateLines(docs);
    assert.equal(t.length, 1);
    assert.equal(t[0].text, 'Sign up for the Courier morning briefing');
    assert.equal(t[0].articles, 4);
    assert.equal(t[0].outlet, 'courier');
  });
  it('the same article stored twice does not make its body template', () => {
    const dup = [1, 2, 3].map((n) => ({ articleId: `d${n}`, outlet: 'wire', lines: ['Identical body line one.', 'Identical body line two.'] }));
    assert.deepEqual(findTemplateLines(dup), []);
  });
  it('lines of different outlets do not add up', () => {
    const mixed = [1, 2, 3].map((n) => ({ articleId: `m${n}`, outlet: `outlet${n}`, lines: ['Shared line across outlets', `Own ${n}`] }));
    assert.deepEqual(findTemplateLines(mixed), []);
  });
});

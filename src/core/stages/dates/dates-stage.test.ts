import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, CleanText } from '../../article.js';
import type { StageContext } from '../../pipeline/stage.js';
import { datesStage } from './dates-stage.js';

function article(text: string, language?: string): Article {
  const clean: CleanText = { text, title: null, byline: null, published: null, outlet: null, tags: [], removed: [], map: { clean: [0], input: [0] }, paragraphs: [{ start: 0, end: text.length }] };
  return {
    id: 'a1',
    source: { format: 'text', raw: text, metadata: {}, origin: {} },
    trace: [],
    versions: {},
    clean,
    ...(language ? { language: { code: language, confidence: 1, source: 'metadata' as const, scripts: {} } } : {}),
  };
}

function context(referenceDate: Date | null): StageContext & { warnings: string[] } {
  const warnings: string[] = [];
  return { referenceDate, warn: (m: string) => warnings.push(m), options: {}, warnings };
}

test('datesStage: declares its name, version and requirement', () => {
  assert.equal(datesStage.name, 'dates');
  assert.equal(datesStage.version, 2);
  assert.deepEqual(datesStage.requires, ['clean']);
});

test('datesStage: resolves against the reference date from the context', () => {
  const ctx = context(new Date('2025-08-20T09:30:00Z'));
  const dates = datesStage.run(article('The envoy arrived on Tuesday and leaves next week.', 'en'), ctx);
  assert.deepEqual(dates?.map((d) => [d.text, d.value, d.inferred]), [['Tuesday', '2025-08-19', true], ['next week', '2025-W35', true]]);
  assert.deepEqual(ctx.warnings, []);
});

test('datesStage: without a reference it warns and leaves relative values open', () => {
  const ctx = context(null);
  const dates = datesStage.run(article('The envoy arrived yesterday.'), ctx);
  assert.deepEqual(dates?.map((d) => d.value), ['XXXX-XX-XX']);
  assert.equal(ctx.warnings.length, 1);
});

test('datesStage: a language without tables falls back to English with a warning', () => {
  const ctx = context(new Date('2025-08-20T00:00:00Z'));
  const dates = datesStage.run(article('Il est arrivé en 2019.', 'fr'), ctx);
  assert.deepEqual(dates?.map((d) => d.value), ['2019']);
  assert.match(ctx.warnings[0] ?? '', /no word tables/);
});

test('datesStage: an empty text gives no dates', () => {
  assert.deepEqual(datesStage.run(article(''), context(new Date('2025-08-20T00:00:00Z'))), []);
});

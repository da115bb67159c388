/** mergeItemMetadata: the page wins dates and title when it has them; people and tags are unions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeItemMetadata } from './merge-item-metadata.js';
import type { FeedItem } from './parse-feed.js';

const item: FeedItem = {
  id: 'i1',
  url: 'https://example.test/a',
  title: 'Feed title',
  published: '2026-04-01T10:00:00.000Z',
  updated: '2026-04-01T12:00:00.000Z',
  authors: ['Mara Lindqvist', 'Desk'],
  categories: ['Transport'],
  summary: 'Summary',
  contentHtml: '<p>x</p>',
};

test('page dates and title win when present', () => {
  const merged = mergeItemMetadata(item, { title: 'Page title', published: '2026-04-01T09:45:00Z', modified: null });
  assert.equal(merged.title, 'Page title');
  assert.equal(merged.published, '2026-04-01T09:45:00Z');
  assert.equal(merged.updated, item.updated);
  assert.deepEqual(merged.from, { title: 'page', published: 'page', updated: 'feed' });
});

test('the item fills dates the page lacks', () => {
  const merged = mergeItemMetadata(item, { title: null, published: null });
  assert.equal(merged.published, item.published);
  assert.equal(merged.from.published, 'feed');
});

test('authors and categories are unions without case duplicates', () => {
  const merged = mergeItemMetadata(item, { authors: ['mara  lindqvist', 'Jonas Ek'], tags: ['transport', 'Harbour'] });
  assert.deepEqual(merged.authors, ['mara  lindqvist', 'Jonas Ek', 'Desk']);
  assert.deepEqual(merged.categories, ['Transport', 'Harbour']);
  assert.deepEqual(mergeItemMetadata(item, { byline: 'Page Writer' }).authors, ['Page Writer', 'Mara Lindqvist', 'Desk']);
});

test('no page: the item as it is', () => {
  const merged = mergeItemMetadata(item, null);
  assert.equal(merged.title, item.title);
  assert.deepEqual(merged.authors, item.authors);
  assert.equal(merged.canonicalUrl, null);
});

test('negative case: nothing on either side gives nulls and empty lists', () => {
  const bare: FeedItem = { id: 'x', url: null, title: null, published: null, updated: null, authors: [], categories: [], summary: null, contentHtml: null };
  const merged = mergeItemMetadata(bare, { authors: ['  '], tags: [''] });
  assert.deepEqual([merged.title, merged.published, merged.updated, merged.authors, merged.categories], [null, null, null, [], []]);
  assert.deepEqual(merged.from, { title: null, published: null, updated: null });
});

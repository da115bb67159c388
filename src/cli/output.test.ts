import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressBar, count, formatSeconds, table } from './output.js';

test('table: aligned columns, cut long cells, empty for null', () => {
  const t = table(['a', 'bb'], [['x', null], ['long value here', 3]], 8);
  assert.equal(t, 'a         bb\n--------  --\nx\nlong va…  3\n');
});

test('formatSeconds', () => {
  assert.equal(formatSeconds(5.4), '5s');
  assert.equal(formatSeconds(75), '1m15s');
  assert.equal(formatSeconds(3 * 3600 + 120), '3h02m');
  assert.equal(formatSeconds(Infinity), '?');
});

test('ProgressBar: draws the share done, the counts and the rate, and clears the line', () => {
  const writes: string[] = [];
  const bar = new ProgressBar((s) => writes.push(s), 'ingest');
  bar.update(50, 200, '10 added', 42, true);
  assert.match(writes[0], /^\r\x1b\[2Kingest \[######\.{18}\]  25% 10 added 42 articles\/s/);
  bar.update(60, 200, '12 added', 40);
  assert.equal(writes.length, 1, 'redraws are throttled');
  bar.done();
  assert.equal(writes[1], '\r\x1b[2K');
});

test('count: singular for one, plural otherwise', () => {
  assert.equal(count(1, 'event'), '1 event');
  assert.equal(count(0, 'event'), '0 events');
  assert.equal(count(3, 'independent source'), '3 independent sources');
  assert.equal(count(2, 'entry', 'entries'), '2 entries');
});

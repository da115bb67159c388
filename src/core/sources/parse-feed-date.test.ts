/** parseFeedDate: RFC 822 and ISO 8601 forms seen in feeds, and invalid dates that must be null. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFeedDate } from './parse-feed-date.js';

const valid: Array<[string, string]> = [
  ['Tue, 03 Mar 2026 08:15:00 +0200', '2026-03-03T06:15:00.000Z'],
  ['Mon, 2 Mar 2026 19:00:00 GMT', '2026-03-02T19:00:00.000Z'],
  ['02 Mar 2026 19:00 EST', '2026-03-03T00:00:00.000Z'],
  ['Wed, 04 Mar 26 10:00:00 PDT', '2026-03-04T17:00:00.000Z'],
  ['Thu, 05 March 2026 10:00:00 +05:30', '2026-03-05T04:30:00.000Z'],
  ['Sun, 01 Mar 2026 10:00:00 Z', '2026-03-01T10:00:00.000Z'],
  ['Sun, 01 Mar 2026 10:00:00 A', '2026-03-01T10:00:00.000Z'],
  ['Sun, 01 Mar 2026', '2026-03-01T00:00:00.000Z'],
  ['2026-03-04T09:30:00+01:00', '2026-03-04T08:30:00.000Z'],
  ['2026-03-04T11:45:10.250Z', '2026-03-04T11:45:10.250Z'],
  ['2026-03-04T11:45:10.123456789Z', '2026-03-04T11:45:10.123Z'],
  ['2026-03-04 11:45:10', '2026-03-04T11:45:10.000Z'],
  ['2026-03-04T11:45-0300', '2026-03-04T14:45:00.000Z'],
  ['2026-03-04', '2026-03-04T00:00:00.000Z'],
  ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
];
for (const [input, expected] of valid) {
  test(`parses ${input}`, () => assert.equal(parseFeedDate(input), expected));
}

// Negative cases: nothing here is a date.
const invalid: unknown[] = [
  '', '   ', 'yesterday', 'Someday, 45 Foo 2026 99:99:99 XYZ', '2026-02-30T12:00:00Z', '2025-02-29', '2026-13-01',
  '2026-03-04T24:00:00Z', '2026-03-04T10:61:00Z', 'Mon, 32 Jan 2026 10:00:00 GMT', 'Mon, 01 Foo 2026 10:00:00 GMT',
  '2026-03-04T10:00:00+25:00', '12.53%', null, undefined, {}, 'x'.repeat(1000),
];
for (const input of invalid) {
  test(`rejects ${JSON.stringify(input)?.slice(0, 40)}`, () => assert.equal(parseFeedDate(input), null));
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fmtWeek, isoWeek, resolveWeekday, resolveYear, type Day } from './timex.js';
import { formatDuration, parseNumber } from './parse-number.js';
import { compileTenseCues, detectTense } from './detect-tense.js';
import { en } from './lang/en/tables.js';

const d = (y: number, m: number, day: number): Day => ({ y, m, d: day });

test('isoWeek: week-numbering years at the turn of the year', () => {
  const cases: Array<[Day, string]> = [
    [d(2025, 8, 20), '2025-W34'],
    [d(2024, 12, 30), '2025-W01'],
    [d(2021, 1, 3), '2020-W53'],
    [d(2026, 1, 1), '2026-W01'],
  ];
  for (const [day, week] of cases) assert.equal(fmtWeek(day), week, JSON.stringify(day));
  assert.deepEqual(isoWeek(d(2027, 1, 1)), { y: 2026, w: 53 });
});

test('resolveWeekday: on or before, on or after', () => {
  assert.deepEqual(resolveWeekday(d(2025, 8, 20), 2, 'past'), d(2025, 8, 19));
  assert.deepEqual(resolveWeekday(d(2025, 8, 20), 2, 'future'), d(2025, 8, 26));
  assert.deepEqual(resolveWeekday(d(2025, 8, 20), 3, 'past'), d(2025, 8, 20));
});

test('resolveYear: tense with the near-date windows', () => {
  const cases: Array<[Day, number, number | null, 'past' | 'future' | 'nearest', number]> = [
    [d(2025, 8, 20), 1, null, 'past', 2025],
    [d(2025, 8, 20), 1, null, 'future', 2026],
    [d(2025, 8, 20), 11, null, 'past', 2024],
    [d(2024, 7, 26), 5, null, 'past', 2024],
    [d(2025, 10, 30), 12, 7, 'past', 2025],
    [d(2025, 10, 30), 10, 19, 'future', 2025],
    [d(2025, 10, 30), 2, 1, 'nearest', 2026],
    [d(2025, 5, 6), 10, 23, 'nearest', 2024],
  ];
  for (const [ref, m, day, dir, y] of cases) assert.equal(resolveYear(ref, m, day, dir), y, `${JSON.stringify(ref)} ${m}/${day} ${dir}`);
});

test('parseNumber and formatDuration', () => {
  const cases: Array<[string, string, string]> = [
    ['three', 'Y', 'P3Y'],
    ['twenty-four', 'H', 'PT24H'],
    ['2 1/2', 'Y', 'P2Y6M'],
    ['a couple of', 'W', 'P2W'],
    ['1,000', 'D', 'P1000D'],
    ['two', 'DE', 'P20Y'],
    ['several', 'M', 'PXM'],
  ];
  for (const [num, unit, value] of cases) assert.equal(formatDuration(parseNumber(num, en), unit), value, `${num} ${unit}`);
  assert.equal(formatDuration(Number.NaN, 'H'), 'PTXH');
});

test('detectTense: nearest cue, passive participles, deadlines, reporting verbs', () => {
  const cues = compileTenseCues(en);
  const cases: Array<[string, string, 'past' | 'future' | null]> = [
    ['On Tuesday, he conceded.', 'Tuesday', 'past'],
    ['He will concede on Tuesday.', 'Tuesday', 'future'],
    ['The vote will be held on Monday.', 'Monday', 'future'],
    ['He said he would go on Friday.', 'Friday', 'future'],
    ['The dividend is payable Dec. 7.', 'Dec. 7', 'future'],
    ['Police said on Sunday that two men were held.', 'Sunday', 'past'],
    ['Markets on Monday.', 'Monday', null],
  ];
  for (const [text, expr, tense] of cases) {
    const start = text.indexOf(expr);
    assert.equal(detectTense(text, start, start + expr.length, cues), tense, text);
  }
});

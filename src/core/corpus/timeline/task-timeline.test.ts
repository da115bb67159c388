import { test } from 'node:test';
import assert from 'node:assert/strict';
import { awarenessScore, formatTaskTimeline, parseTaskTimeline, taskGraph, taskRows, temporalAwareness } from './task-timeline.js';

// A fictional timeline of a ferry operator across two documents (ids 501, 502).
const GOLD = [
  'Harbour Lines',
  '0\tXXXX-XX-XX\t501-9-hoped',
  '1\t2019-03\t501-2-founded',
  '2\t2021-06-01\t501-4-bought\t502-3-purchase',
  '2\t2021-06-01\t501-4-renamed',
  '3\t2021-06-01\t502-5-sailed',
  '4\tXXXX-XX-XX\t502-7-sank',
].join('\n');

test('parseTaskTimeline reads positions, dates and coreferent mentions, skipping the name line', () => {
  const rows = parseTaskTimeline(GOLD);
  assert.equal(rows.length, 6);
  assert.deepEqual(rows[2], { position: 2, date: '2021-06-01', mentions: ['501-4-bought', '502-3-purchase'] });
  assert.deepEqual(parseTaskTimeline(formatTaskTimeline(rows)), rows);
});

test('taskGraph: position 0 left out, a repeated date stays with its first position, reduced to a chain', () => {
  const g = taskGraph(parseTaskTimeline(GOLD));
  assert.equal(g.rank.has('501-9-hoped'), false);
  assert.equal(g.rank.get('TIMEX:2021-06-01'), g.rank.get('501-4-bought'));
  assert.ok(g.rank.get('502-5-sailed')! > g.rank.get('TIMEX:2021-06-01')!);
  // Positions 1..4: (founded = TIMEX:2019-03), (bought = purchase = renamed = TIMEX:2021-06-01),
  // (sailed), (sank): 1 + 3 SIMULTANEOUS and 3 BEFORE relations.
  assert.equal(g.reduced.filter((r) => r.type === '=').length, 4);
  assert.equal(g.reduced.filter((r) => r.type === '<').length, 3);
});

test('temporalAwareness: a timeline against itself scores 1; order and anchors count', () => {
  const gold = parseTaskTimeline(GOLD);
  assert.deepEqual(awarenessScore([temporalAwareness(gold, gold)]), { precision: 1, recall: 1, f1: 1 });
  // The same events in the reverse order: only the SIMULTANEOUS relations survive.
  const reversed = gold.map((r) => (r.position === 0 ? r : { ...r, position: 10 - r.position }));
  const c = temporalAwareness(reversed, gold);
  assert.equal(c.systemCorrect, 4 - 1); // TIMEX:2021-06-01 now sits with "sailed" (position 7 comes first)
  assert.ok(awarenessScore([c]).f1 < 0.7);
  // A system that finds two events in the right order, one dated wrongly.
  const partial = parseTaskTimeline('1\t2019-03\t501-2-founded\n2\t2022-01\t502-5-sailed\n');
  const p = temporalAwareness(partial, gold);
  // Its reduced graph: founded = TIMEX:2019-03, founded < sailed, sailed = TIMEX:2022-01.
  assert.deepEqual(p, { systemCorrect: 2, system: 3, goldCorrect: 1, gold: 7 });
});

test('awarenessScore sums counts over timelines (micro average)', () => {
  const s = awarenessScore([{ systemCorrect: 1, system: 2, goldCorrect: 1, gold: 4 }, { systemCorrect: 3, system: 3, goldCorrect: 2, gold: 2 }]);
  assert.equal(s.precision, 0.8);
  assert.equal(s.recall, 0.5);
  assert.ok(Math.abs(s.f1 - 8 / 13) < 1e-9);
});

test('taskRows orders dates by their calendar start, a coarser one first, one position per date', () => {
  const rows = taskRows([
    { date: '2021-06-01', mention: '1-2-sailed' }, { date: '2021', mention: '1-3-grew' }, { date: null, mention: '1-4-hoped' },
    { date: '2019-03', mention: '2-1-founded' }, { date: '2021-06-01', mention: '2-2-docked' }, { date: '2021-06-01', mention: '1-2-sailed' },
  ]);
  assert.deepEqual(rows.map((r) => `${r.position} ${r.date} ${r.mentions[0]}`), [
    '0 XXXX-XX-XX 1-4-hoped', '1 2019-03 2-1-founded', '2 2021 1-3-grew', '3 2021-06-01 1-2-sailed', '3 2021-06-01 2-2-docked',
  ]);
});

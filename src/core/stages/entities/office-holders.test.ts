import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMONYMS } from './lang/en/demonyms.js';
import {
  OFFICE_HOLDERS, OFFICE_HOLDERS_CHECKED_THROUGH, OFFICES, SCHEDULED_TERM_ENDS, canonicalOffice, holdersOf, officeHolder,
} from './lang/en/office-holders.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function validIso(text: string): boolean {
  if (!ISO.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The day after an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before an ISO date. */
function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

test('officeHolder: a term covers its first day up to the day before the successor takes over', () => {
  assert.equal(officeHolder('Finland', 'president', '2024-02-29'), 'Sauli Niinistö');
  assert.equal(officeHolder('Finland', 'president', '2024-03-01'), 'Alexander Stubb');
  assert.equal(officeHolder('United Kingdom', 'prime minister', '2022-10-24'), 'Liz Truss');
  assert.equal(officeHolder('United Kingdom', 'prime minister', '2022-10-25'), 'Rishi Sunak');
  assert.equal(officeHolder('Ukraine', 'president', '2019-05-19'), 'Petro Poroshenko');
  assert.equal(officeHolder('Ukraine', 'president', '2019-05-20'), 'Volodymyr Zelensky');
});

test('officeHolder: after the checked-through date only a fixed term runs on, up to its scheduled end', () => {
  assert.equal(officeHolder('France', 'prime minister', OFFICE_HOLDERS_CHECKED_THROUGH), 'François Bayrou');
  assert.equal(officeHolder('France', 'prime minister', nextDay(OFFICE_HOLDERS_CHECKED_THROUGH)), null);
  assert.equal(officeHolder('Russia', 'foreign minister', '2099-01-01'), null);
  assert.equal(officeHolder('France', 'president', nextDay(OFFICE_HOLDERS_CHECKED_THROUGH)), 'Emmanuel Macron');
  assert.equal(officeHolder('France', 'president', '2027-05-13'), 'Emmanuel Macron');
  assert.equal(officeHolder('France', 'president', '2027-05-14'), null);
  assert.equal(officeHolder('Finland', 'president', '2025-08-20'), 'Alexander Stubb');
  // A term that ended after the checked date ends there.
  assert.equal(officeHolder('Poland', 'president', '2025-08-05'), 'Andrzej Duda');
  assert.equal(officeHolder('Poland', 'president', '2025-08-06'), null);
  // Ukraine's president has no scheduled end under martial law: no one after the checked date.
  assert.equal(officeHolder('Ukraine', 'president', nextDay(OFFICE_HOLDERS_CHECKED_THROUGH)), null);
});

test('SCHEDULED_TERM_ENDS: each names an incumbent of the table, ending after the checked date', () => {
  for (const [key, end] of SCHEDULED_TERM_ENDS) {
    const [country, office, name] = key.split('|');
    assert.ok(OFFICE_HOLDERS.some((r) => r[0] === country && r[1] === office && r[2] === name && r[4] === null), key);
    assert.ok(validIso(end) && end > OFFICE_HOLDERS_CHECKED_THROUGH, key);
  }
});

test('officeHolder: the same person in two offices, and a return to an office', () => {
  assert.equal(officeHolder('Turkey', 'prime minister', '2014-01-15'), 'Recep Tayyip Erdogan');
  assert.equal(officeHolder('Turkey', 'president', '2016-01-15'), 'Recep Tayyip Erdogan');
  assert.equal(officeHolder('Poland', 'prime minister', '2012-06-01'), 'Donald Tusk');
  assert.equal(officeHolder('Poland', 'prime minister', '2016-06-01'), 'Beata Szydło');
  assert.equal(officeHolder('Poland', 'prime minister', '2024-06-01'), 'Donald Tusk');
});

test('officeHolder: before the first row, in a gap, and for an unknown date → null', () => {
  assert.equal(officeHolder('Switzerland', 'president', '2013-06-01'), null);
  // Lebanon's presidency was vacant between two presidents.
  assert.equal(officeHolder('Lebanon', 'president', '2015-06-01'), null);
  assert.equal(officeHolder('Lebanon', 'president', '2017-06-01'), 'Michel Aoun');
  // Turkey has had no prime minister since 2018.
  assert.equal(officeHolder('Turkey', 'prime minister', '2020-01-01'), null);
  assert.equal(officeHolder('France', 'president', 'yesterday'), null);
  assert.equal(officeHolder('France', 'president', '2020-02-30'), null);
});

test('officeHolder: an ISO timestamp is read by its day', () => {
  assert.equal(officeHolder('Germany', 'chancellor', '2019-04-02T08:30:00Z'), 'Angela Merkel');
});

test('officeHolder: synonyms and case', () => {
  assert.equal(officeHolder('china', 'Premier', '2020-05-01'), 'Li Keqiang');
  assert.equal(officeHolder('UNITED KINGDOM', 'Foreign Secretary', '2020-05-01'), 'Dominic Raab');
  assert.equal(officeHolder('Ukraine', 'minister of foreign affairs', '2021-05-01'), 'Dmytro Kuleba');
  assert.equal(officeHolder('Israel', 'defense minister', '2021-05-01'), 'Benny Gantz');
  assert.equal(officeHolder('United States', 'secretary of defense', '2022-05-01'), 'Lloyd Austin');
  assert.equal(officeHolder('United States', 'Defense Secretary', '2022-05-01'), 'Lloyd Austin');
  assert.equal(officeHolder('United Kingdom', 'defence secretary', '2022-05-01'), 'Ben Wallace');
  assert.equal(officeHolder('United States', 'vice-president', '2018-05-01'), 'Mike Pence');
  assert.equal(officeHolder('Ireland', 'Taoiseach', '2018-05-01'), 'Leo Varadkar');
  assert.equal(canonicalOffice('the Prime  Minister'), 'prime minister');
  assert.equal(canonicalOffice('head of state'), null);
});

test('officeHolder: the office that does the job where the asked one has no rows', () => {
  // The US foreign minister is the secretary of state; Germany's head of government the chancellor.
  assert.equal(officeHolder('United States', 'foreign minister', '2019-05-01'), 'Mike Pompeo');
  assert.equal(officeHolder('Germany', 'prime minister', '2019-05-01'), 'Angela Merkel');
  // The UK has prime ministers: its chancellor is another office, not in the table.
  assert.equal(officeHolder('United Kingdom', 'chancellor', '2019-05-01'), null);
  assert.equal(officeHolder('United Kingdom', 'secretary of state', '2019-05-01'), null);
});

test('officeHolder: other names of a country', () => {
  assert.equal(officeHolder('Korea', 'president', '2019-05-01'), 'Moon Jae-in');
  assert.equal(officeHolder('Britain', 'prime minister', '2019-05-01'), 'Theresa May');
  assert.equal(officeHolder('U.S.', 'president', '2019-05-01'), 'Donald Trump');
  assert.equal(officeHolder('UAE', 'president', '2023-05-01'), 'Mohamed bin Zayed Al Nahyan');
});

test('officeHolder: unknown country or office → null', () => {
  assert.equal(officeHolder('Veronia', 'president', '2020-01-01'), null);
  assert.equal(officeHolder('France', 'finance minister', '2020-01-01'), null);
  assert.equal(officeHolder('France', 'head of state', '2020-01-01'), null);
  assert.equal(officeHolder('France', 'king', '2020-01-01'), null);
});

test('holdersOf: every office a person held, in order, accents and case ignored', () => {
  assert.deepEqual(holdersOf('alexander stubb'), [
    ['Finland', 'prime minister', '2014-06-24', '2015-05-29'],
    ['Finland', 'president', '2024-03-01', null],
  ]);
  assert.deepEqual(holdersOf('Sauli Niinisto'), [['Finland', 'president', '2012-03-01', '2024-03-01']]);
  assert.equal(holdersOf('Boris Johnson').length, 2);
  assert.deepEqual(holdersOf('Nobody Atall'), []);
});

test('data: valid rows, countries of DEMONYMS, no overlapping terms', () => {
  const countries = new Set(DEMONYMS.values());
  const offices = new Set<string>(OFFICES);
  const byKey = new Map<string, (typeof OFFICE_HOLDERS)[number][]>();
  for (const row of OFFICE_HOLDERS) {
    const [country, office, name, from, to] = row;
    const label = row.join(' | ');
    assert.ok(countries.has(country), `country not a DEMONYMS value: ${label}`);
    assert.ok(offices.has(office), `unknown office: ${label}`);
    assert.ok(name.trim() === name && name.length > 2, `bad name: ${label}`);
    assert.ok(validIso(from), `bad from: ${label}`);
    assert.ok(to === null || validIso(to), `bad to: ${label}`);
    assert.ok(to === null || from < to, `from not before to: ${label}`);
    assert.ok(from <= OFFICE_HOLDERS_CHECKED_THROUGH, `term starts after the checked date: ${label}`);
    const key = `${country}|${office}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  for (const [key, rows] of byKey) {
    const sorted = [...rows].sort((a, b) => (a[3] < b[3] ? -1 : 1));
    sorted.forEach((row, i) => {
      if (i === sorted.length - 1) return;
      const next = sorted[i + 1];
      assert.ok(row[4] !== null, `${key}: ${row[2]} is open-ended but ${next[2]} follows`);
      assert.ok(row[4] <= next[3], `${key}: ${row[2]} (to ${row[4]}) overlaps ${next[2]} (from ${next[3]})`);
    });
    // Each row's last day and the next row's first day resolve to the right person.
    for (const row of sorted) {
      assert.equal(officeHolder(row[0], row[1], row[3]), row[2], `${key}: first day of ${row[2]}`);
      if (row[4] !== null) assert.equal(officeHolder(row[0], row[1], previousDay(row[4])), row[2], `${key}: last day of ${row[2]}`);
    }
  }
});

test('data: every office of the coverage list has rows from 2014 on', () => {
  const has = (country: string, office: string): boolean =>
    OFFICE_HOLDERS.some((r) => r[0] === country && r[1] === office && (r[4] === null || r[4] > '2014-01-01'));
  for (const country of ['United States', 'United Kingdom', 'France', 'Germany', 'Russia', 'Ukraine', 'China', 'Turkey', 'Israel', 'Iran', 'Poland', 'Hungary']) {
    assert.ok(has(country, country === 'United States' ? 'secretary of state' : 'foreign minister'), `${country} foreign minister`);
  }
  for (const country of ['United States', 'United Kingdom', 'Russia', 'Ukraine', 'Israel']) {
    assert.ok(has(country, 'defence minister'), `${country} defence minister`);
  }
});

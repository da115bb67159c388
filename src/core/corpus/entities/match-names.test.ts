import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchNames } from './match-names.js';
import { stripTitles } from './strip-titles.js';

// [a, b, type] pairs that must match.
const MERGE: [string, string, string][] = [
  ['Volodymyr Zelenskiy', 'Volodymyr Zelenskyy', 'PERSON'],
  ['Vladimir Zelensky', 'Volodymyr Zelensky', 'PERSON'],
  ['Зеленський', 'Zelenskyi', 'PERSON'],
  ['Зеленский', 'Zelenskiy', 'PERSON'],
  ['Зеленський Володимир Олександрович', 'Volodymyr Zelenskyy', 'PERSON'],
  ['Dmitry Peskov', 'Dmytro Peskov', 'PERSON'],
  ['Dmitry Polyanskiy', 'Dmitry Polyansky', 'PERSON'],
  ['Viktor Orbán', 'Viktor Orban', 'PERSON'],
  ['Peskov', 'Dmitry Peskov', 'PERSON'],
  ['Ukrainian President Volodymyr Zelenskiy', 'Zelensky', 'PERSON'],
  ['V. Zelensky', 'Volodymyr Zelensky', 'PERSON'],
  ['Ihor Honcharenko', 'Igor Goncharenko', 'PERSON'],
  ['Rustem Umerov', 'Rustem Umierov', 'PERSON'],
  ['Bashar al-Assad', 'Assad', 'PERSON'],
  ['President Xi', 'Xi Jinping', 'PERSON'],
  ['Andrej Plenković', 'Andrej Plenkovic', 'PERSON'],
  ['Leonid Kravčuk', 'Leonid Kravchuk', 'PERSON'],
  ['Ratko Mladić', 'Ратко Младић', 'PERSON'],
  ['Yoon Suk-yeol', 'Yoon Suk Yeol', 'PERSON'],
  ['Kyiv', 'Kiev', 'PLACE'],
  ['Київ', 'Kyiv', 'PLACE'],
  ['US', 'United States', 'PLACE'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries', 'ORG'],
  ['the Kremlin', 'Кремль', 'ORG'],
];

// [a, b, typeA, typeB] pairs that must not match.
const NO_MERGE: [string, string, string, string][] = [
  ['Umerov', 'Umarov', 'PERSON', 'PERSON'],
  ['Orban', 'Urban', 'PERSON', 'PERSON'],
  ['Lavrov', 'Lavrova', 'PERSON', 'PERSON'],
  ['Dmitry Peskov', 'Dmytro Kuleba', 'PERSON', 'PERSON'],
  ['Dmitry', 'Dmytro', 'PERSON', 'PERSON'],
  ['Dmitry', 'Dmitry Peskov', 'PERSON', 'PERSON'],
  ['Donald Trump', 'Donald Trump Jr.', 'PERSON', 'PERSON'],
  ['George W. Bush', 'George H. W. Bush', 'PERSON', 'PERSON'],
  ['Vitali Klitschko', 'Wladimir Klitschko', 'PERSON', 'PERSON'],
  ['Kim Jong Un', 'Kim Yo Jong', 'PERSON', 'PERSON'],
  ['Wang Yi', 'Wang Huning', 'PERSON', 'PERSON'],
  ['Jinping', 'Xi Jinping', 'PERSON', 'PERSON'],
  ['Georgia', 'Georgia', 'PLACE', 'PERSON'],
  ['Kremlin', 'Vladimir Putin', 'ORG', 'PERSON'],
  ['UN', 'Ukrainian Navy', 'ORG', 'ORG'],
  ['Sudan', 'South Sudan', 'PLACE', 'PLACE'],
  ['Ukraine', 'Ukrainian', 'PLACE', 'PLACE'],
];

test('matchNames: pairs that must merge, each with evidence', () => {
  for (const [a, b, type] of MERGE) {
    const m = matchNames(a, b, { type });
    assert.equal(m.match, true, `${a} / ${b}: ${m.evidence.join('; ')}`);
    assert.ok(m.score > 0 && m.score <= 1, `${a} / ${b} score ${m.score}`);
    assert.ok(m.evidence.length > 0, `${a} / ${b} has evidence`);
  }
});

test('matchNames: pairs that must not merge, with the reason', () => {
  for (const [a, b, typeA, typeB] of NO_MERGE) {
    const m = matchNames(a, b, { typeA, typeB });
    assert.equal(m.match, false, `${a} / ${b}: ${m.evidence.join('; ')}`);
    assert.equal(m.score, 0);
    assert.ok(m.evidence.length > 0, `${a} / ${b} says why`);
  }
});

test('matchNames: symmetric on the cases above', () => {
  for (const [a, b, type] of MERGE) assert.equal(matchNames(b, a, { type }).match, true, `${b} / ${a}`);
  for (const [a, b, typeA, typeB] of NO_MERGE) assert.equal(matchNames(b, a, { typeA: typeB, typeB: typeA }).match, false, `${b} / ${a}`);
});

test('matchNames: a given name alone is said to be the reason', () => {
  const m = matchNames('Dmitry', 'Dmitry Peskov', { type: 'PERSON' });
  assert.match(m.evidence.join(' '), /given name alone/);
});

test('matchNames: negative cases (bad input) give no match and no throw', () => {
  const bad: unknown[] = ['', '   ', '\u0000\u0001\u0002', '!!!', '12345'];
  for (const x of bad) assert.equal(matchNames(x as string, 'Putin').match, false, JSON.stringify(x));
  assert.equal(matchNames(undefined as unknown as string, 'Putin').match, false);
  assert.equal(matchNames(42 as unknown as string, 'Putin').match, false);
  const huge = 'Zelensky '.repeat(200_000);
  const started = performance.now();
  matchNames(huge, huge, { type: 'PERSON' });
  assert.ok(performance.now() - started < 1000, 'a huge input is cut, not crawled through');
});

// [mention, expected name or null]
const STRIP: [string, string | null][] = [
  ['Ukrainian President Volodymyr Zelenskiy', 'Volodymyr Zelenskiy'],
  ['Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov'],
  ['security council chief Rustem Umerov', 'Rustem Umerov'],
  ['former President Donald Trump', 'Donald Trump'],
  ['Hungarian Prime Minister Viktor Orban', 'Viktor Orban'],
  ['Admiral Tony Radakin', 'Tony Radakin'],
  ['Mr Putin', 'Putin'],
  ['President Zelensky', 'Zelensky'],
  ['Prince Harry', 'Prince Harry'],
  ['John Major', 'John Major'],
  ['Bashar al-Assad', 'Bashar al-Assad'],
  ["Zelensky's", 'Zelensky'],
  ["Finland's President", null],
  ['the Russian President', null],
  ['the spokesman', null],
  ['', null],
];

test('stripTitles: table of cases', () => {
  for (const [input, expected] of STRIP) assert.equal(stripTitles(input), expected, input);
});

// Fictional names spelled by the German/Polish/French conventions and the Serbian Cyrillic alphabet,
// and fictional Ukrainian/Russian place forms.
test('matchNames: German, Polish and French spellings of Slavic names; Serbian Cyrillic; Ukrainian and Russian place forms', () => {
  const merge: [string, string, string][] = [
    ['Grigori Schelesnjow', 'Grigory Zheleznyov', 'PERSON'], // ж = sch, з = s, ё = jo
    ['Jewgeni Sacharenko', 'Yevgeny Zakharenko', 'PERSON'], // з = s, х = ch
    ['Ramsil Kowaljow', 'Ramzil Kovalyov', 'PERSON'], // given name too: з = s
    ['Boris Jelzow', 'Boris Yeltsov', 'PERSON'], // ц = z
    ['Oleg Dragomirowitsch', 'Oleg Dragomirovich', 'PERSON'],
    ['Oleg Dragomirovitch', 'Oleg Dragomirovich', 'PERSON'], // French tch
    ['Драган Петровић', 'Dragan Petrovic', 'PERSON'],
    ['Драган Петровић', 'Dragan Petrović', 'PERSON'],
    ['Zolotohirsk', 'Zolotogorsk', 'PLACE'], // г = h / g, і for о
    ['Bilohirsk', 'Belogorsk', 'PLACE'], // і for е and о, h for g
    ['Zhovtohorod', 'Zhovtogorod', 'PLACE'],
  ];
  for (const [a, b, type] of merge) {
    const m = matchNames(a, b, { type });
    assert.equal(m.match, true, `${a} / ${b}: ${m.evidence.join('; ')}`);
  }
  const apart: [string, string, string][] = [
    ['Boris Jelzow', 'Boris Yelchov', 'PERSON'], // German z is ц, English ch is ч
    ['Grigori Schelesnjow', 'Grigory Zheleznyova', 'PERSON'],
    ['Jewgeni Sacharenko', 'Yevgeny Sakhnenko', 'PERSON'],
    ['Sacharenko', 'Zakharenko', 'ORG'], // the looser key is for persons only
    ['Драган Петровић', 'Dragan Petrović-Marić', 'PERSON'],
    ['Драган Петровић', 'Dragan Petković', 'PERSON'],
    ['Zolotohirsk', 'Zolotoharsk', 'PLACE'], // a is not a Ukrainian і
    ['Bilopil', 'Belipol', 'PLACE'], // i on both sides: not one spelling's і
    ['Zolotohirsk', 'Zolotogorsk', 'ORG'], // the place rule is for places only
    ['Pune', 'Puno', 'PLACE'],
  ];
  for (const [a, b, type] of apart) {
    const m = matchNames(a, b, { type });
    assert.equal(m.match, false, `${a} / ${b}: ${m.evidence.join('; ')}`);
  }
});

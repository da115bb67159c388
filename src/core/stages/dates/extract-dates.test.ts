import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDates } from './extract-dates.js';

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** [sentence, reference day, expression text, expected value, inferred]. One rule per row. */
const CASES: Array<[string, string, string, string, boolean]> = [
  // Day anchors.
  ['The minister resigned yesterday.', '2025-08-20', 'yesterday', '2025-08-19', true],
  ['The court rules today on the appeal.', '2025-08-20', 'today', '2025-08-20', true],
  ['Voting closes tomorrow at the latest.', '2025-08-20', 'tomorrow', '2025-08-21', true],
  ['Strikes hit the port last night.', '2025-08-20', 'last night', '2025-08-19TNI', true],
  ['Talks resumed this morning in Doha.', '2025-08-20', 'this morning', '2025-08-20TMO', true],
  // Weeks, months, years relative to the reference.
  ['Shares fell sharply last week.', '2025-08-20', 'last week', '2025-W33', true],
  ['The board meets next week.', '2025-08-20', 'next week', '2025-W35', true],
  ['Protests grew this week across the region.', '2025-08-20', 'this week', '2025-W34', true],
  ['Inflation eased last month.', '2025-08-20', 'last month', '2025-07', true],
  ['The plant reopens next month.', '2025-08-20', 'next month', '2025-09', true],
  ['Exports doubled last year.', '2025-08-20', 'last year', '2024', true],
  ['The treaty expires next year.', '2025-08-20', 'next year', '2026', true],
  ['Turnout this year was low.', '2025-08-20', 'this year', '2025', true],
  ['Prices rose earlier this month.', '2025-08-20', 'earlier this month', '2025-08', true],
  ['A ruling is due later this year.', '2025-08-20', 'later this year', '2025', true],
  ['The factory closed late last year.', '2025-08-20', 'late last year', '2024', true],
  ['The rally is planned for this weekend.', '2025-08-20', 'this weekend', '2025-W34-WE', true],
  // Vague references and durations.
  ['Officials will decide in the coming days.', '2025-08-20', 'the coming days', 'FUTURE_REF', false],
  ['The war has gone on for more than three and a half years.', '2025-08-20', 'more than three and a half years', 'P3Y6M', false],
  ['He spent two weeks in hospital.', '2025-08-20', 'two weeks', 'P2W', false],
  ['Rainfall over the past two months was scarce.', '2025-08-20', 'the past two months', 'P2M', false],
  ['She signed a 30-year lease.', '2025-08-20', '30-year', 'P30Y', false],
  ['Crews worked for 5 1/2 hours.', '2025-08-20', '5 1/2 hours', 'PT5H30M', false],
  ['Talks have stalled for several years.', '2025-08-20', 'several years', 'PXY', false],
  ['The club was founded two years ago.', '2025-08-20', 'two years ago', '2023', true],
  ['The vote took place three days ago.', '2025-08-20', 'three days ago', '2025-08-17', true],
  ['Now the opposition wants a recount.', '2025-08-20', 'Now', 'PRESENT_REF', false],
  ['The mayor recently visited the site.', '2025-08-20', 'recently', 'PAST_REF', false],
  ['Rents are currently frozen.', '2025-08-20', 'currently', 'PRESENT_REF', false],
  ['Fares may rise in the future.', '2025-08-20', 'the future', 'FUTURE_REF', false],
  ['A decision is expected soon, the ministry said.', '2025-08-20', 'soon', 'FUTURE_REF', false],
  ['The talks should resume as soon as possible.', '2025-08-20', 'soon', 'FUTURE_REF', false],
  ['The ferry runs daily in summer.', '2025-08-20', 'daily', 'P1D', false],
  ['Buses stop each Sunday.', '2025-08-20', 'each Sunday', 'XXXX-WXX-7', false],
  // Years, decades, quarters, seasons.
  ['The company was listed in 2019.', '2025-08-20', '2019', '2019', false],
  ['Growth slowed in the 1990s.', '2025-08-20', '1990s', '199', false],
  ['Music of the \'80s is back.', '2025-08-20', "the '80s", '198', true],
  ['Output peaked in mid-2010s Europe.', '2025-08-20', 'mid-2010s', '201', false],
  ['Results for fiscal 2024 were weak.', '2025-08-20', 'fiscal 2024', '2024', false],
  ['Profit rose in the third quarter of 2024.', '2025-08-20', 'the third quarter of 2024', '2024-Q3', false],
  ['Sales jumped in Q1 2025.', '2025-08-20', 'Q1 2025', '2025-Q1', false],
  ['Revenue grew in the first half.', '2025-08-20', 'the first half', '2025-H1', true],
  ['Fighting escalated last summer.', '2025-08-20', 'last summer', '2024-SU', true],
  ['The bridge opens in spring 2026.', '2025-08-20', 'spring 2026', '2026-SP', false],
  ['A decision will come this winter.', '2025-08-20', 'this winter', '2025-WI', true],
  // Months: mid-, early-, late-, with a year.
  ['Elections are set for mid-September.', '2025-08-20', 'mid-September', '2025-09', true],
  ['Fires broke out in late July.', '2025-08-20', 'late July', '2025-07', true],
  ['The budget passed in early March 2023.', '2025-08-20', 'early March 2023', '2023-03', false],
  ['He took office in January 2021.', '2025-08-20', 'January 2021', '2021-01', false],
  // Explicit dates, times and ranges (chrono).
  ['The accord was signed on August 5, 2024.', '2025-08-20', 'August 5, 2024', '2024-08-05', false],
  ['The summit opened on 12 March 2025 in Rome.', '2025-08-20', '12 March 2025', '2025-03-12', false],
  ['The filing is dated 2025-06-30.', '2025-08-20', '2025-06-30', '2025-06-30', false],
  ['The minister spoke at 2 p.m. on Tuesday.', '2025-08-20', '2 p.m. on Tuesday', '2025-08-19T14:00', true],
  ['The delegation will stay in Lindrov from August 31 to September 3.', '2025-08-20', 'August 31 to September 3', '2025-08-31/2025-09-03', true],
  ['The fund grew from 2010 to 2015.', '2025-08-20', '2010 to 2015', '2010/2015', false],
  // Holidays.
  ['Markets close on Christmas Day.', '2025-08-20', 'Christmas Day', '2025-12-25', true],
];

test('extractDates: one rule per row', () => {
  for (const [sentence, ref, text, value, inferred] of CASES) {
    const found = extractDates(sentence, day(ref));
    const hit = found.find((d) => d.text === text);
    assert.ok(hit, `${sentence} → no "${text}" in ${JSON.stringify(found.map((d) => d.text))}`);
    assert.equal(hit.value, value, `${sentence} → value`);
    assert.equal(hit.inferred, inferred, `${sentence} → inferred`);
    assert.equal(sentence.slice(hit.start, hit.end), hit.text, `${sentence} → offsets`);
  }
});

/** Tense decides the direction of a weekday or a year-less month (issue 6, measured chrono failures). */
const TENSE_CASES: Array<[string, string, string, string]> = [
  ['On Tuesday, the senator conceded the race.', '2025-08-20', 'Tuesday', '2025-08-19'],
  ['The senator will concede on Tuesday.', '2025-08-20', 'Tuesday', '2025-08-26'],
  ['The envoy is scheduled to arrive on Friday.', '2025-08-20', 'Friday', '2025-08-22'],
  ['The envoy arrived on Friday.', '2025-08-20', 'Friday', '2025-08-15'],
  ['The vote will be held on Monday.', '2025-08-20', 'Monday', '2025-08-25'],
  ['He said he would travel to Kyiv on Thursday.', '2025-08-20', 'Thursday', '2025-08-21'],
  ['The mayor said on Thursday that the bridge was safe.', '2025-08-20', 'Thursday', '2025-08-14'],
  ['His mandate ended in May.', '2024-07-26', 'May', '2024-05'],
  ['The talks ended in January.', '2025-08-20', 'January', '2025-01'],
  ['The talks will resume in January.', '2025-08-20', 'January', '2026-01'],
  ['The strike began in November.', '2025-08-20', 'November', '2024-11'],
  ['The dividend is payable Dec. 7.', '2025-10-30', 'Dec. 7', '2025-12-07'],
  ['The offer was extended to Nov. 16.', '2025-10-30', 'Nov. 16', '2025-11-16'],
  ['The factory burned down on March 3.', '2025-08-20', 'March 3', '2025-03-03'],
  ['The court will rule on March 3.', '2025-08-20', 'March 3', '2026-03-03'],
  ['Refugees crossed the border last Friday.', '2025-08-20', 'last Friday', '2025-08-15'],
  ['The talks restart next Friday.', '2025-08-20', 'next Friday', '2025-08-22'],
];

test('extractDates: tense decides past or future', () => {
  for (const [sentence, ref, text, value] of TENSE_CASES) {
    const hit = extractDates(sentence, day(ref)).find((d) => d.text === text);
    assert.ok(hit, `${sentence} → no "${text}"`);
    assert.equal(hit.value, value, sentence);
  }
});

/** Inputs that hold no temporal expression at all. */
const NEGATIVE: string[] = [
  'The bridge will reopen as soon as the inspectors sign it off.',
  'The fire broke out soon after the market closed.',
  'It is too soon to say who won.',
  'Turnout rose 12.53% in the capital.',
  'Article 5 of the treaty obliges members to respond.',
  'Leaders of the G7 met the G20 delegates.',
  'The airline grounded its Boeing 787 fleet.',
  'The home side won 3-1 and the visitors 21-14.',
  'Call the hotline on 555-1234 or 020 7946 0958.',
  'The app moved to version 2.10.3 after a patch.',
  'He was one of the three candidates.',
  'Police counted 2000 people and 1500 cars.',
  'The fraction 1/2 was written on the board.',
  'Shares traded at $1.20 a share, down 3.5 points.',
  'The bill was passed by 345 votes to 112.',
  'Room 1905 is on the nineteenth floor.',
  'Prices may rise, and people may march.',
  'The spring water was cold; leaves fall from the trees.',
  'A second round of talks and a quarter of the budget.',
  'China Daily and Business Weekly reported the story.',
  'Windows 2000 ran on the old machines.',
  'Officers were called to the 1400 block of Elm Road and to 1550 Weston Ct. NE.',
  '',
  '   \n\n  ',
];

test('extractDates: negative cases produce nothing', () => {
  for (const text of NEGATIVE) {
    const found = extractDates(text, day('2025-08-20'));
    assert.deepEqual(found.map((d) => `${d.text}=${d.value}`), [], JSON.stringify(text));
  }
});

test('extractDates: without a reference, relative values are underspecified, stated ones kept', () => {
  const found = extractDates('The talks collapsed yesterday, a year after the 2019 accord signed on May 5, 2019.', null);
  const byText = new Map(found.map((d) => [d.text, d]));
  assert.equal(byText.get('yesterday')?.value, 'XXXX-XX-XX');
  assert.equal(byText.get('2019')?.value, '2019');
  assert.equal(byText.get('May 5, 2019')?.value, '2019-05-05');
});

test('extractDates: "last week" is a week, not a day, and "now" is not a date', () => {
  const found = extractDates('Last week the price fell; now it is rising.', day('2025-08-20'));
  assert.deepEqual(found.map((d) => d.value), ['2025-W33', 'PRESENT_REF']);
});

test('extractDates: ranges can be kept apart', () => {
  const found = extractDates('The fair runs from August 31 to September 3.', day('2025-08-20'), { ranges: false });
  assert.deepEqual(found.map((d) => [d.text, d.value]), [['August 31', '2025-08-31'], ['September 3', '2025-09-03']]);
});

test('extractDates: bad input ends quickly and without throwing', () => {
  const binaryish = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_000)).join('');
  const repeated = 'in May and June of 2019, last week, '.repeat(20_000);
  const started = performance.now();
  assert.ok(Array.isArray(extractDates(binaryish, day('2025-08-20'))));
  assert.ok(extractDates(repeated, day('2025-08-20')).length > 1000);
  assert.deepEqual(extractDates(undefined as unknown as string, day('2025-08-20')), []);
  assert.deepEqual(extractDates('in 2019', new Date(Number.NaN)).map((d) => d.value), ['2019']);
  assert.ok(performance.now() - started < 20_000);
});

test('extractDates: offsets are UTF-16 offsets into the text', () => {
  const text = 'Сегодня 😀 — talks ended on Tuesday.';
  const [d] = extractDates(text, day('2025-08-20'));
  assert.equal(text.slice(d.start, d.end), 'Tuesday');
});

/** Russian and Ukrainian: fixed phrases, weekdays by tense, years with the word for "year". */
const SLAVIC_CASES: Array<[string, string, string, string, string]> = [
  ['ru', 'Вчера министр подал в отставку.', '2025-08-20', 'Вчера', '2025-08-19'],
  ['ru', 'На прошлой неделе переговоры сорвались.', '2025-08-20', 'На прошлой неделе', '2025-W33'],
  ['ru', 'Выборы пройдут в следующем году.', '2025-08-20', 'в следующем году', '2026'],
  ['ru', 'Посол заявил во вторник, что санкции сохранятся.', '2025-08-20', 'вторник', '2025-08-19'],
  ['ru', 'Саммит будет в пятницу.', '2025-08-20', 'пятницу', '2025-08-22'],
  ['ru', 'Договор подписали в 2019 году.', '2025-08-20', '2019 году', '2019'],
  ['ru', 'Сейчас цены растут.', '2025-08-20', 'Сейчас', 'PRESENT_REF'],
  ['ru', 'Форум пройдёт с 3 по 5 сентября.', '2025-08-20', '3 по 5 сентября', '2025-09-03/2025-09-05'],
  ['uk', 'Учора уряд ухвалив рішення.', '2025-08-20', 'Учора', '2025-08-19'],
  ['uk', 'Зустріч відбудеться наступного тижня.', '2025-08-20', 'наступного тижня', '2025-W35'],
  ['uk', 'Міністр заявив у вівторок про відставку.', '2025-08-20', 'вівторок', '2025-08-19'],
  ['uk', 'Закон ухвалили у 2014 році.', '2025-08-20', '2014 році', '2014'],
];

test('extractDates: Russian and Ukrainian tables', () => {
  for (const [language, sentence, ref, text, value] of SLAVIC_CASES) {
    const found = extractDates(sentence, day(ref), { language });
    const hit = found.find((d) => d.text === text);
    assert.ok(hit, `${sentence} → no "${text}" in ${JSON.stringify(found.map((d) => d.text))}`);
    assert.equal(hit.value, value, sentence);
  }
  assert.deepEqual(extractDates('Цены выросли на 12,53% по статье 5.', day('2025-08-20'), { language: 'ru' }), []);
});

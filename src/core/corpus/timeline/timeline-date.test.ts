import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntity, DateExpression, Sentence, Span } from '../../article.js';
import { calendarValue, dateQuote, publicationDay, sortKey } from './timeline-date.js';
import { eventSentences } from './event-sentences.js';
import { eventWord } from './event-word.js';

/** Sentences split at ". " / ": " ends, paragraphs at blank lines: enough for hand-written fixtures. */
function split(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const re = /([.!?:]["”]?)(\s+)|\n\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m[1] ? m.index + m[1].length : m.index;
    if (end > start) out.push({ start, end, paragraph });
    if (m[0].includes('\n\n')) paragraph++;
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, paragraph });
  return out;
}

/** A date expression on the first occurrence of `phrase`. */
function date(text: string, phrase: string, value: string): DateExpression {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { text: phrase, start, end: start + phrase.length, value, inferred: true };
}

function span(text: string, phrase: string): Span {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, phrase);
  return { start, end: start + phrase.length };
}

const PUB = '2025-04-10T09:00:00Z';

// [name, text, quoted words, dates (phrase, value), expected date, expected source]
const CASES: Array<[string, string, string, Array<[string, string]>, string | null, 'stated' | 'publication']> = [
  ['a date in the cue clause', '"We will reopen the port," Marsh said on Tuesday.', 'We will reopen the port,', [['Tuesday', '2025-04-08']], '2025-04-08', 'stated'],
  ['a date before the quote in the same sentence', 'On Monday, Marsh said the port would reopen.', 'the port would reopen', [['Monday', '2025-04-07']], '2025-04-07', 'stated'],
  ['the introducing sentence ending with a colon', 'Speaking on April 2, Marsh was blunt: "No ship leaves before the inspection."', 'No ship leaves before the inspection.', [['April 2', '2025-04-02']], '2025-04-02', 'stated'],
  ['introduced by the previous sentence', 'Marsh spoke to dockers on April 2:\n"No ship leaves before the inspection."', 'No ship leaves before the inspection.', [['April 2', '2025-04-02']], '2025-04-02', 'stated'],
  ['no date: the publication day', '"We will reopen the port," Marsh said.', 'We will reopen the port,', [], '2025-04-10', 'publication'],
  ['a date inside the quoted words is what is talked about', '"The port reopens on Friday," Marsh said.', 'The port reopens on Friday,', [['Friday', '2025-04-11']], '2025-04-10', 'publication'],
  ['a date after publication cannot date a statement', 'Marsh said next week the port would reopen.', 'the port would reopen', [['next week', '2025-W16']], '2025-04-10', 'publication'],
  ['a date in a relative clause after the cue', '"We stay," Marsh said after the talks, which opened on Monday.', 'We stay,', [['Monday', '2025-04-07']], '2025-04-10', 'publication'],
  ['a date in a relative clause before the cue', 'Issel, who has led the team since the first round in March, said the map was a basis for talks.', 'the map was a basis for talks', [['March', '2025-03']], '2025-04-10', 'publication'],
  ['a date in an appositive without a clause still governs', 'On Monday, Issel, the deputy minister, said the map was a basis for talks.', 'the map was a basis for talks', [['Monday', '2025-04-07']], '2025-04-07', 'stated'],
  ['a duration is not a date', 'Marsh said for three years the port had lost money.', 'the port had lost money', [['three years', 'P3Y']], '2025-04-10', 'publication'],
  ['a week value dates a statement', 'Last week, Marsh said the port would reopen.', 'the port would reopen', [['Last week', '2025-W14']], '2025-W14', 'stated'],
  ['a date in a participial modifier of the speaker', 'The harbour master, appointed in March, said the ferry needs a new engine.', 'the ferry needs a new engine', [['March', '2025-03']], '2025-04-10', 'publication'],
  ['a year in an irregular participial modifier', 'The mayor, chosen in 2021 by the council, said the bridge would stay shut.', 'the bridge would stay shut', [['2021', '2021']], '2025-04-10', 'publication'],
  ['a participle that sets the scene of the saying still dates it', 'Marsh, asked on Tuesday about the ferry, said it needs a new engine.', 'it needs a new engine', [['Tuesday', '2025-04-08']], '2025-04-08', 'stated'],
  ['an inverted cue after a comma is no modifier', '"We stay", added the minister on Tuesday.', 'We stay', [['Tuesday', '2025-04-08']], '2025-04-08', 'stated'],
  ['a verb after a closed modifier is the main verb', 'The union, founded in 1990, warned on Monday that the port would close.', 'the port would close', [['Monday', '2025-04-07']], '2025-04-07', 'stated'],
  ['a verb after an appositive is the main verb', 'Coravel, the largest shipper, moved to the rival port in March and said the port had failed it.', 'the port had failed it', [['March', '2025-03']], '2025-03', 'stated'],
  ['a thousands separator does not end a relative clause', 'Marsh, who paid 150,000 crowns to the union in the 2019 campaign, denies any favours.', 'any favours', [['2019', '2019']], '2025-04-10', 'publication'],
  ['a date in another paragraph does not govern', 'The strike began on March 3.\n\n"We will reopen the port," Marsh said.', 'We will reopen the port,', [['March 3', '2025-03-03']], '2025-04-10', 'publication'],
];

for (const [name, text, quoted, dates, expectedDate, source] of CASES) {
  test(`dateQuote: ${name}`, () => {
    const q = span(text, quoted);
    const got = dateQuote(q, q, split(text), dates.map(([p, v]) => date(text, p, v)), PUB, text);
    assert.equal(got.date, expectedDate);
    assert.equal(got.dateSource, source);
    if (source === 'stated') assert.ok(got.expression && text.slice(got.expression.start, got.expression.end) === got.expression.text);
    else assert.equal(got.expression, null);
  });
}

test('dateQuote: no publication date and no stated date gives a null date marked publication', () => {
  const text = '"We stay," Marsh said.';
  const q = span(text, 'We stay,');
  assert.deepEqual(dateQuote(q, q, split(text), [], null, text), { date: null, dateSource: 'publication', expression: null });
});

test('calendarValue, sortKey and publicationDay', () => {
  assert.equal(calendarValue('2025-03-18/2025-03-20'), '2025-03-18');
  assert.equal(calendarValue('2025-W12'), '2025-W12');
  assert.equal(calendarValue('2025-SU'), '2025-SU');
  assert.equal(sortKey('2025-W12'), '2025-03-17');
  assert.equal(sortKey('2025-06'), '2025-06-01');
  assert.equal(sortKey('2025-SU'), '2025-06-01');
  assert.equal(sortKey('2025'), '2025-01-01');
  assert.equal(publicationDay('2025-03-20T16:45:00.000Z'), '2025-03-20');
  assert.equal(publicationDay('March 2025'), null);
});

const ENTITIES = (text: string): ArticleEntity[] => [
  { id: 'e1', name: 'Harbour Authority', type: 'ORG', mentions: [...text.matchAll(/Harbour Authority/g)].map((m) => ({ start: m.index!, end: m.index! + 17, text: 'Harbour Authority' })) },
];

test('eventSentences: sentences with a date and a named entity, dated by the date', () => {
  const text = 'The Harbour Authority closed the port on March 3. Nobody knows when it reopens. The strike began on March 1.';
  const events = eventSentences(text, split(text), [date(text, 'March 3', '2025-03-03'), date(text, 'March 1', '2025-03-01')], ENTITIES(text));
  assert.equal(events.length, 1);
  assert.equal(events[0]!.text, 'The Harbour Authority closed the port on March 3.');
  assert.equal(events[0]!.date, '2025-03-03');
  assert.equal(events[0]!.dateSource, 'stated');
  assert.deepEqual(events[0]!.entities, ['e1']);
});

test('negative cases: no events without a calendar date or without an entity', () => {
  const noEntity = 'The port closed on March 3.';
  assert.deepEqual(eventSentences(noEntity, split(noEntity), [date(noEntity, 'March 3', '2025-03-03')], []), []);
  const duration = 'The Harbour Authority has lost money for three years.';
  assert.deepEqual(eventSentences(duration, split(duration), [date(duration, 'three years', 'P3Y')], ENTITIES(duration)), []);
  const present = 'The Harbour Authority is now in charge.';
  assert.deepEqual(eventSentences(present, split(present), [date(present, 'now', 'PRESENT_REF')], ENTITIES(present)), []);
  assert.deepEqual(eventSentences('', [], [], []), []);
});

test('eventSentences with undatedAt: undated sentences take the story day stated before them, else publication', () => {
  const text = 'The Harbour Authority hired divers. The Harbour Authority closed the port on March 3. The Harbour Authority thanked them. '
    + 'It plans a vote on April 20. The Harbour Authority expects a long night.';
  const dates = [date(text, 'March 3', '2025-03-03'), date(text, 'April 20', '2025-04-20')];
  const events = eventSentences(text, split(text), dates, ENTITIES(text), { undatedAt: PUB });
  assert.deepEqual(events.map((e) => [e.date, e.dateSource, e.expression?.text ?? null]), [
    ['2025-04-10', 'publication', null],
    ['2025-03-03', 'stated', 'March 3'],
    // The sentence after the dated one goes on with that day.
    ['2025-03-03', 'stated', 'March 3'],
    // A date after publication (April 20) is not the day the story is on.
    ['2025-03-03', 'stated', 'March 3'],
  ]);
  // Without undatedAt only the dated sentence is an event.
  assert.equal(eventSentences(text, split(text), dates, ENTITIES(text)).length, 1);
});

// [sentence, entity mention, expected event word]
const EVENT_WORDS: Array<[string, string, string | null]> = [
  ['The Harbour Authority unveiled a new ferry on Monday.', 'Harbour Authority', 'unveiled'],
  ['Marsh told dockers the port would reopen.', 'Marsh', 'told'],
  ['The ferry sells tickets online.', 'ferry', 'sells'],
  ['The company was founded by Marsh in 1990.', 'Marsh', 'founded'],
  ['Marsh was fired and later returned.', 'Marsh', 'fired'],
  ['A detailed plan for Marsh.', 'Marsh', null],
];

for (const [sentence, mention, expected] of EVENT_WORDS) {
  test(`eventWord: ${sentence}`, () => {
    const w = eventWord(sentence, { start: 0, end: sentence.length }, span(sentence, mention));
    assert.equal(w?.text ?? null, expected);
    if (w) assert.equal(sentence.slice(w.start, w.end), w.text);
  });
}

test('eventSentences: a byline mention is not in the text, so it puts its entity in no sentence', () => {
  const text = 'The port closed on March 3.';
  const reporter: ArticleEntity = { id: 'e1', name: 'Corin Vastel', type: 'PERSON', mentions: [{ start: 0, end: 12, text: 'Corin Vastel', field: 'byline' }] };
  assert.deepEqual(eventSentences(text, split(text), [date(text, 'March 3', '2025-03-03')], [reporter]), []);
});

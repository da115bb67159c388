import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StatementLedger, type LedgerEntry } from './statement-ledger.js';
import { compareReports, reportText, speakersAgree } from './compare-reports.js';
import { reportedContent, quotedFragments } from './statement-text.js';

const harbour = { entity: null, surname: 'marsh' };
const other = { entity: null, surname: 'okafor' };

function entry(key: string, content: string, speaker: LedgerEntry['speaker'], kind: 'direct' | 'indirect' | 'mixed' = 'direct'): LedgerEntry {
  const q = { text: content, kind };
  return { key, content: reportedContent(q), isParaphrase: kind === 'indirect', fragments: quotedFragments(q), speaker };
}

const FULL = 'The port will not reopen until every crane has been inspected, and we will not take shortcuts with the safety of dockers.';

// Each case: a first report, a second one, and how the ledger must relate them (null: two statements).
const CASES: Array<[string, LedgerEntry, LedgerEntry, string | null]> = [
  ['verbatim, other outlet', entry('a:0', FULL, harbour), entry('b:0', FULL, harbour), 'verbatim'],
  ['verbatim with different punctuation and case', entry('a:0', FULL, harbour), entry('b:0', FULL.toUpperCase().replace(/,/g, ''), harbour), 'verbatim'],
  ['trimmed to its first clause', entry('a:0', FULL, harbour), entry('b:0', 'The port will not reopen until every crane has been inspected', harbour), 'trimmed'],
  ['near-verbatim: one word changed', entry('a:0', FULL, harbour), entry('b:0', FULL.replace('shortcuts', 'risks'), harbour), 'near-verbatim'],
  ['paraphrase in reported speech', entry('a:0', FULL, harbour),
    entry('b:0', 'the port would stay closed until each crane had been inspected and there would be no shortcuts on safety', harbour, 'indirect'), 'paraphrase'],
  ['one quoted fragment of the full wording', entry('a:0', FULL, harbour),
    entry('b:0', 'Marsh ruled out "shortcuts with the safety of dockers" for now', harbour, 'mixed'), 'trimmed'],
  ['partial quote: two fragments of the full wording', entry('a:0', FULL, harbour),
    entry('b:0', 'Marsh said the port "will not reopen" and ruled out "shortcuts with the safety of dockers"', harbour, 'mixed'), 'partial'],
  ['partial quote of someone else stays apart', entry('a:0', FULL, harbour),
    entry('b:0', 'Okafor said the port "will not reopen" and ruled out "shortcuts with the safety of dockers"', other, 'mixed'), null],
  ['same surname in another script form (resolved entity agrees)', entry('a:0', FULL, { entity: 'person:marsh', surname: 'marsh' }),
    entry('b:0', FULL, { entity: 'person:marsh', surname: 'marshe' }), 'verbatim'],
  ['two speakers, the same words', entry('a:0', FULL, harbour), entry('b:0', FULL, other), null],
  ['two speakers saying "no comment"', entry('a:0', 'No comment.', harbour), entry('b:0', 'No comment.', other), null],
  ['short verbatim words without a known speaker stay apart', entry('a:0', 'We will see.', null), entry('b:0', 'We will see.', null), null],
  ['long verbatim words with one unknown speaker join', entry('a:0', FULL, harbour), entry('b:0', FULL, null), 'verbatim'],
  ['long verbatim words of an unknown speaker, then a known one', entry('a:0', FULL, null), entry('b:0', FULL, harbour), 'verbatim'],
  ['a known speaker trims words first reported without one', entry('a:0', FULL, null),
    entry('b:0', 'The port will not reopen until every crane has been inspected', harbour), 'trimmed'],
  ['a paraphrase of words reported without a speaker stays apart', entry('a:0', FULL, null),
    entry('b:0', 'the port would stay closed until each crane had been inspected and there would be no shortcuts on safety', harbour, 'indirect'), null],
  ['paraphrase sharing too few words', entry('a:0', FULL, harbour), entry('b:0', 'the port had a good year', harbour, 'indirect'), null],
  ['a different statement of the same speaker', entry('a:0', FULL, harbour),
    entry('b:0', 'Wages are a matter for the union and the employers to settle.', harbour), null],
];

for (const [name, first, second, expected] of CASES) {
  test(`ledger: ${name}`, () => {
    const ledger = new StatementLedger();
    const p1 = ledger.place(first);
    assert.equal(p1.form, null);
    const p2 = ledger.place(second);
    if (expected === null) {
      assert.notEqual(p2.statementId, p1.statementId);
      assert.equal(p2.form, null);
    } else {
      assert.equal(p2.statementId, p1.statementId);
      assert.equal(p2.form, expected);
    }
    assert.equal(ledger.size, expected === null ? 2 : 1);
  });
}

test('ledger: a report joins the statement across runs (loaded from storage)', () => {
  const first = new StatementLedger();
  const id = first.place(entry('a:0', FULL, harbour)).statementId;
  const second = new StatementLedger();
  second.load(id, { content: FULL, isParaphrase: false, speaker: harbour });
  assert.equal(second.place(entry('c:3', FULL, harbour)).statementId, id);
});

test('ledger: a statement reported by a resolved entity and by a surname is found from either', () => {
  const ledger = new StatementLedger();
  const id = ledger.place(entry('a:0', FULL, { entity: 'person:marsh', surname: null })).statementId;
  assert.equal(ledger.place(entry('b:0', FULL, { entity: 'person:marsh', surname: 'marsh' })).statementId, id);
  // Only the surname now: the second report filed the words under it too.
  assert.equal(ledger.place(entry('c:0', FULL.replace('shortcuts', 'risks'), harbour)).statementId, id);
});

test('ledger: statement ids are stable and come from the first report', () => {
  const a = new StatementLedger().place(entry('a:0', FULL, harbour)).statementId;
  const b = new StatementLedger().place(entry('a:0', 'Other words entirely.', other)).statementId;
  assert.equal(a, b);
  assert.match(a, /^stmt-[0-9a-f]{12}$/);
});

test('ledger: many unrelated statements are not all compared (index by content words)', () => {
  const ledger = new StatementLedger();
  for (let i = 0; i < 2000; i++) ledger.place(entry(`x:${i}`, `Number ${i} alpha${i} beta${i} gamma${i} delta${i} epsilon${i}`, harbour));
  const started = performance.now();
  const p = ledger.place(entry('y:0', 'Number 7 alpha7 beta7 gamma7 delta7 epsilon7', harbour));
  assert.equal(p.form, 'verbatim');
  assert.ok(performance.now() - started < 50);
});

test('negative cases: nothing matches empty, blank or symbol-only text', () => {
  for (const text of ['', '   ', '—', '!!!', '\u0000\u0001']) {
    const a = reportText(text, false);
    const b = reportText(text, false);
    assert.equal(compareReports(a, b, true), null, JSON.stringify(text));
  }
  assert.equal(speakersAgree(null, harbour), 'unknown');
  assert.equal(speakersAgree({ entity: null, surname: null }, harbour), 'unknown');
  assert.equal(speakersAgree(harbour, other), false);
});

test('reportedContent: the quoted fragments of a mixed quote, else the text', () => {
  assert.equal(reportedContent({ kind: 'mixed', text: '"We came to bring our people home," the negotiator claimed' }), 'We came to bring our people home,');
  // One quoted word is a term, not the words carried: the whole text is the content.
  assert.equal(reportedContent({ kind: 'mixed', text: 'called the plan "theft"' }), 'called the plan "theft"');
  assert.equal(reportedContent({ kind: 'indirect', text: 'the port would reopen' }), 'the port would reopen');
});

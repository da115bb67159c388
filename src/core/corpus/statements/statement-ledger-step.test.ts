import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../../store/store-contract.js';
import { statementLedgerStep, surnameKey, updateStatementLedger } from './statement-ledger-step.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-ledger-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;

const WORDS = 'The port will not reopen until every crane has been inspected, and we will not take shortcuts with safety';

test('statement ledger step: catches up on stored articles no run has read (a killed ingest), once', async () => {
  const store = SqliteStore.open(join(dir, `step-${n++}.db`));
  try {
    // Stored without any corpus step, as an ingest killed after storing would leave them.
    const a = sampleArticle(`"${WORDS}," harbour master Lena Marsh said on Tuesday.`, { outlet: 'Harbour Daily', published: '2025-04-10T08:00:00Z' });
    const b = sampleArticle(`Lena Marsh was firm. "${WORDS}," Marsh told reporters.`, { outlet: 'Coast Post', published: '2025-04-11T08:00:00Z' });
    await store.putArticle(a);
    await store.putArticle(b);
    assert.ok((a.quotes ?? []).length > 0 && (b.quotes ?? []).length > 0, 'the quotes stage found the fixtures\' quotes');
    const first = await statementLedgerStep.run(store, { addedIds: [] });
    assert.equal(first.articles, 2);
    const list = await store.statements().listStatements();
    const top = list.items[0]!;
    assert.equal(top.outlets, 2);
    assert.equal(top.firstOutlet, 'Harbour Daily');
    const detail = await store.statements().getStatement(top.id);
    assert.deepEqual(detail!.reports.map((r) => r.form), [null, 'verbatim']);
    // The first report is dated by "on Tuesday" (stated); the second by its publication day.
    assert.equal(detail!.reports[0]!.dateSource, 'stated');
    assert.equal(detail!.reports[1]!.dateSource, 'publication');
    assert.equal(detail!.reports[1]!.date, '2025-04-11');
    // Nothing left: a second run reads nothing.
    assert.deepEqual(await updateStatementLedger(store), { articles: 0, reports: 0, statements: 0, matched: 0 });
    // A later article joins the stored statement through the rebuilt index.
    const c = sampleArticle(`"${WORDS}," said Marsh.`, { outlet: 'Bay Times', published: '2025-04-12T08:00:00Z' });
    await store.putArticle(c);
    const third = await updateStatementLedger(store);
    assert.equal(third.articles, 1);
    assert.equal(third.matched, 1);
    assert.equal((await store.statements().getStatement(top.id))!.reports.length, 3);
  } finally {
    await store.close();
  }
});

test('surnameKey: the last name key in any spelling, null for no name', () => {
  assert.equal(surnameKey('Oleksiy Kostyrskiy'), surnameKey('Костирський'));
  assert.equal(surnameKey('Alexei Kostyrsky'), surnameKey('Oleksii Kostyrskyi'));
  assert.equal(surnameKey(null), null);
  assert.equal(surnameKey(''), null);
  assert.equal(surnameKey('—'), null);
});

test('statement ledger step: a mixed quote is one report, its quoted words given on their own are not another', async () => {
  const store = SqliteStore.open(join(dir, `step-${n++}.db`));
  try {
    const a = sampleArticle('Harbour master Lena Marsh said on Tuesday that the port was “not ready to reopen until every crane is inspected.”', { outlet: 'Harbour Daily', published: '2025-04-10T08:00:00Z' });
    await store.putArticle(a);
    const quotes = a.quotes ?? [];
    assert.deepEqual(quotes.map((q) => [q.kind, q.fragment ?? false]), [['mixed', false], ['mixed', true]]);
    const run = await updateStatementLedger(store);
    assert.deepEqual([run.reports, run.statements], [1, 1]);
    const [top] = (await store.statements().listStatements()).items;
    const detail = await store.statements().getStatement(top!.id);
    assert.deepEqual(detail!.reports.map((r) => r.quoteIndex), [0]);
  } finally {
    await store.close();
  }
});

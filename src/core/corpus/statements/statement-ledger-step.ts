import type { CorpusStep } from '../corpus-steps.js';
import type { Store } from '../../store/store.js';
import type { PendingArticle, StatementReport } from '../../store/statement-store.js';
import { nameKeys } from '../entities/name-key.js';
import { dateQuote } from '../timeline/timeline-date.js';
import { DEFAULT_THRESHOLDS, type MatchThresholds, type SpeakerKey } from './compare-reports.js';
import { StatementLedger } from './statement-ledger.js';
import { quotedFragments, reportedContent } from './statement-text.js';

/** Articles placed per transaction: bounds memory on a large catch-up. */
const CHUNK = 500;

/** The surname key of a speaker name (`Oleksiy Kostyrskiy` → `kostirski`), or null. */
export function surnameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const keys = nameKeys(name);
  return keys.length ? keys[keys.length - 1]! : null;
}

/**
 * Reads every article the ledger has not read yet (the batch's and any left by a killed ingest),
 * places each of its quotes in the ledger and stores the reports. The ledger's index is rebuilt
 * from the stored reports first, so new quotes meet statements of earlier batches.
 */
export async function updateStatementLedger(store: Store, thresholds: MatchThresholds = DEFAULT_THRESHOLDS): Promise<Record<string, number>> {
  const statements = store.statements();
  const counts = { articles: 0, reports: 0, statements: 0, matched: 0 };
  let ledger: StatementLedger | null = null;
  let resolved: Map<string, string> | null = null;
  let chunk: PendingArticle[] = [];
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    if (!ledger) {
      ledger = new StatementLedger(thresholds);
      for await (const r of statements.allReports()) {
        ledger.load(r.statementId, { content: reportedContent(r), isParaphrase: r.kind === 'indirect', fragments: quotedFragments(r), speaker: { entity: r.speakerResolved, surname: r.speakerKey } });
      }
      resolved = await resolvedSpeakers(store);
    }
    // First appearance first: the earliest report opens the statement.
    chunk.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));
    const reports: StatementReport[] = [];
    for (const article of chunk) {
      article.quotes.forEach((q, index) => {
        // The quoted words of a mixed quote are read through the report that holds them.
        if (q.fragment) return;
        const content = reportedContent(q);
        if (content.trim() === '') return;
        const speakerName = q.speaker?.name ?? null;
        const speakerEntity = q.speaker?.entity ?? null;
        const speakerResolved = speakerEntity ? resolved!.get(`${article.id}|${speakerEntity}`) ?? null : null;
        const speaker: SpeakerKey = { entity: speakerResolved, surname: surnameKey(speakerName) };
        const placed = ledger!.place({ key: `${article.id}:${index}`, content, isParaphrase: q.kind === 'indirect', fragments: quotedFragments(q), speaker });
        const when = dateQuote(q, q, article.sentences, article.dates, article.published, article.text);
        if (placed.form === null) counts.statements++;
        else counts.matched++;
        reports.push({
          statementId: placed.statementId, article: article.id, quoteIndex: index, outlet: article.outlet, cue: q.cue, kind: q.kind,
          form: placed.form, published: article.published, date: when.date, dateSource: when.dateSource, dateText: when.expression?.text ?? null,
          speakerName, speakerEntity, speakerResolved, speakerKey: speaker.surname, text: q.text, start: q.start, end: q.end,
        });
      });
    }
    await statements.addReports(reports, chunk.map((a) => a.id));
    counts.articles += chunk.length;
    counts.reports += reports.length;
    chunk = [];
  };
  // Collect first, then write: writing while the pending cursor is open would skip or repeat rows.
  const pending: PendingArticle[] = [];
  for await (const a of statements.pendingArticles()) pending.push(a);
  for (const a of pending) {
    chunk.push(a);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  return counts;
}

/** `article|member` → resolved entity id, from the stored entity resolution. */
async function resolvedSpeakers(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [entity, keys] of await store.entities().memberKeys()) for (const k of keys) out.set(k, entity);
  return out;
}

/**
 * The statement ledger corpus step: runs after entity resolution (it reads the resolved speakers)
 * and catches up on every stored article with quotes that it has not read, not only the batch's.
 */
export const statementLedgerStep: CorpusStep = {
  name: 'statements',
  run: (store) => updateStatementLedger(store),
};

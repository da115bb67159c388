/** The statement ledger (issue 5, point 4): one statement, all its reports across outlets. */
export { statementLedgerStep, updateStatementLedger, surnameKey } from './statement-ledger-step.js';
export { StatementLedger, statementId, type LedgerEntry, type Placement } from './statement-ledger.js';
export { compareReports, containment, reportText, speakersAgree, DEFAULT_THRESHOLDS, type MatchThresholds, type ReportForm, type SpeakerKey } from './compare-reports.js';
export { reportedContent, quotedFragments, contentWords, words, foldedText } from './statement-text.js';

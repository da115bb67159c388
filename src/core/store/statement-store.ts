import type { Quote, Sentence, DateExpression, ArticleEntity } from '../article.js';
import type { Page, PageRequest } from './store.js';

/** One report of a statement: an article quoting it, with outlet, cue, date and speaker. */
export interface StatementReport {
  statementId: string;
  article: string;
  /** Index of the quote in the article's `quotes` field. */
  quoteIndex: number;
  outlet: string | null;
  /** Cue verb as written (said, claimed, told reporters…), or null. */
  cue: string | null;
  kind: Quote['kind'];
  /** How it relates to the statement: null for the report that opened it. */
  form: 'verbatim' | 'trimmed' | 'near-verbatim' | 'partial' | 'paraphrase' | null;
  /** The article's publication time (ISO) as stored. */
  published: string | null;
  /** When the words were said: a stated date expression, else the publication day. */
  date: string | null;
  dateSource: 'stated' | 'publication';
  /** The governing date expression as written, when stated. */
  dateText: string | null;
  speakerName: string | null;
  /** The article-level entity id of the speaker (`Quote.speaker.entity`). */
  speakerEntity: string | null;
  /** The resolved corpus entity of the speaker, when resolution placed it. */
  speakerResolved: string | null;
  /** Surname name key (`kostirski`): what `--speaker` matches in any spelling. */
  speakerKey: string | null;
  /** The quote's text and its offsets in the article's clean text. */
  text: string;
  start: number;
  end: number;
}

/** A statement with its reports, first appearance first. */
export interface Statement {
  id: string;
  /** The longest verbatim wording (a direct quote when there is one). */
  text: string;
  speakerName: string | null;
  reports: StatementReport[];
  outlets: string[];
  /** The earliest report by publication time. */
  first: StatementReport;
}

/** A line of `storyline quotes`: a statement with its counts and first appearance. */
export interface StatementSummary {
  id: string;
  text: string;
  speakerName: string | null;
  /** Reports and distinct outlets (among the reports matching the filter). */
  reports: number;
  outlets: number;
  cues: string[];
  outletNames: string[];
  firstPublished: string | null;
  firstOutlet: string | null;
  date: string | null;
  dateSource: 'stated' | 'publication';
}

/** Filters of the statement list; a statement is listed when one of its reports matches. */
export interface StatementFilter {
  /** Surname keys or resolved entity ids the speaker must have (any of them). */
  speakerKeys?: string[];
  speakerEntities?: string[];
  outlet?: string;
  since?: string;
  until?: string;
  /** Only reports from these articles (a story's articles). */
  articles?: string[];
}

/** A stored article the ledger has not read yet, with the fields it needs. */
export interface PendingArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  text: string;
  quotes: Quote[];
  sentences: Sentence[];
  dates: DateExpression[];
  entities: ArticleEntity[];
}

/**
 * Storage of the statement ledger (migration 5): statements, their reports, and which articles the
 * ledger has read, so a killed ingest is caught up on the next run.
 */
export interface StatementStore {
  /** Stored articles with a `quotes` field that the ledger has not read, in ingest order. */
  pendingArticles(): AsyncIterable<PendingArticle>;
  /** Every stored report, for rebuilding the ledger's index. */
  allReports(): AsyncIterable<StatementReport>;
  /** Adds reports (new statements are created from them) and marks the articles as read, in one transaction. */
  addReports(reports: StatementReport[], readArticles: string[]): Promise<void>;
  /** Statements with a report matching the filter, most outlets first, then the newest. */
  listStatements(filter?: StatementFilter, page?: PageRequest): Promise<Page<StatementSummary>>;
  /** One statement with all its reports, or null. */
  getStatement(id: string): Promise<Statement | null>;
  /** Reports matching the filter, in date order (for timelines). */
  listReports(filter?: StatementFilter): Promise<StatementReport[]>;
}

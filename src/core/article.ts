/**
 * The Article: the one object that flows through the pipeline.
 *
 * An article carries its source facts (what the input said) and one field per stage. A stage
 * returns only its own field; the runner writes it in. Every derived fact keeps character offsets
 * (UTF-16 code units, `end` exclusive) into `clean.text`, unless a field says otherwise.
 */

/** A half-open character range `[start, end)` in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** The format the raw input came in. */
export type SourceFormat = 'text' | 'html' | 'markdown';

/** Where a document was read from, for error reports and provenance. */
export interface Origin {
  /** File path, URL, or `-` for stdin. */
  file?: string;
  /** 1-based line number inside a JSONL file. */
  line?: number;
  url?: string;
  /**
   * Where the input's publication date (`ArticleSource.published`) came from: `record` (the JSON or
   * JSONL record), `front-matter`, `file-name`, `option` (`analyze --published`: the date the caller
   * states), `default` (`ingest --published`: a date for documents that carry none), `feed` (the feed item) or
   * `page` (the fetched page's metadata). Absent when the input gave no date.
   */
  publishedFrom?: 'record' | 'front-matter' | 'file-name' | 'option' | 'default' | 'feed' | 'page';
}

/** What the input said about a document before any stage ran. */
export interface ArticleSource {
  /** The input record's own id (JSONL `id`), when it had one. */
  externalId?: string;
  url?: string;
  outlet?: string;
  title?: string;
  author?: string;
  /** Publication time as given (ISO 8601 date or date-time). */
  published?: string;
  language?: string;
  format: SourceFormat;
  /** The raw document text (decoded), exactly as received. */
  raw: string;
  /** Other fields of the input record, kept as they came. */
  metadata: Record<string, unknown>;
  origin: Origin;
}

/** A piece of the input that cleaning removed, with offsets into the INPUT (`source.raw`). */
export interface Removal extends Span {
  reason: string;
  text: string;
  /**
   * Why a `template` removal was made: the line recurs in this many articles of the outlet (out of
   * `outletArticles` considered).
   */
  evidence?: { outlet: string; articles: number; outletArticles: number };
}

/**
 * Maps offsets in the clean text back to the input. Anchors are pairs of positions that are known to
 * correspond; between two anchors the text is copied one to one.
 */
export interface OffsetMap {
  /** Ascending offsets into the clean text. */
  clean: number[];
  /** The matching offsets into the input. */
  input: number[];
}

/** Output of the `clean` stage. */
export interface CleanText {
  /** The clean body text; every offset in later stages indexes into it. */
  text: string;
  title: string | null;
  byline: string | null;
  /** Publication date found in the document itself (ISO), or null. */
  published: string | null;
  outlet: string | null;
  tags: string[];
  removed: Removal[];
  map: OffsetMap;
  /** Paragraph spans in `text`. */
  paragraphs: Span[];
  /** Language the document declares (html lang, og:locale), if any. */
  languageHint?: string | null;
  /** Last modification date found in the document (ISO), kept apart from `published`. */
  modified?: string | null;
  /** The page's canonical URL (link rel=canonical, og:url, JSON-LD). */
  canonicalUrl?: string | null;
  /** The section the outlet filed the article under (metadata, never body text). */
  section?: string | null;
  /** Keywords the page declares (meta keywords, JSON-LD), apart from `tags`. */
  keywords?: string[];
  /** False when the byline names an outlet, an agency or a desk ("Staff Writer"), not a person. */
  bylineIsPerson?: boolean | null;
  /** Where each metadata field came from (`og:title`, `json-ld:author`, `text:author-line`, …). */
  sources?: Record<string, string>;
  /** How the main text was obtained (`readability`, `density`, `linear`, `text`) and why. */
  extraction?: { method: string; note: string | null };
}

/** Output of the `language` stage. */
export interface LanguageGuess {
  /** ISO 639-1 code, or `und` when undetermined. */
  code: string;
  /** Share of the detector's score held by the winner, 0..1. */
  confidence: number;
  /** Where the answer came from. */
  source: 'metadata' | 'detected' | 'none';
  /** Writing systems seen, with their share of letters (`latin`, `cyrillic`, …). */
  scripts: Record<string, number>;
}

/** One sentence of the clean text. */
export interface Sentence extends Span {
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

/** Output of the `sentences` stage. */
export interface Sentences {
  sentences: Sentence[];
  /** Token count of the clean text, as the splitter counted it. */
  tokens: number;
}

/**
 * One mention of a named entity. Its offsets index the clean text, unless `field` names the string
 * they index instead: `author` (`source.author`), `byline` (`clean.byline`, used when the input gave
 * no author), or `removed` (the `text` of `clean.removed[removal]`: a photo credit cleaning removed).
 * `credit` mentions index the clean text too, inside a credit line it kept ("(Reporting by A;
 * Editing by B)"). Such mentions are names outside the body: the byline's and the credit lines'
 * reporters and editors, photographers and credited agencies.
 */
export interface Mention extends Span {
  text: string;
  field?: 'byline' | 'author' | 'removed' | 'credit';
  /** With `field: 'removed'`: the index of the removal in `clean.removed`. */
  removal?: number;
}

/** Entity types; more may be added. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'OTHER' | (string & {});

/** A named entity within one article, with its mentions. */
export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: Mention[];
  roles?: string[];
}

/**
 * The entities the article's body names, with their body mentions only: what the article is about,
 * leaving out the byline's reporters and credited agencies (mentions with a `field`).
 */
export function bodyEntities(entities: readonly ArticleEntity[]): ArticleEntity[] {
  const out: ArticleEntity[] = [];
  for (const e of entities) {
    if (!e.mentions.some((m) => m.field)) out.push(e);
    else if (e.mentions.some((m) => !m.field)) out.push({ ...e, mentions: e.mentions.filter((m) => !m.field) });
  }
  return out;
}

/** A direct, indirect or mixed quote with its speaker. */
export interface Quote extends Span {
  text: string;
  kind: 'direct' | 'indirect' | 'mixed';
  cue: string | null;
  speaker: { name: string; entity: string | null; mention: Mention | null } | null;
  /**
   * Set on the quoted words of a mixed quote given again as a quote of their own (`called the plan
   * "an invoice"` gives the report and then `an invoice`): they come right after the report that
   * holds them, with its cue and speaker. The statement ledger reads them through that report.
   */
  fragment?: true;
  /**
   * Set on an attribution whose speaker and cue lie inside another attribution's content ("Filings
   * show Ada Volk told the board she would resign" gives the filings' attribution and, nested in its
   * content, Ada Volk's). An ordinary quote for the statement ledger and the UI; benchmarks whose
   * annotation gives each word one role leave nested quotes out.
   */
  nested?: true;
}

/** A temporal expression with its normalised TIMEX3-like value. */
export interface DateExpression extends Span {
  text: string;
  value: string;
  inferred: boolean;
  /** TIMEX3 modifier when the text qualifies the value: START, MID, END, BEFORE, AFTER, MORE_THAN … */
  mod?: string;
}

/** A timing/warning record the runner writes for every stage it runs. */
export interface TraceEntry {
  stage: string;
  version: number;
  ms: number;
  warnings: string[];
  /** Set when the stage was skipped (missing requirement) or failed. */
  status: 'ok' | 'skipped' | 'failed';
  error?: string;
}

/** The per-stage fields of an article. Each stage owns exactly one of these keys. */
export interface ArticleFields {
  clean?: CleanText;
  language?: LanguageGuess;
  sentences?: Sentences;
  entities?: ArticleEntity[];
  quotes?: Quote[];
  dates?: DateExpression[];
}

/** The name of a stage-owned field. */
export type StageField = keyof ArticleFields;

/** An article: source facts plus what each stage has derived so far. */
export interface Article extends ArticleFields {
  /** Content hash of the source (stable id; ingest is idempotent on it). */
  id: string;
  source: ArticleSource;
  trace: TraceEntry[];
  /** Stage name → version of the stage that produced the field now stored. */
  versions: Record<string, number>;
}

/**
 * The one catalogue of error codes. Exceptions are for bugs and infrastructure failures; a document
 * that cannot be used is a rejection (see `Rejection` in `ingest/`), which carries one of the
 * rejection reasons below as data.
 */

/** Codes of errors the library may throw. The CLI and API map them to exit codes and HTTP statuses. */
export const ERROR_CODES = {
  USAGE: 'wrong arguments',
  NOT_FOUND: 'the thing asked for does not exist',
  INPUT_NOT_FOUND: 'an input path does not exist',
  INPUT_UNREADABLE: 'an input could not be read',
  DB_OPEN: 'the database could not be opened',
  DB_SCHEMA: 'the database was written by a newer version of Storyline',
  STAGE_REQUIREMENT: 'a stage ran before the fields it requires',
  DOCUMENT_REJECTED: 'a document could not be used',
  FETCH_TIMEOUT: 'a server did not answer in time',
  FETCH_NETWORK: 'a server could not be reached or dropped the connection',
  FETCH_TOO_LARGE: 'a response was larger than the limit',
  FETCH_REDIRECT_LIMIT: 'too many redirects, or a redirect loop',
  FETCH_BLOCKED_ADDRESS: 'a URL resolves to an address that is not allowed',
  FETCH_BAD_STATUS: 'a server answered with an error status',
  FETCH_UNSUPPORTED_TYPE: 'a response had a content type we cannot use',
  FETCH_DECODE: 'a response could not be decoded',
  FETCH_BAD_URL: 'a URL is not a usable http(s) URL',
  FETCH_ROBOTS: 'robots.txt disallows the URL',
  FEED_PARSE: 'a feed could not be parsed',
  AUTH_REQUIRED: 'a write to the HTTP API needs a bearer token',
  AUTH_INVALID: 'the bearer token is wrong',
  TOO_LARGE: 'a request body is larger than the limit',
  UNSUPPORTED_MEDIA_TYPE: 'a request body has a content type the route does not take',
  JOB_INVALID: 'a queued job carries a payload its handler cannot use',
  INTERNAL: 'a bug: something that should not happen happened',
} as const;

/** A known error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error with a stable code, a message saying what was expected and what was found, and detail. */
export class StorylineError extends Error {
  readonly code: ErrorCode | (string & {});
  readonly detail?: unknown;

  constructor(code: ErrorCode | (string & {}), message: string, detail?: unknown) {
    super(message);
    this.name = 'StorylineError';
    this.code = code;
    this.detail = detail;
  }
}

/** True when `error` is a StorylineError (also across module copies). */
export function isStorylineError(error: unknown): error is StorylineError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && error.name === 'StorylineError';
}

/**
 * Why a document was not stored. Rejections are data: stored and reported with file, line and
 * detail, never thrown away.
 */
export const REJECTION_REASONS = {
  empty: 'the document has no text',
  binary: 'the document is binary, not text',
  'invalid-utf8': 'the bytes are not valid UTF-8',
  'too-large': 'the document is larger than the limit',
  'unsupported-type': 'the file type is not one Storyline reads',
  'malformed-json': 'a JSON record could not be parsed',
  'invalid-record': 'a JSON record lacks the fields an article needs',
  'unreadable': 'the input could not be read',
  'fetch-failed': 'the URL could not be fetched',
  'processing-failed': 'the pipeline failed on the document',
} as const;

/** A known rejection reason. */
export type RejectionReason = keyof typeof REJECTION_REASONS;

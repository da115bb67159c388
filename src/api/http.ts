/**
 * HTTP plumbing of the API: coded errors, JSON with ETags, security headers, bearer tokens.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { StorylineError, isStorylineError } from '../core/errors.js';

/** The Content-Security-Policy sent with every response: nothing but the server's own files. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

/** Security headers on every response, including errors and static files. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
  c.res.headers.set('X-Frame-Options', 'DENY');
  c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
};

/** The HTTP status of an error code. */
export function statusOf(code: string): 400 | 401 | 403 | 404 | 413 | 415 | 500 | 502 {
  if (code === 'USAGE') return 400;
  if (code === 'NOT_FOUND') return 404;
  if (code === 'AUTH_REQUIRED') return 401;
  if (code === 'AUTH_INVALID') return 403;
  if (code === 'TOO_LARGE') return 413;
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return 415;
  if (code.startsWith('FETCH_') || code === 'FEED_PARSE') return 502;
  return 500;
}

/** An error as the API answers it: `{ error: { code, message } }` with the code's status. */
export function errorResponse(c: Context, error: unknown): Response {
  if (isStorylineError(error)) {
    return c.json({ error: { code: String(error.code), message: error.message } }, statusOf(String(error.code)));
  }
  // Not a coded error: a bug or an infrastructure failure. The message may carry internals; say less.
  process.stderr.write(`storyline serve: unexpected failure on ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}\n`);
  return c.json({ error: { code: 'INTERNAL', message: 'An unexpected failure; the server log has the detail.' } }, 500);
}

/**
 * The ETag of a body: weak, because the same JSON may be sent gzipped or not (equivalent
 * representations of one answer).
 */
export function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when an If-None-Match header names this ETag (or `*`). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === bare;
  });
}

/** A serialised JSON body with its ETag, and its gzip form once asked for: what the response cache keeps. */
export interface JsonBody {
  body: string;
  etag: string;
  gzipped?: Uint8Array<ArrayBuffer>;
}

export function jsonBody(value: unknown): JsonBody {
  const body = JSON.stringify(value);
  return { body, etag: etagOf(body) };
}

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
const GZIP_FROM_BYTES = 2048;

/** Answers with JSON and its ETag (gzipped when the client takes it), or 304 when the client has it. */
export function sendJson(c: Context, payload: JsonBody, status: 200 | 201 = 200): Response {
  const headers: Record<string, string> = { ETag: payload.etag, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
  if (c.req.method === 'GET' && notModified(c.req.header('If-None-Match'), payload.etag)) {
    return c.body(null, 304, headers);
  }
  if (payload.body.length >= GZIP_FROM_BYTES && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
    payload.gzipped ??= Uint8Array.from(gzipSync(payload.body, { level: 6 }));
    return c.body(payload.gzipped, status, { ...headers, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  }
  return c.body(payload.body, status, { ...headers, 'Content-Type': 'application/json' });
}

/**
 * Checks `Authorization: Bearer TOKEN` on a write when a token is configured. Without a token (the
 * server listens on loopback only) writes are open.
 */
export function requireToken(token: string | undefined, header: string | undefined): void {
  if (!token) return;
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match) throw new StorylineError('AUTH_REQUIRED', 'This server needs Authorization: Bearer TOKEN for writes.');
  const given = createHash('sha256').update(match[1]!.trim()).digest();
  const wanted = createHash('sha256').update(token).digest();
  if (!timingSafeEqual(given, wanted)) throw new StorylineError('AUTH_INVALID', 'The bearer token is wrong.');
}

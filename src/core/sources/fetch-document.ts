/**
 * Fetching one document over HTTP(S) safely: SSRF guard with the resolved address pinned for the
 * connection, connect and total timeouts, a size limit enforced while streaming (after
 * decompression, so a gzip bomb stops at the limit), manual redirects with a limit and loop
 * detection, content-type checks with sniffing, and charset decoding.
 *
 * Built on `node:http(s)` rather than `fetch` because the built-in fetch cannot pin the connection to
 * an address we resolved ourselves without importing undici's Agent, which is not a dependency.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction, Socket } from 'node:net';
import zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import { StorylineError, isStorylineError } from '../errors.js';
import { decodeBody, looksBinary, sniffBom, type CharsetSource } from './decode-body.js';
import { resolveHost, type HostLookup, type ResolvedAddress } from './resolve-host.js';
import { formatOf, isEvidentlyUnusable, mediaTypeOf, type DocumentFormat } from './sniff-format.js';

export type { DocumentFormat } from './sniff-format.js';

/** The User-Agent sent unless the caller gives one; names the product and its robots.txt token. */
export const DEFAULT_USER_AGENT = 'Storyline/0.1 (news story reader; robots.txt token: storyline)';

/** Limits used when the caller gives none. */
export const FETCH_DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
} as const;

/** Something that can say whether robots.txt allows a URL (see `RobotsCache`). */
export interface RobotsChecker {
  check(url: string): Promise<{ allowed: boolean; rule?: string | null }>;
}

/** Options of `fetchDocument`. */
export interface FetchOptions {
  /**
   * Allow loopback, private, link-local and other non-public addresses (tests, intranets): `true` for
   * all, or a list of literal addresses to allow.
   */
  allowPrivateNetwork?: boolean | readonly string[];
  /** Time allowed from the start of a request until its TCP (and TLS) connection is up, per hop. */
  connectTimeoutMs?: number;
  /** Time allowed for the whole fetch: lookups, every redirect hop and the body. */
  totalTimeoutMs?: number;
  /** Largest body accepted, in bytes, counted after decompression (and before it). */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Formats the caller can use; a response of another format is FETCH_UNSUPPORTED_TYPE. */
  accept?: readonly DocumentFormat[];
  /** Host name resolver; the system resolver by default. */
  lookup?: HostLookup;
  /** When given, every hop is checked against robots.txt (FETCH_ROBOTS when disallowed). */
  robots?: RobotsChecker;
  /** Cancels the fetch from outside. */
  signal?: AbortSignal;
}

/** Validators from an earlier response, for a conditional request. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

/** Caching headers of a response. */
export interface ResponseValidators {
  etag: string | null;
  lastModified: string | null;
}

/** A fetched and decoded document. */
export interface FetchedDocument {
  notModified: false;
  /** The final URL, after redirects. */
  url: string;
  /** Every URL requested, in order, the first being the one asked for. */
  redirects: string[];
  status: number;
  /** The media type (no parameters), or null when the server sent none. */
  contentType: string | null;
  /** The encoding used to decode the body (WHATWG name). */
  charset: string;
  charsetSource: CharsetSource;
  /** The decoded body. */
  body: string;
  /** Size of the body in bytes, after decompression. */
  bytes: number;
  headers: ResponseValidators;
  format: DocumentFormat;
}

/** The answer to a conditional request when nothing changed (HTTP 304). */
export interface NotModified {
  notModified: true;
  url: string;
  redirects: string[];
  status: 304;
  headers: ResponseValidators;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Checks that `raw` is an absolute http(s) URL without credentials and returns it parsed, without its
 * fragment. Throws FETCH_BAD_URL.
 */
export function parseFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new StorylineError('FETCH_BAD_URL', `expected an absolute http(s) URL, found "${String(raw).slice(0, 200)}"`, { url: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StorylineError('FETCH_BAD_URL', `expected an http or https URL, found scheme "${url.protocol}"`, { url: raw });
  }
  if (url.username || url.password) {
    // Credentials in URLs leak into logs and the store, and a redirect could carry them elsewhere.
    throw new StorylineError('FETCH_BAD_URL', 'expected a URL without credentials, found user information in it', {
      url: `${url.protocol}//${url.host}${url.pathname}`,
    });
  }
  url.hash = '';
  return url;
}

/** Fetches a document; a 304 is an error here (no validators are sent). */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const result = await fetchWithValidators(url, {}, options);
  if (result.notModified) {
    throw new StorylineError('FETCH_BAD_STATUS', 'expected a document, found 304 Not Modified to an unconditional request', { status: 304, url });
  }
  return result;
}

/** Fetches a document with If-None-Match / If-Modified-Since; answers `NotModified` on a 304. */
export async function fetchIfChanged(url: string, validators: Validators, options: FetchOptions = {}): Promise<FetchedDocument | NotModified> {
  return fetchWithValidators(url, validators, options);
}

async function fetchWithValidators(rawUrl: string, validators: Validators, options: FetchOptions): Promise<FetchedDocument | NotModified> {
  const totalTimeoutMs = options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const deadline = new AbortController();
  const timer = setTimeout(() => {
    deadline.abort(new StorylineError('FETCH_TIMEOUT', `expected a complete response within ${totalTimeoutMs} ms, found none`, { phase: 'total', timeoutMs: totalTimeoutMs, url: rawUrl }));
  }, totalTimeoutMs);
  const onOuterAbort = () => deadline.abort(options.signal?.reason ?? new StorylineError('FETCH_TIMEOUT', 'the fetch was cancelled', { phase: 'cancelled' }));
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) onOuterAbort();
  try {
    let url = parseFetchUrl(rawUrl);
    const chain: string[] = [url.href];
    for (;;) {
      if (options.robots) {
        const verdict = await raceAbort(options.robots.check(url.href), deadline.signal);
        if (!verdict.allowed) {
          throw new StorylineError('FETCH_ROBOTS', `expected robots.txt to allow ${url.href}, found it disallowed`, { url: url.href, rule: verdict.rule ?? null });
        }
      }
      const address = await raceAbort(resolveHost(url.hostname, options), deadline.signal);
      const hop = await requestOnce(url, address, validators, options, deadline.signal);
      if (hop.kind === 'redirect') {
        const next = parseFetchUrl(new URL(hop.location, url).href);
        if (chain.includes(next.href)) {
          throw new StorylineError('FETCH_REDIRECT_LIMIT', `expected redirects to reach a document, found a loop back to ${next.href}`, { reason: 'loop', chain: [...chain, next.href] });
        }
        if (chain.length > maxRedirects) {
          throw new StorylineError('FETCH_REDIRECT_LIMIT', `expected at most ${maxRedirects} redirects, found more`, { reason: 'limit', chain: [...chain, next.href] });
        }
        chain.push(next.href);
        url = next;
        continue;
      }
      if (hop.kind === 'not-modified') {
        return { notModified: true, url: url.href, redirects: chain, status: 304, headers: hop.headers };
      }
      return toDocument(url.href, chain, hop, options);
    }
  } catch (error) {
    if (deadline.signal.aborted && isStorylineError(deadline.signal.reason) && !isStorylineError(error)) throw deadline.signal.reason;
    if (deadline.signal.aborted && isStorylineError(deadline.signal.reason) && isStorylineError(error) && error.code === 'FETCH_NETWORK') throw deadline.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

type Hop =
  | { kind: 'redirect'; location: string }
  | { kind: 'not-modified'; headers: ResponseValidators }
  | { kind: 'body'; status: number; contentTypeHeader: string | null; bytes: Buffer; headers: ResponseValidators };

function validatorsOf(headers: http.IncomingHttpHeaders): ResponseValidators {
  return { etag: headerString(headers.etag), lastModified: headerString(headers['last-modified']) };
}

function headerString(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** Resolves with `promise`, or rejects with the signal's reason when it aborts first. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** One request/response exchange with the connection pinned to `address`. */
function requestOnce(url: URL, address: ResolvedAddress, validators: Validators, options: FetchOptions, signal: AbortSignal): Promise<Hop> {
  const connectTimeoutMs = options.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const isHttps = url.protocol === 'https:';
  // Every lookup the socket makes returns the address we judged; no second DNS answer can sneak in.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) {
      (callback as unknown as (err: null, addresses: Array<{ address: string; family: number }>) => void)(null, [{ address: address.address, family: address.family }]);
    } else {
      callback(null, address.address, address.family);
    }
  };
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/rdf+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;

  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      request.destroy();
      reject(error);
    };
    const succeed = (hop: Hop) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      resolve(hop);
    };
    const request = (isHttps ? https : http).request({
      protocol: url.protocol,
      hostname,
      port: url.port || (isHttps ? 443 : 80),
      path: url.pathname + url.search,
      method: 'GET',
      headers,
      lookup: pinned,
      // No pooled sockets: a kept-alive connection could outlive the address decision.
      agent: false,
      servername: isHttps && !/^[\d.]+$|:/.test(hostname) ? hostname : undefined,
      signal,
    });
    const connectTimer = setTimeout(() => {
      fail(new StorylineError('FETCH_TIMEOUT', `expected a connection to ${url.host} within ${connectTimeoutMs} ms, found none`, { phase: 'connect', timeoutMs: connectTimeoutMs, url: url.href }));
    }, connectTimeoutMs);
    request.on('socket', (socket: Socket) => {
      socket.once(isHttps ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (signal.aborted) return fail(signal.reason);
      fail(new StorylineError('FETCH_NETWORK', `expected a response from ${url.host}, found a network error (${error.code ?? error.message})`, { url: url.href, cause: error.code ?? error.message }));
    });
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      const responseHeaders = validatorsOf(response.headers);
      if (REDIRECT_STATUSES.has(status)) {
        response.resume();
        const location = headerString(response.headers.location);
        if (!location) return fail(new StorylineError('FETCH_BAD_STATUS', `expected a Location header with redirect ${status}, found none`, { status, url: url.href }));
        request.destroy();
        return succeed({ kind: 'redirect', location });
      }
      if (status === 304 && (validators.etag || validators.lastModified)) {
        response.resume();
        request.destroy();
        return succeed({ kind: 'not-modified', headers: responseHeaders });
      }
      if (status < 200 || status > 299) {
        response.resume();
        return fail(
          new StorylineError('FETCH_BAD_STATUS', `expected a 2xx status from ${url.href}, found ${status}`, {
            status,
            url: url.href,
            retryAfter: headerString(response.headers['retry-after']),
          }),
        );
      }
      const contentTypeHeader = headerString(response.headers['content-type']);
      const mediaType = mediaTypeOf(contentTypeHeader);
      if (isEvidentlyUnusable(mediaType)) {
        return fail(new StorylineError('FETCH_UNSUPPORTED_TYPE', `expected an HTML, text, feed or JSON document, found ${mediaType}`, { contentType: mediaType, url: url.href }));
      }
      const declaredLength = Number(headerString(response.headers['content-length']) ?? NaN);
      if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
        return fail(new StorylineError('FETCH_TOO_LARGE', `expected at most ${maxBytes} bytes, found Content-Length ${declaredLength}`, { limit: maxBytes, counted: 'declared', declared: declaredLength, url: url.href }));
      }
      let decoded: Readable;
      const encoding = (headerString(response.headers['content-encoding']) ?? 'identity').trim().toLowerCase();
      if (encoding === 'gzip' || encoding === 'x-gzip') decoded = response.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') decoded = response.pipe(zlib.createInflate());
      else if (encoding === 'br') decoded = response.pipe(zlib.createBrotliDecompress());
      else if (encoding === 'identity' || encoding === '') decoded = response;
      else return fail(new StorylineError('FETCH_DECODE', `expected gzip, deflate, br or no content encoding, found "${encoding}"`, { encoding, url: url.href }));

      let wireBytes = 0;
      response.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
        if (wireBytes > maxBytes) tooLarge('wire');
      });
      const chunks: Buffer[] = [];
      let size = 0;
      const tooLarge = (counted: 'wire' | 'decoded') => {
        // Settle first: destroying the streams emits 'aborted'/'error', which must not win.
        fail(new StorylineError('FETCH_TOO_LARGE', `expected at most ${maxBytes} bytes, found more while reading (${counted === 'decoded' ? 'after decompression' : 'on the wire'})`, { limit: maxBytes, counted, url: url.href }));
        decoded.destroy();
        response.destroy();
      };
      decoded.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > maxBytes) return tooLarge('decoded');
        chunks.push(chunk);
      });
      decoded.on('error', (error: Error) => {
        if (signal.aborted) return fail(signal.reason);
        fail(new StorylineError('FETCH_DECODE', `expected a valid ${encoding} body, found a decompression error (${error.message})`, { encoding, url: url.href }));
      });
      response.on('error', (error: Error) => {
        if (signal.aborted) return fail(signal.reason);
        fail(new StorylineError('FETCH_NETWORK', `expected a complete body from ${url.host}, found a network error (${error.message})`, { url: url.href }));
      });
      response.on('aborted', () => {
        if (signal.aborted) return fail(signal.reason);
        fail(new StorylineError('FETCH_NETWORK', `expected a complete body from ${url.host}, found the connection closed early`, { url: url.href }));
      });
      decoded.on('end', () => succeed({ kind: 'body', status, contentTypeHeader, bytes: Buffer.concat(chunks, size), headers: responseHeaders }));
    });
    request.end();
  });
}

function toDocument(url: string, chain: string[], hop: Extract<Hop, { kind: 'body' }>, options: FetchOptions): FetchedDocument {
  const mediaType = mediaTypeOf(hop.contentTypeHeader);
  const bom = sniffBom(hop.bytes);
  // UTF-16 text is full of NUL bytes; only a BOM makes it recognisable before decoding.
  const binary = bom?.charset.startsWith('utf-16') ? null : looksBinary(hop.bytes);
  if (binary) {
    throw new StorylineError('FETCH_UNSUPPORTED_TYPE', `expected text, found ${binary} content served as ${mediaType ?? 'no content type'}`, { contentType: mediaType, sniffed: binary, url });
  }
  const decoded = decodeBody(hop.bytes, hop.contentTypeHeader);
  const format = formatOf(mediaType, decoded.text);
  if (format === 'unsupported') {
    throw new StorylineError('FETCH_UNSUPPORTED_TYPE', `expected an HTML, text, feed or JSON document, found ${mediaType}`, { contentType: mediaType, url });
  }
  if (options.accept && !options.accept.includes(format)) {
    throw new StorylineError('FETCH_UNSUPPORTED_TYPE', `expected ${options.accept.join(' or ')}, found ${format} (${mediaType ?? 'no content type'})`, { contentType: mediaType, format, url });
  }
  return {
    notModified: false,
    url,
    redirects: chain,
    status: hop.status,
    contentType: mediaType,
    charset: decoded.charset,
    charsetSource: decoded.source,
    body: decoded.text,
    bytes: hop.bytes.length,
    headers: hop.headers,
    format,
  };
}

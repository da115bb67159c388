/**
 * POST /api/ingest: JSONL records or page URLs into the store, through the same ingest loop as
 * `storyline ingest`. Loaded on the first ingest only: the pipeline is not needed to serve reads.
 */
import { Readable } from 'node:stream';
import { StorylineError } from '../core/errors.js';
import { ingestItems, type IngestSummary } from '../core/ingest/ingest.js';
import { readUrls } from '../core/ingest/network-inputs.js';
import { readJsonl } from '../core/ingest/read-inputs.js';
import { parseFetchUrl, systemClock } from '../core/sources/index.js';
import type { Store } from '../core/store/store.js';
import { IngestUrlsBody } from './schemas.js';

const JSONL_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/ndjson']);

/** The request body, refusing more than `maxBytes` (from Content-Length, else while reading). */
export async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get('Content-Length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new StorylineError('TOO_LARGE', `The body has ${declared} bytes; the limit is ${maxBytes}.`);
  }
  if (!request.body) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new StorylineError('TOO_LARGE', `The body is larger than the limit of ${maxBytes} bytes.`);
    }
    parts.push(Buffer.from(value));
  }
  return Buffer.concat(parts);
}

/** Ingests a request body of content type `type`; per-record problems are rejections in the summary. */
export async function ingestBody(store: Store, request: Request, type: string, options: { maxBytes: number; allowPrivateNetwork: boolean }): Promise<IngestSummary> {
  if (JSONL_TYPES.has(type)) {
    const body = await readBody(request, options.maxBytes);
    if (body.byteLength === 0) throw new StorylineError('USAGE', 'The body is empty; send JSONL records, one per line (docs/ingest.md).');
    return ingestItems(store, readJsonl(Readable.from([body]), 'POST /api/ingest', {}));
  }
  if (type === 'application/json') {
    const body = await readBody(request, options.maxBytes);
    let value: unknown;
    try {
      value = JSON.parse(body.toString('utf8'));
    } catch (error) {
      throw new StorylineError('USAGE', `The body is not valid JSON: ${(error as Error).message}. Send { "urls": [...] }, or JSONL as application/x-ndjson.`);
    }
    const parsed = IngestUrlsBody.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StorylineError('USAGE', `Bad body field ${issue.path.join('.') || '(root)'}: ${issue.message}. Send { "urls": [...] }.`);
    }
    const urls = parsed.data.urls.map((u) => {
      try {
        return parseFetchUrl(u).href;
      } catch (error) {
        throw new StorylineError('USAGE', `${(error as Error).message} (in urls)`);
      }
    });
    return ingestItems(store, readUrls(urls, {
      clock: systemClock, fetchOptions: { allowPrivateNetwork: options.allowPrivateNetwork }, outlet: parsed.data.outlet,
    }));
  }
  throw new StorylineError('UNSUPPORTED_MEDIA_TYPE', `Content-Type "${type || '(none)'}" is not taken here: send application/x-ndjson (JSONL records) or application/json ({ "urls": [...] }).`);
}

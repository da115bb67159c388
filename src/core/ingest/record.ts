import type { ArticleSource, Origin, SourceFormat } from '../article.js';
import type { RejectionReason } from '../errors.js';

/** The fields of a JSONL/JSON input record that Storyline reads; all others are kept as metadata. */
export const RECORD_FIELDS = ['id', 'url', 'outlet', 'source', 'title', 'text', 'html', 'published', 'language', 'author'] as const;

/** A record turned into a source, or why it could not be. */
export type RecordResult =
  | { ok: true; source: ArticleSource }
  | { ok: false; reason: RejectionReason; detail: string; externalId: string | null };

/**
 * Validates one input record and turns it into an ArticleSource. `text` or `html` is required (a
 * record with both keeps the HTML, which carries more structure). `source` is accepted as a synonym
 * of `outlet` (and may be an object with a `name`). An unparseable `published` is dropped with the
 * original kept in metadata as `published_raw`.
 */
export function recordToSource(record: unknown, origin: Origin, defaults: { outlet?: string; published?: string } = {}): RecordResult {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { ok: false, reason: 'invalid-record', detail: `expected a JSON object, found ${Array.isArray(record) ? 'an array' : typeof record}`, externalId: null };
  }
  const r = record as Record<string, unknown>;
  const externalId = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  const html = typeof r.html === 'string' ? r.html : null;
  const text = typeof r.text === 'string' ? r.text : null;
  const body = html ?? text;
  if (body === null) {
    return { ok: false, reason: 'invalid-record', detail: 'the record has neither a "text" nor an "html" string field', externalId };
  }
  if (!/\S/.test(body)) return { ok: false, reason: 'empty', detail: `the record's "${html !== null ? 'html' : 'text'}" field is empty`, externalId };
  const metadata: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (!(RECORD_FIELDS as readonly string[]).includes(k)) metadata[k] = v;
  }
  if (html !== null && text !== null) metadata.text = text;
  const outlet = str(r.outlet) ?? nameOf(r.source) ?? defaults.outlet;
  if (typeof r.source === 'object' && r.source !== null && outlet) metadata.source = r.source;
  let published = str(r.published) ?? undefined;
  if (published !== undefined) {
    const normal = normalizePublished(published);
    if (normal === null) {
      metadata.published_raw = published;
      published = undefined;
    } else published = normal;
  }
  const publishedFrom = published !== undefined ? 'record' as const : defaults.published !== undefined ? 'default' as const : undefined;
  published ??= defaults.published;
  const author = Array.isArray(r.author) ? r.author.filter((a) => typeof a === 'string').join(', ') || undefined : str(r.author) ?? undefined;
  const format: SourceFormat = html !== null ? 'html' : 'text';
  return {
    ok: true,
    source: {
      externalId: externalId ?? undefined,
      url: str(r.url) ?? undefined,
      outlet: outlet ?? undefined,
      title: str(r.title) ?? undefined,
      author,
      published,
      language: str(r.language) ?? undefined,
      format,
      raw: body,
      metadata,
      origin: publishedFrom ? { ...origin, publishedFrom } : origin,
    },
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return str((v as { name: string }).name);
  return null;
}

/**
 * Normalises a publication time: a date alone stays `YYYY-MM-DD`; a date-time becomes ISO 8601 in
 * UTC. Returns null for what is not a date (including impossible dates such as 2025-02-30).
 */
export function normalizePublished(value: string): string | null {
  const v = value.trim();
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (dateOnly) {
    const [y, m, d] = dateOnly.slice(1).map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? v : null;
  }
  if (!/\d{4}/.test(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) {
    // Date.parse rolls 2025-02-30 over to March; refuse it instead.
    const [y, m, d] = iso.slice(1).map(Number);
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  }
  const year = new Date(t).getUTCFullYear();
  if (year < 1800 || year > 2200) return null;
  return new Date(t).toISOString();
}

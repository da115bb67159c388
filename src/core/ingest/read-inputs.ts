import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import type { ArticleSource, SourceFormat } from '../article.js';
import { StorylineError } from '../errors.js';
import type { Rejection } from '../store/store.js';
import { decodeText } from './decode.js';
import { globToRegExp } from './glob.js';
import { normalizePublished, recordToSource } from './record.js';

/** Options for reading inputs. */
export interface ReadOptions {
  /** Globs a file found in a folder must match (any of them), relative to that folder. */
  include?: string[];
  /** Globs that exclude files found in folders. */
  exclude?: string[];
  /** Outlet for documents that carry none. */
  outlet?: string;
  /** Publication date for documents that carry none. */
  published?: string;
  /** Largest document (one file, or one JSONL line) in bytes. */
  maxDocumentBytes?: number;
  /** Format of standard input: sniffed from its first character when absent. */
  stdinFormat?: 'text' | 'html' | 'jsonl';
  /** Standard input (tests pass their own stream). */
  stdin?: Readable;
}

/** One thing read from the inputs: a document, a rejection, or a file passed over in a folder. */
export type InputItem =
  | { kind: 'document'; source: ArticleSource; bytes: number }
  | { kind: 'rejection'; rejection: Rejection; bytes: number }
  | { kind: 'skipped'; file: string; why: string; bytes: number };

/** The file types Storyline reads, by extension. */
export const EXTENSIONS: Record<string, 'text' | 'markdown' | 'html' | 'json' | 'jsonl'> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Default size limit of one document: 20 MB. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/**
 * Reads files, folders (recursively, in name order, skipping dot-files) and standard input (`-`),
 * yielding documents and rejections one at a time: a large JSONL file is streamed line by line and
 * never held in memory. Nothing here throws for a bad document; a missing input path throws
 * INPUT_NOT_FOUND before anything is read.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  for (const p of paths) {
    if (p !== '-') {
      try {
        await stat(p);
      } catch {
        throw new StorylineError('INPUT_NOT_FOUND', `No such file or folder: ${p}`, { path: p });
      }
    }
  }
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(options);
      continue;
    }
    const info = await stat(p);
    if (info.isDirectory()) yield* readFolder(p, options);
    else yield* readFile1(p, info.size, options, true);
  }
}

/** Total bytes of the files the inputs name (for progress estimates); stdin counts as 0. */
export async function measureInputs(paths: string[], options: ReadOptions = {}): Promise<number> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') continue;
    try {
      const info = await stat(p);
      if (info.isDirectory()) for await (const f of walk(p, options)) total += f.size;
      else total += info.size;
    } catch {
      // Reported by readInputs.
    }
  }
  return total;
}

async function* walk(root: string, options: ReadOptions): AsyncGenerator<{ path: string; size: number }> {
  const include = (options.include ?? []).map(globToRegExp);
  const exclude = (options.exclude ?? []).map(globToRegExp);
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const entries: Array<{ name: string; isDir: boolean; isFile: boolean }> = [];
    const handle = await opendir(dir);
    for await (const e of handle) entries.push({ name: e.name, isDir: e.isDirectory(), isFile: e.isFile() });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDir) {
        subdirs.push(full);
        continue;
      }
      if (!e.isFile) continue;
      const rel = relative(root, full).split(sep).join('/');
      if (include.length && !include.some((re) => re.test(rel))) continue;
      if (exclude.some((re) => re.test(rel))) continue;
      const size = (await stat(full)).size;
      yield { path: full, size };
    }
    // Depth-first in name order.
    for (const d of subdirs.reverse()) stack.push(d);
  }
}

async function* readFolder(root: string, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const f of walk(root, options)) {
    yield* readFile1(f.path, f.size, options, false);
  }
}

async function* readFile1(path: string, size: number, options: ReadOptions, explicit: boolean): AsyncGenerator<InputItem> {
  const kind = EXTENSIONS[extname(path).toLowerCase()];
  const max = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  const reject = (reason: Rejection['reason'], detail: string): InputItem => ({
    kind: 'rejection', bytes: size, rejection: { reason, detail, file: path, line: null },
  });
  if (!kind) {
    // A file named on the command line is rejected; one met in a folder is passed over quietly.
    if (explicit) yield reject('unsupported-type', `"${extname(path) || basename(path)}" is not a type Storyline reads (${Object.keys(EXTENSIONS).join(' ')})`);
    else yield { kind: 'skipped', file: path, why: 'unsupported-type', bytes: size };
    return;
  }
  if (kind === 'jsonl') {
    yield* readJsonl(createReadStream(path), path, options);
    return;
  }
  if (size > max) {
    yield reject('too-large', `${size} bytes, more than the limit of ${max}`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield reject('unreadable', (error as Error).message);
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield reject(decoded.reason, decoded.detail);
    return;
  }
  if (kind === 'json') {
    yield* readJsonDocument(decoded.text, path, size, options);
    return;
  }
  yield { kind: 'document', bytes: size, source: fileSource(decoded.text, kind, path, options) };
}

/**
 * A plain file as a source. Metadata the file itself can carry: a Markdown front matter block
 * (`title`, `outlet`, `published`, `author`, `url`, `language`), and a file name that starts with
 * an ISO date (`2025-03-14-talks.txt`) gives the publication date when nothing else does.
 */
export function fileSource(text: string, kind: 'text' | 'markdown' | 'html', path: string, options: ReadOptions): ArticleSource {
  let raw = text;
  const metadata: Record<string, unknown> = {};
  const fields: Record<string, string> = {};
  if (kind === 'markdown') {
    const fm = /^(?:\ufeff)?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
    if (fm) {
      for (const line of fm[1].split(/\r?\n/)) {
        const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
        if (m) fields[m[1].toLowerCase()] = m[2].trim().replace(/^["']|["']$/g, '');
      }
      metadata.frontMatter = fields;
      raw = text.slice(fm[0].length);
    }
  }
  const fromName = /^(\d{4}-\d{2}-\d{2})/.exec(basename(path));
  const fromFrontMatter = normalizePublished(fields.published ?? fields.date ?? '');
  const fromFileName = fromName ? normalizePublished(fromName[1]) ?? undefined : undefined;
  const published = fromFrontMatter ?? options.published ?? fromFileName;
  const publishedFrom = fromFrontMatter ? 'front-matter' as const : options.published ? 'default' as const : fromFileName ? 'file-name' as const : undefined;
  const format: SourceFormat = kind;
  return {
    url: fields.url || undefined,
    outlet: fields.outlet || fields.source || options.outlet,
    title: fields.title || undefined,
    author: fields.author || undefined,
    published: published ?? undefined,
    language: fields.language || fields.lang || undefined,
    format,
    raw,
    metadata,
    origin: publishedFrom ? { file: path, publishedFrom } : { file: path },
  };
}

function* readJsonDocument(text: string, path: string, size: number, options: ReadOptions): Generator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield { kind: 'rejection', bytes: size, rejection: { reason: 'malformed-json', detail: (error as Error).message, file: path, line: null } };
    return;
  }
  // One record, an array of records, or an object holding them under "articles" or "items".
  const container = value as { articles?: unknown; items?: unknown };
  const records = Array.isArray(value) ? value
    : Array.isArray(container?.articles) ? container.articles as unknown[]
    : Array.isArray(container?.items) ? container.items as unknown[]
    : [value];
  const each = Math.round(size / Math.max(1, records.length));
  for (const [index, record] of records.entries()) {
    const result = recordToSource(record, { file: path, line: records.length > 1 ? index + 1 : undefined }, options);
    if (result.ok) yield { kind: 'document', bytes: each, source: result.source };
    else yield { kind: 'rejection', bytes: each, rejection: { reason: result.reason, detail: records.length > 1 ? `record ${index + 1}: ${result.detail}` : result.detail, file: path, line: null, externalId: result.externalId } };
  }
}

/**
 * Streams JSONL: one record per line, each decoded and parsed on its own, so a bad line is one
 * rejection and a line longer than the limit is skipped without being held in memory.
 */
export async function* readJsonl(stream: Readable, file: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const max = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflow = 0;
  let lineNo = 0;
  const finish = function* (): Generator<InputItem> {
    lineNo++;
    if (overflow > 0) {
      const bytes = overflow;
      overflow = 0;
      parts = [];
      partBytes = 0;
      yield { kind: 'rejection', bytes, rejection: { reason: 'too-large', detail: `line of ${bytes} bytes, more than the limit of ${max}`, file, line: lineNo } };
      return;
    }
    const buf = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    const bytes = partBytes + 1;
    parts = [];
    partBytes = 0;
    if (buf.length === 0 || /^\s*$/.test(buf.toString('latin1'))) return;
    yield* parseJsonlLine(buf, file, lineNo, bytes, options);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let from = 0;
      for (;;) {
        const nl = data.indexOf(10, from);
        const end = nl < 0 ? data.length : nl;
        const piece = data.subarray(from, end);
        if (overflow > 0 || partBytes + piece.length > max) {
          overflow = (overflow || partBytes) + piece.length;
          parts = [];
          partBytes = 0;
        } else if (piece.length) {
          parts.push(Buffer.from(piece));
          partBytes += piece.length;
        }
        if (nl < 0) break;
        yield* finish();
        from = nl + 1;
      }
    }
  } catch (error) {
    yield { kind: 'rejection', bytes: 0, rejection: { reason: 'unreadable', detail: (error as Error).message, file, line: lineNo + 1 } };
    return;
  }
  if (partBytes > 0 || overflow > 0) yield* finish();
}

function* parseJsonlLine(buf: Buffer, file: string, line: number, bytes: number, options: ReadOptions): Generator<InputItem> {
  const reject = (reason: Rejection['reason'], detail: string, externalId: string | null = null): InputItem =>
    ({ kind: 'rejection', bytes, rejection: { reason, detail, file, line, externalId } });
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    yield reject(decoded.reason, decoded.detail);
    return;
  }
  let record: unknown;
  try {
    record = JSON.parse(decoded.text);
  } catch (error) {
    yield reject('malformed-json', `${(error as Error).message} (the line starts ${JSON.stringify(decoded.text.slice(0, 40))})`);
    return;
  }
  const result = recordToSource(record, { file, line }, options);
  if (result.ok) yield { kind: 'document', bytes, source: result.source };
  else yield reject(result.reason, result.detail, result.externalId);
}

async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = options.stdin ?? process.stdin;
  const max = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (options.stdinFormat === 'jsonl') {
    yield* readJsonl(stream, '-', options);
    return;
  }
  // Sniff the first chunk: JSON lines start with '{'; HTML with '<'.
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstBuf = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      if (firstBuf.length) yield firstBuf;
      for (;;) {
        const n = await iterator.next();
        if (n.done) return;
        yield Buffer.from(n.value);
      }
    },
  };
  const head = firstBuf.toString('utf8', 0, Math.min(firstBuf.length, 512)).trimStart();
  const format = options.stdinFormat ?? (head.startsWith('{') ? 'jsonl' : head.startsWith('<') ? 'html' : 'text');
  if (format === 'jsonl') {
    const { Readable } = await import('node:stream');
    yield* readJsonl(Readable.from(rest), '-', options);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of rest) {
    size += c.length;
    if (size > max) {
      yield { kind: 'rejection', bytes: size, rejection: { reason: 'too-large', detail: `standard input is more than the limit of ${max} bytes`, file: '-', line: null } };
      return;
    }
    chunks.push(c);
  }
  const decoded = decodeText(Buffer.concat(chunks));
  if (!decoded.ok) {
    yield { kind: 'rejection', bytes: size, rejection: { reason: decoded.reason, detail: decoded.detail, file: '-', line: null } };
    return;
  }
  const source = fileSource(decoded.text, format, '-', options);
  yield { kind: 'document', bytes: size, source: { ...source, origin: { file: '-' } } };
}

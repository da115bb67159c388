/**
 * A real HTTP server on 127.0.0.1 for the tests of `sources/`: it serves the fixtures in
 * `../fixtures/` and the misbehaviours a fetcher must survive (redirect loops, silence, oversized and
 * compressed-bomb bodies, binary served as HTML). Test support only; nothing in the library uses it.
 */
import { readFileSync, existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** Reads a fixture file, from the source tree whether the test runs from `dist/` or from source. */
export function readFixture(name: string): Buffer {
  const candidates = [
    new URL(`../fixtures/${name}`, import.meta.url),
    new URL(`../../../../../src/core/sources/fixtures/${name}`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`fixture ${name} not found (looked in ${candidates.join(', ')})`);
  return readFileSync(found);
}

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** Requests received, in order, with the headers that matter to the tests. */
  requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string; userAgent?: string }>;
  /** Mutable switches the tests flip (for example a feed's version). */
  state: { etagFeedVersion: number; robotsStatus: number };
  close(): Promise<void>;
}

/** A route: answers one path. */
type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: FixtureServer) => void;

const HTML_OK = '<!DOCTYPE html><html><head><title>Fixture page</title></head><body><p>Hello from the fixture server.</p></body></html>';

function etagFeed(version: number): string {
  const items = [];
  for (let i = 1; i <= version + 1; i++) {
    items.push(`<item><title>Update ${i}</title><link>/articles/${i}.html</link><guid>update-${i}</guid><pubDate>Wed, 0${i} Apr 2026 10:00:00 GMT</pubDate><dc:creator>Feed Author ${i}</dc:creator><category>Feed section</category></item>`);
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Updates</title><link>/</link>${items.join('')}</channel></rss>`;
}

/** Item pages: page 1 has its own date and byline; page 2 has neither. */
function articlePage(n: number): string {
  const meta = n === 1 ? '<meta property="article:published_time" content="2026-04-01T09:45:00Z"><meta name="author" content="Page Writer">' : '';
  return `<!DOCTYPE html><html><head><title>Article ${n}</title>${meta}<meta name="keywords" content="page tag ${n}"></head><body><p>Body of article ${n}.</p></body></html>`;
}

function send(res: http.ServerResponse, status: number, type: string | null, body: string | Buffer, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...extra };
  if (type) headers['content-type'] = type;
  res.writeHead(status, headers);
  res.end(body);
}

const ROUTES: Record<string, Route> = {
  '/rss.xml': (_q, res) => send(res, 200, 'application/rss+xml; charset=utf-8', readFixture('rss2.xml')),
  '/atom.xml': (_q, res) => send(res, 200, 'application/atom+xml', readFixture('atom.xml')),
  '/rdf.xml': (_q, res) => send(res, 200, 'application/rdf+xml', readFixture('rdf.xml')),
  '/feed.json': (_q, res) => send(res, 200, 'application/feed+json', readFixture('feed.json')),
  '/feed-as-html.xml': (_q, res) => send(res, 200, 'text/html', readFixture('rss2.xml')),
  '/xxe.xml': (_q, res) => send(res, 200, 'application/rss+xml', readFixture('external-entity.xml')),
  '/lol.xml': (_q, res) => send(res, 200, 'application/rss+xml', readFixture('billion-laughs.xml')),
  '/cp1251.html': (_q, res) => send(res, 200, 'text/html; charset=windows-1251', readFixture('page-windows-1251.html')),
  '/cp1251-meta.html': (_q, res) => send(res, 200, 'text/html', readFixture('page-windows-1251.html')),
  '/koi8u.html': (_q, res) => send(res, 200, 'text/html', readFixture('page-koi8-u.html')),
  '/koi8r.txt': (_q, res) => send(res, 200, 'text/plain; charset=KOI8-R', readFixture('text-koi8-r.txt')),
  '/latin2.html': (_q, res) => send(res, 200, 'text/html; charset="iso-8859-2"', readFixture('page-iso-8859-2.html')),
  '/bom.html': (_q, res) => send(res, 200, 'text/html; charset=windows-1251', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Знак ✓</p>')])),
  '/ok.html': (_q, res) => send(res, 200, 'text/html; charset=utf-8', HTML_OK),
  '/no-type': (_q, res) => send(res, 200, null, HTML_OK),
  '/data.json': (_q, res) => send(res, 200, 'application/json', '{"a":1}'),
  '/style.css': (_q, res) => send(res, 200, 'text/css', 'body{}'),
  '/image.png': (_q, res) => send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  '/binary.html': (_q, res) => send(res, 200, 'text/html', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)])),
  '/noise.html': (_q, res) => {
    // Deterministic pseudo-random bytes: no magic number, many control bytes.
    const bytes = Buffer.alloc(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x >>> 16;
    }
    send(res, 200, 'text/html', bytes);
  },
  '/large': (_q, res) => {
    // 4 MB of text in chunks, no Content-Length: the limit must be enforced while streaming.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 64) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
  },
  '/large-declared': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) });
    res.write('only a little');
    res.on('error', () => undefined);
  },
  '/bomb': (_q, res) => send(res, 200, 'text/html', GZIP_BOMB(), { 'content-encoding': 'gzip' }),
  '/gzip.html': (_q, res) => send(res, 200, 'text/html; charset=utf-8', zlib.gzipSync(HTML_OK), { 'content-encoding': 'gzip' }),
  '/br.html': (_q, res) => send(res, 200, 'text/html; charset=utf-8', zlib.brotliCompressSync(HTML_OK), { 'content-encoding': 'br' }),
  '/bad-gzip.html': (_q, res) => send(res, 200, 'text/html', Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }),
  '/odd-encoding.html': (_q, res) => send(res, 200, 'text/html', HTML_OK, { 'content-encoding': 'compress' }),
  '/hang': () => {
    // Never answers: the request stays open until the client gives up.
  },
  '/slow-body': (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    // …and nothing more.
  },
  '/loop-a': (_q, res) => send(res, 302, null, '', { location: '/loop-b' }),
  '/loop-b': (_q, res) => send(res, 301, null, '', { location: '/loop-a' }),
  '/redirect-no-location': (_q, res) => send(res, 302, null, ''),
  '/to-private': (_q, res) => send(res, 302, null, '', { location: 'http://10.0.0.1/admin' }),
  '/to-metadata': (_q, res) => send(res, 307, null, '', { location: 'http://169.254.169.254/latest/meta-data/' }),
  '/to-file': (_q, res) => send(res, 302, null, '', { location: 'file:///etc/passwd' }),
  '/not-found': (_q, res) => send(res, 404, 'text/html', '<p>missing</p>'),
  '/busy': (_q, res) => send(res, 503, 'text/plain', 'busy', { 'retry-after': '7200' }),
  '/etag-feed.xml': (req, res, server) => {
    const etag = `"v${server.state.etagFeedVersion}"`;
    const lastModified = new Date(Date.UTC(2026, 3, server.state.etagFeedVersion + 1)).toUTCString();
    if (req.headers['if-none-match'] === etag) return send(res, 304, null, '', { etag });
    send(res, 200, 'application/rss+xml', etagFeed(server.state.etagFeedVersion), { etag, 'last-modified': lastModified });
  },
  '/lastmod-feed.xml': (req, res) => {
    const lastModified = 'Wed, 01 Apr 2026 00:00:00 GMT';
    if (req.headers['if-modified-since'] === lastModified) return send(res, 304, null, '');
    send(res, 200, 'application/rss+xml', etagFeed(0), { 'last-modified': lastModified });
  },
  '/robots.txt': (_q, res, server) => {
    if (server.state.robotsStatus !== 200) return send(res, server.state.robotsStatus, 'text/plain', 'no');
    send(res, 200, 'text/plain', readFixture('robots.txt'));
  },
  '/private/page.html': (_q, res) => send(res, 200, 'text/html', HTML_OK),
  '/private/open': (_q, res) => send(res, 200, 'text/html', HTML_OK),
  '/public/page.html': (_q, res) => send(res, 200, 'text/html', HTML_OK),
  '/to-private-path': (_q, res) => send(res, 302, null, '', { location: '/private/page.html' }),
};

let bomb: Buffer | null = null;
/** 64 MB of zeros gzipped (about 64 KB): inflates far past any limit the tests set. */
function GZIP_BOMB(): Buffer {
  bomb ??= zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return bomb;
}

/** Starts the fixture server on 127.0.0.1 with an ephemeral port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const sockets = new Set<net.Socket>();
  const fixture: FixtureServer = {
    origin: '',
    port: 0,
    requests: [],
    state: { etagFeedVersion: 1, robotsStatus: 200 },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    fixture.requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
      userAgent: req.headers['user-agent'],
    });
    const redirect = /^\/redirect\/(\d+)$/.exec(path);
    if (redirect) {
      const n = Number(redirect[1]);
      return send(res, 302, null, '', { location: n > 0 ? `/redirect/${n - 1}` : '/ok.html' });
    }
    const article = /^\/articles\/(\d+)\.html$/.exec(path);
    if (article) return send(res, 200, 'text/html; charset=utf-8', articlePage(Number(article[1])));
    const route = ROUTES[path];
    if (route) return route(req, res, fixture);
    send(res, 404, 'text/plain', 'no such fixture');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fixture.port = (server.address() as AddressInfo).port;
  fixture.origin = `http://127.0.0.1:${fixture.port}`;
  return fixture;
}

/** A TCP server on 127.0.0.1 that accepts connections and never says anything (no TLS handshake). */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A real HTTP server on 127.0.0.1 serving the network-ingest fixtures (`../fixtures/network/`): a news
 * page, a windows-1251 page, a feed of three items whose pages are served (with ETag and
 * Last-Modified, answering 304 to a matching conditional request), a feed whose pages are missing but
 * whose items carry their content, a path robots.txt disallows, and a page that never answers. Test
 * support only; the misbehaviours of the fetcher itself are tested with `sources/testing/fixture-server.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Reads a network fixture, from the source tree whether the test runs from `dist/` or from source. */
export function readNetworkFixture(name: string): Buffer {
  const candidates = [
    new URL(`../fixtures/network/${name}`, import.meta.url),
    new URL(`../../../../../src/core/ingest/fixtures/network/${name}`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`fixture ${name} not found (looked in ${candidates.join(', ')})`);
  return readFileSync(found);
}

/** A running server. */
export interface NetworkFixtureServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Requests received, in order, with the validators sent. */
  requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }>;
  close(): Promise<void>;
}

/** The validators of `/feed.xml`. */
export const FEED_ETAG = '"wend-bridge-1"';
export const FEED_LAST_MODIFIED = 'Fri, 03 Apr 2026 12:05:00 GMT';

const ROBOTS = 'User-agent: *\nDisallow: /closed/\n';

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

function file(type: string, name: string): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(readNetworkFixture(name));
  };
}

const ROUTES: Record<string, Route> = {
  '/robots.txt': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(ROBOTS);
  },
  '/news/tide-gauge.html': file('text/html; charset=utf-8', 'news-page.html'),
  // Reached through a redirect, so the final URL differs from the one asked for.
  '/go/tide-gauge': (_req, res) => {
    res.writeHead(301, { location: '/news/tide-gauge.html' });
    res.end();
  },
  '/news/item-1.html': file('text/html; charset=utf-8', 'item-1.html'),
  '/news/item-2.html': file('text/html; charset=utf-8', 'item-2.html'),
  '/news/item-3.html': file('text/html; charset=utf-8', 'item-3.html'),
  '/news/cp1251.html': file('text/html; charset=windows-1251', 'page-windows-1251.html'),
  '/news/cp1251-undeclared.html': file('text/html', 'page-windows-1251.html'),
  '/news/plain.txt': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Quay car park closed\n\nThe quay car park in Larkford will be closed for resurfacing from Monday for two weeks.\n');
  },
  '/closed/page.html': file('text/html; charset=utf-8', 'item-1.html'),
  '/feed.xml': (req, res) => {
    if (req.headers['if-none-match'] === FEED_ETAG || req.headers['if-modified-since'] === FEED_LAST_MODIFIED) {
      res.writeHead(304, { etag: FEED_ETAG, 'last-modified': FEED_LAST_MODIFIED });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: FEED_ETAG, 'last-modified': FEED_LAST_MODIFIED });
    res.end(readNetworkFixture('feed.xml'));
  },
  '/feed-fallback.xml': file('application/rss+xml; charset=utf-8', 'feed-fallback.xml'),
  '/hang': () => {
    // Never answers: the client must give up at its timeout.
  },
};

/** Starts the server on 127.0.0.1 with an ephemeral port. */
export async function startNetworkFixtureServer(): Promise<NetworkFixtureServer> {
  const sockets = new Set<Socket>();
  const requests: NetworkFixtureServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    requests.push({
      path,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    });
    const route = ROUTES[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such fixture');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

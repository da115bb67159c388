/**
 * fetchDocument against a real HTTP server on 127.0.0.1 (`testing/fixture-server.ts`). Every test has
 * a time limit; nothing contacts any address but 127.0.0.1 (the SSRF cases are refused before any
 * connection is attempted, which the server's request log confirms).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { isStorylineError } from '../errors.js';
import { DEFAULT_USER_AGENT, fetchDocument, fetchIfChanged, type FetchOptions } from './fetch-document.js';
import type { HostLookup } from './resolve-host.js';
import { startFixtureServer, startSilentServer, type FixtureServer } from './testing/fixture-server.js';

const T = { timeout: 10_000 };
let server: FixtureServer;
const local: FetchOptions = { allowPrivateNetwork: true, totalTimeoutMs: 5000, connectTimeoutMs: 2000 };

before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server.close();
});

/** Asserts that `promise` rejects with a StorylineError of `code`; returns the error. */
async function rejectsWith(promise: Promise<unknown>, code: string): Promise<{ code: string; message: string; detail?: unknown }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isStorylineError(error), `expected a StorylineError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected rejection with ${code}`);
}

describe('formats and content types', () => {
  const cases: Array<[path: string, format: string, contentType: string | null]> = [
    ['/ok.html', 'html', 'text/html'],
    ['/rss.xml', 'feed', 'application/rss+xml'],
    ['/atom.xml', 'feed', 'application/atom+xml'],
    ['/rdf.xml', 'feed', 'application/rdf+xml'],
    ['/feed.json', 'feed', 'application/feed+json'],
    ['/feed-as-html.xml', 'feed', 'text/html'],
    ['/data.json', 'json', 'application/json'],
    ['/no-type', 'html', null],
    ['/koi8r.txt', 'text', 'text/plain'],
  ];
  for (const [path, format, contentType] of cases) {
    test(`${path} is ${format}`, T, async () => {
      const doc = await fetchDocument(server.origin + path, local);
      assert.equal(doc.format, format);
      assert.equal(doc.contentType, contentType);
      assert.equal(doc.status, 200);
      assert.equal(doc.url, server.origin + path);
    });
  }

  test('sends a User-Agent naming Storyline', T, async () => {
    await fetchDocument(server.origin + '/ok.html', local);
    const last = server.requests.filter((r) => r.path === '/ok.html').at(-1);
    assert.equal(last?.userAgent, DEFAULT_USER_AGENT);
    assert.match(DEFAULT_USER_AGENT, /Storyline/);
  });

  test('accept restricts formats', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/ok.html', { ...local, accept: ['feed'] }), 'FETCH_UNSUPPORTED_TYPE');
  });

  const refused: Array<[path: string, why: string]> = [
    ['/image.png', 'image type refused before reading'],
    ['/style.css', 'style sheets are not documents'],
    ['/binary.html', 'PNG bytes served as text/html'],
    ['/noise.html', 'random bytes served as text/html'],
  ];
  for (const [path, why] of refused) {
    test(`${path} is refused (${why})`, T, async () => {
      await rejectsWith(fetchDocument(server.origin + path, local), 'FETCH_UNSUPPORTED_TYPE');
    });
  }
});

describe('charsets', () => {
  const cases: Array<[path: string, charset: string, source: string, expected: string]> = [
    ['/cp1251.html', 'windows-1251', 'header', 'Утренний паром вышел в море во вторник, через два дня после шторма. «Всё в порядке», — сказал капитан.'],
    ['/cp1251-meta.html', 'windows-1251', 'meta', '<title>Новости гавани: паром снова ходит</title>'],
    ['/koi8u.html', 'koi8-u', 'meta', 'Галерея відкриває виставку про їжаків, ґав та інших мешканців парку. Вхід є вільним.'],
    ['/koi8r.txt', 'koi8-r', 'header', 'Сводка погоды: ясно, ветер северный'],
    ['/latin2.html', 'iso-8859-2', 'header', 'Łódź i Gdańsk: żółty most.'],
    ['/bom.html', 'utf-8', 'bom', 'Знак ✓'],
    ['/ok.html', 'utf-8', 'header', 'Hello from the fixture server.'],
    ['/no-type', 'utf-8', 'default', 'Hello from the fixture server.'],
  ];
  for (const [path, charset, source, expected] of cases) {
    test(`${path} decodes as ${charset} (from ${source})`, T, async () => {
      const doc = await fetchDocument(server.origin + path, local);
      assert.equal(doc.charset, charset);
      assert.equal(doc.charsetSource, source);
      assert.ok(doc.body.includes(expected), `body lacks "${expected}": ${doc.body.slice(0, 300)}`);
      assert.ok(!doc.body.includes('\uFFFD'), 'no replacement characters');
    });
  }
});

describe('compression and size limits', () => {
  test('gzip and brotli bodies are decompressed', T, async () => {
    for (const path of ['/gzip.html', '/br.html']) {
      const doc = await fetchDocument(server.origin + path, local);
      assert.match(doc.body, /Hello from the fixture server/);
    }
  });

  test('a body larger than the limit stops while streaming', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/large', { ...local, maxBytes: 256 * 1024 }), 'FETCH_TOO_LARGE');
    assert.equal((error.detail as { limit: number }).limit, 256 * 1024);
  });

  test('a declared Content-Length over the limit is refused before reading', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/large-declared', { ...local, maxBytes: 1024 * 1024 }), 'FETCH_TOO_LARGE');
    assert.equal((error.detail as { declared: number }).declared, 50 * 1024 * 1024);
  });

  test('a gzip bomb stops at the limit on the decompressed size', T, async () => {
    const before = process.memoryUsage().rss;
    const error = await rejectsWith(fetchDocument(server.origin + '/bomb', { ...local, maxBytes: 1024 * 1024 }), 'FETCH_TOO_LARGE');
    assert.equal((error.detail as { counted: string }).counted, 'decoded');
    // 64 MB inflated would show; the limit keeps growth far below it.
    assert.ok(process.memoryUsage().rss - before < 48 * 1024 * 1024);
  });

  test('a corrupt gzip body is a decode error', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/bad-gzip.html', local), 'FETCH_DECODE');
  });

  test('an unknown content encoding is a decode error', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/odd-encoding.html', local), 'FETCH_DECODE');
  });
});

describe('redirects', () => {
  test('follows redirects up to the limit and reports the chain', T, async () => {
    const doc = await fetchDocument(server.origin + '/redirect/3', local);
    assert.equal(doc.url, server.origin + '/ok.html');
    assert.deepEqual(doc.redirects, ['/redirect/3', '/redirect/2', '/redirect/1', '/redirect/0', '/ok.html'].map((p) => server.origin + p));
  });

  test('too many redirects', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/redirect/4', { ...local, maxRedirects: 3 }), 'FETCH_REDIRECT_LIMIT');
    assert.equal((error.detail as { reason: string }).reason, 'limit');
  });

  test('a redirect loop is detected', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/loop-a', local), 'FETCH_REDIRECT_LIMIT');
    assert.equal((error.detail as { reason: string }).reason, 'loop');
  });

  test('a redirect without Location', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/redirect-no-location', local), 'FETCH_BAD_STATUS');
  });

  test('a redirect to a non-http scheme', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/to-file', local), 'FETCH_BAD_URL');
  });

  const hopGuard: Array<[path: string, address: string]> = [
    ['/to-private', '10.0.0.1'],
    ['/to-metadata', '169.254.169.254'],
  ];
  for (const [path, address] of hopGuard) {
    test(`the SSRF guard applies on every hop (${path} → ${address})`, T, async () => {
      // Only the fixture server's address is allowed; the redirect target must be refused unconnected.
      const error = await rejectsWith(fetchDocument(server.origin + path, { ...local, allowPrivateNetwork: ['127.0.0.1'] }), 'FETCH_BLOCKED_ADDRESS');
      assert.equal((error.detail as { address: string }).address, address);
    });
  }
});

describe('statuses and conditional requests', () => {
  test('an error status is FETCH_BAD_STATUS with the status', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/not-found', local), 'FETCH_BAD_STATUS');
    assert.equal((error.detail as { status: number }).status, 404);
  });

  test('Retry-After is kept in the error detail', T, async () => {
    const error = await rejectsWith(fetchDocument(server.origin + '/busy', local), 'FETCH_BAD_STATUS');
    assert.equal((error.detail as { retryAfter: string }).retryAfter, '7200');
  });

  test('ETag: 200 first, then 304 Not Modified', T, async () => {
    server.state.etagFeedVersion = 1;
    const first = await fetchIfChanged(server.origin + '/etag-feed.xml', {}, local);
    assert.equal(first.notModified, false);
    assert.equal(first.headers.etag, '"v1"');
    const second = await fetchIfChanged(server.origin + '/etag-feed.xml', { etag: first.headers.etag }, local);
    assert.equal(second.notModified, true);
    assert.equal(second.status, 304);
    assert.equal(server.requests.at(-1)?.ifNoneMatch, '"v1"');
  });

  test('Last-Modified: 304 on If-Modified-Since', T, async () => {
    const first = await fetchIfChanged(server.origin + '/lastmod-feed.xml', {}, local);
    assert.equal(first.notModified, false);
    const second = await fetchIfChanged(server.origin + '/lastmod-feed.xml', { lastModified: first.headers.lastModified }, local);
    assert.equal(second.notModified, true);
  });
});

describe('timeouts', () => {
  test('a server that never answers hits the total timeout', T, async () => {
    const started = Date.now();
    const error = await rejectsWith(fetchDocument(server.origin + '/hang', { ...local, totalTimeoutMs: 300 }), 'FETCH_TIMEOUT');
    assert.equal((error.detail as { phase: string }).phase, 'total');
    assert.ok(Date.now() - started < 3000);
  });

  test('a body that stalls hits the total timeout', T, async () => {
    await rejectsWith(fetchDocument(server.origin + '/slow-body', { ...local, totalTimeoutMs: 300 }), 'FETCH_TIMEOUT');
  });

  test('a connection that never completes its handshake hits the connect timeout', T, async () => {
    const silent = await startSilentServer();
    try {
      const error = await rejectsWith(fetchDocument(`https://127.0.0.1:${silent.port}/`, { ...local, connectTimeoutMs: 200, totalTimeoutMs: 5000 }), 'FETCH_TIMEOUT');
      assert.equal((error.detail as { phase: string }).phase, 'connect');
    } finally {
      await silent.close();
    }
  });

  test('a closed port is a network error, not a hang', T, async () => {
    const silent = await startSilentServer();
    const port = silent.port;
    await silent.close();
    await rejectsWith(fetchDocument(`http://127.0.0.1:${port}/`, local), 'FETCH_NETWORK');
  });
});

describe('SSRF guard and URL checks (negative cases: nothing is contacted)', () => {
  const blocked: Array<[url: string, why: string]> = [
    ['http://127.0.0.1:1/', 'loopback'],
    ['http://10.0.0.1/', 'private 10/8'],
    ['http://172.20.1.1/', 'private 172.16/12'],
    ['http://192.168.1.1/', 'private 192.168/16'],
    ['http://[::1]/', 'IPv6 loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local (cloud metadata)'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://0.0.0.0/', 'this network'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped loopback'],
    ['http://[fd12:3456::1]/', 'unique-local IPv6'],
    ['http://[fe80::1]/', 'link-local IPv6'],
    ['http://224.0.0.1/', 'multicast'],
    ['http://2130706433/', 'decimal form of 127.0.0.1'],
    ['http://0x7f.1/', 'hex form of 127.0.0.1'],
    ['http://localhost:1/', 'a name resolving to loopback'],
  ];
  for (const [url, why] of blocked) {
    test(`refuses ${url} (${why})`, T, async () => {
      const before = server.requests.length;
      await rejectsWith(fetchDocument(url, { totalTimeoutMs: 3000 }), 'FETCH_BLOCKED_ADDRESS');
      assert.equal(server.requests.length, before);
    });
  }

  test('refuses a host name that resolves to loopback (injected resolver)', T, async () => {
    const lookup: HostLookup = async () => [{ address: '127.0.0.1', family: 4 }];
    const error = await rejectsWith(fetchDocument(`http://news.example.test:${server.port}/ok.html`, { lookup }), 'FETCH_BLOCKED_ADDRESS');
    assert.equal((error.detail as { host: string }).host, 'news.example.test');
  });

  test('refuses a name with one public and one private address', T, async () => {
    const lookup: HostLookup = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    await rejectsWith(fetchDocument('http://mixed.example.test/', { lookup }), 'FETCH_BLOCKED_ADDRESS');
  });

  test('pins the resolved address: the connection does not look the name up again', T, async () => {
    let calls = 0;
    // A rebinding resolver: the first answer is allowed, later answers would be a private address.
    const lookup: HostLookup = async () => (calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.9.9.9', family: 4 }]);
    const doc = await fetchDocument(`http://rebind.example.test:${server.port}/ok.html`, { lookup, allowPrivateNetwork: ['127.0.0.1'] });
    assert.equal(doc.status, 200);
    assert.equal(calls, 1);
  });

  const badUrls: Array<[url: string, why: string]> = [
    ['file:///etc/passwd', 'file scheme'],
    ['ftp://example.test/x', 'ftp scheme'],
    ['http://user:secret@example.test/', 'credentials'],
    ['not a url', 'not a URL'],
    ['', 'empty'],
  ];
  for (const [url, why] of badUrls) {
    test(`refuses ${JSON.stringify(url)} (${why})`, T, async () => {
      await rejectsWith(fetchDocument(url, local), 'FETCH_BAD_URL');
    });
  }
});

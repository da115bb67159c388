import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestSampleCorpus } from '../cli/commands/demo.js';
import { SqliteStore } from '../core/store/sqlite/sqlite-store.js';
import { CLI } from '../testing/repo-path.js';
import { runStoryline } from '../testing/run-cli.js';
import { CONTENT_SECURITY_POLICY } from './http.js';
import * as S from './schemas.js';
import { isLoopback, startServer } from './server.js';

// The API through a real listening socket on loopback, and `storyline serve` as a real child process.

const dir = mkdtempSync(join(tmpdir(), 'storyline-serve-'));
const db = join(dir, 'demo.db');

before(async () => {
  await ingestSampleCorpus(db);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('server: answers over loopback with JSON, ETags, 304s and security headers', async () => {
  const store = SqliteStore.open(db);
  const server = await startServer({ store, port: 0 });
  try {
    assert.equal(server.host, '127.0.0.1');
    assert.ok(server.port > 0);
    const res = await fetch(`${server.url}api/stories?limit=3`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
    const page = S.pageOf(S.StoryWithCoverageSchema).parse(await res.json());
    assert.equal(page.items.length, 3);
    const etag = res.headers.get('ETag')!;
    const cached = await fetch(`${server.url}api/stories?limit=3`, { headers: { 'If-None-Match': etag } });
    assert.equal(cached.status, 304);
    const story = await fetch(`${server.url}api/stories/${page.items[0]!.id}`);
    assert.equal(S.StoryDetailSchema.parse(await story.json()).id, page.items[0]!.id);
    const missing = await fetch(`${server.url}api/articles/nope`);
    assert.equal(missing.status, 404);
    assert.equal(S.ErrorSchema.parse(await missing.json()).error.code, 'NOT_FOUND');
    const post = await fetch(`${server.url}api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: 'x'.repeat(11 * 1024 * 1024) });
    assert.equal(post.status, 413);
  } finally {
    await server.close();
    await store.close();
  }
});

test('server: refuses to listen beyond loopback without a token', async () => {
  assert.ok(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost') && isLoopback('127.8.0.1'));
  assert.ok(!isLoopback('0.0.0.0') && !isLoopback('192.168.1.5') && !isLoopback('::'));
  const store = SqliteStore.open(db);
  try {
    await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0 }), (e: Error & { code?: string }) => e.code === 'USAGE' && /token/.test(e.message));
    const withToken = await startServer({ store, host: '0.0.0.0', port: 0, token: 'tok' });
    try {
      const res = await fetch(`http://127.0.0.1:${withToken.port}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: '{}\n' });
      assert.equal(res.status, 401);
    } finally {
      await withToken.close();
    }
  } finally {
    await store.close();
  }
});

/** Starts `storyline serve` (or another serving command) and resolves with the address it prints. */
function spawnServe(args: string[], env: NodeJS.ProcessEnv = {}, command = 'serve'): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, command, ...args], { env: { ...process.env, STORYLINE_DB: '', STORYLINE_TOKEN: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    // `demo` ingests the sample corpus first: a few seconds alone, several times that on a loaded machine.
    const timer = setTimeout(() => {
      // A server that never said where it listens would keep this test file alive: stop it.
      child.kill('SIGKILL');
      reject(new Error(`serve printed no address in 90 s: ${out} ${err}`));
    }, 90_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /serving (http:\/\/\S+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
}

test('serve: the CLI starts a real server, answers, and stops on SIGTERM', async () => {
  const { child, url } = await spawnServe(['--db', db, '--port', '0']);
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = S.HealthSchema.parse(await (await fetch(`${url}api/health`)).json());
    assert.ok(health.articles > 40);
    const doc = await (await fetch(`${url}api/openapi.json`)).json() as { openapi: string };
    assert.equal(doc.openapi, '3.1.0');
    const page = await fetch(url);
    assert.match(page.headers.get('Content-Type')!, /^text\/html/);
    assert.equal(page.headers.get('Content-Security-Policy'), CONTENT_SECURITY_POLICY);
  } finally {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  }
});

test('demo: ingests the samples and ends by serving them', async () => {
  const demoDb = join(dir, 'demo-serve.db');
  const { child, url } = await spawnServe(['--db', demoDb, '--port', '0'], {}, 'demo');
  try {
    const stories = S.pageOf(S.StoryWithCoverageSchema).parse(await (await fetch(`${url}api/stories`)).json());
    assert.ok(stories.total >= 3);
  } finally {
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  }
});

test('serve: beyond loopback without a token is a usage error (exit 2)', async () => {
  const r = await runStoryline(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /token/);
  const bad = await runStoryline(['serve', '--db', db, '--port', 'eighty']);
  assert.equal(bad.code, 2);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runStoryline } from '../testing/run-cli.js';
import { CLI } from '../testing/repo-path.js';
import { COMMANDS } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-cli-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'cli.db');

const RECORDS = [
  { id: 'a1', title: 'Harbour strike begins', text: 'Dock workers in the harbour walked out on Monday. "We will not move," said union leader Mara Tell.', outlet: 'Coast Daily', published: '2025-04-01', url: 'https://coast.example/a1', section: 'labour' },
  { id: 'a2', title: 'Strike enters second week', text: 'The harbour strike entered its second week as talks stalled.', outlet: 'Port Ledger', published: '2025-04-08' },
  { id: 'a3', title: 'Flood warning', text: 'The river authority issued a flood warning for the valley.', outlet: 'Coast Daily', published: '2025-05-06' },
];
const jsonl = join(dir, 'records.jsonl');
writeFileSync(jsonl, RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');

test('cli: --help for the program and for every command', async () => {
  const main = await runStoryline(['--help']);
  assert.equal(main.code, 0);
  for (const c of COMMANDS) {
    assert.match(main.stdout, new RegExp(`\\b${c.name}\\b`));
    const r = await runStoryline([c.name, '--help']);
    assert.equal(r.code, 0, c.name);
    assert.match(r.stdout, /^Usage: storyline/, c.name);
  }
});

test('cli: unknown commands and options are usage errors (exit 2) that say what was wrong', async () => {
  const r1 = await runStoryline(['frobnicate']);
  assert.equal(r1.code, 2);
  assert.match(r1.stderr, /unknown command "frobnicate"/);
  const r2 = await runStoryline(['articles', '--bogus', '--db', db]);
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /bogus/);
  const r3 = await runStoryline(['articles', '--since', 'yesterday', '--db', db]);
  assert.equal(r3.code, 2);
  assert.match(r3.stderr, /--since takes a date/);
  assert.equal((await runStoryline([])).code, 2);
});

test('cli: ingest, list, show, search, stats and export', async () => {
  const ing = await runStoryline(['ingest', jsonl, '--db', db]);
  assert.equal(ing.code, 0, ing.stderr);
  assert.match(ing.stdout, /3 added, 0 already stored, 0 rejected/);
  const again = await runStoryline(['ingest', jsonl, '--db', db, '--json']);
  assert.equal(JSON.parse(again.stdout).duplicates, 3);

  const list = JSON.parse((await runStoryline(['articles', '--db', db, '--json'])).stdout);
  assert.equal(list.total, 3);
  assert.deepEqual(list.items.map((a: { externalId: string }) => a.externalId), ['a3', 'a2', 'a1']);
  const filtered = JSON.parse((await runStoryline(['articles', '--db', db, '--json', '--outlet', 'Coast Daily', '--until', '2025-04-30'])).stdout);
  assert.deepEqual(filtered.items.map((a: { externalId: string }) => a.externalId), ['a1']);

  const show = await runStoryline(['articles', 'show', 'a1', '--db', db, '--text']);
  assert.equal(show.code, 0);
  assert.match(show.stdout, /Harbour strike begins/);
  assert.match(show.stdout, /Dock workers in the harbour/);
  const missing = await runStoryline(['articles', 'show', 'zzz', '--db', db]);
  assert.equal(missing.code, 4);

  const search = JSON.parse((await runStoryline(['search', 'harbour strike', '--db', db, '--json'])).stdout);
  assert.equal(search.total, 2);
  assert.match(search.items[0].snippet, /\[/);
  const plain = await runStoryline(['search', 'flood', '--db', db]);
  assert.match(plain.stdout, /Flood warning/);

  const stats = JSON.parse((await runStoryline(['stats', '--db', db, '--json'])).stdout);
  assert.equal(stats.articles, 3);
  assert.equal(stats.outlets.length, 2);

  const exp = await runStoryline(['export', '--db', db, '--what', 'articles', '--format', 'jsonl']);
  const rows = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 3);
  for (const row of rows) {
    for (const key of ['id', 'outlet', 'published', 'title', 'duplicate_of', 'event_id', 'story_id']) assert.ok(key in row, key);
  }
  assert.deepEqual(rows.map((r) => r.id), ['a1', 'a2', 'a3']);
  assert.equal(rows[0].metadata.section, 'labour');
  const asJson = JSON.parse((await runStoryline(['export', '--db', db, '--format', 'json'])).stdout);
  assert.equal(asJson.length, 3);
  const csv = (await runStoryline(['export', '--db', db, '--format', 'csv'])).stdout.trim().split('\r\n');
  assert.equal(csv.length, 4);
  assert.match(csv[0], /^id,storyline_id,outlet,published,published_source,title/);
  const out = join(dir, 'out.jsonl');
  const toFile = await runStoryline(['export', '--db', db, '--out', out]);
  assert.equal(toFile.code, 0);
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 3);
});

test('cli: ingest exits 3 when documents were rejected and reports file, line and reason', async () => {
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"id":"g","text":"Good one."}\n{"id":"x", "text": \n');
  const r = await runStoryline(['ingest', bad, '--db', join(dir, 'bad.db')]);
  assert.equal(r.code, 3);
  assert.match(r.stdout, /malformed-json: 1/);
  assert.match(r.stdout, /bad\.jsonl\s+2\s+malformed-json/);
  const rej = await runStoryline(['export', '--what', 'rejections', '--db', join(dir, 'bad.db')]);
  assert.equal(JSON.parse(rej.stdout.trim()).reason, 'malformed-json');
  const none = await runStoryline(['ingest', join(dir, 'nope.txt'), '--db', join(dir, 'bad.db')]);
  assert.equal(none.code, 4);
});

test('cli: ingest from standard input, and STORYLINE_DB selects the database', async () => {
  const envDb = join(dir, 'env.db');
  const r = await runStoryline(['ingest', '-', '--outlet', 'Pipe News', '--published', '2025-06-01'], { input: 'A story that came through a pipe.', env: { STORYLINE_DB: envDb } });
  assert.equal(r.code, 0, r.stderr);
  assert.ok(existsSync(envDb));
  const list = JSON.parse((await runStoryline(['articles', '--json'], { env: { STORYLINE_DB: envDb } })).stdout);
  assert.equal(list.items[0].outlet, 'Pipe News');
  assert.equal(list.items[0].published, '2025-06-01');
});

test('cli: a killed ingest leaves a consistent database and a re-run completes it with nothing twice', async () => {
  const big = join(dir, 'big.jsonl');
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) lines.push(JSON.stringify({ id: `k${i}`, text: `Report ${i}: the council debated the budget for the harbour district again.`, outlet: 'Council Watch' }));
  writeFileSync(big, lines.join('\n'));
  const killDb = join(dir, 'kill.db');
  const child = spawn(process.execPath, [CLI, 'ingest', big, '--db', killDb, '--quiet'], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1500));
  child.kill('SIGKILL');
  await new Promise((r) => child.on('close', r));
  const partial = JSON.parse((await runStoryline(['stats', '--json', '--db', killDb])).stdout).articles as number;
  assert.ok(partial < 3000, `killed before the end (${partial} stored)`);
  const rerun = JSON.parse((await runStoryline(['ingest', big, '--db', killDb, '--json'])).stdout);
  assert.equal(rerun.added + rerun.duplicates, 3000);
  assert.equal(rerun.duplicates, partial);
  assert.equal(JSON.parse((await runStoryline(['stats', '--json', '--db', killDb])).stdout).articles, 3000);
});

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoryline, type CliResult } from '../testing/run-cli.js';
import { repoPath } from '../testing/repo-path.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-entities-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, 'demo.db');

interface Expected {
  people: Array<{ name: string; surface_forms: string[] }>;
  must_not_merge: Array<{ a: string; b: string }>;
}
const expected = JSON.parse(readFileSync(repoPath('samples', 'expected.json'), 'utf8')) as Expected;

async function cli(...args: string[]): Promise<CliResult> {
  return runStoryline([...args, '--db', db]);
}

/** Runs a command that must succeed and print JSON. */
async function cliJson<T>(...args: string[]): Promise<T> {
  const r = await cli(...args, '--json');
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** The id `entity NAME` resolves to, or null when no entity (or several) carry the name. */
async function idOf(name: string): Promise<string | null> {
  const r = await cli('entity', name, '--json');
  if (r.code === 4) return null;
  assert.equal(r.code, 0, `entity ${name}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { id?: string };
  return out.id ?? null;
}

before(async () => {
  const r = await runStoryline(['demo', '--db', db, '--no-serve']);
  assert.equal(r.code, 0, r.stderr);
});

test('cli entities: ranked by articles, filtered, as a table or JSON', async () => {
  const all = await cli('entities', '--json', '--limit', '200');
  assert.equal(all.code, 0, all.stderr);
  const page = JSON.parse(all.stdout) as { items: Array<{ id: string; type: string; articles: number }>; total: number };
  assert.ok(page.total > 10);
  for (let i = 1; i < page.items.length; i++) assert.ok(page.items[i - 1]!.articles >= page.items[i]!.articles);
  const people = await cliJson<typeof page>('entities', '--type', 'PERSON');
  assert.ok(people.items.length > 0 && people.items.every((e) => e.type === 'PERSON'));
  const early = await cliJson<typeof page>('entities', '--until', '2000-01-01');
  assert.equal(early.total, 0);
  const text = await cli('entities', '--limit', '3');
  assert.match(text.stdout, /^name\s+type\s+articles/);
  assert.match(text.stdout, /3 of \d+ entities/);
  assert.equal((await cli('entities', '--since', 'yesterday')).code, 2);
  assert.equal((await cli('entities', 'stray')).code, 2);
});

test('cli entity: Latin and Cyrillic spellings of one person are one entity, with counts, outlets and roles', async () => {
  const r = await cli('entity', 'Kostyrsky', '--json');
  assert.equal(r.code, 0, r.stderr);
  const d = JSON.parse(r.stdout) as { id: string; type: string; aliases: Array<{ alias: string; count: number; outlets: string[] }>; roles: unknown[]; cooccurring: unknown[]; articles: unknown[] };
  assert.equal(d.type, 'PERSON');
  const aliases = new Set(d.aliases.map((a) => a.alias));
  assert.ok([...aliases].some((a) => /[А-яІіЇїЄєҐґ]/u.test(a)), 'a Cyrillic alias');
  assert.ok([...aliases].some((a) => /^[A-Za-z ]+$/.test(a)), 'a Latin alias');
  assert.ok(d.aliases.every((a) => a.count >= 0 && Array.isArray(a.outlets)));
  assert.ok(d.roles.length > 0 && d.cooccurring.length > 0 && d.articles.length > 0);
  const person = expected.people.find((p) => p.surface_forms.includes('Kostyrsky'))!;
  for (const form of person.surface_forms.filter((f) => !/[А-яІіЇїЄєҐґ]/u.test(f) || aliases.has(f))) {
    assert.equal(await idOf(form), d.id, form);
  }
  for (const form of ['Костирський', 'Алексей Костырский']) assert.equal(await idOf(form), d.id, form);
  const text = await cli('entity', 'Костирський');
  assert.match(text.stdout, /Aliases[\s\S]*Roles over time[\s\S]*Co-occurring entities[\s\S]*Articles/);
});

test('cli entity: the must-not-merge pairs stay apart', async () => {
  for (const { a, b } of expected.must_not_merge) {
    const [x, y] = [await idOf(a), await idOf(b)];
    if (x !== null && y !== null) assert.notEqual(x, y, `${a} / ${b}`);
  }
  const matches = (await cliJson<{ matches: Array<{ name: string }> }>('entity', 'Valko')).matches.map((m) => m.name);
  assert.ok(matches.includes('Irena Valko') && matches.includes('Teodor Valko'));
});

test('cli entity: unknown names and bad arguments are clear errors', async () => {
  const none = await cli('entity', 'Nobody Whatsoever');
  assert.equal(none.code, 4);
  assert.match(none.stderr, /No entity has the name or alias "Nobody Whatsoever"/);
  assert.equal((await cli('entity')).code, 2);
  assert.equal((await cli('entity', 'merge', 'Irena Valko')).code, 2);
  assert.equal((await cli('entity', 'merge', 'Valko', 'Irena Valko')).code, 2, 'an ambiguous name is refused');
  assert.equal((await cli('entity', 'alias', 'Irena Valko', '---')).code, 2);
});

test('cli entity merge/split/alias: round trip, and the corrections survive a re-ingest', async () => {
  const tilly = await idOf('Agnes Tilly');
  const holm = await idOf('Agnes Holm');
  assert.ok(tilly && holm && tilly !== holm);

  const merged = await cli('entity', 'merge', 'Agnes Tilly', 'Agnes Holm');
  assert.equal(merged.code, 0, merged.stderr);
  assert.match(merged.stdout, /^merge: applied/);
  assert.equal(await idOf('Agnes Holm'), tilly);

  const split = await cli('entity', 'split', 'Agnes Tilly', 'Agnes Holm', '--json');
  assert.equal(split.code, 0, split.stderr);
  assert.equal((JSON.parse(split.stdout) as { outcome: { status: string } }).outcome.status, 'applied');
  const holmAgain = await idOf('Agnes Holm');
  assert.ok(holmAgain && holmAgain !== tilly);

  assert.equal(await idOf('Kostya the Negotiator'), null);
  const kostyrsky = await idOf('Kostyrsky');
  const alias = await cli('entity', 'alias', 'Kostyrsky', 'Kostya the Negotiator');
  assert.equal(alias.code, 0, alias.stderr);
  assert.match(alias.stdout, /^alias: applied/);
  assert.equal(await idOf('Kostya the Negotiator'), kostyrsky);

  const merged2 = await cli('entity', 'merge', 'Irena Valko', 'Teodor Valko');
  assert.equal(merged2.code, 0, merged2.stderr);
  const irena = await idOf('Irena Valko');
  assert.equal(await idOf('Teodor Valko'), irena);

  // A re-ingest: the sample corpus again (nothing new) and a new article, which re-runs the resolution.
  assert.equal((await runStoryline(['demo', '--db', db, '--no-serve'])).code, 0);
  const extra = join(dir, 'extra.jsonl');
  writeFileSync(extra, JSON.stringify({ id: 'x1', title: 'Talks', text: 'Agnes Holm met Agnes Tilly in the port on Friday.', outlet: 'Test Wire', published: '2025-07-01' }) + '\n');
  const ingest = await cli('ingest', extra);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.equal(await idOf('Kostya the Negotiator'), kostyrsky);
  assert.equal(await idOf('Teodor Valko'), irena);
  assert.notEqual(await idOf('Agnes Holm'), await idOf('Agnes Tilly'));
});

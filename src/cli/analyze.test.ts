import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runStoryline } from '../testing/run-cli.js';
import { repoPath } from '../testing/repo-path.js';

const FIXTURES = repoPath('src', 'cli', 'fixtures', 'analyze');

// Golden tests: each folder holds input.txt or input.html, an optional args.json, and
// expected.json with the fields to check. One assertion per field, so a failure names what broke.
for (const slug of readdirSync(FIXTURES).sort()) {
  const folder = join(FIXTURES, slug);
  const input = ['input.txt', 'input.html'].map((f) => join(folder, f)).find((f) => existsSync(f))!;
  const args = existsSync(join(folder, 'args.json')) ? JSON.parse(readFileSync(join(folder, 'args.json'), 'utf8')) as string[] : [];
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<string, unknown>;
  test(`analyze golden ${slug}`, async (t) => {
    const r = await runStoryline(['analyze', input, '--compact', ...args]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    for (const [field, value] of Object.entries(expected)) {
      await t.test(field, () => assert.deepEqual(out[field], value));
    }
    await t.test('every offset indexes into text', () => {
      const text = out.text as string;
      for (const e of out.entities as Array<{ mentions: Array<{ text: string; start: number; end: number }> }>) {
        for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
      }
      for (const q of out.quotes as Array<{ text: string; start: number; end: number }>) assert.equal(text.slice(q.start, q.end), q.text);
      for (const d of out.dates as Array<{ text: string; start: number; end: number }>) assert.equal(text.slice(d.start, d.end), d.text);
    });
    await t.test('every removal indexes into the input', () => {
      const raw = readFileSync(input, 'utf8');
      for (const rm of out.removed as Array<{ text: string; start: number; end: number }>) assert.equal(raw.slice(rm.start, rm.end), rm.text);
    });
  });
}

test('analyze: the contract fields are all present', async () => {
  const r = await runStoryline(['analyze', '-'], { input: 'Short text about a council vote in the valley town.' });
  const out = JSON.parse(r.stdout);
  for (const key of ['schema', 'title', 'byline', 'published', 'outlet', 'language', 'tags', 'text', 'removed', 'entities', 'quotes', 'dates']) {
    assert.ok(key in out, key);
  }
  assert.equal(out.schema, 'storyline.analyze/1');
});

test('analyze --verbatim: text is exactly the input', async () => {
  const input = '  Two  spaces\r\nand CRLF\n\n\nkept.  ';
  const out = JSON.parse((await runStoryline(['analyze', '--verbatim', '-'], { input })).stdout);
  assert.equal(out.text, input);
});

test('analyze: binary and empty input are rejected with exit 3 and a reason', async () => {
  const bin = await runStoryline(['analyze', '-'], { input: Buffer.from([0, 1, 2, 3, 0, 255]) });
  assert.equal(bin.code, 3);
  assert.match(bin.stderr, /binary/);
  const empty = await runStoryline(['analyze', '-'], { input: '' });
  assert.equal(empty.code, 3);
  assert.match(empty.stderr, /empty/);
  const bad = await runStoryline(['analyze', '--published', '27/08/2025', '-'], { input: 'x' });
  assert.equal(bad.code, 2);
});

test('analyze: the byline\'s reporters and a removed credit\'s agency are entities whose other mentions never index `text`', async () => {
  const input = 'By Corin Vastel and Ilse Marrow\n\nThe harbour council of Dravna met on Monday. Corin Vastel asked the mayor about the budget.\n\nPhoto: Tomas Brede/Getty Images\n\nThe vote was put off until April.';
  const out = JSON.parse((await runStoryline(['analyze', '-'], { input })).stdout) as {
    byline: string; text: string;
    removed: Array<{ text: string }>;
    entities: Array<{ name: string; type: string; roles?: string[]; mentions: Array<{ text: string; start: number; end: number }>; otherMentions?: Array<{ field: string; removal?: number; text: string; start: number; end: number }> }>;
  };
  const marrow = out.entities.find((e) => e.name === 'Ilse Marrow');
  assert.ok(marrow, JSON.stringify(out.entities.map((e) => e.name)));
  assert.deepEqual(marrow.mentions, []);
  assert.deepEqual(marrow.roles, ['reporter']);
  const vastel = out.entities.find((e) => e.name === 'Corin Vastel')!;
  assert.equal(vastel.mentions.length, 1);
  for (const e of out.entities) {
    for (const m of e.mentions) assert.equal(out.text.slice(m.start, m.end), m.text);
    for (const m of e.otherMentions ?? []) {
      const source = m.field === 'byline' ? out.byline : out.removed[m.removal!].text;
      assert.equal(source.slice(m.start, m.end), m.text);
    }
  }
  assert.deepEqual(vastel.otherMentions?.map((m) => m.field), ['byline']);
  const getty = out.entities.find((e) => e.name === 'Getty Images');
  assert.equal(getty?.type, 'ORG');
  assert.deepEqual(getty?.otherMentions?.map((m) => m.field), ['removed']);
});

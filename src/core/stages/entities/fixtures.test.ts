import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveEntities } from './resolve-entities.js';
import { getDefaultTagger } from './tag-entities.js';

interface Expected {
  entities: { name: string; type: string; mentions?: string[]; mentionCount?: number; roles?: string[] }[];
  absent: string[];
}

// Fixtures live in the source tree (tests run from dist/), one folder per case: input.txt + expected.json.
const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', '..', '..', '..', '..', 'src', 'core', 'stages', 'entities', 'fixtures');

// Other files here (the Cyrillic mention sets of the `ner` eval) are not article fixtures.
for (const slug of readdirSync(fixtures).filter((f) => existsSync(join(fixtures, f, 'input.txt')))) {
  const text = readFileSync(join(fixtures, slug, 'input.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixtures, slug, 'expected.json'), 'utf8')) as Expected;
  const entities = resolveEntities(text, getDefaultTagger().analyze(text));
  for (const e of expected.entities) {
    const found = entities.find((x) => x.name === e.name);
    test(`${slug}: entity ${e.name} exists`, () => assert.ok(found, JSON.stringify(entities.map((x) => x.name))));
    if (found === undefined) continue;
    test(`${slug}: ${e.name} type`, () => assert.equal(found.type, e.type));
    if (e.mentions) test(`${slug}: ${e.name} mentions`, () => assert.deepEqual(found.mentions.map((m) => m.text), e.mentions));
    if (e.mentionCount) test(`${slug}: ${e.name} mention count`, () => assert.equal(found.mentions.length, e.mentionCount));
    if (e.roles) test(`${slug}: ${e.name} roles`, () => assert.deepEqual(found.roles, e.roles));
    test(`${slug}: ${e.name} offsets`, () => {
      for (const m of found.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
  }
  test(`${slug}: absent names`, () => {
    for (const a of expected.absent) assert.ok(!entities.some((x) => x.name === a), a);
  });
}

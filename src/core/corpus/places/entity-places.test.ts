import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../store/postgres/postgres-store.js';
import { pgTestServer, SKIP_REASON } from '../../store/postgres/pg-test-server.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../../store/store-contract.js';
import { runStoryline } from '../../../testing/run-cli.js';
import { aliasKey, resolveEntitiesStep } from '../entities/resolve-entities-step.js';
import { resolveEntities } from '../entities/resolve-entities.js';
import { placeQueries } from './entity-places.js';

const dir = mkdtempSync(join(tmpdir(), 'storyline-places-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** A real SQLite file with these articles, resolved by the corpus step. */
async function resolvedStore(file: string, texts: string[]): Promise<Record<string, number>> {
  const store = SqliteStore.open(join(dir, file));
  try {
    for (const [i, text] of texts.entries()) await store.putArticle(sampleArticle(text, { outlet: `Outlet ${i}`, published: `2025-05-0${i + 1}` }));
    return await resolveEntitiesStep.run(store, { addedIds: [] });
  } finally {
    await store.close();
  }
}

async function detailOf(file: string, name: string) {
  const store = SqliteStore.open(join(dir, file));
  try {
    const [match] = await store.entities().findEntities({ key: aliasKey(name) });
    assert.ok(match, `no entity ${name}`);
    return await store.entities().getEntity(match.id);
  } finally {
    await store.close();
  }
}

test('entity places: the resolution step attaches the place to PLACE entities in a SQLite file', async () => {
  const counts = await resolvedStore('us.db', [
    'The governor of Georgia spoke in Atlanta on Monday. Voters in Savannah and Atlanta queued for hours.',
    'Authorities in Dravna said the port stayed open, and Atlanta sent help.',
  ]);
  assert.ok(counts.places! >= 3, JSON.stringify(counts));
  const georgia = await detailOf('us.db', 'Georgia');
  assert.equal(georgia?.type, 'PLACE');
  assert.equal(georgia?.data.place?.kind, 'region');
  assert.equal(georgia?.data.place?.countryCode, 'US');
  assert.ok(georgia!.data.place!.evidence.some((e) => e.includes('Atlanta lies in Georgia')), georgia!.data.place!.evidence.join('\n'));
  const atlanta = await detailOf('us.db', 'Atlanta');
  assert.equal(atlanta?.data.place?.kind, 'city');
  assert.ok(atlanta!.data.place!.geonamesId! > 0);
  const dravna = await detailOf('us.db', 'Dravna');
  assert.equal(dravna?.data.place, undefined, 'a place with no gazetteer entry stays without one');
  // The same name among other places is the country.
  await resolvedStore('caucasus.db', ['Georgia and Russia fought in 2008. Tbilisi accused Moscow of stoking unrest in Abkhazia.']);
  const country = await detailOf('caucasus.db', 'Georgia');
  assert.equal(country?.data.place?.kind, 'country');
  assert.equal(country?.data.place?.countryCode, 'GE');
});

test('entity places: Kiev and Київ from two articles resolve to one entity with one place', async () => {
  await resolvedStore('ua.db', ['Officials in Kiev said the train from Odessa reached Kharkiv.', 'Харків і Київ: Київ оголосив тривогу.']);
  const kyiv = await detailOf('ua.db', 'Київ');
  assert.equal(kyiv?.data.place?.name, 'Kyiv');
  assert.equal(kyiv?.data.place?.countryCode, 'UA');
  assert.equal((await detailOf('ua.db', 'Kiev'))?.id, kyiv?.id);
  assert.equal((await detailOf('ua.db', 'Kharkiv'))?.data.place?.name, 'Kharkiv');
  assert.equal((await detailOf('ua.db', 'Odessa'))?.data.place?.countryCode, 'UA');
});

test('entity places: context is the other PLACE entities of the same articles', () => {
  const resolution = resolveEntities([
    { name: 'Georgia', type: 'PLACE', mentions: ['Georgia'], article: 'a' },
    { name: 'Atlanta', type: 'PLACE', mentions: ['Atlanta'], article: 'a' },
    { name: 'Delta', type: 'ORG', mentions: ['Delta'], article: 'a' },
    { name: 'Tbilisi', type: 'PLACE', mentions: ['Tbilisi'], article: 'b' },
  ]);
  const queries = placeQueries(resolution.entities);
  assert.equal(queries.length, 3);
  const byName = new Map(resolution.entities.map((e) => [e.name, e.id]));
  const georgia = queries.find((q) => q.id === byName.get('Georgia'))!;
  assert.deepEqual(georgia.context, [byName.get('Atlanta')]);
  assert.deepEqual(queries.find((q) => q.id === byName.get('Tbilisi'))!.context, []);
});

test('entity places: storyline entity prints the place with its coordinates', async () => {
  const db = join(dir, 'us.db');
  const r = await runStoryline(['entity', 'Georgia', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const detail = await detailOf('us.db', 'Georgia');
  const p = detail!.data.place!;
  assert.ok(r.stdout.includes(`Place: Georgia (region in United States, US) at ${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`), r.stdout);
  assert.match(r.stdout, /Atlanta lies in Georgia/);
  const json = await runStoryline(['entity', 'Atlanta', '--db', db, '--json']);
  const parsed = JSON.parse(json.stdout) as { data: { place?: { lat: number; lon: number; countryCode: string } } };
  assert.equal(parsed.data.place?.countryCode, 'US');
  assert.ok(Math.abs(parsed.data.place!.lat - 33.75) < 0.2 && Math.abs(parsed.data.place!.lon + 84.39) < 0.2);
});

const pgServer = pgTestServer();
after(async () => {
  await pgServer?.dropAll();
});

test('entity places: PostgreSQL keeps the place in the entity data too', { skip: pgServer ? false : SKIP_REASON }, async () => {
  const store = await PostgresStore.open(pgServer!.freshUrl());
  try {
    await store.putArticle(sampleArticle('The governor of Georgia spoke in Atlanta on Monday. Voters in Savannah and Atlanta queued for hours.'));
    await resolveEntitiesStep.run(store, { addedIds: [] });
    const [match] = await store.entities().findEntities({ key: aliasKey('Georgia') });
    const d = await store.entities().getEntity(match!.id);
    assert.equal(d?.data.place?.kind, 'region');
    assert.equal(d?.data.place?.countryCode, 'US');
    assert.ok(d!.data.place!.evidence.length >= 2);
  } finally {
    await store.close();
  }
});

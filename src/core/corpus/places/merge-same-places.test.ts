import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityLink, ResolvedEntity } from '../entities/types.js';
import { mergeSamePlaces } from './merge-same-places.js';
import type { ResolvedPlace } from './types.js';

const entity = (id: string, name: string, type: string, articles: string[], extra: Partial<ResolvedEntity> = {}): ResolvedEntity => ({
  id, name, type, aliases: [{ alias: name, count: articles.length, outlets: ['Lake Post'] }], members: articles.map((_, i) => i),
  articles, outlets: ['Lake Post'], roles: [], merges: [], ...extra,
});
const city = (geonamesId: number, name: string): ResolvedPlace => ({ kind: 'city', name, countryCode: 'UA', country: 'Ukraine', lat: 50.45, lon: 30.52, geonamesId, evidence: [] });

test('mergeSamePlaces: names at one gazetteer entry become one place, with the entry as evidence', () => {
  const entities = [
    entity('place:kyiv', 'Kyiv', 'PLACE', ['a1', 'a2', 'a3']),
    entity('place:kyievi', 'Києві', 'PLACE', ['a4']),
    entity('place:lviv', 'Lviv', 'PLACE', ['a1']),
    entity('person:olena', 'Olena Marchuk', 'PERSON', ['a4']),
  ];
  const places = new Map([['place:kyiv', city(703448, 'Kyiv')], ['place:kyievi', city(703448, 'Kyiv')], ['place:lviv', city(702550, 'Lviv')]]);
  const links: EntityLink[] = [{ from: 'person:olena', to: 'place:kyievi', kind: 'role-at', evidence: ['mayor of Києві'] }];
  const out = mergeSamePlaces(entities, places, links);
  assert.equal(out.merged, 1);
  assert.deepEqual(out.entities.map((e) => e.id), ['place:kyiv', 'place:lviv', 'person:olena']);
  const kyiv = out.entities[0]!;
  assert.deepEqual(kyiv.articles, ['a1', 'a2', 'a3', 'a4']);
  assert.deepEqual(kyiv.aliases.map((a) => a.alias).sort(), ['Kyiv', 'Києві']);
  assert.equal(kyiv.merges.at(-1)!.rule, 'same-place');
  assert.match(kyiv.merges.at(-1)!.evidence[0]!, /GeoNames 703448/);
  assert.equal(out.places.has('place:kyievi'), false);
  assert.deepEqual(out.links.map((l) => l.to), ['place:kyiv']);
});

test('mergeSamePlaces: different entries, other types and analyst splits stay apart', () => {
  const split = entity('place:kiev-club', 'Kiev', 'PLACE', ['a5'], { merges: [{ names: ['Kyiv', 'Kiev'], rule: 'override-split', evidence: ['analyst split'], score: 1 }] });
  const entities = [entity('place:kyiv', 'Kyiv', 'PLACE', ['a1']), split, entity('org:kyiv', 'Kyiv', 'ORG', ['a2']), entity('place:kyivska', 'Kyiv Oblast', 'PLACE', ['a3'])];
  const places = new Map([
    ['place:kyiv', city(703448, 'Kyiv')], ['place:kiev-club', city(703448, 'Kyiv')], ['org:kyiv', city(703448, 'Kyiv')],
    ['place:kyivska', { kind: 'region', name: 'Kyiv Oblast', countryCode: 'UA', country: 'Ukraine', lat: 50.3, lon: 30.5, evidence: [] } satisfies ResolvedPlace],
  ]);
  const out = mergeSamePlaces(entities, places, []);
  assert.equal(out.merged, 0);
  assert.equal(out.entities.length, 4);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSameNames, type PlaceOf } from './merge-same-names.js';
import type { EntityLink, ResolvedEntity } from './types.js';

let next = 0;
const entity = (name: string, type: string, articles: number, extra: Partial<ResolvedEntity> = {}): ResolvedEntity => {
  const arts = Array.from({ length: articles }, () => `a${next++}`);
  return {
    id: `${type.toLowerCase()}:${name.toLowerCase().replace(/\W+/g, '-')}`, name, type, aliases: [{ alias: name, count: articles, outlets: ['Lake Post'] }],
    members: arts.map((_, i) => i), articles: arts, outlets: ['Lake Post'], roles: [], merges: [], ...extra,
  };
};
const at = (e: ResolvedEntity, name = e.name): [string, PlaceOf] => [e.id, { name, label: `${name}, Freedonia` }];

test('mergeSameNames: an organisation or "other" written like a gazetteer place joins the place, with the evidence', () => {
  const place = entity('Harwick', 'PLACE', 5);
  const org = entity('HARWICK', 'ORG', 3);
  const other = entity('Harwick', 'OTHER', 1);
  const person = entity('Dana Voss', 'PERSON', 2);
  const links: EntityLink[] = [{ from: person.id, to: org.id, kind: 'role-at', evidence: ['mayor of Harwick'] }];
  const out = mergeSameNames([place, org, other, person], new Map([at(place)]), links);
  assert.equal(out.merged, 2);
  assert.deepEqual(out.entities.map((e) => e.id), [place.id, person.id]);
  const merged = out.entities[0]!;
  assert.equal(merged.type, 'PLACE');
  assert.equal(merged.articles.length, 9);
  assert.deepEqual(merged.merges.map((m) => m.rule), ['same-name-place', 'same-name-place']);
  assert.match(merged.merges[0]!.evidence.join(' '), /typed ORG in 3 article\(s\), PLACE in 5.*gazetteer: Harwick, Freedonia/);
  assert.deepEqual(out.links.map((l) => l.to), [place.id]);
});

test('mergeSameNames: a person only when the name reads like the place', () => {
  const place = entity('Port Ellis', 'PLACE', 4);
  const typedPerson = entity('Port Ellis', 'PERSON', 2);
  assert.equal(mergeSameNames([place, typedPerson], new Map([at(place)]), []).merged, 1);
  // A one-word person is also a surname; a given name first is a person; a person seen more often than the place is one.
  for (const [placeName, personName, personArticles] of [['Ellis', 'Ellis', 1], ['Maria Ellis', 'Maria Ellis', 1], ['Port Ellis', 'Port Ellis', 5]] as const) {
    const p = entity(placeName, 'PLACE', 4);
    const person = entity(personName, 'PERSON', personArticles);
    assert.equal(mergeSameNames([p, person], new Map([at(p)]), []).merged, 0, personName);
  }
});

test('mergeSameNames: no merge when the entry bears another name, two places share the name, the organisation dominates, or an analyst split it', () => {
  const partial = entity('Dana Robinson', 'PLACE', 1);
  assert.equal(mergeSameNames([partial, entity('Dana Robinson', 'ORG', 1)], new Map([at(partial, 'Robinson')]), []).merged, 0);
  const east = entity('Salton', 'PLACE', 3);
  const west = entity('Salton', 'PLACE', 2, { id: 'place:salton-2' });
  assert.equal(mergeSameNames([east, west, entity('Salton', 'ORG', 2)], new Map([at(east), at(west)]), []).merged, 0);
  const rare = entity('Metroline', 'PLACE', 2);
  assert.equal(mergeSameNames([rare, entity('Metroline', 'ORG', 9)], new Map([at(rare)]), []).merged, 0);
  const place = entity('Harwick', 'PLACE', 5);
  const split = entity('Harwick', 'ORG', 2, { merges: [{ names: ['Harwick', 'Harwick'], rule: 'override-split', evidence: ['analyst'], score: 1 }] });
  assert.equal(mergeSameNames([place, split], new Map([at(place)]), []).merged, 0);
});

test('mergeSameNames: without a gazetteer place, a clear majority type takes the name; an even split stays', () => {
  const meridale = entity('Meridale', 'PLACE', 6);
  const out = mergeSameNames([entity('Meridale', 'OTHER', 2), meridale], new Map(), []);
  assert.equal(out.merged, 1);
  assert.equal(out.entities[0]!.id, meridale.id);
  assert.equal(out.entities[0]!.merges[0]!.rule, 'same-name-type');
  assert.match(out.entities[0]!.merges[0]!.evidence[0]!, /typed PLACE in 6 of 8 article\(s\), OTHER in 2/);
  assert.equal(mergeSameNames([entity('Facebrook', 'PLACE', 3), entity('Facebrook', 'ORG', 3)], new Map(), []).merged, 0);
  assert.equal(mergeSameNames([entity('Tiny', 'PLACE', 2), entity('Tiny', 'ORG', 1)], new Map(), []).merged, 0);
  // Persons and nationalities are not voted on.
  assert.equal(mergeSameNames([entity('Tarvan', 'PLACE', 9), entity('Tarvan', 'PERSON', 1), entity('Tarvan', 'NORP', 1)], new Map(), []).merged, 0);
});

test('mergeSameNames: a name the corpus knows as an outlet is that organisation; persons and places keep theirs', () => {
  const credit = entity('Lakewire', 'PLACE', 6);
  const other = entity('LAKEWIRE', 'OTHER', 2);
  const out = mergeSameNames([credit, other], new Map(), [], ['Lakewire', 'The Harbour Ledger']);
  assert.equal(out.entities.length, 1);
  assert.equal(out.entities[0]!.type, 'ORG');
  assert.equal(out.entities[0]!.id, 'org:lakewire');
  assert.equal(out.entities[0]!.articles.length, 8);
  assert.deepEqual(out.entities[0]!.merges.map((m) => m.rule), ['outlet-name', 'outlet-name']);
  const org = entity('Harbour Ledger', 'ORG', 1);
  assert.equal(mergeSameNames([entity('Harbour Ledger', 'PLACE', 3), org], new Map(), [], ['The Harbour Ledger']).entities.map((e) => e.id).join(), org.id);
  const digest = mergeSameNames([entity('Lake Digest', 'PERSON', 2)], new Map(), [], ['Lake Digest']);
  assert.equal(digest.entities[0]!.type, 'ORG');
  assert.equal(mergeSameNames([entity('Maria Lake', 'PERSON', 2)], new Map(), [], ['Maria Lake']).entities[0]!.type, 'PERSON');
  const hill = entity('Hill', 'PERSON', 4);
  const city = entity('Salton', 'PLACE', 3);
  const kept = mergeSameNames([hill, city], new Map([at(city)]), [], ['The Hill', 'Salton']);
  assert.deepEqual(kept.entities.map((e) => `${e.type}:${e.name}`), ['PERSON:Hill', 'PLACE:Salton']);
});

test('mergeSameNames: a one-word name typed PERSON joins the place when the corpus names its people after it', () => {
  const place = entity('Tarvany', 'PLACE', 6);
  const person = entity('Tarvany', 'PERSON', 5);
  const people = entity('Tarvanian', 'NORP', 4);
  const out = mergeSameNames([place, person, people], new Map(), []);
  assert.deepEqual(out.entities.map((e) => `${e.type}:${e.name}`), ['PLACE:Tarvany', 'NORP:Tarvanian']);
  assert.match(out.entities[0]!.merges[0]!.evidence.join(' '), /its people are called 'Tarvanian'/);
  // No people of that name, or a person in more articles than the place: two entities.
  assert.equal(mergeSameNames([entity('Ellison', 'PLACE', 6), entity('Ellison', 'PERSON', 5)], new Map(), []).merged, 0);
  assert.equal(mergeSameNames([entity('Veska', 'PLACE', 2), entity('Veska', 'PERSON', 5), entity('Veskan', 'NORP', 3)], new Map(), []).merged, 0);
  // Without a 2/3 majority, an organisation of the name joins the place its people are named after.
  const veskaria = mergeSameNames([entity('Veskaria', 'PLACE', 6), entity('Veskaria', 'ORG', 4), entity('Veskarian', 'NORP', 3)], new Map(), []);
  assert.deepEqual(veskaria.entities.map((e) => `${e.type}:${e.name}:${e.articles.length}`), ['PLACE:Veskaria:10', 'NORP:Veskarian:3']);
  // With a gazetteer place and an organisation of the name as well.
  const georgia = entity('Georgia', 'PLACE', 9);
  const all = mergeSameNames([georgia, entity('Georgia', 'ORG', 2), entity('Georgia', 'PERSON', 3), entity('Georgian', 'NORP', 5)], new Map([at(georgia)]), []);
  assert.deepEqual(all.entities.map((e) => `${e.type}:${e.name}:${e.articles.length}`), ['PLACE:Georgia:14', 'NORP:Georgian:5']);
});

test('mergeSameNames: a name of two or more words is one entity whatever its types, in the type of most articles', () => {
  const county = entity('Harlow County', 'ORG', 5);
  const typedPerson = entity('Harlow County', 'PERSON', 2);
  const typedPlace = entity('Harlow County', 'PLACE', 2);
  const out = mergeSameNames([typedPerson, county, typedPlace], new Map(), []);
  assert.equal(out.merged, 2);
  assert.equal(out.entities.length, 1);
  assert.equal(out.entities[0]!.id, county.id);
  // The place by the majority rule (5 of 7 among organisations, places and "other"), the person by this one.
  assert.deepEqual(out.entities[0]!.merges.map((m) => m.rule).sort(), ['same-name-type', 'same-name-words']);
  const words = out.entities[0]!.merges.find((m) => m.rule === 'same-name-words')!;
  assert.match(words.evidence[0]!, /written alike in 2 words; typed ORG in 5 of 9 article\(s\), PERSON in 2/);
  // Between as many articles a person keeps the name, unless it ends like a street or an organisation.
  const tied = mergeSameNames([entity('Orla Brenning', 'ORG', 1), entity('Orla Brenning', 'PERSON', 1)], new Map(), []);
  assert.deepEqual(tied.entities.map((e) => e.type), ['PERSON']);
  const street = mergeSameNames([entity('Brenning Avenue', 'PERSON', 1), entity('Brenning Avenue', 'PLACE', 1)], new Map(), []);
  assert.deepEqual(street.entities.map((e) => e.type), ['PLACE']);
  // A person opening with a common given name joins no organisation or place; one-word names are not voted on this way.
  const apart = mergeSameNames([entity('Maria Holt', 'ORG', 4), entity('Maria Holt', 'PERSON', 1)], new Map(), []);
  assert.equal(apart.merged, 0);
  assert.equal(mergeSameNames([entity('Holt', 'ORG', 1), entity('Holt', 'PERSON', 1)], new Map(), []).merged, 0);
});

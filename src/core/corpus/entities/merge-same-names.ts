/**
 * One name, one entity across the tagger's types. The tagger types a name by its context in each
 * article, so the same name may come out as a place in one article and an organisation or "other"
 * in the next ("in Detroit" typed ORG, "Meridale" typed OTHER), and resolution, which merges within
 * a type, keeps them apart. Entities written alike (case and accents folded) join when:
 *
 * - one of them is a PLACE whose gazetteer entry bears that very name: the ORG and OTHER entities
 *   of that name seen in at most `PLACE_SIDE_RATIO` times the place's articles join the place (rule
 *   `same-name-place`; an organisation far more common than the place, "Metro" police against a
 *   "Metro" once typed PLACE and found in the gazetteer, stays), and so does a PERSON of two or more words
 *   ("San Antonio") seen in no more articles than the place and not starting with a common given
 *   name ("Esteban Santiago" is a person the tagger once typed PLACE). A one-word PERSON stays:
 *   "Jackson" or "Austin" is also a surname, unless the corpus names a people after the place
 *   ("Tarvanian" for Tarvany) and the place is in at least as many articles (then any entity of
 *   that one-word name in no more articles than the place joins it, without gazetteer or majority);
 * - otherwise, among ORG, PLACE and OTHER, one entity holds at least `MAJORITY` of the articles of
 *   all of them (and at least `MIN_ARTICLES`): the others join it (rule `same-name-type`). A name the
 *   corpus types evenly ("Facebook": place, other, organisation) is left as it is.
 *
 * - the name has two or more words: every entity of it joins one (rule `same-name-words`), the one in
 *   most articles (between as many, a person unless the name ends like a street, place or
 *   organisation; see `wordsKeeper`); a PERSON opening with a common given name
 *   joins no organisation or place. Two or more words written alike name one referent far more often
 *   than the tagger types them alike (a county typed ORG and PERSON, a hotel typed PLACE and ORG).
 *
 * - the name is an outlet's (the corpus knows its outlets: "MERIDALE, March 20 (Northwire) -" credits
 *   one): the entities of that name join its ORG entity, or the one in most articles becomes the
 *   ORG entity (rule `outlet-name`); one-word persons ("Hill", The Hill), persons opening with a
 *   common given name and gazetteer places are left out.
 *
 * An entity an analyst split off is left alone, and a name two gazetteer places share stays apart.
 * Metonyms with other names ("the Kremlin" for the presidency) are untouched: they are linked.
 */
import { ORG_WORDS } from '../../stages/quotes/lang/en/org-words.js';
import { COMMON_GIVEN_NAMES } from './lang/en/given-names.js';
import { analystSplit, mergeEntityGroups, type MergeGroup } from './merge-entities.js';
import type { EntityLink, ResolvedEntity } from './types.js';

/** Share of the name's articles the keeper must hold when no gazetteer place decides. */
export const MAJORITY = 2 / 3;
/** Fewest articles the keeper must hold when no gazetteer place decides. */
export const MIN_ARTICLES = 3;
/** An ORG or OTHER entity joins a place of its name when it is in at most this many times the place's articles. */
export const PLACE_SIDE_RATIO = 4;

const TYPED_ALIKE = new Set(['ORG', 'PLACE', 'OTHER']);

function fold(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/u, '').replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The place an entity resolves to, as far as this rule needs it. */
export interface PlaceOf {
  /** The gazetteer entry's name. */
  name: string;
  /** A name for the evidence ("Detroit, United States"). */
  label: string;
}

const GIVEN = new Set(COMMON_GIVEN_NAMES.map((n) => n.toLowerCase()));

const DEMONYM_ENDINGS = ['ian', 'ean', 'an', 'ese', 'ish', 'i', 'ic'];

/**
 * The corpus's name for the people of a place named `name` (folded), when it has one: the name less a
 * final vowel or y, plus a demonym ending ("tarvany" → "Tarvanian", "georgia" → "Georgian",
 * "china" → "Chinese"). Null for names shorter than 4 letters.
 */
function demonymOf(name: string, peoples: ReadonlyMap<string, string>): string | null {
  if (name.length < 4 || name.includes(' ')) return null;
  const stems = new Set([name, name.replace(/[aeiouy]$/u, '')]);
  for (const stem of stems) for (const ending of DEMONYM_ENDINGS) {
    const found = peoples.get(stem + ending);
    if (found !== undefined) return found;
  }
  return null;
}

/** A PERSON of two or more words not opening with a common given name: it may be a place's or an outlet's name. */
function readsLikeName(person: ResolvedEntity): boolean {
  const parts = fold(person.name).split(' ');
  return parts.length >= 2 && !GIVEN.has(parts[0]!);
}

/** A PERSON the tagger gave a place's name joins the place only when it reads like one (see the module comment). */
function personMayBePlace(person: ResolvedEntity, place: ResolvedEntity): boolean {
  return readsLikeName(person) && person.articles.length <= place.articles.length;
}

/** Type order among entities of one name in as many articles, after a person (see `wordsKeeper`). */
const KEEPER_TYPES = ['ORG', 'PLACE', 'OTHER', 'PERSON'];

/** Last words of street and road names, beside the organisation and place words of `ORG_WORDS`. */
const STREET_WORDS = new Set([
  'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'drive', 'dr.', 'boulevard', 'blvd', 'blvd.', 'lane', 'parkway', 'highway',
  'freeway', 'expressway', 'way', 'court', 'square', 'bridge', 'park', 'streets', 'st.', 'township', 'parish', 'borough',
]);

/** A name whose last word marks an organisation, a place or a street ("Tyler Street", "Riley Hospital"). */
function endsLikeNonPerson(name: string): boolean {
  const last = fold(name).split(' ').pop()!;
  return ORG_WORDS.has(last) || STREET_WORDS.has(last);
}

/**
 * The entity a name of several words keeps: the one in most articles; between as many, a person
 * unless the name ends in an organisation, place or street word ("Caleb Harris" typed PERSON once and
 * ORG once is a person; "Clay Street" is not), then an organisation, a place, "other", a person.
 */
function wordsKeeper(group: readonly ResolvedEntity[]): ResolvedEntity {
  const rank = (e: ResolvedEntity): number => (e.type === 'PERSON' && !endsLikeNonPerson(e.name) ? -1 : KEEPER_TYPES.indexOf(e.type));
  return [...group].sort((a, b) => b.articles.length - a.articles.length || rank(a) - rank(b) || a.id.localeCompare(b.id))[0]!;
}

/** Merges entities written alike across types (see the module comment). */
export function mergeSameNames(
  entities: readonly ResolvedEntity[], places: ReadonlyMap<string, PlaceOf>, links: readonly EntityLink[], outlets: Iterable<string> = [],
): {
  entities: ResolvedEntity[]; links: EntityLink[]; merged: number; into: Map<string, string>;
} {
  const outletNames = new Set([...outlets].map(fold).filter((n) => n !== ''));
  const peoples = new Map(entities.filter((e) => e.type === 'NORP').map((e) => [fold(e.name), e.name]));
  const byName = new Map<string, ResolvedEntity[]>();
  for (const e of entities) {
    if (analystSplit(e)) continue;
    if (!TYPED_ALIKE.has(e.type) && e.type !== 'PERSON') continue;
    const key = fold(e.name);
    if (!key) continue;
    const list = byName.get(key);
    if (list) list.push(e);
    else byName.set(key, [e]);
  }
  const groups: MergeGroup[] = [];
  const retyped = new Map<string, ResolvedEntity>();
  for (const [name, group] of byName) {
    // One-word persons ("Hill" and The Hill), names opening with a given name and gazetteer places keep their type.
    const outletGroup = outletNames.has(name) ? group.filter((e) => (e.type !== 'PERSON' || readsLikeName(e)) && !places.has(e.id)) : [];
    if (outletGroup.length) {
      const sorted = [...outletGroup].sort((a, b) => Number(b.type === 'ORG') - Number(a.type === 'ORG') || b.articles.length - a.articles.length || a.id.localeCompare(b.id));
      const first = sorted[0]!;
      const evidence = (other: ResolvedEntity) => ({
        names: [first.name, other.name] as [string, string], rule: 'outlet-name', score: 1,
        evidence: [`'${first.name}' is the name of an outlet of the corpus${other === first ? `; typed ${first.type} by the tagger` : `; typed ${other.type} in ${other.articles.length} article(s)`}`],
      });
      const keeper = first.type === 'ORG' ? first
        : { ...first, type: 'ORG', id: `org:${first.id.slice(first.id.indexOf(':') + 1)}`, merges: [...first.merges, evidence(first)] };
      if (keeper !== first) retyped.set(first.id, keeper);
      if (sorted.length > 1) groups.push({ keeper, others: sorted.slice(1).map((other) => ({ entity: other, evidence: evidence(other) })) });
      continue;
    }
    if (new Set(group.map((e) => e.type)).size < 2) continue;
    const placed = group.filter((e) => e.type === 'PLACE' && places.has(e.id));
    if (placed.length > 1) continue;
    let keeper: ResolvedEntity | null = null;
    const others: MergeGroup['others'] = [];
    const typed = group.filter((e) => TYPED_ALIKE.has(e.type)).sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
    if (placed.length === 1) {
      // The entry must bear the name itself, not a part of it ("Robinson" for "Benetria Robinson").
      const place = placed[0]!;
      if (fold(places.get(place.id)!.name) !== fold(place.name)) continue;
      keeper = place;
      const where = places.get(place.id)!.label;
      for (const other of group) {
        if (other === place) continue;
        if (!((TYPED_ALIKE.has(other.type) && other.articles.length <= PLACE_SIDE_RATIO * place.articles.length) || (other.type === 'PERSON' && personMayBePlace(other, place)))) continue;
        others.push({
          entity: other,
          evidence: {
            names: [place.name, other.name], rule: 'same-name-place', score: 1,
            evidence: [`written alike; typed ${other.type} in ${other.articles.length} article(s), PLACE in ${place.articles.length}`, `gazetteer: ${where}`],
          },
        });
      }
    } else if (typed.length >= 2) {
      const first = typed[0]!;
      const total = typed.reduce((n, e) => n + e.articles.length, 0);
      if (first.articles.length >= MIN_ARTICLES && first.articles.length >= MAJORITY * total) {
        keeper = first;
        for (const other of typed.slice(1)) {
          others.push({
            entity: other,
            evidence: {
              names: [first.name, other.name], rule: 'same-name-type', score: first.articles.length / total,
              evidence: [`written alike; typed ${first.type} in ${first.articles.length} of ${total} article(s), ${other.type} in ${other.articles.length}`],
            },
          });
        }
      }
    }
    // A name of two or more words is one referent whatever the tagger typed it as ("Harris County"
    // as an organisation and a person, "Hotel Arcadia" as a place and an organisation): the rest join
    // the entity in most articles, or the one chosen by `wordsKeeper`.
    if (placed.length === 0 && name.includes(' ')) {
      if (keeper === null) keeper = wordsKeeper(group);
      const target = keeper;
      const total = group.reduce((n, e) => n + e.articles.length, 0);
      for (const other of group) {
        if (other === target || others.some((o) => o.entity === other)) continue;
        // A name opening with a given name is a person's: it joins no organisation or place.
        if (other.type === 'PERSON' && target.type !== 'PERSON' && !readsLikeName(other)) continue;
        others.push({
          entity: other,
          evidence: {
            names: [target.name, other.name], rule: 'same-name-words', score: target.articles.length / total,
            evidence: [`written alike in ${name.split(' ').length} words; typed ${target.type} in ${target.articles.length} of ${total} article(s), ${other.type} in ${other.articles.length}`],
          },
        });
      }
    }
    // A place the corpus names a people after ("Tarvanian" for Tarvany) takes the entities of its
    // one-word name in no more articles than it, whatever their type.
    const place = keeper?.type === 'PLACE' ? keeper : keeper === null && placed.length === 0 ? typed.find((e) => e.type === 'PLACE') ?? null : null;
    const demonym = place ? demonymOf(name, peoples) : null;
    if (place && demonym) {
      for (const other of group) {
        if (other === place || others.some((o) => o.entity === other) || other.articles.length > place.articles.length) continue;
        others.push({
          entity: other,
          evidence: {
            names: [place.name, other.name], rule: 'same-name-place', score: 1,
            evidence: [`written alike; typed ${other.type} in ${other.articles.length} article(s), PLACE in ${place.articles.length}`, `its people are called '${demonym}' in the corpus`],
          },
        });
      }
    }
    const target = keeper ?? place;
    if (target && others.length) groups.push({ keeper: target, others });
  }
  // A keeper retyped to ORG takes an id of its type; links to the old one follow.
  const renamed = entities.map((e) => retyped.get(e.id) ?? e);
  const relinked = links.map((l) => ({ ...l, from: retyped.get(l.from)?.id ?? l.from, to: retyped.get(l.to)?.id ?? l.to }));
  const out = mergeEntityGroups(renamed, groups, relinked);
  return { ...out, merged: out.into.size };
}

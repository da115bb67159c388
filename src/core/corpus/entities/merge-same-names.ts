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
 *   "Jackson" or "Austin" is also a surname;
 * - otherwise, among ORG, PLACE and OTHER, one entity holds at least `MAJORITY` of the articles of
 *   all of them (and at least `MIN_ARTICLES`): the others join it (rule `same-name-type`). A name the
 *   corpus types evenly ("Facebook": place, other, organisation) is left as it is.
 *
 * - the name is an outlet's (the corpus knows its outlets: "MERIDALE, March 20 (Northwire) -" credits
 *   one): the entities of that name join its ORG entity, or the one in most articles becomes the
 *   ORG entity (rule `outlet-name`); one-word persons ("Hill", The Hill), persons opening with a
 *   common given name and gazetteer places are left out.
 *
 * An entity an analyst split off is left alone, and a name two gazetteer places share stays apart.
 * Metonyms with other names ("the Kremlin" for the presidency) are untouched: they are linked.
 */
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

/** A PERSON of two or more words not opening with a common given name: it may be a place's or an outlet's name. */
function readsLikeName(person: ResolvedEntity): boolean {
  const parts = fold(person.name).split(' ');
  return parts.length >= 2 && !GIVEN.has(parts[0]!);
}

/** A PERSON the tagger gave a place's name joins the place only when it reads like one (see the module comment). */
function personMayBePlace(person: ResolvedEntity, place: ResolvedEntity): boolean {
  return readsLikeName(person) && person.articles.length <= place.articles.length;
}

/** Merges entities written alike across types (see the module comment). */
export function mergeSameNames(
  entities: readonly ResolvedEntity[], places: ReadonlyMap<string, PlaceOf>, links: readonly EntityLink[], outlets: Iterable<string> = [],
): {
  entities: ResolvedEntity[]; links: EntityLink[]; merged: number; into: Map<string, string>;
} {
  const outletNames = new Set([...outlets].map(fold).filter((n) => n !== ''));
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
    if (placed.length === 1) {
      const keeper = placed[0]!;
      // The entry must bear the name itself, not a part of it ("Robinson" for "Benetria Robinson").
      if (fold(places.get(keeper.id)!.name) !== fold(keeper.name)) continue;
      const others = group.filter((e) => e !== keeper && ((TYPED_ALIKE.has(e.type) && e.articles.length <= PLACE_SIDE_RATIO * keeper.articles.length) || (e.type === 'PERSON' && personMayBePlace(e, keeper))));
      if (!others.length) continue;
      const where = places.get(keeper.id)!.label;
      groups.push({
        keeper,
        others: others.map((other) => ({
          entity: other,
          evidence: {
            names: [keeper.name, other.name], rule: 'same-name-place', score: 1,
            evidence: [`written alike; typed ${other.type} in ${other.articles.length} article(s), PLACE in ${keeper.articles.length}`, `gazetteer: ${where}`],
          },
        })),
      });
      continue;
    }
    const typed = group.filter((e) => TYPED_ALIKE.has(e.type)).sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
    if (typed.length < 2) continue;
    const keeper = typed[0]!;
    const total = typed.reduce((n, e) => n + e.articles.length, 0);
    if (keeper.articles.length < MIN_ARTICLES || keeper.articles.length < MAJORITY * total) continue;
    groups.push({
      keeper,
      others: typed.slice(1).map((other) => ({
        entity: other,
        evidence: {
          names: [keeper.name, other.name], rule: 'same-name-type', score: keeper.articles.length / total,
          evidence: [`written alike; typed ${keeper.type} in ${keeper.articles.length} of ${total} article(s), ${other.type} in ${other.articles.length}`],
        },
      })),
    });
  }
  // A keeper retyped to ORG takes an id of its type; links to the old one follow.
  const renamed = entities.map((e) => retyped.get(e.id) ?? e);
  const relinked = links.map((l) => ({ ...l, from: retyped.get(l.from)?.id ?? l.from, to: retyped.get(l.to)?.id ?? l.to }));
  const out = mergeEntityGroups(renamed, groups, relinked);
  return { ...out, merged: out.into.size };
}

/**
 * PLACE entities that resolve to the same gazetteer entry are one place: "Kyiv", "Kiev", "Київ" and
 * the inflected "Києві" or "Киеве" the name rules keep apart become one entity, with the gazetteer
 * entry as the merge's evidence. An entity an analyst split off (`override-split`) is left alone.
 */
import type { AliasCount, EntityLink, ResolvedEntity } from '../entities/types.js';
import type { ResolvedPlace } from './types.js';

/** The entities, places and links after merging, and how many entities joined another. */
export interface SamePlaceMerge {
  entities: ResolvedEntity[];
  places: Map<string, ResolvedPlace>;
  links: EntityLink[];
  merged: number;
}

/** One key per gazetteer entry: the GeoNames id of a city, else kind, country and name. */
function placeKey(p: ResolvedPlace): string {
  return p.geonamesId !== undefined ? `city:${p.geonamesId}` : `${p.kind}:${p.countryCode}:${p.name}`;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function mergeAliases(a: readonly AliasCount[], b: readonly AliasCount[]): AliasCount[] {
  const out = new Map<string, AliasCount>(a.map((x) => [x.alias, { ...x, outlets: [...x.outlets] }]));
  for (const x of b) {
    const have = out.get(x.alias);
    if (!have) out.set(x.alias, { ...x, outlets: [...x.outlets] });
    else out.set(x.alias, { ...have, count: have.count + x.count, outlets: union(have.outlets, x.outlets), ...(have.manual || x.manual ? { manual: true } : {}) });
  }
  return [...out.values()].sort((x, y) => y.count - x.count || x.alias.localeCompare(y.alias));
}

function mergeRoles(a: ResolvedEntity['roles'], b: ResolvedEntity['roles']): ResolvedEntity['roles'] {
  const out = new Map(a.map((r) => [r.role, [...r.articles]]));
  for (const r of b) out.set(r.role, union(out.get(r.role) ?? [], r.articles));
  return [...out.entries()].map(([role, articles]) => ({ role, articles }));
}

/** Merges the PLACE entities of `entities` that `places` (entity id → place) puts at one gazetteer entry. */
export function mergeSamePlaces(entities: readonly ResolvedEntity[], places: ReadonlyMap<string, ResolvedPlace>, links: readonly EntityLink[]): SamePlaceMerge {
  const groups = new Map<string, ResolvedEntity[]>();
  for (const e of entities) {
    const place = places.get(e.id);
    if (e.type !== 'PLACE' || !place || e.merges.some((m) => m.rule === 'override-split')) continue;
    const key = placeKey(place);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const into = new Map<string, ResolvedEntity>();
  const keepers = new Map<string, ResolvedEntity>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
    const place = places.get(first.id)!;
    let keeper: ResolvedEntity = { ...first };
    for (const other of rest) {
      keeper = {
        ...keeper,
        aliases: mergeAliases(keeper.aliases, other.aliases),
        members: [...keeper.members, ...other.members],
        articles: union(keeper.articles, other.articles),
        outlets: union(keeper.outlets, other.outlets),
        roles: mergeRoles(keeper.roles, other.roles),
        merges: [...keeper.merges, ...other.merges, {
          names: [keeper.name, other.name], rule: 'same-place',
          evidence: [`gazetteer: ${place.name}, ${place.country}${place.geonamesId !== undefined ? ` (GeoNames ${place.geonamesId})` : ''}`], score: 1,
        }],
      };
      into.set(other.id, keeper);
    }
    keepers.set(first.id, keeper);
  }
  if (into.size === 0) return { entities: [...entities], places: new Map(places), links: [...links], merged: 0 };
  const idOf = (id: string): string => (into.has(id) ? into.get(id)!.id : id);
  const out = entities.filter((e) => !into.has(e.id)).map((e) => keepers.get(e.id) ?? e);
  const outPlaces = new Map([...places].filter(([id]) => !into.has(id)));
  const seen = new Set<string>();
  const outLinks: EntityLink[] = [];
  for (const l of links) {
    const link = { ...l, from: idOf(l.from), to: idOf(l.to) };
    const key = `${link.from}|${link.to}|${link.kind}`;
    if (link.from === link.to || seen.has(key)) continue;
    seen.add(key);
    outLinks.push(link);
  }
  return { entities: out, places: outPlaces, links: outLinks, merged: into.size };
}

/**
 * PLACE entities that resolve to the same gazetteer entry are one place: "Kyiv", "Kiev", "Київ" and
 * the inflected "Києві" or "Киеве" the name rules keep apart become one entity, with the gazetteer
 * entry as the merge's evidence. An entity an analyst split off (`override-split`) is left alone.
 */
import { analystSplit, mergeEntityGroups, type MergeGroup } from '../entities/merge-entities.js';
import type { EntityLink, ResolvedEntity } from '../entities/types.js';
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

/** Merges the PLACE entities of `entities` that `places` (entity id → place) puts at one gazetteer entry. */
export function mergeSamePlaces(entities: readonly ResolvedEntity[], places: ReadonlyMap<string, ResolvedPlace>, links: readonly EntityLink[]): SamePlaceMerge {
  const groups = new Map<string, ResolvedEntity[]>();
  for (const e of entities) {
    const place = places.get(e.id);
    if (e.type !== 'PLACE' || !place || analystSplit(e)) continue;
    const key = placeKey(place);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const merges: MergeGroup[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
    const place = places.get(first.id)!;
    merges.push({
      keeper: first,
      others: rest.map((other) => ({
        entity: other,
        evidence: {
          names: [first.name, other.name], rule: 'same-place',
          evidence: [`gazetteer: ${place.name}, ${place.country}${place.geonamesId !== undefined ? ` (GeoNames ${place.geonamesId})` : ''}`], score: 1,
        },
      })),
    });
  }
  const merged = mergeEntityGroups(entities, merges, links);
  const outPlaces = new Map([...places].filter(([id]) => !merged.into.has(id)));
  return { entities: merged.entities, places: outPlaces, links: merged.links, merged: merged.into.size };
}

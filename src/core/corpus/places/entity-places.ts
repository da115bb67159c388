/**
 * Places of resolved PLACE entities: each one's names (display name and aliases) looked up in the
 * gazetteer, with the other PLACE entities of its articles as context (each distinct one once).
 */
import type { ResolvedEntity } from '../entities/types.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';
import { resolvePlaces } from './resolve-places.js';
import type { PlaceQuery, ResolvedPlace } from './types.js';

/** The queries for the PLACE entities among `entities`, keyed by entity id. */
export function placeQueries(entities: readonly ResolvedEntity[]): PlaceQuery[] {
  const places = entities.filter((e) => e.type === 'PLACE');
  const byArticle = new Map<string, string[]>();
  for (const e of places) {
    for (const a of e.articles) {
      const list = byArticle.get(a);
      if (list === undefined) byArticle.set(a, [e.id]);
      else list.push(e.id);
    }
  }
  return places.map((e) => {
    const context = new Set<string>();
    for (const a of e.articles) for (const id of byArticle.get(a) ?? []) if (id !== e.id) context.add(id);
    const names = [e.name, ...e.aliases.map((a) => a.alias).filter((a) => a !== e.name)];
    return { id: e.id, names, context: [...context] };
  });
}

/**
 * Entity id → place for the PLACE entities that have a gazetteer entry. Loads the gazetteer on the
 * first call of the process (unless one is given), and only when there is a PLACE entity.
 */
export function resolveEntityPlaces(entities: readonly ResolvedEntity[], gazetteer?: Gazetteer): Map<string, ResolvedPlace> {
  const queries = placeQueries(entities);
  if (queries.length === 0) return new Map();
  return resolvePlaces(queries, gazetteer ?? loadGazetteer());
}

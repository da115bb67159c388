/** Places: a gazetteer with coordinates, and resolution of place names disambiguated by context. */
export { loadGazetteer, type Gazetteer, type NameCandidate } from './gazetteer.js';
export { resolvePlaces, distanceKm, prior } from './resolve-places.js';
export { placeQueries, resolveEntityPlaces } from './entity-places.js';
export type { GazetteerEntry, PlaceKind, PlaceQuery, ResolvedPlace } from './types.js';

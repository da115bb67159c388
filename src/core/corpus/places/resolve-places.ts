/**
 * Resolves place names to gazetteer entries, disambiguated by the other places mentioned with them.
 *
 * Each candidate (every entry a name reaches, see `Gazetteer.candidates`) gets a prior from its kind
 * and size — a country beats a capital, a capital beats a first-level seat, a bigger city a smaller
 * one — plus a bonus for each context place (another place of the same articles, as resolved in the
 * previous round) that supports it: the candidate contains the context place, lies in a region or
 * country the context names or implies, or lies near a context city. Round 0 uses priors alone;
 * `CONTEXT_ROUNDS` further rounds re-resolve every place against the others' latest choices, so
 * "Georgia" with Atlanta becomes the US state, with Tbilisi or Russia stays the country. A city
 * under `SMALL_PLACE_POPULATION` needs local evidence to be chosen at all. The evidence of the
 * final round is returned with each place.
 */
import type { Gazetteer, NameCandidate } from './gazetteer.js';
import type { GazetteerEntry, PlaceQuery, ResolvedPlace } from './types.js';

/** Priors by kind: a country name is the country far more often than anything else called so. */
export const PRIOR = { country: 3, region: 1.5, capital: 1.5, seat: 0.5 } as const;
/** Population adds (log10(population) − 3) / `POPULATION_SCALE`: 0 at 1000, 1.2 at a million. */
export const POPULATION_SCALE = 2.5;
/** Context bonuses, per context place. */
export const BONUS = {
  /** The candidate contains the context place, or lies in a region the context names (added to `sameCountry`, which containment implies). */
  contains: 2.5,
  /** The candidate lies in the country of a context place. */
  sameCountry: 1,
  /** The candidate city lies within `NEAR_KM` of a context city: this much at distance 0, falling linearly. */
  near: 2.5,
} as const;
export const NEAR_KM = 500;
/** A context city this close is local evidence (see `SMALL_PLACE_POPULATION`). */
export const LOCAL_KM = 100;
/**
 * A city smaller than this is chosen only with local evidence (a context city within `LOCAL_KM`, or a
 * context region it lies in):
 * without it, an exact name match with a small town is mostly a common word the tagger took for a
 * place ("West", "Christmas") or a town nobody meant.
 */
export const SMALL_PLACE_POPULATION = 10_000;
/** Context rounds after the prior-only round. */
export const CONTEXT_ROUNDS = 2;

interface Scored {
  candidate: NameCandidate;
  score: number;
  evidence: string[];
  /** Local evidence: a context city within `LOCAL_KM`, a context place inside the candidate, or a context region around it. */
  local: boolean;
}

/**
 * Resolves every query; a query no gazetteer entry matches is absent from the result. `rounds`
 * (default `CONTEXT_ROUNDS`) is the number of context rounds; 0 resolves by priors alone.
 */
export function resolvePlaces(
  queries: readonly PlaceQuery[], gazetteer: Gazetteer, options: { rounds?: number } = {},
): Map<string, ResolvedPlace> {
  const rounds = options.rounds ?? CONTEXT_ROUNDS;
  const candidates = new Map<string, NameCandidate[]>();
  for (const q of queries) {
    const seen = new Set<GazetteerEntry>();
    const list: NameCandidate[] = [];
    for (const name of q.names) {
      for (const c of gazetteer.candidates(name)) {
        if (seen.has(c.entry)) continue;
        seen.add(c.entry);
        list.push(c);
      }
    }
    if (list.length) candidates.set(q.id, list);
  }
  let chosen = new Map<string, Scored[]>();
  for (let round = 0; round <= rounds; round++) {
    const next = new Map<string, Scored[]>();
    for (const q of queries) {
      const list = candidates.get(q.id);
      if (list === undefined) continue;
      const context: Array<{ entry: GazetteerEntry; label: string }> = [];
      if (round > 0) {
        for (const id of q.context) {
          if (id === q.id) continue;
          const best = chosen.get(id)?.[0];
          if (best) context.push({ entry: best.candidate.entry, label: best.candidate.entry.name });
        }
      }
      const ranked = list.map((c) => score(c, context, gazetteer)).filter(admissible).sort(byScore);
      if (ranked.length) next.set(q.id, ranked);
    }
    chosen = next;
  }
  const out = new Map<string, ResolvedPlace>();
  for (const [id, ranked] of chosen) {
    const best = ranked[0]!;
    const e = best.candidate.entry;
    const evidence = [...best.evidence];
    const second = ranked[1];
    if (second) evidence.push(`chosen over ${describe(second.candidate.entry)} (score ${second.score.toFixed(2)}) with score ${best.score.toFixed(2)}, among ${ranked.length} entries`);
    out.set(id, {
      kind: e.kind, name: e.name, countryCode: e.countryCode, country: gazetteer.countryName(e.countryCode), lat: e.lat, lon: e.lon,
      ...(e.geonamesId !== undefined ? { geonamesId: e.geonamesId } : {}),
      ...(e.population !== undefined ? { population: e.population } : {}),
      evidence,
    });
  }
  return out;
}

/** Small towns need local evidence (see `SMALL_PLACE_POPULATION`). */
function admissible(s: Scored): boolean {
  const e = s.candidate.entry;
  return e.kind !== 'city' || (e.population ?? 0) >= SMALL_PLACE_POPULATION || s.local;
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || (b.candidate.entry.population ?? 0) - (a.candidate.entry.population ?? 0);
}

function describe(e: GazetteerEntry): string {
  return `${e.name} (${e.kind}, ${e.countryCode}${e.kind === 'city' && e.admin ? `-${e.admin}` : ''})`;
}

/** The prior of an entry and its reason. */
export function prior(e: GazetteerEntry): { value: number; reason: string } {
  if (e.kind === 'country') return { value: PRIOR.country, reason: 'a country' };
  if (e.kind === 'region') return { value: PRIOR.region, reason: 'a first-level region' };
  const kind = e.featureCode === 'PPLC' ? PRIOR.capital : e.featureCode === 'PPLA' ? PRIOR.seat : 0;
  const pop = Math.max(0, Math.log10(Math.max(1, e.population ?? 0)) - 3) / POPULATION_SCALE;
  const what = e.featureCode === 'PPLC' ? 'a capital' : e.featureCode === 'PPLA' ? 'a regional capital' : 'a city';
  return { value: kind + pop, reason: `${what}, population ${e.population ?? 'unknown'}` };
}

function score(c: NameCandidate, context: ReadonlyArray<{ entry: GazetteerEntry; label: string }>, gazetteer: Gazetteer): Scored {
  const e = c.entry;
  const p = prior(e);
  const evidence = [
    `"${c.via}" names ${describe(e)}`,
    `prior ${p.value.toFixed(2)}: ${p.reason}`,
  ];
  let total = p.value;
  let local = false;
  const reasons = new Map<string, number>();
  for (const { entry: x, label } of context) {
    if (x === e) continue;
    const b = support(e, x, label, gazetteer);
    if (b === null) continue;
    total += b.value;
    local ||= b.local;
    reasons.set(b.reason, (reasons.get(b.reason) ?? 0) + b.value);
  }
  for (const [reason, value] of reasons) evidence.push(`context +${value.toFixed(2)}: ${reason}`);
  return { candidate: c, score: total, evidence, local };
}

/** How much context place `x` supports candidate `e`, and why; null when it does not. */
function support(e: GazetteerEntry, x: GazetteerEntry, label: string, gazetteer: Gazetteer): { value: number; reason: string; local: boolean } | null {
  const country = gazetteer.countryName(e.countryCode);
  const inside = BONUS.contains + BONUS.sameCountry;
  if (e.kind === 'country') {
    return x.countryCode === e.countryCode ? { value: inside, reason: `${label} lies in ${e.name}`, local: true } : null;
  }
  if (e.countryCode !== x.countryCode) return null;
  if (e.kind === 'region') {
    if (x.kind === 'city' && x.admin === e.admin) return { value: inside, reason: `${label} lies in ${e.name}`, local: true };
    return { value: BONUS.sameCountry, reason: `${label} is in ${country}`, local: false };
  }
  if (x.kind === 'region' && x.admin === e.admin) return { value: inside, reason: `${e.name} lies in ${label}`, local: true };
  if (x.kind === 'city') {
    const km = distanceKm(e, x);
    if (km < NEAR_KM) {
      return { value: BONUS.sameCountry + BONUS.near * (1 - km / NEAR_KM), reason: `${label} is in ${country}, ${Math.round(km)} km away`, local: km < LOCAL_KM };
    }
  }
  return { value: BONUS.sameCountry, reason: `${x.kind === 'country' ? label : `${label} is in ${country}`}`, local: false };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

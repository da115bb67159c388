/**
 * Decides whether two names may refer to the same referent, with the evidence. Persons are compared
 * part by part (surname first, then given name, middle names and suffix); places, organisations and
 * other names as whole phrases, with the variant tables and acronyms. A given name alone never
 * decides, and types must agree.
 */
import type { EntityType } from '../../article.js';
import { MAX_NAME_LENGTH, centralEuropeanKey, foldText, sameEastSlavicPlace, isAcronym, looksEastSlavic, nameKeys, phraseKeys, readings, slavicLooseKey } from './name-key.js';

export { isAcronym, phraseKeys };
import { COMMON_GIVEN_NAMES } from './lang/en/given-names.js';
import { stripTitles } from './strip-titles.js';
import type { CyrillicPreset } from './transliterate.js';
import { type PersonName, parsePersonName } from './parse-person-name.js';
import type { MatchContext, NameMatch } from './types.js';
import { GIVEN_NAMES, METONYM_NAMES, PLACE_AND_ORG_NAMES } from './variant-index.js';

const NO: NameMatch = { match: false, score: 0, evidence: [] };

function no(...evidence: string[]): NameMatch {
  return { ...NO, evidence };
}

/** Every reading of a person name (see `readings`): two presets for Cyrillic, spelled-out and plain for š, č…, else one. */
export function personReadings(text: string): PersonName[] {
  const out: PersonName[] = [];
  for (const r of readings(text)) {
    const p = parsePersonName(text, r.preset ?? undefined);
    if (p !== null) out.push(p);
  }
  return out;
}

const COMMON_GIVEN_KEYS: ReadonlySet<string> = new Set(COMMON_GIVEN_NAMES.flatMap((n) => nameKeys(n)));

/** True when a key is a given name: in the East Slavic variant table or the common given-name list. */
export function isKnownGivenName(key: string): boolean {
  return GIVEN_NAMES.row(key) !== undefined || COMMON_GIVEN_KEYS.has(key);
}

/** True when a key is an East Slavic given name (a row of the variant table). */
export function isSlavicGivenName(key: string): boolean {
  return GIVEN_NAMES.row(key) !== undefined;
}

interface PartMatch {
  ok: boolean;
  score: number;
  evidence: string;
}

/**
 * Compares two surname keys: equal, or equal under the East Slavic loose key (Ukrainian h / Russian
 * g, Ukrainian ie / Russian e) when both look East Slavic or the caller knows the names are East
 * Slavic (`slavic`: their given names are in the East Slavic variant table); or, when one name is
 * spelled the German, Polish or French way (`central`), equal under `centralEuropeanKey` on the
 * same condition.
 */
export function compareSurnames(a: string, b: string, slavic = false, central = false): PartMatch {
  if (a === b) return { ok: true, score: 0.95, evidence: `same surname key "${a}"` };
  const eastSlavic = slavic || (looksEastSlavic(a) && looksEastSlavic(b));
  if (eastSlavic && slavicLooseKey(a) === slavicLooseKey(b)) {
    return { ok: true, score: 0.85, evidence: `Ukrainian and Russian spellings of one East Slavic surname ("${a}" / "${b}")` };
  }
  if (central && eastSlavic && centralEuropeanKey(a) === centralEuropeanKey(b)) {
    return { ok: true, score: 0.8, evidence: `German/Polish/French and English spellings of one Slavic surname ("${a}" / "${b}")` };
  }
  return { ok: false, score: 0, evidence: `surnames differ ("${a}" / "${b}")` };
}

function initialOf(key: string): string {
  return key[0] ?? '';
}

/**
 * Compares two given-name keys: same key, same variant-table row, an initial that fits, or (when one
 * name is spelled the German, Polish or French way, `central`) the same `centralEuropeanKey`.
 */
export function compareGiven(a: string, b: string, central = false): PartMatch {
  if (a === b) return { ok: true, score: 0.95, evidence: `same given name key "${a}"` };
  if (central && a.length > 1 && b.length > 1 && centralEuropeanKey(a) === centralEuropeanKey(b)) {
    return { ok: true, score: 0.85, evidence: `German/Polish/French and English spellings of one given name ("${a}" / "${b}")` };
  }
  const ra = GIVEN_NAMES.row(a);
  const rb = GIVEN_NAMES.row(b);
  if (ra !== undefined && ra === rb) {
    return { ok: true, score: 0.9, evidence: `given-name variants (${GIVEN_NAMES.spellings(ra).slice(0, 4).join(' / ')})` };
  }
  if (a.length === 1 || b.length === 1) {
    const [initial, full] = a.length === 1 ? [a, b] : [b, a];
    const row = GIVEN_NAMES.row(full);
    const starts = new Set([initialOf(full)]);
    if (row !== undefined) for (const s of GIVEN_NAMES.spellings(row)) for (const k of nameKeys(s)) starts.add(initialOf(k));
    if (starts.has(initial)) return { ok: true, score: 0.8, evidence: `initial "${initial}" fits given name "${full}"` };
  }
  return { ok: false, score: 0, evidence: `given names differ ("${a}" / "${b}")` };
}

function compareMiddles(a: readonly string[], b: readonly string[]): PartMatch {
  if (a.length === 0 || b.length === 0) return { ok: true, score: 1, evidence: '' };
  if (a.length !== b.length) return { ok: false, score: 0, evidence: `middle names differ (${a.join(' ')} / ${b.join(' ')})` };
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const fits = x === y || ((x.length === 1 || y.length === 1) && x[0] === y[0]);
    if (!fits) return { ok: false, score: 0, evidence: `middle names differ (${a.join(' ')} / ${b.join(' ')})` };
  }
  return { ok: true, score: 1, evidence: 'middle names agree' };
}

const PRESET_NAMES = { ru: 'Russian', uk: 'Ukrainian', sr: 'Serbian/Macedonian' } as const;

/** Compares two parsed person names; a match says which Cyrillic reading it used. */
export function comparePersonNames(x: PersonName, y: PersonName): NameMatch {
  const m = comparePersonParts(x, y);
  if (m.match && (x.preset !== null || y.preset !== null)) {
    m.evidence.push(`Cyrillic read with the ${PRESET_NAMES[(x.preset ?? y.preset)!]} preset`);
  }
  return m;
}

function comparePersonParts(x: PersonName, y: PersonName): NameMatch {
  const slavic =
    (x.given === null || isSlavicGivenName(x.given)) && (y.given === null || isSlavicGivenName(y.given)) && (x.given !== null || y.given !== null);
  const central = x.central || y.central;
  const surname = compareSurnames(x.surname, y.surname, slavic, central);
  if (x.given === null && y.given === null) {
    if (!surname.ok) return no(surname.evidence);
    if (isKnownGivenName(x.surname) || isKnownGivenName(y.surname)) {
      return no(`"${x.text}" / "${y.text}": a given name alone never decides a match`);
    }
    return { match: true, score: Math.min(surname.score, 0.7), evidence: [surname.evidence, 'single-word names: which bearer is meant is left to the resolver'] };
  }
  if (x.given === null || y.given === null) {
    const [single, full] = x.given === null ? [x, y] : [y, x];
    if (!surname.ok) {
      const asGiven = compareGiven(single.surname, full.given!);
      if (asGiven.ok) return no(`"${single.text}" is the given name of "${full.text}": a given name alone never decides a match`);
      return no(surname.evidence);
    }
    return { match: true, score: Math.min(surname.score, 0.7), evidence: [`"${single.text}" is the surname of "${full.text}"`, surname.evidence] };
  }
  if (!surname.ok) {
    const given = compareGiven(x.given, y.given);
    return no(surname.evidence, ...(given.ok ? ['a shared given name does not make the same person'] : []));
  }
  if (x.suffix !== y.suffix) return no(`generational suffixes differ (${x.suffix ?? 'none'} / ${y.suffix ?? 'none'})`);
  const given = compareGiven(x.given, y.given, central);
  if (!given.ok) return no(surname.evidence, given.evidence);
  const middle = compareMiddles(x.middle, y.middle);
  if (!middle.ok) return no(middle.evidence);
  const evidence = [surname.evidence, given.evidence];
  if (middle.evidence !== '') evidence.push(middle.evidence);
  const identical = foldText(x.text) === foldText(y.text);
  return { match: true, score: identical ? 1 : Math.min(surname.score, given.score), evidence: identical ? ['same name after accent and script folding'] : evidence };
}

function matchPersons(a: string, b: string): NameMatch {
  const ra = personReadings(stripTitles(a) ?? a);
  const rb = personReadings(stripTitles(b) ?? b);
  if (ra.length === 0 || rb.length === 0) return no('a name has no letters');
  let best: NameMatch | null = null;
  let firstNo: NameMatch | null = null;
  for (const x of ra) {
    for (const y of rb) {
      const m = comparePersonNames(x, y);
      if (m.match) {
        if (best === null || m.score > best.score) best = m;
      } else if (firstNo === null) firstNo = m;
    }
  }
  return best ?? firstNo ?? no('no reading matched');
}

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'on', 'in', 'to', 'a']);

/** Shortest acronym joined to an expansion by its initials alone: two letters are too ambiguous (LG, ND, NT). */
export const MIN_RULE_ACRONYM = 3;

/** A phrase's matching key: folded words → keys, a leading "the" dropped. */
export function phraseKey(text: string, preset?: CyrillicPreset): string {
  const keys = nameKeys(text.replace(/^\s*the\s+/iu, ''), preset);
  return keys.join(' ');
}

/**
 * True when an acronym is listed in the variant table: it then means that row's name only (UN is
 * the United Nations, not the Ukrainian Navy), and the listed variants decide.
 */
export function isListedAcronym(text: string): boolean {
  return phraseKeys(text).some((k) => PLACE_AND_ORG_NAMES.row(k) !== undefined);
}

/** Initials of a phrase's content words (European Union → EU), lowercase Latin. */
export function initials(text: string): string {
  return foldText(text.replace(/^\s*the\s+/iu, ''))
    .split(' ')
    .filter((w) => w !== '' && !ACRONYM_SKIP.has(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Compares two non-person names (places, organisations, events, groups). With `type` PLACE, the
 * Ukrainian and Russian forms of one East Slavic place name also match (`sameEastSlavicPlace`).
 */
export function matchPhrases(a: string, b: string, type?: EntityType): NameMatch {
  const ka = phraseKeys(a);
  const kb = phraseKeys(b);
  if (ka.length === 0 || kb.length === 0) return no('a name has no letters');
  if (foldText(a.replace(/^\s*the\s+/iu, '')) === foldText(b.replace(/^\s*the\s+/iu, ''))) {
    return { match: true, score: 1, evidence: ['same name after accent and script folding'] };
  }
  for (const x of ka) {
    for (const y of kb) {
      if (x === y) return { match: true, score: 0.95, evidence: [`same key "${x}"`] };
    }
  }
  for (const index of [PLACE_AND_ORG_NAMES, METONYM_NAMES]) {
    for (const x of ka) {
      const row = index.row(x);
      if (row === undefined) continue;
      for (const y of kb) {
        if (index.row(y) === row) {
          return { match: true, score: 0.9, evidence: [`listed variants (${index.spellings(row).slice(0, 4).join(' / ')})`] };
        }
      }
    }
  }
  if (type === 'PLACE') {
    for (const x of ka) {
      for (const y of kb) {
        if (sameEastSlavicPlace(x, y)) {
          return { match: true, score: 0.85, evidence: [`Ukrainian and Russian forms of one East Slavic place name ("${x}" / "${y}")`] };
        }
      }
    }
  }
  for (const [short, long] of [[a, b], [b, a]] as const) {
    if (isAcronym(short) && !isAcronym(long)) {
      const acronym = foldText(short).replace(/ /g, '');
      // An acronym listed for another name is taken (UN is the United Nations, not the Ukrainian Navy).
      if (isListedAcronym(short)) continue;
      if (acronym.length >= MIN_RULE_ACRONYM && initials(long) === acronym) {
        return { match: true, score: 0.8, evidence: [`"${short}" is the acronym of "${long}"`] };
      }
    }
  }
  return no(`names differ ("${ka[0]}" / "${kb[0]}")`);
}

/**
 * Compares two names. With a type (or one per side) the matching rules of that type apply; types
 * that differ never match (Georgia the country is not a person called Georgia). Without a type,
 * person rules are tried first, then phrase rules.
 */
export function matchNames(a: string, b: string, context: MatchContext = {}): NameMatch {
  if (typeof a !== 'string' || typeof b !== 'string') return no('a name is not a string');
  if (a.trim() === '' || b.trim() === '') return no('a name is empty');
  // Longer strings are not names; only their start is compared (see MAX_NAME_LENGTH).
  if (a.length > MAX_NAME_LENGTH) a = a.slice(0, MAX_NAME_LENGTH);
  if (b.length > MAX_NAME_LENGTH) b = b.slice(0, MAX_NAME_LENGTH);
  const typeA: EntityType | undefined = context.typeA ?? context.type;
  const typeB: EntityType | undefined = context.typeB ?? context.type;
  if (typeA !== undefined && typeB !== undefined && typeA !== typeB) return no(`types differ (${typeA} / ${typeB})`);
  const type = typeA ?? typeB;
  if (type === 'PERSON') return matchPersons(a, b);
  if (type !== undefined) return matchPhrases(a, b, type);
  const person = matchPersons(a, b);
  if (person.match) return person;
  const phrase = matchPhrases(a, b);
  return phrase.match ? phrase : person;
}

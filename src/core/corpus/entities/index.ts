/**
 * Cross-article entity resolution: name keys and transliteration, `matchNames`, the resolver and
 * analyst overrides. A pure library: the caller reads entities from the store and writes back the
 * resolution and the overrides.
 */
export { matchNames, matchPhrases, comparePersonNames, personReadings } from './match-names.js';
export { resolveEntities, type ResolveOptions } from './resolve-entities.js';
export { applyOverrides } from './apply-overrides.js';
export { transliterate, detectCyrillicPreset, hasCyrillic, type CyrillicPreset } from './transliterate.js';
export { foldText, nameKeys, nameWords, tokenKey } from './name-key.js';
export { parsePersonName, type PersonName } from './parse-person-name.js';
export { stripTitles } from './strip-titles.js';
export { jaro, jaroWinkler } from './jaro-winkler.js';
export type * from './types.js';
export { entityInputsOf } from './entity-inputs.js';

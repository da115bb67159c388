/**
 * Splits a person's name into the parts that matching compares: given name, middle names,
 * patronymic, surname and generational suffix, each as a matching key.
 */
import { FAMILY_NAME_FIRST } from './lang/en/family-name-first.js';
import { GENERATIONAL_SUFFIXES, PATRONYMIC_ENDINGS } from './lang/en/name-parts.js';
import { NAME_PARTICLES } from './lang/en/titles.js';
import { type CyrillicPreset, detectCyrillicPreset, hasCyrillic } from './transliterate.js';
import { type Reading, hasCentralEuropeanSpelling, nameWords, tokenKey } from './name-key.js';

/** A parsed personal name; every string is a matching key (see `tokenKey`). */
export interface PersonName {
  /** The name as given. */
  text: string;
  /** The given (first) name, or null for a surname alone. */
  given: string | null;
  /** Middle names and initials, patronymics excluded. */
  middle: string[];
  /** A patronymic (Vladimirovich), or null. */
  patronymic: string | null;
  /** The surname without particles (von der Leyen → leien, al-Assad → asad). */
  surname: string;
  /** The surname's particles, kept for display and evidence. */
  particles: string[];
  /** Jr, Sr, II, III…, or null. */
  suffix: string | null;
  /** The romanisation preset used when the name was Cyrillic, else null. */
  preset: CyrillicPreset | null;
  /** True when the name is spelled the German, Polish or French way (see `hasCentralEuropeanSpelling`). */
  central: boolean;
}

const PATRONYMIC_KEYS = PATRONYMIC_ENDINGS.map(tokenKey);
const FAMILY_FIRST_KEYS: ReadonlySet<string> = new Set(FAMILY_NAME_FIRST.map((n) => tokenKey(n.toLowerCase())));

function isPatronymic(key: string): boolean {
  return key.length > 5 && PATRONYMIC_KEYS.some((ending) => key.endsWith(ending));
}

/**
 * Parses a personal name, or returns null when it holds no letters. East Slavic names written
 * surname-first in Cyrillic official style ("Зеленський Володимир Олександрович", recognised by a
 * trailing patronymic) are reordered.
 */
export function parsePersonName(text: string, preset?: Reading): PersonName | null {
  // Arabic article written with a hyphen belongs to the surname but not to its key (al-Assad = Assad).
  const spaced = text.replace(/(^|\s)(al|el|Al|El)[-‐‑–](?=\p{L})/gu, '$1$2 ');
  let words = nameWords(spaced, preset);
  if (words.length === 0) return null;
  let suffix: string | null = null;
  const lastWord = words[words.length - 1]!;
  if (words.length > 2 || (words.length === 2 && ['jr', 'sr', 'junior', 'senior'].includes(lastWord))) {
    const s = GENERATIONAL_SUFFIXES[lastWord];
    if (s !== undefined) {
      suffix = s;
      words = words.slice(0, -1);
    }
  }
  let keys = words.map(tokenKey);
  // Official East Slavic order, common in Cyrillic sources: Surname Given Patronymic.
  if (keys.length === 3 && isPatronymic(keys[2]!) && !isPatronymic(keys[1]!)) {
    keys = [keys[1]!, keys[2]!, keys[0]!];
    words = [words[1]!, words[2]!, words[0]!];
  }
  // Chinese and Korean order: family name first ("Xi Jinping", "Yoon Suk Yeol").
  if (keys.length >= 2 && keys.length <= 3 && FAMILY_FIRST_KEYS.has(keys[0]!) && !hasCyrillic(text) && suffix === null) {
    return {
      text,
      // Romanised syllables are written apart, joined or hyphenated (Suk Yeol, Suk-yeol, Sukyeol).
      given: tokenKey(words.slice(1).join('')),
      middle: [],
      patronymic: null,
      surname: keys[0]!,
      particles: [],
      suffix: null,
      preset: null,
      central: false,
    };
  }
  let surnameStart = keys.length - 1;
  while (surnameStart > 0 && NAME_PARTICLES.has(words[surnameStart - 1]!) && surnameStart - 1 > 0) surnameStart--;
  // A lone particle-led surname ("von der Leyen", "de Gaulle") has no given name.
  // "Al Gore", "Ben Stokes": a capitalised Al, El or Ben starting a name is a given name, not the
  // Arabic or Hebrew particle (which is written lowercase or hyphenated: al-Assad).
  const givenLike = /^(?:Al|El|Ben)\s/u.test(text.trim());
  const leadingParticles = surnameStart === 1 && NAME_PARTICLES.has(words[0]!) && keys.length > 1 && !givenLike;
  if (leadingParticles) surnameStart = 0;
  const surnameWords = words.slice(surnameStart);
  const surnameKeys = keys.slice(surnameStart);
  const particles = surnameWords.slice(0, -1).filter((w) => NAME_PARTICLES.has(w));
  const surname = surnameKeys.filter((_, i) => !NAME_PARTICLES.has(surnameWords[i]!) || i === surnameKeys.length - 1).join('');
  const given = surnameStart > 0 ? keys[0]! : null;
  const middleAll = surnameStart > 1 ? keys.slice(1, surnameStart) : [];
  const patronymic = middleAll.find(isPatronymic) ?? null;
  const middle = middleAll.filter((k) => k !== patronymic);
  return {
    text,
    given,
    middle,
    patronymic,
    surname,
    particles,
    suffix,
    preset: hasCyrillic(text) ? (preset === 'ru' || preset === 'uk' || preset === 'sr' ? preset : detectCyrillicPreset(text)) : null,
    central: hasCentralEuropeanSpelling(text),
  };
}

/**
 * Name normalisation and matching keys. `foldText` turns any spelling into plain lowercase Latin
 * (accents stripped, Cyrillic transliterated); `tokenKey` further folds the spelling differences of
 * the romanisation systems in use (BGN/PCGN, Ukrainian 2010, ISO 9, scholarly, German and Polish
 * press forms), so that Zelenskiy / Zelenskyy / Zelensky / Zelenski / Selenskyj-less variants and
 * Зеленський share one key while Lavrov / Lavrova, Umerov / Umarov and Orban / Urban do not.
 */
import { LATIN_SPECIAL_LETTERS, PLAIN_DIACRITIC_LETTERS } from './lang/mul/cyrillic.js';
import { SLAVIC_SURNAME_ENDINGS } from './lang/en/name-parts.js';
import { type CyrillicPreset, detectCyrillicPreset, hasCyrillic, transliterate } from './transliterate.js';

/** Longest name we fold; anything longer is cut (a name is never this long, a mis-tagged paragraph may be). */
export const MAX_NAME_LENGTH = 300;

const APOSTROPHES = /['ʼ’‘`´ʹʺ″′]/gu;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7E]*$/;

/**
 * How to read a name: a Cyrillic preset, or `plain` for Latin letters such as š and ć written as
 * their base letter (the way most English-language outlets write Central European names) instead
 * of spelled out (sh, ch: the East Slavic transliteration convention).
 */
export type Reading = CyrillicPreset | 'plain';

/** True for a writing in capitals only: an acronym, or a name set in capitals ("NATO", a dateline's "SOLVYN"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Lowercase Latin form of a name: Cyrillic transliterated (preset auto-detected unless given),
 * special letters spelled out (š → sh, ł → l; with `plain`, š → s), accents stripped, apostrophes
 * and soft-sign marks removed, any other non-letter turned into a single space.
 */
export function foldText(text: string, reading?: Reading): string {
  let s = text.length > MAX_NAME_LENGTH ? text.slice(0, MAX_NAME_LENGTH) : text;
  // Most names are plain ASCII: skip transliteration and Unicode decomposition for them.
  if (ASCII.test(s)) return s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  const plain = reading === 'plain';
  if (hasCyrillic(s)) s = transliterate(s, reading === 'ru' || reading === 'uk' || reading === 'sr' ? reading : detectCyrillicPreset(s));
  s = s.toLowerCase();
  let spelled = '';
  for (const ch of s) spelled += plain && PLAIN_DIACRITIC_LETTERS.includes(ch) ? ch : (LATIN_SPECIAL_LETTERS[ch] ?? ch);
  return spelled
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a folded name (hyphenated parts kept together: "Ivano-Frankivsk" is one word). */
export function nameWords(text: string, preset?: Reading): string[] {
  const joined = text.replace(/(\p{L})[-‐‑–](\p{L})/gu, '$1$2');
  const folded = foldText(joined, preset);
  return folded === '' ? [] : folded.split(' ');
}

/** A vowel followed by iotated e (ie): the i is the iotation, not a vowel of its own. */
const VOWEL_IE = /([aeiou])ie/g;

/**
 * Folds one folded word (see `foldText`) into its matching key. Each rule removes a difference
 * between romanisation systems; the order matters (German tsch before sch, j before y, y before
 * doubled letters). Vowels other than i/y are kept: Umerov ≠ Umarov, Orban ≠ Urban.
 */
export function tokenKey(word: string): string {
  let s = word;
  // German and Polish renderings of Slavic sounds: Schewtschenko, Szewczenko → shevchenko.
  s = s.replace(/schtsch/g, 'shch').replace(/tsch/g, 'ch').replace(/sch/g, 'sh');
  s = s.replace(/sz/g, 'sh').replace(/cz/g, 'ch');
  s = s.replace(/w/g, 'v');
  // kh / h: Khodorkovsky = Hodorkovsky; x / ks: Maxim = Maksim; ck = k.
  s = s.replace(/kh/g, 'h').replace(/x/g, 'ks').replace(/ck/g, 'k');
  // ц written ts (BGN), c (ISO 9, Polish, Czech) or tz/z (German): Lutsenko = Lucenko.
  s = s.replace(/ts/g, 'c');
  // й / ы / и: j (ISO, German, Polish) = y (BGN) = i (Ukrainian 2010 inside words).
  s = s.replace(/j/g, 'y');
  // ё after a consonant: Semyonov = Semenov, Fyodorov = Fedorov.
  s = s.replace(/([bcdfghklmnprstvz])yo/g, '$1e');
  s = s.replace(/y/g, 'i');
  // Iotated е at the start or after a vowel: Yermak = Iermak = Ermak, Sergeyev = Sergeev.
  s = s.replace(/^ie/, 'e').replace(VOWEL_IE, '$1e');
  // Doubled letters: Zelenskyy, Zaporizhzhia → zh doubled, Polyanskii; also folds -iy/-yy/-ii/-yi endings.
  s = s.replace(/(.)\1+/g, '$1');
  s = s.replace(/zhzh/g, 'zh');
  return s;
}

/** Folded words → keys, in order. */
export function nameKeys(text: string, preset?: Reading): string[] {
  return nameWords(text, preset).map(tokenKey);
}

/**
 * Every reading of a name: both East Slavic presets of a Cyrillic name (detected one first), the
 * spelled-out and the plain reading of a Latin name with š, č, ć… (spelled-out first) and of a
 * Serbian or Macedonian Cyrillic name (read through Gaj's Latin: Вучић → Vuchich, Vucic), else the
 * one reading. Comparing against every reading lets Гончаренко meet both Goncharenko and
 * Honcharenko, and Plenković both Plenkovich and Plenkovic.
 */
export function readings(text: string): { preset: Reading | null; keys: string[] }[] {
  if (!hasCyrillic(text)) {
    const spelled = { preset: null, keys: nameKeys(text) };
    if (![...PLAIN_DIACRITIC_LETTERS].some((ch) => text.includes(ch))) return [spelled];
    return [spelled, { preset: 'plain', keys: nameKeys(text, 'plain') }];
  }
  const first = detectCyrillicPreset(text);
  if (first === 'sr') return [{ preset: 'sr', keys: nameKeys(text, 'sr') }, { preset: 'plain', keys: nameKeys(text, 'plain') }];
  const second: CyrillicPreset = first === 'uk' ? 'ru' : 'uk';
  return [
    { preset: first, keys: nameKeys(text, first) },
    { preset: second, keys: nameKeys(text, second) },
  ];
}

const SLAVIC_ENDING_KEYS = [...new Set(SLAVIC_SURNAME_ENDINGS.map(tokenKey))];

/** True when a key ends like an East Slavic surname (one condition for `slavicLooseKey`). */
export function looksEastSlavic(key: string): boolean {
  return key.length >= 4 && SLAVIC_ENDING_KEYS.some((ending) => key.endsWith(ending));
}

/**
 * A looser key for East Slavic names only: Ukrainian г (h) read as Russian g (Honcharenko →
 * goncharenko), and Ukrainian є after a consonant (ie) read as Russian е (Umierov → umerov). Both
 * would join different names elsewhere (Hall / Gall, Pierce / Perce), hence only between names
 * that look East Slavic.
 */
export function slavicLooseKey(key: string): string {
  return key.replace(/([bcdfgklmnprstvz])ie/g, '$1e').replace(/h/g, 'g');
}

/**
 * True when a Latin name is spelled the German, Polish or French way rather than the English way:
 * w, j, sch, sz, cz, tch or a Polish letter (ż ł ś…), which the English-language convention for
 * Slavic names never writes (Schirinowski, Chodorkowski, Abramovitch). Cyrillic text is not.
 */
export function hasCentralEuropeanSpelling(text: string): boolean {
  if (hasCyrillic(text)) return false;
  const lower = text.toLowerCase();
  return /[żźłśńćę]/u.test(lower) || /w|j|sch|sz|cz|tch/.test(foldText(lower));
}

/**
 * A looser key for a Slavic name spelled the German, Polish or French way (see
 * `hasCentralEuropeanSpelling`), compared with the key of the other spelling: those conventions write
 * ж as sch (zh in English), з as s, ц as z or c (ts), х as ch (kh), ч as tsch, cz or tch (ch), and
 * Polish е as ie after a consonant. The key folds exactly those differences (zh = sh, z = c = s,
 * ch = h), so Schirinowski, Prochorow and Jelzin meet Zhirinovsky, Prokhorov and Yeltsin, while
 * Jelzin (Ельцин) and Yelchin (Ельчин) stay apart. Only for names that look Slavic (the caller checks).
 */
export function centralEuropeanKey(key: string): string {
  return key
    .replace(/tch/g, 'ch')
    .replace(/zh/g, 'sh')
    .replace(/ch/g, 'h')
    .replace(/[zc]/g, 's')
    .replace(/([bcdfgklmnprstvz])ie/g, '$1e')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Endings of East Slavic place names, as matching keys (see `tokenKey`): -sk, -tsk (ck), -ivka / -ovka, -iv /
 * -ov, -horod / -gorod, -pil / -pol, -ets, -tsi, -dar, -hy / -gi. Endings that many other languages
 * share (-no, -ne, -in, -ka) are left out: Mirano / Merano, Pune / Puno are not Ukrainian and Russian forms.
 */
const EAST_SLAVIC_PLACE_ENDINGS = [
  'sk', 'ck', 'ske', 'ski', 'vka', 'iv', 'ov', 'ev', 'grad', 'gorod', 'horod', 'hrad', 'pol', 'pil', 'pole', 'ec', 'ci',
  'dar', 'gi', 'hi',
];

/** True when every word of a place key ends like an East Slavic place name (one condition for `eastSlavicPlaceKey`). */
export function looksEastSlavicPlace(key: string): boolean {
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  return last.length >= 4 && EAST_SLAVIC_PLACE_ENDINGS.some((e) => last.endsWith(e));
}

/** Consonant differences between Ukrainian and Russian spellings folded away (г = h / g, є = ie / e). */
function placeConsonants(word: string): string {
  return word
    .replace(/zh/g, 'Ž')
    .replace(/sh/g, 'Š')
    .replace(/ch/g, 'Č')
    .replace(/([bcdfgklmnprstvzŽŠČ])ie/g, '$1e')
    .replace(/h/g, 'g')
    .replace(/([ŽŠČ])g/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The block key of an East Slavic place name (see `sameEastSlavicPlace`): Ukrainian г (h) read as
 * Russian g, є (ie) as е, and the vowels i, e and o taken as one. Names sharing it are then checked.
 */
export function eastSlavicPlaceKey(key: string): string {
  return key
    .split(' ')
    .map((w) => placeConsonants(w).replace(/[io]/g, 'e'))
    .join(' ');
}

/**
 * True when two place keys are the Ukrainian and the Russian form of one East Slavic place name:
 * equal once Ukrainian г (h) is read as Russian g (Horlivka / Gorlovka; the hh of Uzhhorod after zh)
 * and Ukrainian є (ie) as Russian е (Sievierodonetsk / Severodonetsk), except that one of them
 * writes i where the other writes e or o inside a word — Ukrainian і for Russian е or о
 * (Starobilsk / Starobelsk, Ternopil / Ternopol, Druzhkivka / Druzhkovka, Avdiivka / Avdeyevka) —
 * always the same one. Both must look East Slavic (`looksEastSlavicPlace`). Other vowels and all
 * consonants must agree (Lutsk ≠ Luhansk; Sloviansk / Slavyansk is left to the variant table).
 */
export function sameEastSlavicPlace(x: string, y: string): boolean {
  if (!looksEastSlavicPlace(x) || !looksEastSlavicPlace(y)) return false;
  const a = x.split(' ').map(placeConsonants);
  const b = y.split(' ').map(placeConsonants);
  if (a.length !== b.length) return false;
  let side = 0;
  for (let w = 0; w < a.length; w++) {
    const p = a[w]!;
    const q = b[w]!;
    if (p.length !== q.length) return false;
    for (let i = 0; i < p.length; i++) {
      if (p[i] === q[i]) continue;
      const here = p[i] === 'i' && 'eo'.includes(q[i]!) ? 1 : q[i] === 'i' && 'eo'.includes(p[i]!) ? 2 : 0;
      if (here === 0 || i === 0 || (side !== 0 && side !== here)) return false;
      side = here;
    }
  }
  return true;
}

/** True when the text looks like an acronym (NATO, U.S., EU, НАТО): 2–6 capitals, dots allowed. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '').trim();
  return /^\p{Lu}{2,6}$/u.test(letters);
}

/** An acronym's own key: its letters, folded but not phonetically (N.J. ≠ N.Y., EC ≠ EEC). */
export function acronymKey(text: string): string {
  return `acronym:${foldText(text.replace(/\./g, '')).replace(/ /g, '')}`;
}

/**
 * Matching keys of a place, organisation or other name, one per reading (see `readings`), a
 * leading "the" dropped; an acronym keeps its exact letters.
 */
export function phraseKeys(text: string): string[] {
  const words = readings(text.replace(/^\s*the\s+/iu, '')).map((r) => r.keys.join(' ')).filter((k) => k !== '');
  if (isAcronym(text)) {
    const exact = acronymKey(text);
    if (exact === 'acronym:') return [];
    // A word of four or more capitals may also be a name set in capitals (a dateline's "SOLVYN"):
    // it keeps its word keys too, so it meets the same name in mixed case ("Solvyn", "Nato").
    return text.replace(/\./g, '').trim().length >= 4 && !text.includes('.') ? [exact, ...words] : [exact];
  }
  return words;
}

/**
 * Cyrillic → Latin transliteration with a Russian, a Ukrainian and a South Slavic (Serbian and
 * Macedonian) preset, for matching names across scripts (Зеленський → Zelenskyi, Зеленский →
 * Zelenskiy, Вучић → Vučić). Pure; never throws.
 */
import { OTHER_CYRILLIC_LETTERS } from './lang/mul/cyrillic.js';
import { RUSSIAN_IOTATED_START, RUSSIAN_LETTERS, RUSSIAN_ONLY_LETTERS } from './lang/ru/transliteration.js';
import { SOUTH_SLAVIC_LETTERS, SOUTH_SLAVIC_ONLY_LETTERS } from './lang/sr/transliteration.js';
import {
  UKRAINIAN_DIGRAPHS,
  UKRAINIAN_LETTERS,
  UKRAINIAN_ONLY_LETTERS,
  UKRAINIAN_PATTERNS,
  UKRAINIAN_WORD_START,
} from './lang/uk/transliteration.js';

/** Which romanisation to use for Cyrillic text: Russian, Ukrainian, or Serbian/Macedonian (`sr`). */
export type CyrillicPreset = 'ru' | 'uk' | 'sr';

const CYRILLIC = /[\u0400-\u04FF]/u;
const CYRILLIC_LETTER = /[\u0400-\u04FF]/u;
const VOWELS_RU = new Set('аеёиоуыэюяАЕЁИОУЫЭЮЯ'.split(''));
const SIGNS = new Set('ъьЪЬ'.split(''));

/** True when the text contains at least one Cyrillic letter. */
export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/**
 * Picks the preset: South Slavic when a Serbian or Macedonian letter (ђ ћ џ љ њ ј ѓ ќ ѕ) appears;
 * else Ukrainian when a Ukrainian-only letter (і ї є ґ) or a Ukrainian-only spelling
 * (-ський, an apostrophe between letters) appears and no Russian-only letter (ё ы э ъ) does;
 * Russian otherwise, since Russian is the more common source of Cyrillic names in English news.
 */
export function detectCyrillicPreset(text: string): CyrillicPreset {
  const lower = text.toLowerCase();
  for (const ch of lower) if (SOUTH_SLAVIC_ONLY_LETTERS.includes(ch)) return 'sr';
  let russian = 0;
  let ukrainian = 0;
  for (const ch of lower) {
    if (UKRAINIAN_ONLY_LETTERS.includes(ch)) ukrainian += 2;
    else if (RUSSIAN_ONLY_LETTERS.includes(ch)) russian += 2;
  }
  for (const pattern of UKRAINIAN_PATTERNS) if (pattern.test(lower)) ukrainian += 1;
  return ukrainian > russian ? 'uk' : 'ru';
}

function isWordStart(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text[index - 1] ?? '';
  return !/[\p{L}'ʼ’]/u.test(prev);
}

function matchCase(source: string, latin: string, nextIsUpper: boolean): string {
  if (latin === '' || source === source.toLowerCase()) return latin;
  // An uppercase letter inside an all-caps word stays all caps (ЩОРС → SHCHORS), else only the
  // first Latin letter is capitalised (Щорс → Shchors).
  return nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/**
 * Transliterates every Cyrillic letter of `text` to Latin with the given preset (auto-detected when
 * omitted); other characters are kept. Apostrophes inside Ukrainian words are dropped, as the 2010
 * system prescribes.
 */
export function transliterate(text: string, preset?: CyrillicPreset): string {
  if (!hasCyrillic(text)) return text;
  const chosen = preset ?? detectCyrillicPreset(text);
  if (chosen === 'sr') return transliterateSouthSlavic(text);
  const letters = chosen === 'uk' ? UKRAINIAN_LETTERS : RUSSIAN_LETTERS;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    const next = text[i + 1] ?? '';
    const nextIsUpper = next !== '' && next !== next.toLowerCase() && ch !== lower;
    if (!CYRILLIC_LETTER.test(ch)) {
      // The apostrophe of Ukrainian (and the hard-sign apostrophe of Russian) carries no sound of its own.
      if (/['ʼ’]/u.test(ch) && CYRILLIC_LETTER.test(text[i - 1] ?? '') && CYRILLIC_LETTER.test(next)) continue;
      out += ch;
      continue;
    }
    if (chosen === 'uk') {
      const pair = (lower + next.toLowerCase());
      const digraph = UKRAINIAN_DIGRAPHS[pair];
      if (digraph !== undefined) {
        out += matchCase(ch, digraph, nextIsUpper);
        i++;
        continue;
      }
      const start = isWordStart(text, i) ? UKRAINIAN_WORD_START[lower] : undefined;
      const latin = start ?? letters[lower] ?? OTHER_CYRILLIC_LETTERS[lower] ?? '';
      out += matchCase(ch, latin, nextIsUpper);
      continue;
    }
    // A Ukrainian-only letter in a name read the Russian way keeps its Ukrainian reading (Єрмак → Yermak).
    const ukrainian = (isWordStart(text, i) ? UKRAINIAN_WORD_START[lower] : undefined) ?? UKRAINIAN_LETTERS[lower];
    let latin = letters[lower] ?? OTHER_CYRILLIC_LETTERS[lower] ?? ukrainian ?? '';
    const iotated = RUSSIAN_IOTATED_START[lower];
    if (iotated !== undefined) {
      const prev = text[i - 1] ?? '';
      if (isWordStart(text, i) || VOWELS_RU.has(prev) || SIGNS.has(prev)) latin = iotated;
    }
    out += matchCase(ch, latin, nextIsUpper);
  }
  return out;
}

/** Serbian/Macedonian Cyrillic → Gaj's Latin, letter by letter (the script is phonemic: no positional rules). */
function transliterateSouthSlavic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!CYRILLIC_LETTER.test(ch)) {
      out += ch;
      continue;
    }
    const lower = ch.toLowerCase();
    const next = text[i + 1] ?? '';
    const nextIsUpper = next !== '' && next !== next.toLowerCase() && ch !== lower;
    const latin = SOUTH_SLAVIC_LETTERS[lower] ?? RUSSIAN_LETTERS[lower] ?? OTHER_CYRILLIC_LETTERS[lower] ?? '';
    out += matchCase(ch, latin, nextIsUpper);
  }
  return out;
}

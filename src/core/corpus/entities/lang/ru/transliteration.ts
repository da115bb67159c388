/**
 * Russian Cyrillic → Latin, the common press convention (BGN/PCGN 1947 without diacritics, as used
 * by Reuters, AP and most English-language outlets): Зеленский → Zelenskiy, Хрущёв → Khrushchev.
 * Positional rules (е → ye at the start of a word or after a vowel or a sign) live in
 * `transliterate.ts`; this file is the letter table only.
 */

/** Lowercase Russian letters → Latin; letters absent here fall back to the shared Cyrillic table. */
export const RUSSIAN_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Russian `е` (and `ё`) is written `ye`/`yo` at the start of a word and after a vowel or a sign (BGN/PCGN). */
export const RUSSIAN_IOTATED_START: Readonly<Record<string, string>> = { е: 'ye', ё: 'yo' };

/** Letters found in Russian but not in Ukrainian: their presence argues for the Russian preset. */
export const RUSSIAN_ONLY_LETTERS = 'ёыэъ';

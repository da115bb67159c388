/**
 * Cyrillic letters outside the Russian and Ukrainian alphabets (Belarusian, Serbian, Macedonian,
 * Bulgarian, Kazakh), written the way English-language outlets usually write them. Used by both
 * presets when a name carries one of these letters.
 */
export const OTHER_CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};

/**
 * Latin letters with diacritics that stand for a digraph in the English press convention: the ISO 9,
 * scholarly and Czech/Polish/Croatian forms of the same Slavic sounds (Ščerbakov = Shcherbakov,
 * Kravčuk = Kravchuk, Wałęsa = Walesa). Everything else just loses its accent (Orbán → Orban).
 */
export const LATIN_SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  š: 'sh', č: 'ch', ž: 'zh', ŝ: 'shch', ć: 'ch', ś: 'sh', ź: 'zh', ż: 'zh', ł: 'l', đ: 'dj',
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th', ð: 'd', ŭ: 'u',
};

/**
 * Letters of `LATIN_SPECIAL_LETTERS` that English-language outlets also write as their bare base
 * letter (Plenković → Plenkovic, Babiš → Babis, Priština → Pristina): names with them get a second,
 * plain reading.
 */
export const PLAIN_DIACRITIC_LETTERS = 'ščžŝćśźżŠČŽŜĆŚŹŻ';

/**
 * Serbian and Macedonian Cyrillic → Latin: Gaj's Latin alphabet, the official Latin script of
 * Serbian (Вучић → Vučić, Ђоковић → Đoković), with the Macedonian letters as Macedonian Latin
 * writes them (ѓ → gj, ќ → kj, ѕ → dz). The diacritics are kept here; `foldText` then gives both
 * the spelled-out and the plain reading (Vuchich, Vucic), as for any Latin name with č or ć.
 */

/** Lowercase Serbian/Macedonian letters → Gaj's Latin. */
export const SOUTH_SLAVIC_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
  ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

/**
 * Letters of the Serbian and Macedonian alphabets that Russian, Ukrainian and Belarusian lack: any
 * of them selects the South Slavic preset.
 */
export const SOUTH_SLAVIC_ONLY_LETTERS = 'ђћџљњјѓќѕ';

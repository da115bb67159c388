/**
 * Ukrainian Cyrillic → Latin, the official national system (Cabinet of Ministers resolution no. 55,
 * 27 January 2010), the one used in Ukrainian passports and by most outlets since 2022:
 * Зеленський → Zelenskyi, Київ → Kyiv, Харків → Kharkiv. Letters in `UKRAINIAN_WORD_START` take
 * their first form at the start of a word and the `UKRAINIAN_LETTERS` form elsewhere.
 */

/** Lowercase Ukrainian letters → Latin (the form used inside a word). */
export const UKRAINIAN_LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y',
  і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia',
  // Russian letters met in Ukrainian text (quoted Russian names) keep their Russian reading.
  ё: 'e', ы: 'y', э: 'e', ъ: '',
};

/** At the start of a word these letters are written differently (the 2010 rule: Yevhen, Yurii, Yizhakevych). */
export const UKRAINIAN_WORD_START: Readonly<Record<string, string>> = {
  є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya',
};

/** Letters found only in Ukrainian: any of them selects the Ukrainian preset. */
export const UKRAINIAN_ONLY_LETTERS = 'іїєґ';

/**
 * Letter sequences that occur in Ukrainian spellings and hardly ever in Russian ones: the soft sign
 * inside the adjectival surname ending (-ський/-цький/-зький, Russian -ский/-цкий/-зкий), and the
 * apostrophe between letters (Mar'yana → Мар'яна), which Russian writes as ъ or ь.
 */
export const UKRAINIAN_PATTERNS: readonly RegExp[] = [/[сцз]ьк(?:ий|а|е|ого|ому|им)(?!\p{L})/iu, /\p{L}['ʼ’]\p{L}/u];

/** The 2010 rule writes зг as zgh, so that it is not read as zh (Zghurskyi, Rozghon). */
export const UKRAINIAN_DIGRAPHS: Readonly<Record<string, string>> = { зг: 'zgh' };

/**
 * Pieces of personal names that matter for matching but are not the given name or the surname.
 */

/** Generational suffixes: "Donald Trump Jr." is not "Donald Trump", so a differing suffix blocks a merge. */
export const GENERATIONAL_SUFFIXES: Readonly<Record<string, string>> = {
  jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', iii: 'iii', iv: 'iv',
};

/**
 * East Slavic patronymic endings (Vladimir Vladimirovich Putin, Yulia Volodymyrivna Tymoshenko), in
 * folded Latin form: a middle token with one of these endings is a patronymic, ignored when the
 * other name has none.
 */
export const PATRONYMIC_ENDINGS: readonly string[] = [
  'ovich', 'evich', 'ovych', 'evych', 'ovna', 'evna', 'ivna', 'yich', 'ich', 'ych', 'ichna', 'ychna',
];

/**
 * Surname endings typical of East Slavic names. The Ukrainian г is written h and the Russian one g
 * (Honcharenko / Goncharenko), but h and g are different letters in most other names (Hall, Gall),
 * so h = g is accepted only when both spellings end like an East Slavic surname.
 */
export const SLAVIC_SURNAME_ENDINGS: readonly string[] = [
  'enko', 'chuk', 'czuk', 'chyk', 'shyn', 'yuk', 'iuk', 'uk', 'ko', 'ov', 'ova', 'ev', 'eva', 'yov',
  'in', 'ina', 'yn', 'yna', 'sky', 'skiy', 'skyy', 'skyi', 'skii', 'ski', 'ska', 'skaya', 'tsky',
  'tskyi', 'vich', 'vych', 'vitch', 'wicz', 'ich', 'ych', 'iv', 'ets', 'yak', 'iak', 'ak',
];

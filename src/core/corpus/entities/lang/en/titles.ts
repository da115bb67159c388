/**
 * Titles, honorifics and role words that English-language news writes before a person's name
 * ("Ukrainian President Volodymyr Zelenskiy", "Foreign Minister Sergei Lavrov", "Admiral Tony
 * Radakin", "Mr Putin"). Stripping cuts a mention after the last such word when a name follows.
 * Compared lowercase, with a trailing dot removed.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'chancellor', 'premier', 'secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'speaker', 'senator', 'sen', 'representative', 'rep',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'ambassador', 'envoy', 'commissioner',
  'chairman', 'chairwoman', 'chair', 'director', 'chief', 'head', 'leader', 'deputy', 'general',
  'gen', 'admiral', 'adm', 'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'captain', 'capt',
  'commander', 'marshal', 'sergeant', 'sgt', 'judge', 'justice', 'attorney', 'prosecutor',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev',
  'reverend', 'archbishop', 'bishop', 'patriarch', 'metropolitan', 'cardinal', 'rabbi', 'imam',
  'ayatollah', 'mufti', 'sheikh', 'emir', 'king', 'queen', 'prince', 'princess', 'crown', 'pope',
  'sultan', 'emperor', 'empress', 'duke', 'duchess', 'tsar', 'former', 'acting', 'interim',
  'incoming', 'outgoing', 'late', 'ex', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'economy', 'energy', 'health', 'justice', 'trade', 'state', 'press', 'national', 'security',
  'presidential', 'parliamentary', 'opposition', 'party', 'mp', 'mep', 'ceo', 'cfo', 'founder',
]);

/**
 * Titles that belong to the name itself when nothing else would be left ("Prince Harry",
 * "Pope Leo", "King Charles"): a royal or religious style followed by a single given name is how
 * the person is named, not a description.
 */
export const STYLE_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'pope', 'emir', 'sheikh', 'sultan', 'emperor', 'empress',
  'duke', 'duchess', 'tsar', 'patriarch', 'ayatollah', 'dame', 'sir', 'lord', 'lady',
]);

/** Lowercase words that may sit inside a proper name and must not be taken for a description. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'le', 'la',
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ter', 'ten', 'zu', 'y', 'e',
]);

/**
 * Role words of people who speak for an institution ("Kremlin spokesman", "press secretary of the
 * Russian President"): such a role links the person to the institution as `speaks-for`.
 */
export const SPEAKER_ROLE_WORDS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'press officer', 'representative',
  'mouthpiece', 'press service',
];

/** Words that make a role a past one ("former President"): such roles link nothing. */
export const PAST_ROLE_WORDS: readonly string[] = ['former', 'ex', 'late', 'then'];

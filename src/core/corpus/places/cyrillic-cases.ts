/**
 * Nominative guesses for a Russian or Ukrainian place name written in another grammatical case
 * ("в Киеве", "у Києві", "из Москвы", "до Харкова", "в Росії"): the case ending is cut off and the
 * nominative endings of the same declensions are tried, with the Ukrainian vowel alternation of a
 * closed last syllable (Харкова → Харків, Львові → Львів, Києва → Київ) and of г/к/х before -і
 * (Кременчуці → Кременчук). The guesses are only
 * guesses: the gazetteer keeps those that name an entry exactly (see `gazetteer.ts`).
 */

/** Oblique-case endings of Russian and Ukrainian nouns, longest first. */
const CASE_ENDINGS = [
  'ому', 'ого', 'ами', 'ями', 'ах', 'ях', 'ією', 'єю', 'ою', 'ею', 'ові', 'еві', 'єві', 'ией', 'ии', 'ию', 'ії', 'ію', 'ом', 'ем', 'єм', 'ём', 'ой', 'ей',
  'у', 'ю', 'а', 'я', 'ы', 'и', 'і', 'ї', 'е', 'є',
].sort((a, b) => b.length - a.length);

/**
 * Nominative endings tried on a stem: hard and soft masculine, feminine in -а/-я/-ь, neuter, -ия/-ія,
 * plural (Суми, Черкассы), and the adjectival names (Рівне → Рівному, Хмельницький → Хмельницькому).
 */
const NOMINATIVE_ENDINGS = ['', 'ия', 'ія', 'а', 'я', 'ь', 'о', 'е', 'и', 'ы', 'ий', 'ый', 'ій', 'ое', 'й'];
/** Endings only adjectives have: their stems take the adjectival nominatives alone. */
const ADJECTIVAL_ENDINGS = new Set(['ому', 'ого']);
const ADJECTIVAL_NOMINATIVES = new Set(['ий', 'ый', 'ій', 'е', 'ое']);

/** The shortest stem and guess (in letters): shorter ones reach too many unrelated names ("Нового" → Nov). */
const MIN_STEM = 3;
const MIN_GUESS = 4;

/** Харков → Харків, Львов → Львів, Києв → Київ: о/е → і and є → ї in a closed last syllable. */
function alternated(stem: string): string | null {
  const m = /([оеє])([^аеєиіїоуюяыэё]{1,2})$/u.exec(stem);
  if (m === null) return null;
  const vowel = m[1] === 'є' ? 'ї' : 'і';
  return stem.slice(0, m.index) + vowel + m[2];
}

/**
 * Nominative candidates of one Cyrillic word (a hyphenated name inflects in its last part: "Нью-Йорке"),
 * in the order tried, without the word itself. Empty for anything else: several words (adjective and
 * noun both inflect, which this does not undo), Latin script, or too short a word.
 */
export function nominativeCandidates(word: string): string[] {
  return nominativeGuesses(word).map((g) => g.name);
}

/** A nominative guess, and whether it undoes an adjectival ending ("Рівному" → "Рівне"). */
export interface NominativeGuess {
  name: string;
  adjectival: boolean;
}

/** `nominativeCandidates` with the kind of each guess. */
export function nominativeGuesses(word: string): NominativeGuess[] {
  const w = word.trim();
  if (!/^[\p{Script=Cyrillic}'’-]+$/u.test(w)) return [];
  const lower = w.toLowerCase();
  // A letter only one of the two alphabets has decides which nominative endings fit.
  const ukrainian = /[іїєґ]/u.test(lower);
  const russian = /[ыэёъ]/u.test(lower);
  const endings = NOMINATIVE_ENDINGS.filter((n) => !(ukrainian && /ы|ия|ое/u.test(n)) && !(russian && /і/u.test(n)));
  const out = new Map<string, boolean>();
  for (const ending of CASE_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (stem.replace(/[^\p{L}]/gu, '').length < MIN_STEM || /[-'’]$/u.test(stem)) continue;
    // The alternated stem (a Ukrainian nominative) never for a plainly Russian word, first for a plainly Ukrainian one.
    const alt = russian ? null : alternated(stem);
    const stems = alt === null ? [stem] : ukrainian ? [alt, stem] : [stem, alt];
    // Ukrainian г/к/х → з/ц/с before the dative and locative -і: Празі → Прага, Кременчуці → Кременчук.
    const velar = ending === 'і' ? /[зцс]$/u.exec(stem) : null;
    if (velar !== null) stems.push(stem.slice(0, -1) + { з: 'г', ц: 'к', с: 'х' }[velar[0] as 'з' | 'ц' | 'с']);
    const adjectival = ADJECTIVAL_ENDINGS.has(ending);
    const fitting = adjectival ? endings.filter((n) => ADJECTIVAL_NOMINATIVES.has(n)) : endings;
    for (const s of stems) {
      for (const n of fitting) if (!out.has(s + n) && (s + n).replace(/[^\p{L}]|[ьъ]/gu, '').length >= MIN_GUESS) out.set(s + n, adjectival);
    }
  }
  out.delete(w);
  return [...out].map(([name, adjectival]) => ({ name, adjectival }));
}

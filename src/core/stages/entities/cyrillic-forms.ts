/**
 * Case forms of Russian and Ukrainian names, for typing and grouping the Cyrillic names of one
 * article: "Зеленського" is a form of the surname Зеленський, "Володимира" of the given name
 * Володимир, "Києві" of the place Київ. The case endings are undone by `places/cyrillic-cases.ts`
 * (the one set of declension rules); this module decides which guess is a given name, a known place
 * or a surname, and names an inflected person in the nominative when the ending leaves no doubt.
 */
import { createRequire } from 'node:module';
import { ORG_VARIANTS, PLACE_VARIANTS } from '../../corpus/entities/lang/en/name-variants.js';
import { nominativeCandidates } from '../../corpus/places/cyrillic-cases.js';
import { loadGazetteer } from '../../corpus/places/gazetteer.js';
import { GIVEN_NAMES } from './lang/ru/cyrillic-names.js';

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}'’-]+$/u;

/** Place endings of a nominative that surnames and common words rarely have (-щина, -ськ, -град, -піль…). */
const STRONG_PLACE = /(?:щина|ччина|ськ|цьк|ск|цк|град|город|бург|поль|піль)$/u;

/** True for a word written in Cyrillic letters only (hyphens and apostrophes allowed). */
export function isCyrillicWord(word: string): boolean {
  return CYRILLIC_WORD.test(word);
}

/** Ukrainian і ї є and Russian ё folded to the Russian letters, so that Франція meets Франция. */
function foldLetters(s: string): string {
  return s.toLowerCase().replace(/[іїи]/gu, 'и').replace(/є/gu, 'е').replace(/ё/gu, 'е').replace(/['’]/gu, '');
}

/**
 * Lowercase nominative guesses of one word, the word itself first. Besides the declensions of
 * `nominativeCandidates`, the instrumental of surnames in -ов/-ин (Токаевым, Путіним → Токаев, Путін).
 */
export function lemmaCandidates(word: string): string[] {
  if (!isCyrillicWord(word)) return [word.toLowerCase()];
  const lower = word.toLowerCase();
  const out = [lower, ...nominativeCandidates(lower)];
  const m = /^(.{3,}(?:ов|ев|ёв|ин|ын|ін))(?:ым|им)$/u.exec(lower);
  if (m !== null) out.push(m[1]);
  return [...new Set(out)];
}

/** The given name (lowercase nominative) a word is a form of ("Володимира" → "володимир"), or null. */
export function givenNameLemma(word: string): string | null {
  for (const c of lemmaCandidates(word)) if (GIVEN_NAMES.has(c)) return c;
  return null;
}

// Cyrillic names of places and organisations: the Cyrillic spellings of the variant table (Київ,
// Харків, Москва; НАТО, Верховна Рада) and the Russian names of the world's countries. Built on
// first use, since only texts in Cyrillic need them.
let places: Map<string, string> | null = null;
let orgs: Map<string, string> | null = null;

function placeNames(): Map<string, string> {
  if (places !== null) return places;
  places = new Map();
  const add = (name: string): void => {
    if (isCyrillicWord(name.replace(/\s+/gu, '-'))) places!.set(foldLetters(name), name);
  };
  for (const row of PLACE_VARIANTS) for (const name of row) add(name);
  const require = createRequire(import.meta.url);
  for (const c of require('world-countries') as { translations: Record<string, { common: string }> }[]) {
    const rus = c.translations['rus']?.common;
    if (rus) add(rus);
  }
  return places;
}

function orgNames(): Map<string, string> {
  orgs ??= new Map(ORG_VARIANTS.flat().filter((n) => isCyrillicWord(n.replace(/\s+/gu, '-'))).map((n) => [foldLetters(n), n]));
  return orgs;
}

/**
 * The known place a one-word name or one of its case forms names ("Києві" → "Київ"), or null: the
 * lexicon above, else the gazetteer (its readings of Cyrillic names) for a country, a region or a
 * city of at least `GAZETTEER_MIN_POPULATION` ("Полтави" → Полтава). Towns below that size are left
 * out: many are named like surnames (Чехов, Пушкин, Мельник); so are given names in any case
 * (Владимира is a man's, not the city's).
 */
export function knownPlace(word: string): string | null {
  if (!isCyrillicWord(word)) return null;
  const index = placeNames();
  const candidates = lemmaCandidates(word);
  for (const c of candidates) {
    const hit = index.get(foldLetters(c));
    if (hit !== undefined) return hit;
  }
  // A given name in any case is a person's, not the city named like it (Владимира).
  if (word.length < 4 || givenNameLemma(word) !== null) return null;
  // The gazetteer's readings cost about 0.2 ms a word and the tagger and the resolver ask about
  // one word several times: answers are kept (a bounded memo, emptied when full).
  const known = gazetteerMemo.get(word);
  if (known !== undefined) return known;
  if (gazetteerMemo.size >= GAZETTEER_MEMO_MAX) gazetteerMemo.clear();
  const place = gazetteerPlace(word, candidates);
  gazetteerMemo.set(word, place);
  return place;
}

const gazetteerMemo = new Map<string, string | null>();
const GAZETTEER_MEMO_MAX = 20_000;

/** `knownPlace`'s gazetteer fallback for a word the lexicon does not know. */
function gazetteerPlace(word: string, candidates: readonly string[]): string | null {
  // The word as written, and its nominative guesses only after an ending no nominative of a place
  // has: a word in -а/-я may be a nominative itself ("Марина" is not the genitive of Марино). The
  // gazetteer also reads case forms itself (`via`: the nominative it matched); a guess of ours that
  // it finds as written names the place first.
  const oblique = OBLIQUE_ENDING.test(word.toLowerCase());
  let fallback: string | null = null;
  for (const c of oblique ? candidates : candidates.slice(0, 1)) {
    const name = restoreCase(word, c);
    for (const x of loadGazetteer().candidates(name)) {
      if (!x.exact || (x.entry.kind === 'city' && (x.entry.population ?? 0) < GAZETTEER_MIN_POPULATION)) continue;
      if (foldLetters(x.via) === foldLetters(name)) return name;
      if (oblique) fallback ??= restoreCase(word, x.via.toLowerCase());
    }
  }
  return fallback;
}

/** Case endings of an oblique form (locative, dative, instrumental, genitive in -и/-і). */
const OBLIQUE_ENDING = /(?:і|и|ы|у|ю|е|ом|ем|ою|ею|ой|ей|ах|ях)$/u;

/** Smallest city the gazetteer fallback of `knownPlace` takes. */
export const GAZETTEER_MIN_POPULATION = 100_000;

/** Nominative guesses of an adjective in an oblique case: Верховній → верховна, Нової → нова, Білої → біла. */
function adjectiveCandidates(word: string): string[] {
  const lower = word.toLowerCase();
  const out = [lower];
  const rules: [RegExp, string][] = [
    [/^(.{2,})(?:ій|ої|ою|у)$/u, '$1а'],
    [/^(.{2,})(?:ого|ому|им|ім)$/u, '$1ий'],
    [/^(.{2,})(?:ой|ую)$/u, '$1ая'],
    [/^(.{2,})(?:ого|ому|ым|ом)$/u, '$1ый'],
  ];
  for (const [re, rep] of rules) if (re.test(lower)) out.push(lower.replace(re, rep));
  return out;
}

/**
 * The listed place or organisation a two-word Cyrillic name names in any case ("Верховній Раді" →
 * Верховна Рада, "Білої Церкви" → Біла Церква), with its type, or null.
 */
export function knownPhrase(words: readonly string[]): { type: 'LOC' | 'ORG'; name: string } | null {
  if (words.length !== 2 || !words.every(isCyrillicWord)) return null;
  const placeIndex = placeNames();
  const orgIndex = orgNames();
  for (const a of adjectiveCandidates(words[0])) {
    for (const b of lemmaCandidates(words[1])) {
      const k = foldLetters(`${a} ${b}`);
      const place = placeIndex.get(k);
      if (place !== undefined) return { type: 'LOC', name: place };
      const org = orgIndex.get(k);
      if (org !== undefined) return { type: 'ORG', name: org };
    }
  }
  return null;
}

/** True when a one-word name or one of its case forms is a listed organisation (НАТО, ООН, СБУ). */
export function knownOrg(word: string): boolean {
  if (!isCyrillicWord(word)) return false;
  const index = orgNames();
  return lemmaCandidates(word).some((c) => index.has(foldLetters(c)));
}

/**
 * Surname endings that common words of either language rarely have: a capitalised word so ending
 * opens a sentence as a name ("Песков заявив", "Зеленський провів"). Endings such as -ова, -ин alone
 * or -ко also end everyday words ("Слова", "Один", "Однако"), so they do not count there.
 */
const STRONG_SURNAME = /(?:енко|[оеё]в|ськ(?:ий|а)|цьк(?:ий|а)|цк(?:ий|ая|ой)|ск(?:ий|ая|ой)|чук|юк|[ое]вич|[іиы]н)$/u;
const MIN_STRONG_LENGTH = 5;

/**
 * A surname by a strong ending, as written or in a case form whose nominative is certain
 * (Зеленського → Зеленський, Бондаренка → Бондаренко).
 */
export function strongSurname(word: string): boolean {
  if (word.length < MIN_STRONG_LENGTH || !isCyrillicWord(word)) return false;
  if (STRONG_SURNAME.test(word.toLowerCase())) return true;
  const nominative = surnameNominative(word, null);
  if (nominative !== null && STRONG_SURNAME.test(nominative.toLowerCase())) return true;
  // The stem of an oblique -ов/-ев form of six letters or more ("Соколову", "Пєскова"); shorter
  // stems are everyday words ("Слова", "Снова").
  const stem = lemmaCandidates(word)[1];
  return stem !== undefined && stem.length >= 6 && /[оеёє]в$/u.test(stem);
}

/** A place by a nominative ending surnames never have, as written or in a case form (Белгород, Курске). */
export function strongPlace(word: string): boolean {
  return isCyrillicWord(word) && word.length >= 5 && lemmaCandidates(word).some((c) => STRONG_PLACE.test(c));
}

/**
 * Organisations by their make-up: a ministry's short name (Міноборони, Минфин) and the word parts of
 * company names after a first part (Газпром, Укрзалізниця, Роснефть, Укренерго, Сбербанк, Нафтогаз);
 * at the start of a word the parts are everyday words ("Газета", "Нефть", "Залізниця").
 */
const ORG_PARTS = /(?:^(?:мін|мин)(?:фін|фин|оборон|здрав|юст|енерго|энерго|транс|труд|освіт|обр|економ|эконом|агро|сельхоз|цифр|культ|спорт|природ|строй|регіон|регион|соцполіт|вет|реінтеграц|закордон|внутр)|.(?:пром|банк|нефт|нафт|энерго|енерго|телеком|залізниц|холдинг)|.газ$|^газпром)/u;

/** True for one word that names an organisation by its make-up (see `ORG_PARTS`). */
export function orgByMakeUp(word: string): boolean {
  return isCyrillicWord(word) && word.length >= 5 && ORG_PARTS.test(word.toLowerCase());
}

/** Gender a given name's nominative suggests: feminine names end in -а/-я (Олена, Юлія), others are masculine. */
function isFeminine(given: string): boolean {
  return /[ая]$/u.test(given);
}

/**
 * Unambiguous nominative of a surname in an oblique case, or null (kept as written). A surname in
 * -ов/-ев/-ин has a feminine in -ова/-ева/-ина, so "Лаврова" is Лавров only beside a masculine given
 * name ("Сергія Лаврова"); without one it stays as written (Лаврова, a woman, stays apart).
 */
export function surnameNominative(word: string, feminine: boolean | null): string | null {
  const w = word;
  // Ukrainian spellings of the adjectival nominative (-ий); a Russian -ой/-ый surname comes out as -ий.
  const rules: [RegExp, string][] = [
    // Adjectival surnames: -ський/-ский, -цький/-цкий, -ий/-ой.
    [/^(.+(?:ськ|цьк))(?:ого|ому|им|ім)$/u, '$1ий'],
    [/^(.+(?:ськ|цьк))(?:ої|ій|ою|у)$/u, '$1а'],
    [/^(.+(?:ск|цк))(?:ого|ому|им|ом)$/u, '$1ий'],
    [/^(.+(?:ск|цк))(?:ой|ую)$/u, '$1ая'],
    [/^(.+[^аеиоуыэюяіїє])(?:ого|ому)$/u, '$1ий'],
    // -ук/-юк/-чук, -ич: declined only for men.
    [/^(.+(?:ук|юк|ич))(?:а|у|ові|ом|еві|ем)$/u, '$1'],
    // -енко, -ко: one form for both genders, declined only for men (Бондаренка, Кличка).
    [/^(.+к)(?:а|у|ові|ом)$/u, '$1о'],
  ];
  const lower = w.toLowerCase();
  for (const [re, rep] of rules) {
    if (!re.test(lower)) continue;
    // -ко, -ук and -ич names of women are not declined: beside a feminine given name the form stays.
    if (feminine === true && !/(?:ськ|цьк|ск|цк)/u.test(lower) && !/(?:ого|ому)$/u.test(lower)) return null;
    return restoreCase(w, lower.replace(re, rep));
  }
  // -ов/-ев/-ин: the masculine oblique forms, and the feminine ones.
  const ov = /^(.+(?:ов|ев|ёв|ин|ын|ін))(а|у|ым|им|ові|ом|ой|ою|ій|ої)$/u.exec(lower);
  if (ov !== null) {
    const [, stem, ending] = ov;
    if (ending === 'ым' || ending === 'им' || ending === 'ом' || ending === 'ові') return feminine === true ? null : restoreCase(w, stem);
    if (ending === 'ой' || ending === 'ою' || ending === 'ій' || ending === 'ої') return feminine === false ? null : restoreCase(w, `${stem}а`);
    // -а, -у: masculine genitive/dative or feminine nominative/accusative: the given name decides.
    if (feminine === false) return restoreCase(w, stem);
    if (feminine === true && ending === 'у') return restoreCase(w, `${stem}а`);
    return null;
  }
  return null;
}

/** The lowercase form `lower` with the capitalisation of `written` (first letter, or all capitals). */
export function restoreCase(written: string, lower: string): string {
  if (written === written.toUpperCase() && written.length > 1) return lower.toUpperCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * The nominative of a Cyrillic person name written in an oblique case ("Володимира Зеленського" →
 * "Володимир Зеленський", "Пєскова" → null: masculine or feminine cannot be told), or null when no
 * word changes or a word cannot be undone with certainty.
 */
export function personNominative(words: readonly string[]): string | null {
  if (words.length === 0 || !words.every(isCyrillicWord)) return null;
  const out = [...words];
  const given = words.length > 1 ? givenNameLemma(words[0]) : null;
  if (words.length > 1 && given === null) return null;
  if (given !== null) out[0] = restoreCase(words[0], given);
  // A nominative given name goes with a nominative surname: only oblique forms are undone.
  if (words.length > 1 && out[0] === words[0]) return null;
  const feminine = given === null ? null : isFeminine(given);
  const last = words[words.length - 1];
  // A woman's surname in -ко, -ук, -ич or a consonant is not declined: it stays as written.
  const surname = surnameNominative(last, feminine) ?? (feminine === true && /(?:ко|[бвгґджзклмнпрстфхцчшщ])$/u.test(last.toLowerCase()) ? last : null);
  if (surname === null) return null;
  out[out.length - 1] = surname;
  return out.join(' ');
}

/** Surname endings of a nominative (the bare stem of "Соколову", "Пєскова"). */
const SURNAME_STEM = /(?:[оеёє]в|[иіы]н|ко|ськ(?:ий|а)|цьк(?:ий|а)|ск(?:ий|ая)|цк(?:ий|ая)|[иоі]й|ук|юк|ич)$/u;

/**
 * The type the case forms of one Cyrillic word suggest: a known place or organisation, a place by
 * the ending of a nominative (Тернополя → Тернопіль, Харківщини → Харківщина), a person by the
 * ending of its stem (Соколову → Соколов) or a certain surname nominative (Садовому → Садовий).
 */
export function caseFormType(word: string): 'PER' | 'LOC' | 'ORG' | null {
  if (!isCyrillicWord(word) || word.length < 4) return null;
  if (knownPlace(word) !== null) return 'LOC';
  if (knownOrg(word)) return 'ORG';
  const candidates = lemmaCandidates(word).slice(1);
  if (STRONG_PLACE.test(word.toLowerCase()) || candidates.some((c) => STRONG_PLACE.test(c))) return 'LOC';
  if (orgByMakeUp(word)) return 'ORG';
  const surname = surnameNominative(word, null);
  if (surname !== null && SURNAME_STEM.test(surname.toLowerCase())) return 'PER';
  // The bare stem: the first guess, with the case ending cut off ("Соколову" → "соколов").
  const stem = candidates[0];
  if (stem !== undefined && stem.length >= 5 && SURNAME_STEM.test(stem)) return 'PER';
  return null;
}

/** Types that may name one thing: the same, or one of them the tagger's catch-all OTHER. */
function compatible(a: string, b: string): boolean {
  return a === b || a === 'OTHER' || b === 'OTHER';
}

/**
 * The mention a one-word Cyrillic name is a case form of: the first nominative guess written as a
 * mention of a compatible type ("Газпрома" → "Газпром"). `find` gives the mention written so.
 */
export function caseFormOf(word: string, type: string, find: (form: string) => number | undefined, typeOf: (index: number) => string): number | undefined {
  if (!isCyrillicWord(word)) return undefined;
  for (const c of lemmaCandidates(word).slice(1)) {
    const j = find(restoreCase(word, c));
    if (j !== undefined && compatible(type, typeOf(j))) return j;
  }
  return undefined;
}

/**
 * The surname, written as in the article's full names, that a one-word Cyrillic mention is an oblique
 * form of, for the gender of the full name's given name ("Лаврова" beside "Сергей Лавров" → "Лавров";
 * beside "Марина Лаврова" it is her name as written and is not asked here). `fullNames` lists the
 * full names (as words) ending in a surname.
 */
export function surnameFormOf(word: string, fullNames: (surname: string) => (readonly string[])[]): string | null {
  if (!isCyrillicWord(word)) return null;
  for (const c of lemmaCandidates(word).slice(1)) {
    const surname = restoreCase(word, c);
    for (const f of fullNames(surname)) {
      const given = givenNameLemma(f[0]);
      const nominative = surnameNominative(word, given === null ? null : isFeminine(given));
      if (nominative !== null && nominative.toLowerCase() === c) return surname;
    }
  }
  return null;
}

/** A member of an entity being named: its words and its text. */
export interface NamedForm {
  words: readonly string[];
  text: string;
}

/**
 * The nominative name of an entity written in Cyrillic: among its mentions, the longest that is not
 * a case form of another ("Газпром", not "Газпромом"), for a person undone to the nominative when
 * certain ("Володимира Зеленського" → "Володимир Зеленський"), for a place its listed name ("Києві" →
 * "Київ"). Null for a name in another script (named as before).
 */
export function cyrillicName(members: readonly NamedForm[], longest: readonly string[], type: string): string | null {
  if (!longest.every(isCyrillicWord)) return null;
  const texts = new Set(members.map((m) => m.text.toLowerCase()));
  const forms = members.filter((m) => m.words.every(isCyrillicWord) && !(m.words.length === 1 && lemmaCandidates(m.text).slice(1).some((c) => texts.has(c))));
  if (forms.length === 0) return null;
  const chosen = forms.reduce((a, b) => (b.words.length > a.words.length || (b.words.length === a.words.length && b.text.length > a.text.length) ? b : a));
  if (type === 'PERSON') return personNominative(chosen.words) ?? chosen.text;
  if (type === 'PLACE' && chosen.words.length === 1) return knownPlace(chosen.text) ?? chosen.text;
  if (type === 'PLACE' || type === 'ORG') return knownPhrase(chosen.words)?.name ?? chosen.text;
  return chosen.text;
}

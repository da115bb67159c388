import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findModelFile } from '../../model-file.js';
import { caseFormType, givenNameLemma, knownOrg, knownPhrase, knownPlace, lemmaCandidates, orgByMakeUp, strongPlace, strongSurname } from './cyrillic-forms.js';
import { FUNCTION_WORDS, GIVEN_NAMES, PERSON_ENDINGS, PLACE_ENDINGS } from './lang/ru/cyrillic-names.js';
import { FEATURES_PER_TOKEN, documentContext, indexGazetteer, sentenceFeatures, type WordCache } from './ner-features.js';
import { decodeModel, toIob2, transitionTable, viterbi, type NerModel, type ViterbiScratch } from './ner-model.js';
import { splitSentences, type TokenRange } from './split-sentences.js';
import { tokenize, type Token } from './tokenize.js';

/** The four CoNLL entity types the tagger produces. */
export type RawEntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One mention found by the tagger, with offsets into the text it was given. */
export interface RawEntityMention {
  start: number;
  end: number;
  text: string;
  type: RawEntityType;
}

/** Raw text after tagging: its tokens, its sentences (token ranges) and the mentions found. */
export interface AnalyzedText {
  tokens: Token[];
  sentences: TokenRange[];
  mentions: RawEntityMention[];
}

/** A loaded tagger: tags pre-tokenised sentences or raw text. */
export interface NerTagger {
  model: NerModel;
  /** IOB2 tags for the sentences of one document (words already split). */
  tagSentences(sentences: readonly (readonly string[])[]): string[][];
  /** Entity mentions in raw text (tokenised and split into sentences here). */
  tagEntities(text: string): RawEntityMention[];
  /** Like `tagEntities`, also returning the tokens and sentences it used. */
  analyze(text: string): AnalyzedText;
}

/** Longest sentence the tagger decodes in one piece; longer runs (tables, lists) are cut. */
const MAX_SENTENCE_TOKENS = 300;

const MODEL_FILE = join('models', 'ner', 'ner.bin.gz');

/** Where the committed model lives: `models/ner/ner.bin.gz` in the nearest enclosing project folder. */
export function defaultModelPath(): string {
  const found = findModelFile(MODEL_FILE, import.meta.url);
  if (found) return found;
  throw new Error(`named-entity model not found: expected ${MODEL_FILE} above ${fileURLToPath(import.meta.url)} (run tools/train-ner)`);
}

/** Reads a model file (default: the committed one). */
export function loadNerModel(file: string = defaultModelPath()): NerModel {
  return decodeModel(readFileSync(file));
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function endsWithAny(word: string, endings: readonly string[]): boolean {
  for (const e of endings) if (word.length > e.length + 1 && word.endsWith(e)) return true;
  return false;
}

function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

/**
 * The type Cyrillic cues give a name: a given name (in any case) opening it, a known place or
 * organisation, surname and place endings, then the endings of its case forms (`caseFormType`:
 * "Соколову" → Соколов, "Тернополя" → Тернопіль), or null.
 */
function cyrillicType(words: readonly string[]): RawEntityType | null {
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  if (GIVEN_NAMES.has(lower[0]) || (words.length > 1 && givenNameLemma(words[0]) !== null)) return 'PER';
  if (words.length === 1 && knownPlace(words[0]) !== null) return 'LOC';
  const phrase = knownPhrase(words);
  if (phrase !== null) return phrase.type;
  if (words.length === 1 && knownOrg(words[0])) return 'ORG';
  if (endsWithAny(last, PERSON_ENDINGS)) return 'PER';
  if (words.length === 1 && orgByMakeUp(words[0]) && !strongPlace(words[0])) return 'ORG';
  if (words.length === 1 && words[0].length >= 2 && words[0] === words[0].toUpperCase()) return 'ORG';
  if (words.length === 1 && endsWithAny(last, PLACE_ENDINGS)) return 'LOC';
  const byCase = caseFormType(words[words.length - 1]);
  if (byCase === 'PER' || (words.length === 1 && byCase !== null)) return byCase;
  return null;
}

/** An acronym in capitals ("МЗС", "НАТО"): a name of its own, never the start of a longer one. */
function isCapitalsOnly(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** An oblique case of a known place ("Казахстана", "Львова"): a name of its own before another one. */
function isPlaceCaseForm(word: string): boolean {
  const place = knownPlace(word);
  return place !== null && place !== word;
}

/** A word that starts a person's name: a given name in any case ("Володимира", "Андрій"). */
function startsPersonName(word: string): boolean {
  return GIVEN_NAMES.has(word.toLowerCase()) || givenNameLemma(word) !== null;
}

function isCyrillicOnly(m: RawEntityMention): boolean {
  return CYRILLIC.test(m.text) && !/[A-Za-z]/.test(m.text);
}

/** Index of the token containing `offset`. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Names in Cyrillic script: the tagger never saw Cyrillic, so runs of capitalised Cyrillic words that
 * it left untagged become mentions, typed from given names and surname/place endings. A run breaks
 * after an acronym and before a given name ("Кремля Дмитрий Песков", "МЗС Франції": two names each).
 * A capitalised word opening a sentence is an ordinary word unless it names itself: a given name, a
 * known place or organisation, a surname by a strong ending ("Песков заявив", "Зеленського
 * запросили"), a word whose case forms the text capitalises mid-sentence ("Харків …" beside "у
 * Харкові"), or the first of a run ending in a surname ("Тарас Бондаренко"); never a word the text
 * also writes in lowercase.
 */
function cyrillicFallback(text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>, covered: Uint8Array): RawEntityMention[] {
  const out: RawEntityMention[] = [];
  const midLemmas = new Set<string>();
  const lowercase = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) lowercase.add(tokens[i].text);
    if (!sentenceStarts.has(i) && CYRILLIC.test(tokens[i].text) && isCapitalised(tokens[i].text)) for (const c of lemmaCandidates(tokens[i].text)) midLemmas.add(c);
  }
  const runEnd = (i: number): number => {
    let j = i + 1;
    while (
      j < tokens.length && !covered[j] && !sentenceStarts.has(j) && CYRILLIC.test(tokens[j].text) && isCapitalised(tokens[j].text) && tokens[j].start - tokens[j - 1].end <= 1 &&
      !isCapitalsOnly(tokens[j - 1].text) && !(startsPersonName(tokens[j].text) && !startsPersonName(tokens[j - 1].text)) && !isPlaceCaseForm(tokens[j - 1].text)
    ) j++;
    return j;
  };
  let i = 0;
  while (i < tokens.length) {
    const w = tokens[i].text;
    if (covered[i] || !CYRILLIC.test(w) || !isCapitalised(w)) {
      i++;
      continue;
    }
    const j = runEnd(i);
    // An opener the text also writes in lowercase is an ordinary word ("Голосов … голосов"), and so
    // is a word of a closed class ("Ми", "Сьогодні").
    if (sentenceStarts.has(i) && (lowercase.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))) {
      i++;
      continue;
    }
    if (sentenceStarts.has(i)) {
      const lastOfRun = tokens[j - 1].text;
      // "Тарас Бондаренко": a first word shaped like a man's given name (ending in a consonant, -й or
      // -о) before a masculine surname. Other two-word openers are common ("Слова Пєскова").
      const names =
        startsPersonName(w) || knownPlace(w) !== null || knownOrg(w) || strongSurname(w) || strongPlace(w) || orgByMakeUp(w) || lemmaCandidates(w).some((c) => midLemmas.has(c)) ||
        (j - i === 2 && knownPhrase([w, lastOfRun]) !== null) ||
        (j - i === 2 && w.length >= 4 && /[бвгґджзклмнпрстфхцчшщйо]$/u.test(w) && strongSurname(lastOfRun) && !/[ая]$/u.test(lastOfRun));
      if (!names) {
        i++;
        continue;
      }
    }
    // An organisation written with one capital ("Офіс президента", "Центру протидії
    // дезінформації", "Державна служба ..."): a head noun of institutions, capitalised or after a
    // capitalised adjective, and the lowercase genitive words after it.
    const orgEnd = sentenceStarts.has(i) ? -1 : oneCapitalOrgEnd(tokens, i, j, covered);
    if (orgEnd > j) {
      out.push({ start: tokens[i].start, end: tokens[orgEnd - 1].end, text: text.slice(tokens[i].start, tokens[orgEnd - 1].end), type: 'ORG' });
      i = orgEnd;
      continue;
    }
    const type = cyrillicType(tokens.slice(i, j).map((t) => t.text)) ?? 'MISC';
    out.push({ start: tokens[i].start, end: tokens[j - 1].end, text: text.slice(tokens[i].start, tokens[j - 1].end), type });
    i = j;
  }
  return out;
}

/**
 * Where an organisation's name written with one capital ends (Ukrainian and Russian write only the
 * first word of most names of institutions capitalised), or -1: the run [i, j) is one capitalised
 * word that is an institution's head noun in any case ("Офіс", "Центру") or a capitalised adjective
 * before such a noun in lowercase ("Державна служба"), followed by up to three lowercase words in a
 * genitive-like form ("президента", "протидії дезінформації"), and a known place in the genitive
 * after them ("Служба безпеки України"). A preposition, a verb-like ending or punctuation ends the name.
 */
function oneCapitalOrgEnd(tokens: readonly Token[], i: number, j: number, covered: Uint8Array): number {
  if (j - i !== 1) return -1;
  const first = tokens[i].text.toLowerCase();
  let k = i + 1;
  if (!ORG_HEAD.test(first)) {
    if (!CYRILLIC_ADJECTIVE.test(first) || k >= tokens.length || covered[k] || !ORG_HEAD.test(tokens[k].text) || tokens[k].start - tokens[k - 1].end > 1) return -1;
    k++;
  }
  const headEnd = k;
  while (k < tokens.length && k - headEnd < 3 && !covered[k] && tokens[k].start - tokens[k - 1].end <= 1) {
    const w = tokens[k].text;
    if (!CYRILLIC.test(w) || isCapitalised(w) || FUNCTION_WORDS.has(w) || VERB_LIKE.test(w) || !GENITIVE_LIKE.test(w)) break;
    k++;
  }
  // A head noun alone ("Центр") is no name: it needs its genitive ("Центр протидії ...") or its adjective.
  if (!(k > headEnd || headEnd - i === 2)) return -1;
  // The country the institution belongs to, in the genitive ("Служба безпеки України").
  if (k < tokens.length && !covered[k] && tokens[k].start - tokens[k - 1].end <= 1) {
    const place = knownPlace(tokens[k].text);
    if (place !== null && place !== tokens[k].text) k++;
  }
  return k;
}

/** Head nouns of institutions, in any case (Ukrainian and Russian). */
const ORG_HEAD = /^(?:офіс|офис|центр|служб|рад[аиіу]|совет|міністерств|министерств|комітет|комитет|агентств|банк|фонд|парті|парти|уряд|правительств|суд|прокуратур|управлінн|управлени|департамент|інститут|институт|університет|университет|академі|академи|комісі|комисси|асоціаці|ассоциаци|спілк|союз|палат|бюро|інспекці|инспекци)[\p{L}]{0,4}$/u;
/** A capitalised adjective before a head noun ("Державна", "Нейтральної", "Федеральная"). */
const CYRILLIC_ADJECTIVE = /^\p{L}{3,}(?:ний|на|не|ної|ного|ній|них|ська|ський|ської|ського|ий|ая|ой|ого|ое|ий|ая|цька|цький|зька)$/u;
/** Lowercase words in a genitive-like form ("президента", "протидії", "дезінформації", "надзвичайних"). */
const GENITIVE_LIKE = /(?:а|я|у|ю|и|і|ї|ів|ій|ей|их|ого|ої|ой|ии|ия|ства|ення|ання|ень)$/u;
/** Endings of verb forms, which end a name ("повідомила", "заявив", "вважає"). */
const VERB_LIKE = /(?:ла|ли|ло|ав|ив|ув|ть|ти|ють|ає|ує|ить|ится|ться|ал|ил)$/u;

const LETTER_START = /^\p{L}/u;
/** Marks that open a quotation: the word right after one opens a sentence of its own. */
const OPENING_MARKS = new Set(['«', '„', '“', '"', '‘', '‹']);

/**
 * Tokens that open a sentence, where capitals say nothing of names: each sentence's first word
 * (after any opening punctuation: "— Это не конец"), and a word right after a mark that opens a
 * quotation ("сказав: «Ми приїхали").
 */
function openingWords(tokens: readonly Token[], ranges: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    out.add(r.start);
    let k = r.start;
    while (k < r.end && !LETTER_START.test(tokens[k].text)) k++;
    if (k < r.end) out.add(k);
    for (let j = r.start + 1; j < r.end; j++) {
      const prev = tokens[j - 1];
      if (OPENING_MARKS.has(prev.text) && prev.end === tokens[j].start && LETTER_START.test(tokens[j].text)) out.add(j);
    }
  }
  return out;
}

/**
 * A headline in title case ("Kremlin Casts Doubt on Summit"): most longer words capitalised and no
 * closing period (a name-heavy sentence of running text ends with one).
 */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length === 0 || words[words.length - 1] === '.') return false;
  let content = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < 4 || !LETTER_START.test(w)) continue;
    content++;
    if (isCapitalised(w) && w !== w.toUpperCase()) caps++;
  }
  return content >= 3 && caps >= 0.8 * content;
}

/**
 * Mentions in title-case headlines: the longest word sequences that the body of the text tagged as
 * a name, with the body's type. A headline name the body never mentions is not guessed.
 */
function namesFromBody(text: string, tokens: readonly Token[], ranges: readonly TokenRange[], titles: readonly boolean[], body: readonly RawEntityMention[], covered: Uint8Array): RawEntityMention[] {
  const known = new Map<string, RawEntityType>();
  let maxLen = 1;
  for (const m of body) {
    const words = m.text.split(/\s+/);
    known.set(words.join(' '), m.type);
    maxLen = Math.max(maxLen, words.length);
  }
  const out: RawEntityMention[] = [];
  ranges.forEach((r, si) => {
    if (!titles[si]) return;
    for (let i = r.start; i < r.end; i++) {
      for (let len = Math.min(maxLen, r.end - i); len >= 1; len--) {
        const type = known.get(tokens.slice(i, i + len).map((t) => t.text).join(' '));
        if (type === undefined) continue;
        const start = tokens[i].start;
        const end = tokens[i + len - 1].end;
        out.push({ start, end, text: text.slice(start, end), type });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
  });
  return out;
}

/** Builds a tagger around a loaded model. */
export function createNerTagger(loaded: NerModel): NerTagger {
  const model: NerModel = { ...loaded, gazetteer: indexGazetteer(loaded.gazetteer) };
  const mask = (1 << model.bits) - 1;
  const allowed = transitionTable(model.tags);
  const tagSentences = (sentences: readonly (readonly string[])[]): string[][] => {
    // Buffers and the word cache live for one call only: tagging stays pure and re-entrant.
    const cache: WordCache = new Map();
    const scratch: ViterbiScratch = { score: new Float64Array(0), back: new Int32Array(0) };
    let features = new Int32Array(64 * FEATURES_PER_TOKEN);
    const doc = documentContext(sentences, cache);
    return sentences.map((words) => {
      const tags: string[] = [];
      for (let s = 0; s < words.length; s += MAX_SENTENCE_TOKENS) {
        const part = words.length <= MAX_SENTENCE_TOKENS ? words : words.slice(s, s + MAX_SENTENCE_TOKENS);
        if (features.length < part.length * FEATURES_PER_TOKEN) features = new Int32Array(2 * part.length * FEATURES_PER_TOKEN);
        const path = viterbi(model, sentenceFeatures(part, doc, model.gazetteer, mask, cache, features), part.length, allowed, scratch);
        for (const t of path) tags.push(toIob2(model.tags[t]));
      }
      return tags;
    });
  };
  const analyze = (text: string): AnalyzedText => {
    if (typeof text !== 'string' || text.length === 0) return { tokens: [], sentences: [], mentions: [] };
    const tokens = tokenize(text);
    const ranges = splitSentences(text, tokens);
    const words = ranges.map((r) => tokens.slice(r.start, r.end).map((t) => t.text));
    // A short capitalised line counts as a title-case headline only when one of its capitalised
    // words is written in lowercase elsewhere ("Author: Mira Oskel" is a line of names).
    const lowerSeen = new Set<string>();
    for (const t of tokens) if (!isCapitalised(t.text)) lowerSeen.add(t.text);
    const titles = words.map((w) => {
      if (!isTitleCase(w)) return false;
      const content = w.filter((x) => x.length >= 4 && LETTER_START.test(x));
      return content.length >= 4 || content.some((x) => isCapitalised(x) && lowerSeen.has(x.toLowerCase()));
    });
    // Title-case headlines carry no case information; when the text has a body, their names are
    // taken from the body's names instead of from the tagger (see `namesFromBody`).
    const useBody = titles.includes(true) && titles.includes(false);
    const tagged = tagSentences(useBody ? words.map((w, si) => (titles[si] ? [] : w)) : words);
    const mentions: RawEntityMention[] = [];
    const covered = new Uint8Array(tokens.length);
    const sentenceStarts = openingWords(tokens, ranges);
    ranges.forEach((r, si) => {
      const tags = tagged[si];
      let open = -1;
      let type = '';
      const close = (endTok: number): void => {
        if (open < 0) return;
        const start = tokens[r.start + open].start;
        const end = tokens[r.start + endTok - 1].end;
        for (let k = open; k < endTok; k++) covered[r.start + k] = 1;
        mentions.push({ start, end, text: text.slice(start, end), type: type as RawEntityType });
        open = -1;
      };
      for (let k = 0; k <= tags.length; k++) {
        const t = k < tags.length ? tags[k] : 'O';
        if (t.startsWith('I-') && open >= 0 && t.slice(2) === type) continue;
        close(k);
        if (t !== 'O') {
          open = k;
          type = t.slice(2);
        }
      }
    });
    if (useBody) mentions.push(...namesFromBody(text, tokens, ranges, titles, mentions, covered));
    // Names in Cyrillic script: spans come from capitalisation (the tagger never saw Cyrillic and
    // reads a capitalised sentence opener as part of a name); the tagger's type is kept where the
    // Cyrillic cues give none.
    const hasCyrillic = CYRILLIC.test(text);
    const cyrillicTagged = hasCyrillic ? mentions.filter(isCyrillicOnly) : [];
    const kept = hasCyrillic ? mentions.filter((m) => !isCyrillicOnly(m)) : mentions.slice();
    const taggedType = new Map<number, RawEntityType>();
    for (const m of cyrillicTagged) {
      const a = tokenIndexAt(tokens, m.start);
      const b = tokenIndexAt(tokens, m.end - 1) + 1;
      covered.fill(0, a, b);
      for (let k = a; k < b; k++) taggedType.set(k, m.type);
    }
    for (const m of hasCyrillic ? cyrillicFallback(text, tokens, sentenceStarts, covered) : []) {
      if (m.type === 'MISC') {
        const a = tokenIndexAt(tokens, m.start);
        const b = tokenIndexAt(tokens, m.end - 1) + 1;
        for (let k = a; k < b; k++) {
          const t = taggedType.get(k);
          if (t !== undefined) {
            m.type = t;
            break;
          }
        }
      }
      kept.push(m);
    }
    mentions.length = 0;
    mentions.push(...kept);
    mentions.sort((a, b) => a.start - b.start);
    return { tokens, sentences: ranges, mentions };
  };
  return { model, tagSentences, analyze, tagEntities: (text) => analyze(text).mentions };
}

// The committed model is read once, on first use, and never changed afterwards: a read-only cache,
// not shared mutable state.
let defaultTagger: NerTagger | null = null;

/** The tagger over the committed model (loaded on first call). */
export function getDefaultTagger(): NerTagger {
  if (defaultTagger === null) defaultTagger = createNerTagger(loadNerModel());
  return defaultTagger;
}

/** Named-entity mentions (PER, ORG, LOC, MISC) in clean article text, with offsets. */
export function tagEntities(text: string): RawEntityMention[] {
  return getDefaultTagger().tagEntities(text);
}

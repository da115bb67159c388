import type { ArticleEntity, Quote, Span } from '../../article.js';
import { CUE_LEXICON, type CueInfo } from './cue-lexicon.js';
import { withoutDateline } from '../clean/dateline-date.js';
import { foldedText } from '../../corpus/statements/statement-text.js';
import { fnv, mix } from '../entities/ner-features.js';
import { cueScore, getDefaultCueModel, type CueModel } from './cue-model.js';
import { findQuotedSpans, type QuotedSpan } from './find-quoted-spans.js';
import {
  DETERMINERS,
  HEARER_VERBS,
  HEARER_WORDS,
  NAME_TITLES,
  NOT_NAMES,
  ROLE_WORDS,
  SKIPPABLE_BEFORE_CUE,
  SUBJECT_PRONOUNS,
  TITLE_MARKERS,
} from './lang/en/cue-words.js';
import { LABEL_WORDS } from './lang/en/label-words.js';
import { RU_ACCORDING_TO } from './lang/ru/cue-words.js';
import { UK_ACCORDING_TO } from './lang/uk/cue-words.js';
import { POLL_HEADS, POSSESSIVE_AS_SUBJECT, resolveSpeakers, type SpeakerRef } from './resolve-speaker.js';
import { getDefaultSourceTagger, taggedAttributions } from './source-tagger.js';
import type { NerModel } from '../entities/ner-model.js';
import { tokenizeQuoteText, type QuoteToken } from './tokenize-quote-text.js';

/** What `extractQuotes` may use besides the text. */
export interface QuoteInput {
  paragraphs?: Span[];
  entities?: ArticleEntity[];
  /**
   * Keep the cue words that the lexicon marks as low-precision (`LOW_PRECISION_CUES`). Only the
   * derivation of that list uses it (`node dist/eval/quotes.js derive-lexicon`), to measure them.
   */
  keepLowPrecisionCues?: boolean;
  /**
   * The learned cue classifier (`cue-model.ts`) that decides on words outside the lexicon; default
   * the committed model, `null` for the rules alone.
   */
  cueModel?: CueModel | null;
  /**
   * The learned source/cue tagger (`source-tagger.ts`), whose source–cue pairs outside the rules'
   * spans are added; default the committed model, `null` for the rules alone.
   */
  sourceTagger?: NerModel | null;
  /**
   * Also give the quoted words of each mixed quote as a quote of their own, right after it
   * (`fragment: true`). `extractQuotes` (the stage's output) does; the evaluation's findings, scored
   * against annotations that hold a mixed quote once, do not.
   */
  fragments?: boolean;
}

/** A quote with the spans the evaluation needs (cue and source offsets). */
export interface QuoteFinding extends Quote {
  /** Offsets of the cue words, when there is a cue. */
  cueSpan: Span | null;
  /** The speaker noun phrase as written (the mention), before resolution. */
  source: Span | null;
}

/** One position of a sentence: a token outside quotes, or a whole quoted span. */
interface Item {
  start: number;
  end: number;
  tok: QuoteToken | null;
  quote: QuotedSpan | null;
}

interface Sentence {
  items: Item[];
  paragraph: number;
  /** True for the first sentence of its paragraph. */
  first: boolean;
}

/** A speaker noun phrase found in the text: item range [from, to] inclusive. */
interface NounPhrase {
  from: number;
  to: number;
}

/** Raw finding before speaker resolution. */
interface RawQuote {
  start: number;
  end: number;
  kind: Quote['kind'];
  cueSpan: Span | null;
  cue: string | null;
  source: Span | null;
  /** Index of the paragraph, for inheritance. */
  paragraph: number;
  /** Set when the quote has no cue and should take the speaker of a neighbouring quote. */
  inherit: 'previous' | 'next' | null;
  /** Set when the source is the subject of an `-ing` cue's main clause. */
  quoteSpan: QuotedSpan | null;
  /** Set when the source and cue lie inside another finding's content (`markNested`). */
  nested?: boolean;
}

const CUES = CUE_LEXICON;
const ACCORDING_PAIRS: readonly (readonly [string, string])[] = [['according', 'to'], ...RU_ACCORDING_TO, ...UK_ACCORDING_TO];
const MAX_TEXT = 2_000_000;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Abbreviations that stand before a name, so never end a sentence. */
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'st', 'supt', 'atty', 'ft', 'mt', 'no', 'vs']);
/** Capitalised words that open a sentence and are never part of a name. */
const SENTENCE_OPENERS = new Set(['he', 'she', 'they', 'we', 'it', 'i', 'the', 'but', 'this', 'there', 'his', 'her', 'their']);
const ATTRIBUTION_PUNCT = new Set([',', '—', '–', '-', '!', '?', '…']);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'del', 'der', 'di', 'du', 'ibn', 'of']);
const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday',
  'today', 'tonight', 'via', 'through', 'over', 'to', 'with', 'for', 'about', 'of', 'from', 'while',
]);
/** Words that open an adverbial phrase or clause before the main clause ("Despite the storm, …"). */
const LEADING_SUBORDINATORS = new Set([
  'despite', 'amid', 'following', 'since', 'when', 'although', 'though', 'because', 'if', 'unlike',
  'like', 'without', 'within', 'across', 'against', 'as', 'once', 'until', 'upon', 'by', 'under', 'given',
]);
const CLAUSE_STARTERS = new Set([
  'he', 'she', 'they', 'we', 'i', 'it', 'there', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our',
  'this', 'that', 'these', 'those', 'no', 'some', 'many', 'most', 'all', 'if', 'whether', 'you',
  'nobody', 'everyone', 'nothing', 'both', 'neither', 'one', 'more', 'only', 'not', 'what', 'how', 'why',
  'which', 'who', 'when', 'where',
]);

function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function isWord(it: Item | undefined): boolean {
  return it !== undefined && it.tok !== null && it.tok.kind === 'w';
}

function lower(it: Item | undefined): string {
  return it?.tok?.lower ?? '';
}

/** Splits a paragraph's items into sentences, treating each quoted span as one item. */
function splitSentences(items: Item[], text: string, paragraph: number): Sentence[] {
  const out: Sentence[] = [];
  let cur: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    cur.push(it);
    const next = items[i + 1];
    if (next === undefined) break;
    let ends = false;
    if (it.tok !== null && SENTENCE_END.has(it.tok.text)) {
      // "." then a capital, a digit or an opening quote ends the sentence.
      ends = next.quote !== null || (next.tok !== null && (next.tok.isCap || /^\d/.test(next.tok.text) || next.tok.kind === 'p'));
      if (next.tok !== null && next.tok.kind === 'p' && !/[“"«„(\[]/.test(next.tok.text)) ends = false;
    } else if (it.tok !== null && it.tok.kind === 'w' && it.tok.text.endsWith('.') && !TITLE_ABBREVIATIONS.has(it.tok.lower.slice(0, -1))) {
      // "… to the U.S. He says …": an abbreviation's dot also ends the sentence when a word that
      // only opens sentences follows (not after a title: "Sen. The" does not occur, "Mr. He" would be a name).
      ends = next.tok !== null && next.tok.isCap && SENTENCE_OPENERS.has(next.tok.lower);
    } else if (it.quote !== null) {
      const inner = text.slice(it.quote.start, it.quote.end).trimEnd();
      const last = inner[inner.length - 1];
      // A quote ending in a full stop inside the marks ends the sentence when a capital follows.
      if (last !== undefined && SENTENCE_END.has(last)) {
        ends = next.quote !== null || (next.tok !== null && next.tok.isCap && !CUES.has(next.tok.lower));
        // `"…?" asked Smith` keeps the attribution in the sentence.
        if (next.tok !== null && next.tok.isCap && nextHasCueSoon(items, i + 1)) ends = false;
      } else if (next.quote !== null) {
        ends = true;
      }
    }
    if (ends) {
      out.push({ items: cur, paragraph, first: out.length === 0 });
      cur = [];
    }
  }
  if (cur.length > 0) out.push({ items: cur, paragraph, first: out.length === 0 });
  return out;
}

/**
 * True when an attribution starts at `from`: a verb of saying right away ("said Smith") or after a
 * short name or description ("Smith said", "the mayor added").
 */
function nextHasCueSoon(items: Item[], from: number): boolean {
  for (let j = from; j < Math.min(items.length, from + 4); j++) {
    const it = items[j];
    if (it.tok === null || it.tok.kind === 'p') return false;
    const info = CUES.get(it.tok.lower);
    if (info !== undefined && info.type === 'speech' && (!it.tok.isCap || j === from)) {
      // `"…." He warns that …`: a cue taking its own clause opens a new sentence.
      const after = items[j + 1];
      return !(j > from && after !== undefined && after.tok !== null && COMPLEMENTIZERS.has(after.tok.lower));
    }
    if (!(it.tok.isCap || DETERMINERS.has(it.tok.lower) || ROLE_WORDS.has(it.tok.lower))) return false;
  }
  return false;
}

/** The cue word at item `i`, if the word is used as a verb there. */
function cueAt(items: Item[], i: number, titleCase: boolean, keepLowPrecision: boolean, model: CueModel | null): CueInfo | null {
  const it = items[i];
  if (it.tok === null || it.tok.kind !== 'w') return null;
  let info = CUES.get(it.tok.lower) ?? wouldLikeAt(items, i);
  // Words whose attributions were mostly wrong on the PolNeAR train split ("seems", "states") and
  // words outside the lexicon are cues only where the learned classifier accepts them in context.
  if (info === undefined || (info.lowPrecision === true && !keepLowPrecision)) {
    if (model === null || it.tok.isCap || !model.vocabulary.has(it.tok.lower)) return null;
    // ", yet cautions against …": after a comma "yet" is a conjunction (`coordinatedAt`), not the
    // opening word of a cue as in "has yet to say".
    if (it.tok.lower === 'yet' && lower(items[i - 1]) === ',') return null;
    if (cueScore(model, cueModelFeatures(items, i)) < model.threshold) return null;
    info = info === undefined ? { base: it.tok.lower, type: 'derived', isParticiple: it.tok.lower.endsWith('ing') } : { ...info, lowPrecision: false };
  }
  if (info.needsParticle && !PHRASAL_PARTICLES.get(info.base)?.includes(lower(items[i + 1]))) return null;
  // A capitalised cue word mid-sentence is a name or a title word, except in a headline written in
  // Title Case ("Mayor Says Budget Will Pass"), where a finite -s or -ed form after a name is the cue;
  // sentence-initial, it is a cue only when inverted before its speaker ("Continued Stone: …").
  if (it.tok.isCap && i > 0) {
    const finite = /(s|ed)$/.test(it.tok.lower) && !PLURAL_NOUN_FORMS.has(it.tok.lower) && !info.isParticiple;
    if (!(titleCase && finite && items[i - 1].tok !== null && items[i - 1].tok!.isCap && !CUES.has(lower(items[i - 1])))) return null;
    return info;
  }
  if (i === 0 && !invertedOpening(items)) return null;
  const prev = lower(items[i - 1]);
  const next = lower(items[i + 1]);
  // Passive and naming uses: "criticized by", "known as", "backed by".
  if (info.type !== 'speech' && (next === 'by' || next === 'as')) return null;
  // "is expected to", "was seen as", "are known for": a passive cue's subject is not its source.
  const afterBe = BE_FORMS.has(prev) || (isWord(items[i - 1]) && /ly$/.test(prev) && BE_FORMS.has(lower(items[i - 2])));
  if (info.type !== 'speech' && (/(ed|en|wn)$/.test(it.tok.lower) || it.tok.lower === 'found') && afterBe) return null;
  // "is said to be", "was reported to have": the same for a verb of saying before an infinitive
  // (on PolNeAR train none of these subjects is annotated as a source).
  if (afterBe && next === 'to' && /(ed|en|wn|id)$/.test(it.tok.lower)) return null;
  // "was asked about", "were told that", "is being urged to": the passive of a verb that takes its
  // hearer as object makes the hearer its subject; the speaker, if any, stands after "by".
  if (afterBe && HEARER_VERBS.has(info.base) && /(ed|ld)$/.test(it.tok.lower) && next !== 'by') return null;
  if (it.tok.lower === 'called' && namingParticiple(items, i)) return null;
  // "That said, …" (a concessive opener) and "easier said than done": idioms, not reports.
  if (it.tok.lower === 'said' && ((i === 1 && prev === 'that' && next === ',') || next === 'than')) return null;
  // "showed up at the rally", "show up to vote": appearing, not showing that something is so.
  if (next === 'up' && /^show(?:s|ed|n|ing)?$/.test(it.tok.lower)) return null;
  // "called off the deal": cancelling, not calling something a name.
  if (next === 'off' && /^call(?:s|ed|ing)?$/.test(it.tok.lower)) return null;
  // "found a way", "found the posts": an object noun phrase after "found" is something come upon,
  // not a finding reported ("found that …", "found 40 percent …", "found the port was in breach").
  if (it.tok.lower === 'found' && (ARTICLES.has(next) || next === 'ways') && !finiteClause(items, i + 2, clauseStretchEnd(items, i + 2, 8))) return null;
  // "found itself at the centre of", "found themselves in": a reflexive object means finding oneself
  // somewhere, not reporting a finding.
  if (it.tok.lower === 'found' && REFLEXIVES.has(next)) return null;
  // "a survey published Tuesday showed …": a participle after a noun, then a time, modifies the noun.
  if (info.type !== 'speech' && /ed$/.test(it.tok.lower) && TIME_WORDS.has(next) && isWord(items[i - 1]) && !SUBJECT_PRONOUNS.has(prev)) return null;
  if (info.type === 'derived' && /(ly|tion|ment|ness)$/.test(it.tok.lower)) return null;
  // "drew criticism for …", "won wide support": a noun of reaction or support that was obtained
  // is the obtainer's object, not a cue of theirs (its holder, if named, follows "from" or "of":
  // `readAgents`).
  if ((REACTION_NOUNS.has(it.tok.lower) || SUPPORT_NOUNS.has(it.tok.lower)) && obtainedNoun(items, i)) return null;
  // "Editor's note", "Trump's claims": after a possessive the word is a noun.
  if (items[i - 1]?.tok !== null && items[i - 1] !== undefined && isPossessive(items[i - 1].tok!)) return null;
  // "the report", "a statement", "to say": noun or infinitive uses.
  // A quantity before the verb is its subject when a clause follows ("Several said they …",
  // "one in three said the party …").
  // So is it before a to-infinitive ("both vowed to …", "some want to know …"), where a plural
  // quantity takes a verb without -s: an -s form there is a plural noun ("many requests to …").
  const quantitySubject = QUANTITY_DETERMINERS.has(prev) && (COMPLEMENTIZERS.has(next) || CLAUSE_STARTERS.has(next) || next === ',' || next === ':' || items[i + 1]?.quote != null || (next === 'to' && !it.tok.lower.endsWith('s')));
  if (DETERMINERS.has(prev) && prev !== 'that' && prev !== 'all' && prev !== 'more' && !quantitySubject) return null;
  if (prev === 'to' && !(items[i + 1] !== undefined && (items[i + 1].quote !== null || /^[:,]$/.test(items[i + 1].tok?.text ?? '')))) return null;
  if (prev === 'and' && info.isParticiple) return null;
  // "the number of reported cases", "in his opening remarks": after a preposition or a possessive
  // only a participle ("by saying") is a cue.
  if (PREPOSITIONS.has(prev) && !info.isParticiple) return null;
  // "the Baltic states, or Canadian ports", "claims and counter-claims": an -s form that is also a
  // plural noun, in a list, is the noun.
  if (PLURAL_NOUN_FORMS.has(it.tok.lower)) {
    const after = lower(items[i + 2]);
    if (next === 'or' || next === 'and' || (next === ',' && (after === 'or' || after === 'and'))) return null;
  }
  // "is calling for", "’s not predicting", "were quietly urging": an -ing form after "be" is the
  // finite verb of its clause, whose subject stands before it, not a participle of the main clause.
  if (info.isParticiple && progressiveAt(items, i)) return { ...info, isParticiple: false };
  return info;
}

/**
 * "would like to …", "'d like to …": a wish, reported as "wants to …" is (on PolNeAR train all 11
 * occurrences outside another attribution's content are annotated cues). "like" elsewhere is a
 * preposition or a verb of taste, no cue.
 */
function wouldLikeAt(items: Item[], i: number): CueInfo | undefined {
  if (lower(items[i]) !== 'like' || lower(items[i + 1]) !== 'to') return undefined;
  let k = i - 1;
  if (/ly$/.test(lower(items[k])) || lower(items[k]) === 'also' || lower(items[k]) === 'not') k--;
  const w = lower(items[k]);
  return w === 'would' || (/['’]d$/.test(w) && isWord(items[k])) ? { base: 'like', type: 'derived', isParticiple: false } : undefined;
}

/**
 * "a group called Tarnby First", "a move called the boneless", "a website called “…”": "called"
 * right after a common noun and before a name, "the" or a quote is a participle naming that noun,
 * not a verb of saying. A pronoun, a name or a role word before it ("the mayor called Volk …") is
 * the subject of a finite "called", unless the role word follows "a"/"an" ("a group called …").
 */
function namingParticiple(items: Item[], i: number): boolean {
  const before = items[i - 1];
  const after = items[i + 1];
  if (!isWord(before) || before.tok!.isCap || after === undefined) return false;
  const prev = before.tok!.lower;
  if (SUBJECT_PRONOUNS.has(prev) || OBJECT_PRONOUNS.has(prev) || NAMING_BLOCKERS.has(prev) || /ly$/.test(prev)) return false;
  // "the group called the plan a mistake" speaks; "a group called Tarnby First" is being named.
  if (ROLE_WORDS.has(prev) && lower(items[i - 2]) !== 'a' && lower(items[i - 2]) !== 'an') return false;
  return after.quote !== null || (after.tok !== null && (after.tok.isCap || after.tok.lower === 'the'));
}

/** The last item of the stretch of at most `max` words from `from` before the next punctuation or quote. */
function clauseStretchEnd(items: Item[], from: number, max: number): number {
  let k = from;
  while (k < items.length && k - from < max && items[k].tok !== null && items[k].tok!.kind === 'w') k++;
  return k - 1;
}

/** Forms of "be" that make an -ing form after them progressive. */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am', "'s", '’s', "'re", '’re', 'been', 'be']);

/** True when the -ing word at `i` follows a form of "be", with at most "not" or an -ly adverb between. */
function progressiveAt(items: Item[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && isWord(items[k]) && (lower(items[k]) === 'not' || (/ly$/.test(lower(items[k])) && !items[k].tok!.isCap))) k--;
  return k > 0 && PROGRESSIVE_BE.has(lower(items[k]));
}

/** A neighbour of a cue candidate as the classifier sees it: the word, or its shape when capitalised, a number, a quote. */
function neighbour(it: Item | undefined, edge: string): string {
  if (it === undefined) return edge;
  if (it.quote !== null) return 'Q';
  const t = it.tok!;
  if (t.kind === 'p') return t.text;
  if (/^\d/.test(t.text)) return 'NUM';
  if (isPossessive(t)) return 'POSS';
  return t.isCap ? 'CAP' : t.lower;
}

const NEGATIONS = new Set(['not', "n't", 'never', "didn't", "don't", "doesn't", "won't", "wouldn't", "isn't", "wasn't", "aren't", "haven't", "hasn't", 'no']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'did', 'does', 'do', 'to']);

/**
 * The context features of a cue candidate at item `i` (a word of the cue model's vocabulary), the
 * same at training and at extraction: the word and its ending, the two words on each side, what
 * follows within five items (a "that" clause, a quote, a colon), what stands before it (a subject
 * noun phrase and its head: pronoun, name, role word, other; an auxiliary, a negation, a form of
 * "be"), and where it sits in the sentence.
 */
function cueModelFeatures(items: Item[], i: number): number[] {
  const w = lower(items[i]);
  const n = items.length;
  const p1 = neighbour(items[i - 1], '<s>');
  const p2 = neighbour(items[i - 2], '<s>');
  const n1 = neighbour(items[i + 1], '</s>');
  const n2 = neighbour(items[i + 2], '</s>');
  let follows = 'none';
  for (let k = i + 1; k < Math.min(n, i + 6); k++) {
    if (COMPLEMENTIZERS.has(lower(items[k]))) {
      follows = 'that';
      break;
    }
    if (items[k].quote !== null) {
      follows = 'quote';
      break;
    }
    if (lower(items[k]) === ':') {
      follows = 'colon';
      break;
    }
    if (items[k].tok !== null && items[k].tok!.kind === 'p') break;
  }
  let min = 0;
  for (let k = i - 1; k >= 0; k--) if (items[k].quote !== null) { min = k + 1; break; }
  const np = i > 0 ? nounPhraseBefore(items, i - 1, min) : null;
  let subj = 'none';
  if (np !== null) {
    const head = items[np.to].tok!;
    subj = SUBJECT_PRONOUNS.has(head.lower) ? head.lower : head.isCap ? 'name' : ROLE_WORDS.has(head.lower) ? 'role' : DETERMINERS.has(lower(items[np.from])) ? 'det' : 'other';
  }
  let quoteInSentence = false;
  for (const it of items) if (it.quote !== null) quoteInSentence = true;
  const negated = NEGATIONS.has(lower(items[i - 1])) || NEGATIONS.has(lower(items[i - 2]));
  const pos = i === 0 ? 'first' : i < 3 ? 'early' : i >= n - 3 ? 'late' : 'mid';
  const aux = MODALS.has(p1) ? p1 : BE_FORMS.has(p1) ? 'be' : '-';
  // Each feature is a template number mixed with the hashes of its values (no strings built).
  const hw = fnv(w);
  const hp1 = fnv(p1);
  const hn1 = fnv(n1);
  const hn2 = fnv(n2);
  const hf = fnv(follows);
  const hs = fnv(subj);
  const neg = negated ? 1 : 0;
  const q = quoteInSentence ? 1 : 0;
  return [
    mix(1, 0),
    mix(2, hw),
    mix(3, fnv(w.slice(-2))),
    mix(4, fnv(w.slice(-3))),
    mix(5, hp1),
    mix(6, fnv(p2)),
    mix(7, hn1),
    mix(8, hn2),
    mix(mix(9, hp1), hn1),
    mix(mix(10, hw), hp1),
    mix(mix(11, hw), hn1),
    mix(mix(mix(12, hw), hn1), hn2),
    mix(13, hf),
    mix(mix(14, hw), hf),
    mix(15, hs),
    mix(mix(16, hw), hs),
    mix(mix(17, hs), hf),
    mix(18, neg),
    mix(mix(19, hw), neg),
    mix(20, fnv(aux)),
    mix(21, fnv(pos)),
    mix(22, q),
    mix(mix(23, hw), q),
  ];
}

/** One cue candidate with its features, for training the cue model. */
export interface CueCandidate {
  start: number;
  end: number;
  word: string;
  /** Feature hashes (`cue-model.ts` masks them to its buckets). */
  features: number[];
}

/**
 * Every lower-case word of `vocabulary` in `text`, read as the extractor reads it (paragraphs,
 * sentences, quoted spans as one item), with the features the cue model scores. For training.
 */
export function cueCandidates(text: string, vocabulary: ReadonlySet<string>): CueCandidate[] {
  const paragraphs = paragraphsOf(text);
  const quoted = findQuotedSpans(text, paragraphs);
  const out: CueCandidate[] = [];
  for (const sentence of sentencesOf(text, paragraphs, quoted, [])) {
    const items = sentence.items;
    for (let i = 0; i < items.length; i++) {
      const t = items[i].tok;
      if (t === null || t.kind !== 'w' || t.isCap || !vocabulary.has(t.lower)) continue;
      out.push({ start: t.start, end: t.end, word: t.lower, features: cueModelFeatures(items, i) });
    }
  }
  return out;
}

/** True for a headline in Title Case: at least four words, and all words of four letters or more capitalised. */
function isTitleCase(items: Item[]): boolean {
  let long = 0;
  for (const it of items) {
    if (it.quote !== null || it.tok === null || it.tok.kind !== 'w' || it.tok.text.length < 4 || /^\d/.test(it.tok.text)) continue;
    if (!it.tok.isCap) return false;
    long++;
  }
  return long >= 4;
}

const QUANTITY_DETERMINERS = new Set(['some', 'many', 'several', 'two', 'three', 'four', 'both', 'most', 'few', 'one', 'another', 'each', 'neither', 'either']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "’s", "isn't", "wasn't", "aren't", "weren't"]);

const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves', 'myself', 'ourselves', 'yourself', 'yourselves']);
/** Cue verb forms that are also plural nouns. */
const PLURAL_NOUN_FORMS = new Set(['states', 'reports', 'claims', 'notes', 'remarks', 'comments', 'warns', 'promises', 'answers', 'replies', 'talks', 'calls', 'plans', 'hopes', 'fears', 'doubts', 'pledges', 'vows']);

/** "Continued Stone: …", "Said the mayor, “…”": a sentence opening with a cue and its speaker. */
function invertedOpening(items: Item[]): boolean {
  for (let k = 1; k < Math.min(items.length, 8); k++) {
    if (items[k].quote !== null) return true;
    const t = items[k].tok!;
    if (t.text === ':' || t.text === ',') return k > 1;
    if (t.kind === 'p') return false;
  }
  return false;
}

function isNameToken(t: QuoteToken): boolean {
  // A capitalised participle of a cue opens a clause ("Expressing hope, …"); it is not a name.
  return t.kind === 'w' && t.isCap && !NOT_NAMES.has(t.lower) && CUES.get(t.lower)?.isParticiple !== true;
}

function isPossessive(t: QuoteToken): boolean {
  return t.lower.endsWith("'s") || t.lower.endsWith("s'");
}

/** Words that end a backward scan for a subject: they cannot sit inside a subject noun phrase. */
const NP_STOP = new Set([
  'and', 'but', 'or', 'nor', 'so', 'because', 'while', 'when', 'if', 'as', 'than', 'that', 'which',
  'who', 'whom', 'whose', 'where', 'to', 'from', 'by', 'with', 'about', 'for', 'after', 'before',
  'during', 'since', 'over', 'under', 'into', 'at', 'on', 'is', 'was', 'are', 'were', 'be', 'been',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not',
  'him', 'them', 'me', 'us', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here', 'also',
  'then', 'just', 'even', 'did', 'does', 'do', 'what', 'how', 'why', 'said', 'says', 'told', 'say',
  'like', 'against', 'between', 'through', 'without', 'within', 'upon', 'toward', 'towards', 'via',
  'yes', 'no', 'only', 'too', 'very', 'however', 'instead', 'in', 'within', 'among', 'across',
  'around', 'behind', 'near', 'off', 'out', 'up', 'down', 'than', 'per', 'despite', 'amid',
]);
/** Words that open a reported clause: English "that", Russian "что", Ukrainian "що". */
const COMPLEMENTIZERS = new Set(['that', 'что', 'що']);
const QUANTIFIERS = new Set(['someone', 'somebody', 'anyone', 'everyone', 'nobody', 'none', 'half', 'nearly', 'about', 'almost', 'only', 'just', 'majorities', 'majority', 'members', 'people', 'residents', 'officials', 'experts', 'critics', 'supporters', 'opponents', 'voters']);
const CLAUSE_CONJUNCTIONS = new Set(['though', 'although', 'but', 'while', 'whereas', 'and', 'because', 'as', 'yet']);
/** Comparatives that open a quantity subject with "than" ("more than half", "fewer than 3 in 10"). */
const COMPARATIVE_QUANTITIES = new Set(['more', 'fewer', 'less']);
/** Marks after which another attributed clause ends a content ("…, Brell said …", "… — a long complaint — the pilots say …"). */
const CLAUSE_BREAKS = new Set([',', ';', '—', '–', '-']);
/** Subordinators of time that open another attributed clause after a comma ("…, after most said so"). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'when', 'since', 'until']);
const PERSON_PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we']);
const FINITE_AUXILIARIES = new Set(['could', 'would', 'will', 'may', 'might', 'should', 'must', 'can', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'did', 'does', 'do', "won't", "wouldn't", "couldn't"]);
const INNER_PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'for', 'with', 'on']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words in "-less" that are no adjectives: "nevertheless called" keeps its verb. */
const LESS_ADVERBS = new Set(['nevertheless', 'regardless', 'unless', 'doubtless', 'nonetheless']);

/** True when a finite auxiliary or modal stands between `from` and the next comma or sentence end. */
function finiteBeforeComma(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && isWord(items[k]); k++) if (FINITE_AUXILIARIES.has(lower(items[k]))) return true;
  return false;
}

/** True when the word at `k` after a cue opens its clause: a word that is no preposition, adverb or time word. */
function appositiveBeforeClause(items: readonly Item[], k: number): boolean {
  if (!isWord(items[k])) return false;
  const w = lower(items[k]);
  return !PHRASE_PREPOSITIONS.has(w) && !ADVERBIAL_OPENERS.has(w) && !TIME_WORDS.has(w) && !/ly$/.test(w);
}

function isSubjectHead(t: QuoteToken): boolean {
  return t.isCap || SUBJECT_PRONOUNS.has(t.lower) || ROLE_WORDS.has(t.lower);
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that open a clause: a subject may start after them. */
const CLAUSE_BOUNDARY_WORDS = new Set(['and', 'but', 'that', 'while', 'because', 'as', 'when', 'if', 'where', 'though', 'although', 'so', 'or', 'then', 'after', 'before', 'since', 'which', 'what', 'whom', 'than']);

/** Marks that set off an appositive or a clause: a comma or a dash. */
const SET_OFF_MARKS = new Set([',', '—', '–']);

/**
 * A comma or a dash at `k`; a hyphen is a dash when it stands apart ("Kall - an editor - said") or
 * doubled ("Kall -- an editor -- said"), not inside a word ("co-editor").
 */
function setOffAt(items: Item[], k: number): boolean {
  const t = k >= 0 ? items[k]?.tok ?? null : null;
  if (t === null || t.kind !== 'p') return false;
  if (SET_OFF_MARKS.has(t.text)) return true;
  if (t.text !== '-') return false;
  const prev = items[k - 1];
  const next = items[k + 1];
  const apartBefore = prev === undefined || prev.end < items[k].start || lower(prev) === '-';
  const apartAfter = next === undefined || next.start > items[k].end || lower(next) === '-';
  return apartBefore && apartAfter;
}

/** A comma or dash right before an appositive name ("The minister, Karel Dost, …"), not a word such as "since". */
function isAppositionStart(items: Item[], k: number): boolean {
  return setOffAt(items, k);
}

function isClauseBoundary(items: Item[], k: number, min: number): boolean {
  if (k < min) return true;
  const it = items[k];
  if (it.quote !== null) return true;
  const t = it.tok!;
  if (t.kind === 'p') return /^[,;:.!?—–(\[“"”»«]$/.test(t.text) || t.text === '-';
  if (CLAUSE_BOUNDARY_WORDS.has(t.lower)) return true;
  // A sentence adverb opening the sentence ("Meanwhile Lee, …, said"; "Instead the board said").
  return SENTENCE_ADVERBS.has(t.lower) && isClauseBoundary(items, k - 1, min);
}
const SENTENCE_ADVERBS = new Set(['meanwhile', 'however', 'instead', 'still', 'also', 'now', 'indeed', 'finally', 'separately', 'later', 'earlier', 'today', 'yesterday', 'nonetheless', 'nevertheless', 'meantime', 'likewise', 'similarly', 'moreover', 'besides', 'then']);
/** Sentence adverbs that open a sentence before a comma ("Moreover, …"), never its subject. */
const SET_OFF_CONNECTIVES = new Set([...SENTENCE_ADVERBS, 'overall', 'furthermore', 'additionally', 'consequently', 'thus', 'therefore', 'ultimately', 'specifically', 'notably', 'again', 'yes', 'no', 'well', 'first', 'second', 'third']);

/** A plain noun phrase ending at `i`: words back to a clause boundary, at most 9 words. */
function plainPhraseBefore(items: Item[], i: number, min: number): NounPhrase | null {
  if (i < min || !isWord(items[i])) return null;
  const head = items[i].tok!;
  if (NP_STOP.has(head.lower) || CUES.has(head.lower) && !head.isCap) return null;
  if (/ly$/.test(head.lower) && !head.isCap) return null;
  if (!head.isCap && /[^e]ed$/.test(head.lower)) return null;
  if (ARTICLES.has(head.lower)) return null;
  let j = i;
  while (j - 1 >= min && i - j < 9) {
    const t = items[j - 1].tok;
    if (t === null) break;
    if (t.kind === 'p') {
      // Keep hyphenated and dotted pieces ("R-NY", "U.S.").
      if ((t.text === '-' || t.text === '.' || t.text === '&' || t.text === '%' || t.text === '$') && j - 2 >= min && isWord(items[j - 2])) {
        j--;
        continue;
      }
      break;
    }
    if (t.lower === 'in' && /^\d/.test(items[j]?.tok?.text ?? '') && /^\d/.test(items[j - 2]?.tok?.text ?? '')) {
      j--;
      continue;
    }
    // "more than 4 in 10", "fewer than half": a comparative quantity belongs to the subject.
    if (t.lower === 'than' && j - 2 >= min && COMPARATIVE_QUANTITIES.has(lower(items[j - 2])) && (/^\d/.test(items[j].tok?.text ?? '') || QUANTIFIERS.has(lower(items[j])) || QUANTITY_DETERMINERS.has(lower(items[j])))) {
      j -= 2;
      continue;
    }
    // A prepositional phrase may modify the subject ("someone in the audience", "a person familiar
    // with the plan") when a plain phrase stands before it.
    if (INNER_PREPOSITIONS.has(t.lower) && j - 2 >= min && isWord(items[j - 2]) && !NP_STOP.has(lower(items[j - 2])) && !CUES.has(lower(items[j - 2]))) {
      j--;
      continue;
    }
    if (NP_STOP.has(t.lower) || (CUES.has(t.lower) && !t.isCap && !DETERMINERS.has(lower(items[j - 2])))) break;
    // "The council met the operators": an article after a lower-case word that is neither a
    // preposition nor a quantity opens an object; the verb before it ends the subject scan.
    if (ARTICLES.has(t.lower) && j - 2 >= min && isWord(items[j - 2])) {
      const v = items[j - 2].tok!;
      if (!v.isCap && !PREPOSITIONS.has(v.lower) && !INNER_PREPOSITIONS.has(v.lower) && !DETERMINERS.has(v.lower) && !QUANTITY_DETERMINERS.has(v.lower) && !QUANTIFIERS.has(v.lower) && !CLAUSE_BOUNDARY_WORDS.has(v.lower) && !/^\d/.test(v.text)) {
        j--;
        break;
      }
    }
    // Past-tense verbs end a subject scan ("the incident came …", "a document filed by").
    if (!t.isCap && /[^e]ed$/.test(t.lower) && !DETERMINERS.has(lower(items[j - 2]))) break;
    j--;
  }
  // The phrase must start a clause: "… and the aide said" yes, "… met the aide said" no.
  if (!isClauseBoundary(items, j - 1, min)) return null;
  // With a preposition inside ("someone in the audience"), the phrase must open like a noun phrase.
  let hasInner = false;
  for (let k = j; k < i; k++) if (INNER_PREPOSITIONS.has(lower(items[k]))) hasInner = true;
  if (hasInner) {
    const t = items[j].tok!;
    if (!(t.isCap || DETERMINERS.has(t.lower) || /^\d/.test(t.text) || QUANTIFIERS.has(t.lower))) return null;
  }
  return { from: j, to: i };
}

/**
 * The speaker noun phrase ending at item `i` (scanning back, not past `min`): a pronoun, a name
 * with its titles ("Kremlin spokesman Dmitry Peskov"), a description ("the billionaire
 * businessman", "Nearly half"), a relative pronoun ("Smith, who said …"), or, over an appositive,
 * the noun phrase before it ("Smith, the mayor, said"; "Lee, 35, a nurse at the clinic, said").
 */
function nounPhraseBefore(items: Item[], i: number, min: number, depth = 0): NounPhrase | null {
  // Auxiliaries, adverbs and a negated auxiliary ("doesn't", "wouldn’t") stand between a subject and its cue.
  const skippable = (k: number): boolean => {
    if (!isWord(items[k])) return false;
    const w = lower(items[k]);
    return SKIPPABLE_BEFORE_CUE.has(w) || ((w.endsWith("n't") || w.endsWith('n’t')) && w.length > 3) || (w.endsWith('ly') && w.length > 4 && !items[k].tok!.isCap);
  };
  while (i >= min && skippable(i)) i--;
  // "The guild last week said", "…, Indiana, earlier Tuesday sent": a time adverbial before the cue
  // is no subject; the subject stands before it.
  if (i - 1 > min && timeAdverbialEndingAt(items, i)) {
    i -= 2;
    while (i >= min && skippable(i)) i--;
  }
  if (i < min) return null;
  const it = items[i];
  if (it.tok === null) return null;
  const low = it.tok.lower;
  if (it.tok.kind === 'p') {
    if (it.tok.text === ')' && depth < 2) {
      // "Sen. Ada Volk (D-Ore.) said": skip the parenthesis.
      for (let j = i - 1; j >= Math.max(min, i - 8); j--) if (lower(items[j]) === '(') return nounPhraseBefore(items, j - 1, min, depth + 1);
      return null;
    }
    if (depth > 0) return null;
    // "Gov. Ada Volk (R-Norland), said": a stray comma after a parenthesis that closes a name; the
    // name before the parenthesis is the subject, not a phrase further back.
    if (it.tok.text === ',' && lower(items[i - 1]) === ')') {
      const np = nounPhraseBefore(items, i - 1, min, depth + 1);
      if (np !== null && items[np.to].tok?.isCap === true && isClauseBoundary(items, np.from - 1, min)) return np;
    }
    if (!setOffAt(items, i)) return null;
    // Appositive(s): the subject is the leftmost name-like phrase followed by a comma that starts
    // a clause, within the window.
    let best: NounPhrase | null = null;
    // The candidate found before `best` (to its right): a name set off right after a description.
    let right: NounPhrase | null = null;
    for (let j = i - 1; j >= Math.max(min, i - 40); j--) {
      const t = items[j];
      if (t.quote !== null) break;
      // A dot before a comma closes an abbreviation ("Sen. Ada Volk, D-Nor., said"), not a sentence.
      if (t.tok !== null && SENTENCE_END.has(t.tok.text) && !(t.tok.text === '.' && lower(items[j + 1]) === ',')) break;
      if (t.tok !== null && setOffAt(items, j) && j - 1 >= min) {
        const np = nounPhraseBefore(items, j - 1, min, depth + 1);
        // "Moreover, Ada Volk, director of …, said": a sentence adverb set off by a comma is no subject.
        if (np !== null && np.from === np.to && SET_OFF_CONNECTIVES.has(lower(items[np.from]))) continue;
        // "Earlier Tuesday, Ada Volk, …, said", "Friday, Norland, leading …, asked": a time adverbial
        // set off at the opening is no subject either.
        if (np !== null && timePhrase(items, np)) continue;
        // "NORLAND - Ada Volk, …, said": a dateline before its dash is no subject.
        if (np !== null && lower(items[j]) !== ',' && items.slice(np.from, np.to + 1).every((x) => x.tok !== null && x.tok.text === x.tok.text.toUpperCase() && /\p{Lu}{2}/u.test(x.tok.text))) continue;
        // "Several skippers, including Ada Volk, said": a phrase whose appositive lists its members
        // ("including …") is the subject whatever its head.
        if (np !== null && isClauseBoundary(items, np.from - 1, min) && items[np.to].tok !== null && (isSubjectHead(items[np.to].tok!) || lower(items[j + 1]) === 'including')) {
          right = best;
          best = np;
        }
      }
    }
    if (best !== null && !items[best.to].tok!.isCap) {
      // "The minister, Karel Dost, insisted": a name in the appositive beats a description before it
      // (not a member named after "including").
      const apposition = nounPhraseBefore(items, i - 1, min, depth + 1);
      if (apposition !== null && items[apposition.to].tok!.isCap && isAppositionStart(items, apposition.from - 1) && !NOT_SOURCE_OPENERS.has(lower(items[apposition.from]))) return apposition;
      // "Belmora's foreign minister, Amara Quist, who has chaired the talks since Tuesday, said": the
      // name set off right after the description, not the last name of the relative clause.
      if (right !== null && items[right.to].tok!.isCap && right.from === best.to + 2 && isAppositionStart(items, right.from - 1)) return right;
    }
    return best;
  }
  if (SUBJECT_PRONOUNS.has(low)) return low === 'it' && depth > 0 ? null : { from: i, to: i };
  if (low === 'who' || low === 'which') {
    // "Smith, who said …"; "voters who say …" (a person's relative clause needs no comma).
    return lower(items[i - 1]) === ',' || (low === 'who' && depth === 0 && i > min) ? { from: i, to: i } : null;
  }
  let j = i;
  let words = 0;
  while (j >= min && words < 9) {
    const t = items[j].tok;
    if (t === null || t.kind !== 'w') break;
    const ok = isNameToken(t) || ROLE_WORDS.has(t.lower) || isPossessive(t) || (NAME_PARTICLES.has(t.lower) && j < i) || NAME_TITLES.has(t.lower);
    if (!ok) break;
    j--;
    words++;
  }
  let from = j + 1;
  if (from > i) return plainPhraseBefore(items, i, min);
  // Let a determiner, possessive or one or two adjectives open the phrase: "the new poll", "his aide".
  for (let k = j; k >= Math.max(min, j - 2); k--) {
    const t = items[k].tok;
    if (t === null || t.kind !== 'w') break;
    if (DETERMINERS.has(t.lower) || isPossessive(t)) {
      from = k;
      break;
    }
    if (t.isCap || CUES.has(t.lower) || SKIPPABLE_BEFORE_CUE.has(t.lower) || ADVERBIAL_OPENERS.has(t.lower)) break;
  }
  // Strip particles at the left edge ("of the").
  while (from < i && NAME_PARTICLES.has(lower(items[from])) && lower(items[from]) !== 'de') from++;
  const head = items[i].tok!;
  if (!(isNameToken(head) || ROLE_WORDS.has(head.lower))) return plainPhraseBefore(items, i, min);
  if (from > min && !isClauseBoundary(items, from - 1, min)) {
    // "… met Smith said" is not a subject; a longer plain phrase may still be ("Presumptive nominee Ada Volk").
    return plainPhraseBefore(items, i, min);
  }
  return { from, to: i };
}

/**
 * True when a finite auxiliary or a form of "be" follows the phrase: after a cue ("said the pier was
 * unsafe", "says her main worry is …") the phrase is then the subject of the reported clause, not
 * an inverted speaker.
 */
function finiteVerbAfter(items: Item[], np: NounPhrase): boolean {
  const next = lower(items[np.to + 1]);
  return FINITE_AUXILIARIES.has(next) || BE_FORMS.has(next);
}

/** The speaker noun phrase starting at item `i` (inverted cue: `said the press secretary of X`). */
function nounPhraseAfter(items: Item[], i: number, max: number): NounPhrase | null {
  if (i > max) return null;
  const first = items[i].tok;
  if (first === null || first.kind !== 'w') return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { from: i, to: i };
  if (first.lower === 'that' || NP_STOP.has(first.lower)) return null;
  // "…, concluded this year": a time adverbial after the cue is not its speaker.
  if (i + 1 <= max && timeAdverbialEndingAt(items, i + 1)) return null;
  let j = i;
  if (DETERMINERS.has(first.lower) || isPossessive(first)) j++;
  let last = -1;
  let adjectives = 0;
  while (j <= max && j - i < 12) {
    const t = items[j].tok;
    if (t === null || t.kind !== 'w') break;
    if (isNameToken(t) || ROLE_WORDS.has(t.lower) || NAME_TITLES.has(t.lower) || isPossessive(t)) {
      last = j;
    } else if ((t.lower === 'of' || t.lower === 'the' || t.lower === 'for') && last >= 0) {
      // "secretary of the Russian President", "spokesman for the ministry"
    } else if (j > i && DETERMINERS.has(first.lower) && j - i <= 5 && !NP_STOP.has(t.lower) && !CUES.has(t.lower) && !ADVERBIAL_OPENERS.has(t.lower) && !/[^e]ed$/.test(t.lower)) {
      // After a determiner, plain words make the phrase: "said the 46-year-old", "according to the city auditor".
      last = j;
    } else if (last < 0 && adjectives < 2 && !CUES.has(t.lower) && !ADVERBIAL_OPENERS.has(t.lower)) {
      adjectives++;
    } else {
      break;
    }
    j++;
  }
  if (last < 0) return null;
  return { from: i, to: last };
}

/** Particles that make a phrasal cue ("shot back", "went on", "pointed out"). */
const PHRASAL_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map([
  ['shoot', ['back']], ['fire', ['back']], ['hit', ['back']], ['go', ['on']], ['point', ['out']], ['push', ['back']],
  ['speak', ['out', 'about']], ['lash', ['out']], ['chime', ['in']], ['weigh', ['in']], ['write', ['back']],
]);

const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/** For `… quoted X as saying` with the cue at `saying`: the phrase X. */
function nounPhraseAfterQuoting(items: Item[], cueIndex: number): NounPhrase | null {
  for (let q = cueIndex - 3; q >= Math.max(0, cueIndex - 12); q--) {
    if (QUOTING_VERBS.has(lower(items[q]))) {
      const np = nounPhraseAfter(items, q + 1, cueIndex - 2);
      return np !== null && np.to === cueIndex - 2 ? np : null;
    }
  }
  return null;
}

/** True when the quoting verb at `i` is followed by "X as saying" (then the cue is "saying"). */
function quotesAsSaying(items: Item[], i: number): boolean {
  if (!QUOTING_VERBS.has(lower(items[i]))) return false;
  for (let k = i + 2; k < Math.min(items.length - 1, i + 12); k++) {
    if (lower(items[k]) === 'as' && CUES.get(lower(items[k + 1]))?.isParticiple) return true;
    if (items[k].tok === null || items[k].tok!.kind === 'p') return false;
  }
  return false;
}

const ACCORDING_FIRST = new Set(ACCORDING_PAIRS.map(([x]) => x));

function accordingAt(items: Item[], i: number): boolean {
  const a = lower(items[i]);
  if (!ACCORDING_FIRST.has(a)) return false;
  const b = lower(items[i + 1]);
  return ACCORDING_PAIRS.some(([x, y]) => x === a && y === b);
}

/** Words that open an absolute clause whose participle's subject is the bare plural after them. */
const ABSOLUTE_OPENERS = new Set(['with', 'despite', 'amid']);

/**
 * The subject of the main clause of the sentence, for a participle cue ("he conceded that …,
 * stating, “…”" → "he"): the subject of the nearest finite cue before it; else, scanning back, the
 * nearest noun phrase that opens a clause and is followed by a verb — a clause opened by "that" is
 * reported content, so its subject is skipped; "with X saying" takes X.
 */
function mainClauseSubject(items: Item[], cueIndex: number, known: Map<number, NounPhrase>): NounPhrase | null {
  // "Interfax quoted Ivo Marek as saying …": the speaker is the one quoted, not the agency.
  if (lower(items[cueIndex - 1]) === 'as') {
    const np = nounPhraseAfterQuoting(items, cueIndex);
    if (np !== null) return np;
  }
  // "with Trump reportedly yelling": an absolute clause names its own subject.
  let w = cueIndex - 1;
  while (w >= 0 && isWord(items[w]) && /ly$/.test(lower(items[w])) && !items[w].tok!.isCap) w--;
  let wFrom = w;
  while (wFrom >= 0 && isWord(items[wFrom]) && (items[wFrom].tok!.isCap || SUBJECT_PRONOUNS.has(lower(items[wFrom])))) wFrom--;
  if (wFrom < w && lower(items[wFrom]) === 'with') return { from: wFrom + 1, to: w };
  // "with polls showing …", "despite surveys suggesting …": a bare plural after "with", "despite" or
  // "amid" is the absolute clause's subject too (with a determiner, `reducedRelativeHead` reads it).
  let bare = w;
  while (bare >= 0 && w - bare < 3 && isWord(items[bare]) && !items[bare].tok!.isCap && !NP_STOP.has(lower(items[bare])) && !BE_FORMS.has(lower(items[bare])) && !MODALS.has(lower(items[bare])) && !DETERMINERS.has(lower(items[bare])) && !CUES.has(lower(items[bare])) && !/(?:ly|ed|ing)$/.test(lower(items[bare]))) bare--;
  if (bare < w && /s$/.test(lower(items[w])) && ABSOLUTE_OPENERS.has(lower(items[bare]))) return { from: bare + 1, to: w };
  // "Dorn criticised Volk for calling them “idiots”": the -ing clause's subject is the object of the
  // verb governing it, not that verb's subject.
  const governed = governedObject(items, cueIndex);
  if (governed !== null) return governed;
  // "a fund backing the mayor", "the figures showing …": a participle right after a noun phrase
  // (no comma between) modifies that phrase, which is its source.
  const modified = reducedRelativeHead(items, cueIndex);
  // "touches the validity of Brell’s licence alleging …": a phrase with a
  // possessive inside a prepositional phrase is not what the participle modifies; the main clause's
  // subject is its source. (Without a possessive, "ads attacking", "a letter urging" keep the phrase.)
  const possessiveInPP = modified !== null && possessiveInPrepositionalPhrase(items, modified);
  if (modified !== null && !possessiveInPP) return modified;
  // "Volk, who was thanked by the crew after praising …", "Volk, who took the floor hoping …": a
  // participle inside a relative clause (after a preposition or "while" at most) has the relative
  // pronoun as its subject, not the main clause's subject.
  const governing = w >= 0 && isWord(items[w]) && (PHRASE_PREPOSITIONS.has(lower(items[w])) || TIME_SUBORDINATORS.has(lower(items[w])) || lower(items[w]) === 'while') ? w - 1 : w;
  const relative = relativeClauseSubject(items, governing);
  if (relative !== null) return relative;
  for (let c = cueIndex - 1; c >= 0; c--) {
    const np = known.get(c);
    // "While the envoy said …, his aide … played it down, insisting …": the subject of a cue inside a
    // subordinate clause opening the sentence is not the main clause's.
    if (np !== undefined && openingSubordinateClause(items, np)) continue;
    if (np !== undefined) return np;
  }
  // A dateline ("WASHINGTON —") is not the subject.
  let min = 0;
  while (min < cueIndex && items[min].tok !== null && items[min].tok!.kind === 'w' && items[min].tok!.text === items[min].tok!.text.toUpperCase() && /\p{Lu}{2}/u.test(items[min].tok!.text)) min++;
  if (min > 0 && /^[—–\-(,:]$/.test(items[min]?.tok?.text ?? '')) min++;
  else min = 0;
  for (let k = cueIndex - 2; k >= min; k--) {
    const next = items[k + 1];
    // "Other skippers, including Ada Volk and Tomas Brell, have joined the boycott, saying …": a subject
    // with an appositive set off by commas before a finite auxiliary (any head before "including").
    if (lower(next) === ',' && FINITE_AUXILIARIES.has(lower(items[k + 2])) && k + 2 < cueIndex) {
      const np = nounPhraseBefore(items, k + 1, min);
      if (np !== null && np.to < k && (np.from === min || isClauseBoundary(items, np.from - 1, min)) && (isSubjectHead(items[np.to].tok!) || lower(items[np.to + 2]) === 'including')) return np;
    }
    if (next.tok === null || next.tok.kind !== 'w' || next.tok.isCap) continue;
    // A phrase followed by an article ends in a verb ("The council met | the operators").
    if (ARTICLES.has(next.tok.lower)) continue;
    const np = nounPhraseBefore(items, k, min, 1);
    if (np === null || np.to !== k) continue;
    const before = items[np.from - 1];
    if (np.from > min && lower(before) === 'that') continue;
    if (np.from > min && !isClauseBoundary(items, np.from - 1, min)) continue;
    const head = items[np.to].tok!;
    if (!isSubjectHead(head) && !DETERMINERS.has(lower(items[np.from]))) continue;
    // A phrase ending in a possessive is a determiner, not the main clause's subject ("after the
    // tone of the paper’s | editorial claiming …"): the phrase the participle follows stays.
    if (possessiveInPP) return isPossessive(head) ? modified : possessiveHeadPhrase(items, np);
    return np;
  }
  return possessiveInPP ? modified : null;
}

/**
 * A subject phrase with a possessive cut after the possessive's noun ("The council’s stance
 * raises" → "The council’s stance"): the noun right after "X’s" is the phrase's head, and
 * lower-case words after it are the verb and its object.
 */
function possessiveHeadPhrase(items: Item[], np: NounPhrase): NounPhrase {
  for (let p = np.from; p + 2 <= np.to; p++) {
    if (!isWord(items[p]) || !isPossessive(items[p].tok!)) continue;
    if (items.slice(p + 2, np.to + 1).every((it) => isWord(it) && !it.tok!.isCap)) return { from: np.from, to: p + 1 };
    break;
  }
  return np;
}

/** Prepositions that link a verb's object to an -ing clause it did ("blamed Volk for saying", "accused him of lying"). */
const GOVERNED_LINKS = new Set(['for', 'of']);

/**
 * The object of the verb that governs an -ing cue at `cueIndex` through "for"/"of" ("criticised
 * Volk for calling …", "accused them of saying …"): a person (object pronoun, name or role word)
 * right after a verb. Null when no such object stands there ("drew criticism for saying": the
 * object is not a person, and the main clause's subject is the source).
 */
function governedObject(items: Item[], cueIndex: number): NounPhrase | null {
  if (!/ing$/.test(lower(items[cueIndex])) || !GOVERNED_LINKS.has(lower(items[cueIndex - 1]))) return null;
  const to = cueIndex - 2;
  if (to < 1 || !isWord(items[to])) return null;
  let np: NounPhrase | null = null;
  if (OBJECT_PRONOUNS.has(lower(items[to])) && lower(items[to]) !== 'it') np = { from: to, to };
  else if (isNameToken(items[to].tok!) || ROLE_WORDS.has(lower(items[to]))) {
    // The object: names, titles and role words back from the head, opened by a determiner or a possessive.
    let from = to;
    while (from - 1 >= 0 && isWord(items[from - 1]) && to - from < 6) {
      const t = items[from - 1].tok!;
      if (isNameToken(t) || ROLE_WORDS.has(t.lower) || NAME_TITLES.has(t.lower)) from--;
      else {
        if (DETERMINERS.has(t.lower) || isPossessive(t)) from--;
        break;
      }
    }
    np = { from, to };
  }
  if (np === null || np.from < 1) return null;
  // The word before the object must be a verb: a cue word ("accused", "praised") or a finite form.
  const verb = items[np.from - 1].tok;
  if (verb === null || verb.kind !== 'w' || verb.isCap || DETERMINERS.has(verb.lower) || PREPOSITIONS.has(verb.lower) || NP_STOP.has(verb.lower)) return null;
  return CUES.has(verb.lower) || /(ed|es)$/.test(verb.lower) ? np : null;
}

/** Longest stretch of words between a relative pronoun and a verb of its clause (`relativeClauseSubject`). */
const RELATIVE_CLAUSE_WINDOW = 14;

/**
 * The relative pronoun whose clause holds the word at `k` ("Volk, who chaired the talks and
 * warned …" → "who"): scanning back from `k` over words only, no punctuation, quote or word that
 * opens another clause between, up to "who" (a person's relative clause needs no comma) or
 * ", which". Null when the stretch leads elsewhere.
 */
function relativeClauseSubject(items: Item[], k: number): NounPhrase | null {
  for (let j = k; j >= 1 && k - j < RELATIVE_CLAUSE_WINDOW; j--) {
    if (!isWord(items[j])) return null;
    const w = lower(items[j]);
    if (w === 'who' || (w === 'which' && lower(items[j - 1]) === ',')) return { from: j, to: j };
    if (CLAUSE_BOUNDARY_WORDS.has(w) || RELATIVE_WORDS.has(w)) return null;
  }
  return null;
}

/** Prepositions that open a prepositional phrase (not the possessive determiners of `PREPOSITIONS`). */
const PHRASE_PREPOSITIONS = new Set([...INNER_PREPOSITIONS, 'by', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'against', 'toward', 'towards', 'through', 'without', 'within', 'among', 'across', 'around', 'behind', 'despite', 'amid']);

/**
 * True when the phrase holds a possessive inside a prepositional phrase of its own ("the validity
 * of Brell’s licence"): a preposition after the phrase's first word stands before the possessive,
 * with at most a determiner or a modifier between. A phrase that is itself a preposition's object
 * ("after the paper’s editorial telling …") does not count: PolNeAR takes that phrase as the source.
 */
function possessiveInPrepositionalPhrase(items: Item[], np: NounPhrase): boolean {
  for (let p = np.from; p < np.to; p++) {
    if (!isWord(items[p]) || !isPossessive(items[p].tok!)) continue;
    for (let k = p - 1; k >= Math.max(np.from + 1, p - 3); k--) {
      if (!isWord(items[k])) break;
      if (PHRASE_PREPOSITIONS.has(lower(items[k]))) return true;
    }
  }
  return false;
}

/**
 * The noun phrase a participle cue at `cueIndex` modifies when it follows the phrase directly ("a
 * fund backing the mayor", "polls showing a tie"): up to six words back, opened by a determiner, a
 * number, a possessive or a name; null when a verb, a pronoun or punctuation stands before the cue.
 */
function reducedRelativeHead(items: Item[], cueIndex: number): NounPhrase | null {
  const to = cueIndex - 1;
  const isNounWord = (k: number): boolean => {
    if (k < 0 || !isWord(items[k])) return false;
    const t = items[k].tok!;
    if (NP_STOP.has(t.lower) || BE_FORMS.has(t.lower) || MODALS.has(t.lower) || NEGATIONS.has(t.lower)) return false;
    if (!t.isCap && (CUES.has(t.lower) || /ly$/.test(t.lower) || /[^e]ed$/.test(t.lower) || /ing$/.test(t.lower))) return false;
    return true;
  };
  // "sent a memo in April explaining …", "filed suit in 2013 alleging …": a time word (a day, a month,
  // a year) is no phrase the participle modifies.
  if (!isNounWord(to) || TIME_WORDS.has(lower(items[to])) || MONTHS.has(lower(items[to])) || /^(?:1[89]|20)\d\d$/.test(lower(items[to]))) return null;
  let from = to;
  while (from - 1 >= 0 && to - from < 5 && isNounWord(from - 1)) from--;
  // The phrase opens at its leftmost determiner, number, possessive or name ("met a group of
  // skippers demanding …" → "a group of skippers").
  for (let k = from; k <= to; k++) {
    const t = items[k].tok!;
    if (SUBJECT_PRONOUNS.has(t.lower)) continue;
    if (DETERMINERS.has(t.lower) || QUANTITY_DETERMINERS.has(t.lower) || /^\d/.test(t.text) || isPossessive(t) || (t.isCap && k > 0)) return { from: k, to };
  }
  // "money poured into groups backing Cruz", "outspent by rivals and groups supporting her": a bare
  // plural after a preposition or "and" is what the participle modifies, not the main clause's
  // subject (after other words the -s form may be a verb: "which involves advising …").
  const opener = lower(items[from - 1]);
  if (!/[^s]s$/.test(lower(items[to])) || !(PHRASE_PREPOSITIONS.has(opener) || opener === 'to' || opener === 'and' || opener === 'or')) return null;
  for (let k = from; k <= to; k++) if (items[k].tok!.isCap) return null;
  return { from, to };
}

/** Longest quoted name or term read as part of a subject noun phrase (`quotedTermSubject`), in words. */
const QUOTED_TERM_MAX_WORDS = 5;

/**
 * The subject noun phrase that holds the short quoted term at `qi` right before a cue ("the
 * Vellin-led “dock coalition” confirmed …", "Volk’s “open port” plan says …"): the quote has at
 * most five words and no punctuation of its own before the closing mark, and a determiner, a
 * possessive, a hyphenated modifier or a determiner and an adjective stand before it. The phrase
 * runs from its determiner (or the modifier) to the quote and must open a clause. Null when the
 * quote is not such a term.
 */
function quotedTermSubject(items: Item[], qi: number, text: string, min: number): NounPhrase | null {
  const q = items[qi]?.quote;
  if (q === null || q === undefined || qi - 1 < min || !isWord(items[qi - 1])) return null;
  if (quoteWordCount(text, q) > QUOTED_TERM_MAX_WORDS || /[\p{P}]$/u.test(text.slice(q.start, q.end).trim())) return null;
  const prev = items[qi - 1].tok!;
  let from = -1;
  if (DETERMINERS.has(prev.lower)) from = qi - 1;
  else if (isPossessive(prev)) {
    // With the owner's name and titles ("Mayor Ada Volk’s “open port” plan").
    const owner = nounPhraseBefore(items, qi - 1, min, 1);
    from = owner !== null && owner.to === qi - 1 ? owner.from : qi - 1;
  }
  else if (/\p{L}-\p{Ll}+$/u.test(prev.text)) {
    // A hyphenated modifier ("Vellin-led", "state-run"), with its determiner if any.
    from = qi - 1;
    const det = items[from - 1];
    if (from - 1 >= min && isWord(det) && (DETERMINERS.has(det.tok!.lower) || isPossessive(det.tok!))) from--;
  } else if (qi - 2 >= min && !prev.isCap && DETERMINERS.has(lower(items[qi - 2])) && !NP_STOP.has(prev.lower) && !CUES.has(prev.lower) && !/ly$/.test(prev.lower)) {
    // A determiner and an adjective ("the new “green corridor”").
    from = qi - 2;
  }
  if (from < 0) return null;
  if (!isClauseBoundary(items, from - 1, min)) return null;
  return { from, to: qi };
}

/**
 * The elided subject of a verb coordinated after "and", "but" or ", yet" ("Obama met survivors and
 * said …", "Volk toured the docks and last week won …"): the relative pronoun's inside a relative
 * clause ("Volk, who chaired the talks and warned …"), else the sentence's; null when none is
 * found, undefined when no conjunction stands before the verb. Auxiliaries and -ly adverbs may
 * stand between, and time words too with `overTime`.
 */
function coordinatedVerbSubject(items: Item[], verb: number, overTime: boolean): NounPhrase | null | undefined {
  let k = verb - 1;
  while (k >= 0 && isWord(items[k]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[k])) || /ly$/.test(lower(items[k])) || (overTime && TIME_WORDS.has(lower(items[k]))))) k--;
  if (k < 0 || !(lower(items[k]) === 'and' || lower(items[k]) === 'but' || (lower(items[k]) === ',' && lower(items[k + 1]) === 'yet'))) return undefined;
  return relativeClauseSubject(items, k - 1) ?? sentenceSubject(items, verb);
}

/** The subject at the start of the sentence, after a dateline or a leading adverbial ("On Tuesday, …"). */
function sentenceSubject(items: Item[], before: number): NounPhrase | null {
  let i = 0;
  while (i < before && items[i].tok !== null && items[i].tok!.kind === 'w' && items[i].tok!.text === items[i].tok!.text.toUpperCase() && /\p{Lu}{2}/u.test(items[i].tok!.text)) i++;
  if (i > 0 && /^[—–\-(,:]$/.test(items[i]?.tok?.text ?? '')) i++;
  else i = 0;
  const first = lower(items[i]);
  if (ADVERBIAL_OPENERS.has(first) || first === 'still' || first === 'but' || first === 'however') {
    let j = i;
    while (j < before && lower(items[j]) !== ',') j++;
    if (j >= before) return null;
    i = j + 1;
  }
  let np = nounPhraseAfter(items, i, before - 1);
  // "A few minutes later, the crew …": a span of time before "later"/"earlier"/"ago" opens an
  // adverbial; the subject follows it.
  if (np !== null && TIME_UNITS.has(lower(items[np.to])) && /^(?:later|earlier|ago)$/.test(lower(items[np.to + 1]))) {
    let k = np.to + 2;
    if (lower(items[k]) === ',') k++;
    np = nounPhraseAfter(items, k, before - 1);
  }
  if (np === null) return null;
  const next = items[np.to + 1];
  // "Brell, who advises the guild, is no fan of the toll but praised …": a relative clause after the
  // subject, set off by commas.
  if (lower(next) === ',' && /^(?:who|whose)$/.test(lower(items[np.to + 2])) && items[np.to].tok?.isCap === true) return np;
  // The phrase must be followed by a verb, not be the start of a longer phrase.
  if (next === undefined || next.tok === null || next.tok.kind !== 'w' || next.tok.isCap) return null;
  return np;
}

function contentWords(items: Item[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) {
    if (items[k].quote !== null) n += 3;
    else if (isWord(items[k])) n++;
  }
  return n;
}

function quoteWordCount(text: string, q: QuotedSpan): number {
  return text.slice(q.start, q.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Trims punctuation at the edges of a content range and returns character offsets. */
function contentSpan(items: Item[], from: number, to: number, text: string): Span | null {
  while (from <= to && items[from].tok !== null && items[from].tok!.kind === 'p' && !/[“"«„(]/.test(items[from].tok!.text)) from++;
  while (to >= from && items[to].tok !== null && items[to].tok!.kind === 'p' && !/[”"»)]/.test(items[to].tok!.text)) to--;
  if (to < from) return null;
  let start = items[from].start;
  let end = items[to].end;
  // A content that is exactly one quoted span is the words inside the marks.
  if (from === to && items[from].quote !== null) {
    start = items[from].quote!.start;
    end = items[from].quote!.end;
  }
  while (end > start && /\s/.test(text[end - 1])) end--;
  // "said no.": the tokenizer keeps the dot of "no." (as in "No. 5"); here it ends the sentence.
  if (items[to].tok?.lower === 'no.') end--;
  return end > start ? { start, end } : null;
}

function kindOf(items: Item[], from: number, to: number): Quote['kind'] {
  let hasQuote = false;
  let hasWords = false;
  for (let k = from; k <= to; k++) {
    if (items[k].quote !== null) hasQuote = true;
    else if (isWord(items[k])) hasWords = true;
  }
  if (hasQuote && !hasWords) return 'direct';
  return hasQuote ? 'mixed' : 'indirect';
}

function isTitleLike(text: string, q: QuotedSpan, items: Item[], qi: number): boolean {
  const inner = text.slice(q.start, q.end);
  for (let k = qi - 1; k >= Math.max(0, qi - 3); k--) {
    if (TITLE_MARKERS.has(lower(items[k]))) return true;
  }
  const words = inner.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'to', 'for', 'at', 'by', 'with', 'is']);
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w.replace(/^[‘'(]/, '')) || small.has(w.toLowerCase()));
  // Title Case from start to end with no sentence punctuation reads as the name of a work.
  return words.length >= 2 && words.length <= 12 && capitalised.length === words.length && !/[.!?,]\s*$/.test(inner);
}

/** True when a "that" clause, a colon or a quote follows the cue at `c` closely ("… showed that …"). */
function reportedClauseFollows(items: Item[], c: number): boolean {
  for (let k = c + 1; k < Math.min(items.length, c + 8); k++) {
    if (COMPLEMENTIZERS.has(lower(items[k]))) return true;
    if (items[k].quote !== null || lower(items[k]) === ':') return k <= c + 2;
    if (items[k].tok !== null && items[k].tok!.kind === 'p') return false;
  }
  return false;
}

/** Longest subject phrase `clauseOpeningPhrase` takes, in items ("Majorities of voters in five states going to the polls Tuesday say"). */
const OPENING_PHRASE_MAX = 16;

/**
 * True when the cue-like word at `k` is used as a noun or a modifier inside a noun phrase: after a
 * determiner, a possessive or a preposition ("familiar with the planning", "a call for comment"), or
 * an -ing form right after a noun ("voters going to the polls").
 */
function nounUseAt(items: Item[], k: number): boolean {
  const prev = items[k - 1]?.tok;
  if (prev === null || prev === undefined) return false;
  if (DETERMINERS.has(prev.lower) || isPossessive(prev) || INNER_PREPOSITIONS.has(prev.lower)) return true;
  return /ing$/.test(lower(items[k])) && prev.kind === 'w' && !NP_STOP.has(prev.lower) && !/(ly|ed)$/.test(prev.lower) && !CUES.has(prev.lower);
}

/** Personal pronouns that open a relative clause without a relative word ("the people I spoke with"), with "'ve"/"'d" attached. */
const GAP_RELATIVE_SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she', 'you', "i've", "we've", "they've", "you've", "i'd", "we'd"]);

/**
 * True when "that" at `k` opens a relative clause on the noun before it ("groups that have backed
 * her"), not a reported clause: a noun-like word before it and an auxiliary or a past form after it.
 */
function relativeThatAt(items: Item[], k: number): boolean {
  const prev = items[k - 1]?.tok;
  const next = items[k + 1]?.tok;
  if (prev === null || prev === undefined || next === null || next === undefined || prev.kind !== 'w' || next.kind !== 'w') return false;
  if (NP_STOP.has(prev.lower) || CUES.has(prev.lower) || /ly$/.test(prev.lower) || BE_FORMS.has(prev.lower)) return false;
  return FINITE_AUXILIARIES.has(next.lower) || /[^e]ed$/.test(next.lower);
}

/**
 * True when the cue word at `k` is the verb of a relative clause on a subject: "who", "that" or
 * "which" before it (auxiliaries and adverbs between), or a personal pronoun right after a noun
 * ("the scholars I interviewed", "people we've met").
 */
function relativeVerbAt(items: Item[], k: number, min: number): boolean {
  let j = k - 1;
  while (j > min && isWord(items[j]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[j])) || (/ly$/.test(lower(items[j])) && !items[j].tok!.isCap))) j--;
  if (j <= min || !isWord(items[j])) return false;
  const w = lower(items[j]);
  if (w === 'who' || w === 'which') return true;
  if (w === 'that') return relativeThatAt(items, j);
  return contactRelativeAt(items, j);
}

/**
 * True when the personal pronoun at `j` opens a relative clause without a relative word: it stands
 * right after a common noun ("the scholars I interviewed", "a plan they believe would work").
 */
function contactRelativeAt(items: Item[], j: number): boolean {
  if (j < 1 || !GAP_RELATIVE_SUBJECTS.has(lower(items[j]))) return false;
  const noun = items[j - 1].tok;
  return noun !== null && noun.kind === 'w' && !noun.isCap && !NP_STOP.has(noun.lower) && !CUES.has(noun.lower) && !COMPLEMENTIZERS.has(noun.lower) && !/(ly|ed)$/.test(noun.lower);
}

/** A plural noun form: "-s" but not "-ss", "-us", "-is" ("organizers", not "progress", "status", "analysis"). */
function pluralNounForm(t: QuoteToken | null | undefined): boolean {
  return t !== null && t !== undefined && t.kind === 'w' && !t.isCap && /[^sui']s$/.test(t.lower) && !CUES.has(t.lower) && !NP_STOP.has(t.lower) && !FINITE_AUXILIARIES.has(t.lower);
}

/**
 * "But protest organizers in the capital say", "Indeed, backers of the levy say": a bare plural
 * noun phrase (a plural in its first two words) with a modifier after it opens the clause after a
 * conjunction or a comma; without an article it is a group of people more often than not.
 */
function barePluralOpening(items: Item[], from: number, to: number): boolean {
  if (to - from < 2 || !(pluralNounForm(items[from].tok) || (pluralNounForm(items[from + 1].tok) && isWord(items[from]) && !NP_STOP.has(lower(items[from]))))) return false;
  const before = items[from - 1]?.tok;
  return before !== null && before !== undefined && (before.text === ',' || CLAUSE_CONJUNCTIONS.has(before.lower));
}

/**
 * The phrase that opens the clause of the cue at `c`, when the cue is followed by a reported clause
 * and no plain subject was found: a subject with a participle or a relative modifier ("A survey
 * published Tuesday showed that …", "Voters in both states say that …"), a coordination of names
 * ("Lee and Ortiz both stressed that …"). The phrase runs back from the cue (auxiliaries and
 * adverbs skipped) to the clause boundary, up to `OPENING_PHRASE_MAX` words, and must open like a noun
 * phrase; a cue word inside it must be a noun use (`nounUseAt`).
 */
function clauseOpeningPhrase(items: Item[], c: number, min: number): NounPhrase | null {
  let to = c - 1;
  while (to >= min && isWord(items[to]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[to])) || lower(items[to]) === 'both' || (/ly$/.test(lower(items[to])) && !items[to].tok!.isCap))) to--;
  if (to < min || !isWord(items[to])) return null;
  // "greeted the crowd … and told them that …": after a conjunction the verb is coordinated, and its
  // subject is the main clause's (`subjectOf`), not the words before the conjunction.
  if (lower(items[to]) === 'and' || lower(items[to]) === 'but' || lower(items[to]) === 'or') return null;
  let from = to;
  while (from - 1 >= min && to - from < OPENING_PHRASE_MAX) {
    const it = items[from - 1];
    if (it.quote !== null || it.tok === null) break;
    const t = it.tok;
    if (t.kind === 'p' && t.text !== '-' && t.text !== '&' && t.text !== '’' && t.text !== "'") break;
    if (t.kind === 'w' && (CLAUSE_CONJUNCTIONS.has(t.lower) && t.lower !== 'and' || COMPLEMENTIZERS.has(t.lower) && !relativeThatAt(items, from - 1) || t.lower === 'if' || t.lower === 'when')) break;
    // A cue word inside is another attribution, unless it is a participle modifying the noun
    // ("published Tuesday", "cited by") or the verb of a relative clause on the subject ("Friends
    // of the mayor who have seen her say", "the envoys I spoke with said").
    if (t.kind === 'w' && !t.isCap && CUES.has(t.lower) && !(/ed$/.test(t.lower) && (TIME_WORDS.has(lower(items[from])) || lower(items[from]) === 'by')) && !nounUseAt(items, from - 1) && !relativeVerbAt(items, from - 1, min)) return null;
    from--;
  }
  if (to - from >= OPENING_PHRASE_MAX) return null;
  const first = items[from].tok!;
  // "About 4 in 10", "At least half of voters", "More than 60 percent", "Three-quarters of them".
  const quantity = QUANTITY_OPENERS.has(first.lower) || /^\d/.test(first.text) || /^(one|two|three)-(third|quarter|half)/.test(first.lower);
  if (!(first.isCap || DETERMINERS.has(first.lower) || quantity || QUANTIFIERS.has(first.lower) || isPossessive(first) || ROLE_WORDS.has(first.lower) || barePluralOpening(items, from, to))) return null;
  if (!quantity && (ADVERBIAL_OPENERS.has(first.lower) || NOT_NAMES.has(first.lower) && !DETERMINERS.has(first.lower))) return null;
  return { from, to };
}

/** Prepositions that a cue takes before its content ("called for", "spoke about", "called on"). */
const QUANTITY_OPENERS = new Set(['about', 'at', 'more', 'less', 'fewer', 'nearly', 'almost', 'roughly', 'some', 'half', 'most', 'over', 'under', 'only', 'just']);
const CUE_PREPOSITIONS = new Set(['for', 'about', 'on']);
/** Prepositions opening the setting of a verb of saying ("said at a briefing", "wrote in a column"). */
const SAYING_SETTING_PREPOSITIONS = new Set(['at', 'in', 'on', 'to', 'during', 'after', 'before', 'from', 'with']);
/** How far back from a quote the cue before it is looked for: the cue and a phrase of setting. */
const BEFORE_CUE_WINDOW = 12;
/**
 * Prepositions that only some cues take before their content ("hinted at", "warned against",
 * "referred to X as …"). Derived cues are keyed by their form, which is their base.
 */
const VERB_PREPOSITIONS: ReadonlyMap<string, string> = new Map([
  ['hint', 'at'], ['warn', 'against'], ['caution', 'against'], ['argue', 'against'], ['speak', 'against'],
  ['referred', 'to'], ['referring', 'to'],
]);
/** Time words that may stand between a cue and a zero-that clause ("said Friday he …"). */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);

/** Units of a span of time ("A few minutes later, …", "two weeks ago"). */
const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'moment', 'moments', 'night', 'nights']);
/** Words that make a time word an adverbial ("last week", "earlier Tuesday", "this year"). */
const TIME_MODIFIERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'early', 'late']);

/** A phrase of time words alone ("Friday", "Earlier Tuesday", "Last March"). */
function timePhrase(items: Item[], np: NounPhrase): boolean {
  for (let k = np.from; k <= np.to; k++) {
    const w = lower(items[k]);
    if (!(TIME_WORDS.has(w) || MONTHS.has(w) || (k < np.to && TIME_MODIFIERS.has(w)))) return false;
  }
  return true;
}

/** True when items `k - 1` and `k` are a time adverbial such as "last week" or "earlier Tuesday". */
function timeAdverbialEndingAt(items: Item[], k: number): boolean {
  return k > 0 && isWord(items[k]) && (TIME_WORDS.has(lower(items[k])) || MONTHS.has(lower(items[k]))) && TIME_MODIFIERS.has(lower(items[k - 1]));
}

/**
 * A content that is not a clause, right after a cue (at `s`): a to-infinitive ("declined to
 * comment", "urged the board to act" once the hearer is passed), the object of the cue's
 * preposition ("called for a ban", "spoke about the plan"), or a clause after a short time or place
 * adverbial ("said on Friday he would run"). `particle` is the preposition that belongs to the cue.
 */
function nonClauseComplement(items: Item[], s: number, n: number, base = ''): { from: number; particle: number } | null {
  const first = lower(items[s]);
  const next = items[s + 1];
  const nextWord = next !== undefined && isWord(next) ? next.tok! : null;
  if (first === 'to' && nextWord !== null && !nextWord.isCap && !DETERMINERS.has(nextWord.lower) && !OBJECT_PRONOUNS.has(nextWord.lower) && !/^\d/.test(nextWord.text)) {
    return { from: s, particle: -1 };
  }
  // "vowed to “take the fight to Norland”": the infinitive's verb opens a quote (PolNeAR train: a cue
  // word, "to" and an opening mark 28 times, 19 of them an annotated cue; the rules read 1 before).
  if (first === 'to' && next?.quote != null) return { from: s, particle: -1 };
  if ((CUE_PREPOSITIONS.has(first) || VERB_PREPOSITIONS.get(base) === first) && (next?.quote != null || (nextWord !== null && !TIME_WORDS.has(nextWord.lower)))) {
    return { from: s + 1, particle: s };
  }
  // "vowed last month to …", "promised on Tuesday to …": a to-infinitive after a time adverbial.
  const timeEnd = TIME_WORDS.has(first) ? s : (first === 'on' || TIME_MODIFIERS.has(first)) && nextWord !== null && TIME_WORDS.has(nextWord.lower) ? s + 1 : -1;
  if (timeEnd >= 0 && lower(items[timeEnd + 1]) === 'to') {
    const infinitive = nonClauseComplement(items, timeEnd + 1, n, base);
    if (infinitive !== null && infinitive.from === timeEnd + 1) return infinitive;
  }
  // "said on Friday he …", "said in an interview the plan …": skip the adverbial when a subject
  // pronoun opens the clause after it.
  if (ADVERBIAL_OPENERS.has(first) || TIME_WORDS.has(first)) {
    for (let k = s + 1; k < Math.min(n, s + 6); k++) {
      const t = items[k].tok;
      if (t === null) return null;
      if (t.text === ',' && k + 1 < n && PERSON_PRONOUN_SUBJECTS.has(lower(items[k + 1]))) return { from: k + 1, particle: -1 };
      if (t.kind === 'p') return null;
      if (PERSON_PRONOUN_SUBJECTS.has(t.lower) || t.lower === 'i') return k > s ? { from: k, particle: -1 } : null;
      // "said in politics it takes time …": "it"/"there" with a finite verb after it.
      if ((t.lower === 'it' || t.lower === 'there') && k > s + 1 && isWord(items[k + 1]) && (FINITE_AUXILIARIES.has(lower(items[k + 1])) || /^[a-z]+s$/.test(lower(items[k + 1])))) return { from: k, particle: -1 };
      // "said in a statement the plan would fail": a possessive or "the" after the adverbial's own
      // words, with a finite auxiliary a few words on.
      if (CLAUSE_OPENING_DETERMINERS.has(t.lower) && k > s + 1 && first !== 'of' && items.slice(s + 1, k).every((x) => isWord(x) && !PREPOSITIONS.has(lower(x)) && !INNER_PREPOSITIONS.has(lower(x)) && !ADVERBIAL_OPENERS.has(lower(x)) && !LEADING_SUBORDINATORS.has(lower(x)))) {
        for (let j = k + 1; j < Math.min(n, k + 6); j++) {
          if (!isWord(items[j])) break;
          if (FINITE_AUXILIARIES.has(lower(items[j]))) return j > k + 1 ? { from: k, particle: -1 } : null;
        }
      }
    }
  }
  // "said on Thursday his delegation would stay", "said yesterday the talks had failed": after a
  // day's time adverbial, a noun phrase opened by a possessive or "the" with a finite auxiliary
  // after it opens the clause.
  const dayEnd = TIME_WORDS.has(first) ? s : (first === 'on' || first === 'late' || first === 'early') && nextWord !== null && TIME_WORDS.has(nextWord.lower) ? s + 1 : -1;
  if (dayEnd >= 0) {
    const opener = lower(items[dayEnd + 1]);
    if (CLAUSE_OPENING_DETERMINERS.has(opener)) {
      for (let k = dayEnd + 2; k < Math.min(n, dayEnd + 7); k++) {
        const t = items[k].tok;
        if (t === null || t.kind !== 'w') break;
        if (FINITE_AUXILIARIES.has(t.lower)) return k > dayEnd + 2 ? { from: dayEnd + 1, particle: -1 } : null;
      }
    }
  }
  return null;
}
/**
 * The object of "claimed" when it is a death toll: "the lives of", "the life of", "23 lives", "more
 * than 100 lives" (not a clause: "claimed many lives had been saved").
 */
const DEATH_TOLL = /^(?:the\s+(?:lives|life)\s+of\b|(?:(?:at|least|more|than|nearly|over|about|some|almost|another|dozens|hundreds|thousands|of|[\d,.]+|\p{Ll}+-?\p{Ll}*)\s+){1,4}lives\b(?!\s+(?:had|have|has|were|was|are|would|could|will|may|might|should|can|must)\b))/iu;

/** Words that open the subject of a clause after a time adverbial ("said on Friday his aide would …"). */
const CLAUSE_OPENING_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'the']);
/** Words that end an object content: a clause or an adverbial follows the object ("endorsed Lee during a call"). */
const OBJECT_ENDERS = new Set(['because', 'while', 'when', 'since', 'during', 'within', 'despite', 'amid', 'until', 'although', 'though', 'but', 'where', 'following', 'ahead']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Where the object content of a cue that is not a verb of saying ends ("backing Lee, the former
 * mayor" → "Lee"; "endorsed Lee during a call" → "Lee"): before a comma, a dash, a parenthesis, a
 * subordinating word, or a time adverbial ("on Tuesday", "in March", "last week"). A complement
 * with "as" stays ("described the plan as a trap"), and so do a condition ("offered a loan if …")
 * and "before"/"after" phrases, often part of an infinitive in the object.
 */
function objectEnd(items: Item[], s: number, e: number): number {
  for (let k = s + 1; k <= e; k++) {
    const w = lower(items[k]);
    if (items[k].quote !== null) continue;
    if (w === ',' || w === ';' || w === '—' || w === '–' || w === '(' || w === ':') return k - 1;
    if (OBJECT_ENDERS.has(w)) return k - 1;
    // "criticised Volk for calling them “idiots”": the -ing clause is Volk's attribution (see
    // `governedObject`), so the object ends before it.
    if (GOVERNED_LINKS.has(w) && CUES.get(lower(items[k + 1]))?.isParticiple === true && governedObject(items, k + 1) !== null) return k - 1;
    const next = lower(items[k + 1]);
    const timeNext = TIME_WORDS.has(next) || MONTHS.has(next) || /^\d{4}$/.test(next) || next === 'the' && TIME_WORDS.has(lower(items[k + 2]));
    if ((w === 'on' || w === 'in' || w === 'at' || w === 'last' || w === 'this' || w === 'next' || w === 'earlier' || w === 'later') && timeNext) return k - 1;
  }
  return e;
}
/** Subordinators that open a clause before the main clause of a sentence ("While X said …, Y …"). */
const OPENING_SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though', 'as', 'after', 'when', 'because', 'since', 'once', 'if', 'before', 'until', 'unless']);

/** True when the phrase `np` follows a subordinator that opens the sentence (after "But"/"And"/"Yet" at most). */
function openingSubordinateClause(items: Item[], np: NounPhrase): boolean {
  const at = np.from - 1;
  if (at < 0 || !OPENING_SUBORDINATORS.has(lower(items[at]))) return false;
  return at === 0 || (at === 1 && (lower(items[0]) === 'but' || lower(items[0]) === 'and' || lower(items[0]) === 'yet'));
}

/** A comma inside a number ("2,400") or between a place and a short region name ("Tarn, Vel., …"). */
function innerComma(items: Item[], k: number): boolean {
  const prev = items[k - 1]?.tok;
  const next = items[k + 1]?.tok;
  if (prev == null || next == null) return false;
  if (/\d$/.test(prev.text) && /^\d/.test(next.text) && prev.end === items[k].start && items[k].end === next.start) return true;
  return prev.isCap && next.isCap && /^\p{Lu}[\p{L}.]{0,4}$/u.test(next.text) && (lower(items[k + 2]) === ',' || lower(items[k + 2]) === '.' || next.text.endsWith('.'));
}

/** True when the words `from` … `to` hold a finite verb: an auxiliary, a form of "be", or a past form in -ed after a non-determiner. */
function finiteClause(items: Item[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const t = items[j].tok;
    if (t === null || t.kind !== 'w') continue;
    if (FINITE_AUXILIARIES.has(t.lower) || BE_FORMS.has(t.lower) || (!t.isCap && /[^e]ed$/.test(t.lower) && j > from && !DETERMINERS.has(lower(items[j - 1])))) return true;
  }
  return false;
}

/** Past forms that mark a clause's tense as past. */
const PAST_MARKERS = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"]);

/**
 * "The memo disputes the fine, claiming that it was issued late and asks the court to cancel it":
 * after a participle's content in the past, "and" with a lexical verb in the -s form, agreeing with
 * the main clause's verb in the -s form, goes on with the main clause; the content ends before "and".
 * ("and is"/"and has" stay in the content: "was born abroad and is a …".)
 */
function coordinatedMainVerbEnd(items: Item[], s: number, e: number, subj: NounPhrase): number {
  let v = subj.to + 1;
  while (v < s && isWord(items[v]) && (/ly$/.test(lower(items[v])) || SKIPPABLE_BEFORE_CUE.has(lower(items[v])))) v++;
  const presentS = (w: string): boolean => w.length > 3 && /[^su']s$/.test(w);
  const main = lower(items[v]);
  if (v >= s || !isWord(items[v]) || !(presentS(main) || main === 'has' || main === 'is' || main === 'does')) return e;
  let past = false;
  for (let k = s; k <= e; k++) {
    const t = items[k].tok;
    if (t === null || t.kind !== 'w') continue;
    if (k > s && t.lower === 'and' && past && isWord(items[k + 1]) && !items[k + 1].tok!.isCap && presentS(lower(items[k + 1]))) {
      // The verb takes an object or an infinitive ("urges the council", "asks to …", "notes rising
      // fees"); a noun with its own verb ("and costs rose") goes on with the content.
      const after = items[k + 2]?.tok;
      if (after != null && (DETERMINERS.has(after.lower) || OBJECT_PRONOUNS.has(after.lower) || after.lower === 'to' || after.lower === 'that' || after.isCap || (after.kind === 'w' && /..ing$/.test(after.lower)))) return k - 1;
    }
    if (PAST_MARKERS.has(t.lower) || (!t.isCap && /[^e]ed$/.test(t.lower) && k > s && !DETERMINERS.has(lower(items[k - 1])))) past = true;
  }
  return e;
}

/** Nouns that sum up a reported statement in an appositive after it ("…, a step widely seen as …"). */
const SUMMARY_NOUNS = new Set([
  'move', 'step', 'decision', 'sign', 'signal', 'reference', 'swipe', 'jab', 'dig', 'nod', 'shot', 'rebuke',
  'claim', 'charge', 'allegation', 'assertion', 'accusation', 'statement', 'remark', 'comment', 'position',
  'stance', 'view', 'idea', 'notion', 'suggestion', 'proposal', 'promise', 'pledge', 'threat', 'warning',
  'reversal', 'shift', 'departure', 'contrast', 'break', 'prospect', 'scenario', 'development', 'change',
  'message', 'argument', 'assessment', 'prediction', 'estimate', 'admission', 'concession', 'criticism',
  'point', 'line', 'theme', 'refrain', 'tactic', 'strategy', 'gesture', 'response', 'reaction', 'rebuttal',
]);
/** Adjectives that may stand before a summing-up noun ("an apparent reference to", "a veiled swipe at"). */
const SUMMARY_MODIFIERS = new Set(['apparent', 'veiled', 'thinly', 'clear', 'implicit', 'oblique', 'thinly-veiled', 'not-so-subtle', 'subtle', 'direct', 'pointed', 'rare', 'major', 'significant', 'bold', 'controversial', 'remarkable', 'stark', 'sharp', 'dramatic', 'striking', 'familiar', 'common', 'frequent', 'new', 'similar', 'key', 'possible', 'likely']);
/** Words right after an appositive's noun that make it a comment on what came before ("a step widely seen as", "a claim that"). */
const APPOSITIVE_COMMENT = new Set(['that', 'which', 'widely', 'seen', 'regarded', 'described', 'considered', 'viewed', 'deemed']);

/**
 * Where a reported content ends inside the rest of its clause (`s` … `e`), for marks the other rules
 * leave: at ", while"/", whereas" or ", with" when a cue stands in the clause after it (another
 * attribution: "…, while the union said …", "…, with the mayor calling it …"); at an appositive that
 * sums the report up (", a step widely seen as …", ", a claim that …"); and at ", which" after a
 * content with no finite verb and an "as" complement ("describe the fee as a charge on shoppers, which …"). A
 * cut that would leave fewer than three words is not made.
 */
function reportedClauseEnd(items: Item[], s: number, e: number, isCue: (k: number) => boolean): number {
  /** True when a cue stands in the words after `k`, before the next mark. */
  const cueInClause = (k: number): boolean => {
    for (let j = k; j <= Math.min(e, k + 14); j++) {
      if (items[j].tok === null || items[j].tok!.kind === 'p') return false;
      if (isCue(j)) return true;
    }
    return false;
  };
  // One pass: the words before each mark, and whether they hold a finite verb or an "as", are counted on the way.
  let words = 0;
  let finite = false;
  let as = false;
  for (let k = s; k <= e; k++) {
    const it = items[k];
    const mark = lower(it);
    // A cut that would leave fewer than three words (and so drop the attribution) is not made.
    if (k > s && (mark === ',' || mark === '—' || mark === '–') && words >= 3) {
      const w = lower(items[k + 1]);
      if ((w === 'while' || w === 'whereas' || w === 'with') && cueInClause(k + 2)) return k - 1;
      if (w === 'a' || w === 'an') {
        let j = k + 2;
        while (j < k + 4 && SUMMARY_MODIFIERS.has(lower(items[j]))) j++;
        if (SUMMARY_NOUNS.has(lower(items[j])) || APPOSITIVE_COMMENT.has(lower(items[j + 1]))) return k - 1;
      }
      if (mark === ',' && w === 'which' && !finite && as) return k - 1;
    }
    if (it.quote !== null) words += 3;
    else if (isWord(it)) words++;
    if (FINITE_AUXILIARIES.has(mark) || BE_FORMS.has(mark)) finite = true;
    if (mark === 'as') as = true;
  }
  return e;
}

/** Derived cues that report findings and may trail their content like a verb of saying ("…, the survey found."). */
const TRAILING_DERIVED = new Set(['found', 'finds', 'show', 'shows', 'showed']);
/** One-word contents of a verb of saying when they close the clause ("said yes", "said so", "said it."). */
const SHORT_ANSWERS = new Set(['yes', 'no', 'so', 'this', 'that', 'it', 'nothing', 'otherwise']);
/** Question words that stand alone for an elided question after a verb of saying ("did not say when."). */
const ELIDED_QUESTIONS = new Set(['when', 'why', 'how', 'where', 'whether']);
const RELATIVE_WORDS = new Set(['that', 'which', 'what', 'who', 'whom', 'than']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);
/** Words after which "called" is still a finite verb with its subject before it ("who called", "has called"). */
const NAMING_BLOCKERS = new Set([...RELATIVE_WORDS, ...FINITE_AUXILIARIES, ...SENTENCE_ADVERBS, 'and', 'but', 'never', 'once', 'repeatedly', 'publicly', 'recently', 'since']);
/** Relative words whose clause may gap the subject of a reported content ("which she says is fair"). */
const GAP_RELATIVES = new Set(['that', 'which']);

/** Nouns of opinion or wording after an opening "In X's" ("In Volk's view, …", "In her words, …"). */
const VIEW_NOUNS = new Set(['view', 'words', 'opinion', 'mind', 'eyes', 'estimation', 'judgment', 'judgement', 'telling', 'reckoning']);
/** Holders of a view after an opening "To" besides names ("To many, …", "To them, …"). */
const OPINION_HOLDERS = new Set(['many', 'some', 'most', 'others', 'him', 'her', 'them', 'me', 'us']);
/** Conjunctions that may open a sentence before the "To X," of a view. */
const COORDINATING_LEADS = new Set(['and', 'but', 'yet']);
/**
 * Polls and surveys as sources, written with "in" rather than a verb: PolNeAR marks "In a Gazette
 * poll, Volk leads by six points" and "Volk leads by six points in a Gazette poll" as attributions
 * whose source is the poll, whose cue is "in" and whose content is the clause the poll supports.
 */
/** Words that cannot stand inside the noun phrase between "in" and the poll's head. */
const POLL_NP_STOP = new Set(['to', 'for', 'with', 'on', 'at', 'by', 'from', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'that', 'which', 'who', 'where', 'when', 'while', 'but', 'because', 'if', 'than', 'as', 'so', 'or', 'despite', 'light', 'wake', 'place', 'head', 'heads', 'headed', 'going', 'went', 'go']);
/** Words before "of" inside a poll's phrase ("an average of polls", "a series of surveys"). */
const POLL_OF_HEADS = new Set(['average', 'series', 'number', 'handful', 'couple', 'majority', 'most', 'all', 'each', 'none', 'one']);
/** Prepositions after a poll's head that name who ran it or what it asked; their phrase belongs to the source. */
const POLL_RUNNER_PREPOSITIONS = new Set(['by', 'from', 'of', 'for']);
/** Participles that open a poll's modifier and make it part of the source ("a poll released Monday"). */
const POLL_PARTICIPLES = new Set(['conducted', 'released', 'published', 'taken', 'commissioned', 'sponsored', 'done', 'carried', 'issued']);
/** Words that end a poll's trailing modifier: another clause begins. */
const POLL_MODIFIER_END = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'as', 'which', 'who', 'that', 'when', 'where', 'so', 'yet', 'and', 'or']);

/** True when an item from `from` to `to` (inclusive) already has a role in an attribution. */
function anyUsed(used: readonly boolean[], from: number, to: number): boolean {
  for (let d = from; d <= to; d++) if (used[d]) return true;
  return false;
}

/**
 * The poll phrase after "in" at `k`: the index of its head (a poll noun), or -1. The words between
 * are its modifiers: no verb, no preposition but "of" after "average"/"series"/"number", no clause word.
 */
function pollHeadAfter(items: Item[], k: number, n: number): number {
  for (let j = k + 1; j < Math.min(n, k + 11); j++) {
    const it = items[j];
    if (it.tok === null) return -1;
    const w = it.tok.lower;
    if (it.tok.kind === 'p') {
      if (w === '/' || w === '&' || w === '-') continue;
      return -1;
    }
    if (POLL_HEADS.has(w)) return j > k + 1 || w !== 'polling' ? j : -1;
    if (!it.tok.isCap && (POLL_NP_STOP.has(w) || BE_FORMS.has(w) || FINITE_AUXILIARIES.has(w) || CUES.has(w))) return -1;
    if (w === 'of' && !POLL_OF_HEADS.has(lower(items[j - 1]))) return -1;
    if (w === 'and' && j === k + 1) return -1;
  }
  return -1;
}

/** An attribution that ends a paragraph and introduces the quote opening the next one ("Smith said:"). */
interface Introduction {
  cueSpan: Span;
  source: Span | null;
  paragraph: number;
}

/**
 * "Ardenne: Ola Brell, Tomas Volk, Ada Marek, …": after a label, three or more commas between words
 * that are all capitalised (or name particles) make a list of names, not words spoken.
 */
function nameList(items: Item[], from: number): boolean {
  let commas = 0;
  for (let k = from; k < items.length; k++) {
    const t = items[k].tok;
    if (t === null) return false;
    if (t.text === ',') commas++;
    else if (t.kind === 'w' && !t.isCap && !NAME_PARTICLES.has(t.lower) && !/^\d/.test(t.text)) return false;
  }
  return commas >= 3;
}

/**
 * Past participles whose agent after "by" PolNeAR annotates as a source ("was criticized by X", "a
 * call echoed by X"). Chosen on train (all 840 articles): each form listed was an annotated agent in
 * at least half its uses (reported 17 of 24, asked 12 of 12, opposed 5 of 7, rejected, criticized
 * and echoed 4 of 5 each, claimed and accused 3 of 4, favored 3 of 5, …); "backed" (4 of 13),
 * "supported" (3 of 10), "seen" (2 of 7) and "interviewed" (0 of 10) are left out. Verbs of saying
 * in the cue lexicon are read the same way after "be" (`agentCueBefore`).
 */
const AGENT_PARTICIPLES = new Set([
  'asked', 'reported', 'opposed', 'rejected', 'criticized', 'criticised', 'echoed', 'claimed', 'accused',
  'denounced', 'disliked', 'described', 'confirmed', 'championed', 'favored', 'favoured', 'derided',
  'rebuked', 'reviled', 'distrusted', 'condemned', 'decried', 'ridiculed', 'applauded', 'dismissed',
]);

/** Participles of asking, whose agent's question follows ("Asked by Lee whether …"). */
const ASKING_PARTICIPLES = new Set(['asked', 'pressed']);

/** Words that open the question after "asked by X". */
const AGENT_QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who', 'about', 'to']);

/**
 * Nouns of reaction whose holder follows "from" ("drew criticism from X", "faced opposition from
 * X"): on train, criticism 10 of 17, opposition 4 of 7, complaints 2 of 3, blowback 2 of 3; "support
 * from" (9 of 46), "attacks from" (4 of 18) and "endorsements from" (6 of 22) are left out.
 */
const REACTION_NOUNS = new Set(['criticism', 'opposition', 'complaints', 'blowback', 'pushback', 'condemnation']);

/**
 * Nouns of support whose holder follows "of", "from" or "among" when the support was obtained or
 * is held ("won the support of X", "received an endorsement from X", "has strong support among X"):
 * PolNeAR marks the holder as the source and the one supported as the content. Measured on train
 * (all 840 articles) with a verb of `SUPPORT_OBTAINED` or `SUPPORT_HELD` before the noun, see
 * `supportCueBefore`; without such a verb "support from" is annotated in 9 of 46 uses.
 */
const SUPPORT_NOUNS = new Set(['support', 'backing', 'endorsement', 'endorsements']);

/**
 * Past forms of verbs of obtaining, and "enjoy(s)" of holding, before a noun of `SUPPORT_NOUNS` (on train: won 5 of 6, received
 * 5 of 5, earned 2 of 3, drew 2 of 3, picked up 2 of 2, …). The base forms of a wish or a plan ("to
 * win the support of", "will receive", "receiving") were annotated in 1 of 12 uses and are left out.
 */
const SUPPORT_OBTAINED = new Set([
  'won', 'received', 'earned', 'drew', 'drawn', 'secured', 'garnered', 'captured', 'gained', 'attracted',
  'consolidated', 'snagged', 'scored', 'landed', 'enjoyed', 'enjoys', 'enjoy',
]);

/** Verbs of obtaining with a particle ("picked up the endorsement of"; "locked in/up", 1 of 3 on train, is left out). */
const SUPPORT_PHRASAL = new Set(['picked']);
const SUPPORT_PARTICLES = new Set(['up']);

/** Verbs of holding before a noun of `SUPPORT_NOUNS`, with "of" or "among" only ("has the backing of"; "has support from 41 percent", a poll figure, was not annotated in 5 uses). */
const SUPPORT_HELD = new Set(['has', 'had']);

/**
 * The verb of obtaining or holding before the noun of support at `k - 1`, whose holder follows the
 * preposition at `k` ("won the strong support of"): up to three modifiers (a determiner, a number,
 * adjectives) may stand between; -1 if none.
 */
function supportCueBefore(items: Item[], k: number, prep: string): number {
  if ((prep !== 'of' && prep !== 'from' && prep !== 'among') || !isWord(items[k - 1]) || !SUPPORT_NOUNS.has(lower(items[k - 1]))) return -1;
  for (let p = k - 2; p >= 0 && p >= k - 5 && (isWord(items[p]) || lower(items[p]) === '%'); p--) {
    const w = lower(items[p]);
    if (SUPPORT_PARTICLES.has(w)) return SUPPORT_PHRASAL.has(lower(items[p - 1])) ? p - 1 : -1;
    if (SUPPORT_OBTAINED.has(w)) return p;
    if (SUPPORT_HELD.has(w)) return prep === 'from' ? -1 : p;
    if (prep === 'among' && (POSSESSIVE_AS_SUBJECT.has(w) || isPossessive(items[p].tok!))) return p;
    if (items[p].tok!.isCap || NP_STOP.has(w)) return -1;
  }
  return -1;
}

/** True when a verb of `SUPPORT_OBTAINED` stands before the noun at `i`, up to two modifiers between ("drew sharp criticism"). */
function obtainedNoun(items: Item[], i: number): boolean {
  for (let p = i - 1; p >= 0 && p >= i - 3 && isWord(items[p]); p--) {
    if (SUPPORT_OBTAINED.has(lower(items[p]))) return true;
    if (items[p].tok!.isCap || CUES.has(lower(items[p]))) return false;
  }
  return false;
}

/** Auxiliaries of a passive cue ("has been criticized", "were quickly derided"). */
const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, ...SKIPPABLE_BEFORE_CUE]);

/**
 * The cue before the preposition at `k` whose agent follows it: with `saying`, a verb of saying in
 * a passive ("was first reported by"); else a participle of `AGENT_PARTICIPLES` before "by" or a
 * noun of `REACTION_NOUNS` before "from" or "by". -ly adverbs and a day or time word may stand
 * between ("was supported Friday by").
 */
function agentCueBefore(items: Item[], k: number, prep: string, saying: boolean, infoAt: (i: number) => CueInfo | null): number {
  let p = k - 1;
  while (p > 0 && isWord(items[p]) && !items[p].tok!.isCap && /..ly$/.test(lower(items[p]))) p--;
  if (p > 0 && isWord(items[p]) && TIME_WORDS.has(lower(items[p]))) p--;
  if (!isWord(items[p])) return -1;
  const w = lower(items[p]);
  if (!saying) return REACTION_NOUNS.has(w) || (prep === 'by' && AGENT_PARTICIPLES.has(w)) ? p : -1;
  if (prep !== 'by') return -1;
  // A verb of saying in a passive ("was told by", "were first reported by").
  const info = infoAt(p);
  if (info === null || info.type !== 'speech' || info.isParticiple || info.base === w || /s$/.test(w)) return -1;
  let b = p - 1;
  while (b > 0 && isWord(items[b]) && !BE_FORMS.has(lower(items[b])) && (SKIPPABLE_BEFORE_CUE.has(lower(items[b])) || /..ly$/.test(lower(items[b])))) b--;
  return b >= 0 && BE_FORMS.has(lower(items[b])) ? p : -1;
}

/**
 * The agent phrase after "by"/"from" at `i`: a speaker phrase, else the plain words up to a
 * punctuation mark, a preposition other than "of"/"in", a verb or a relative word ("some of the
 * local fishermen", "60 percent of the voters", "farmers in Tarnby").
 */
function agentPhraseAfter(items: Item[], i: number, n: number, plain: boolean): NounPhrase | null {
  const np = nounPhraseAfter(items, i, n - 1);
  if (np !== null) {
    // "by a reporter whether …": the question's opening word is no part of the phrase.
    for (let k = np.from + 1; k <= np.to; k++) if (AGENT_QUESTION_OPENERS.has(lower(items[k])) || POLL_NP_STOP.has(lower(items[k]))) return { from: np.from, to: k - 1 };
    return np;
  }
  if (!plain) return null;
  let j = i;
  while (j < n && j - i < 10 && isWord(items[j])) {
    const w = lower(items[j]);
    if (POLL_NP_STOP.has(w) || BE_FORMS.has(w) || FINITE_AUXILIARIES.has(w) || (CUES.has(w) && !items[j].tok!.isCap)) break;
    j++;
  }
  // Not a bare time, adverb or quantity ("by Friday", "by now", "by 2020", "from 30 to 40").
  while (j > i && !isWord(items[j - 1])) j--;
  if (j === i || (j === i + 1 && (TIME_WORDS.has(lower(items[i])) || SKIPPABLE_BEFORE_CUE.has(lower(items[i])) || /^\d/.test(lower(items[i]))))) return null;
  return { from: i, to: j - 1 };
}

/** The plain noun phrase ending at `i` that a participle or noun is about ("a call echoed by …"). */
function targetPhraseBefore(items: Item[], i: number): NounPhrase | null {
  let j = i;
  while (j >= 0 && i - j < 8 && isWord(items[j])) {
    const w = lower(items[j]);
    // The head may be a noun that is also a cue word ("Volk’s remarks, first reported by …").
    if (POLL_NP_STOP.has(w) || BE_FORMS.has(w) || FINITE_AUXILIARIES.has(w) || POLL_MODIFIER_END.has(w) || (CUES.has(w) && !items[j].tok!.isCap && j < i)) break;
    j--;
  }
  return j < i ? { from: j + 1, to: i } : null;
}

/** Runs the rules over one sentence, appends findings, and returns a trailing introduction if any. */
function analyseSentence(sentence: Sentence, text: string, out: RawQuote[], intro: Introduction | null, keepLowPrecision: boolean, model: CueModel | null): Introduction | null {
  const items = sentence.items;
  const titleCase = isTitleCase(items);
  // Cue lookups repeat for the same positions across the rules: compute each once.
  const infoCache: (CueInfo | null | undefined)[] = new Array(items.length);
  const infoAt = (i: number): CueInfo | null => {
    if (i < 0 || i >= items.length) return null;
    let v = infoCache[i];
    if (v === undefined) {
      v = cueAt(items, i, titleCase, keepLowPrecision, model);
      infoCache[i] = v;
    }
    return v;
  };
  const n = items.length;
  const used = new Array<boolean>(n).fill(false);
  /** Items that are a pushed attribution's cue or source (not its content). */
  const attributionPart = new Array<boolean>(n).fill(false);
  const subjects = new Map<number, NounPhrase>();
  const npSpan = (np: NounPhrase | null): Span | null => (np === null ? null : { start: items[np.from].start, end: items[np.to].end });
  const push = (from: number, to: number, cueFrom: number, cueTo: number, np: NounPhrase | null): boolean => {
    const span = contentSpan(items, from, to, text);
    if (span === null) return false;
    for (let k = from; k <= to; k++) used[k] = true;
    const cueSpan = cueFrom >= 0 ? { start: items[cueFrom].start, end: items[cueTo].end } : null;
    if (cueFrom >= 0) for (let k = cueFrom; k <= cueTo; k++) used[k] = attributionPart[k] = true;
    if (np !== null) for (let k = np.from; k <= np.to; k++) used[k] = attributionPart[k] = true;
    out.push({
      start: span.start,
      end: span.end,
      kind: kindOf(items, from, to),
      cueSpan,
      cue: cueSpan === null ? null : text.slice(cueSpan.start, cueSpan.end),
      source: npSpan(np),
      paragraph: sentence.paragraph,
      inherit: null,
      quoteSpan: from === to ? items[from].quote : null,
    });
    return true;
  };

  // Cue candidates with their subjects, left to right.
  const cues: number[] = [];
  const cueSet = new Set<number>();
  /** Cues whose subject is a name set off after a phrase that opens no clause. */
  const appositiveOnly = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (accordingAt(items, i)) {
      cues.push(i);
      i++;
      continue;
    }
    const info = infoAt(i);
    if (info === null || quotesAsSaying(items, i)) continue;
    // "the party's baseless claims about …": after an adjective in "-less" the cue word is a noun.
    if (i > 0 && isWord(items[i - 1]) && !items[i - 1].tok!.isCap && /...less$/.test(lower(items[i - 1])) && !LESS_ADVERBS.has(lower(items[i - 1]))) continue;
    cues.push(i);
    cueSet.add(i);
    if (!info.isParticiple) {
      // Stop the subject search at the previous quote or the previous cue.
      let min = 0;
      for (let k = i - 1; k >= 0; k--) if (items[k].quote !== null) { min = k + 1; break; }
      let np = nounPhraseBefore(items, i - 1, min) ?? (reportedClauseFollows(items, i) || info.type !== "cognition" ? clauseOpeningPhrase(items, i, min) : null);
      // "the Vellin-led “dock coalition” confirmed …", "Volk’s “open port” plan says …": a short
      // quoted term inside the subject, right before the cue or before the subject's lower-case head.
      const termAt = np === null ? i - 1 : np.from - 1;
      const plainHead = np === null || items.slice(np.from, np.to + 1).every((it) => isWord(it) && !it.tok!.isCap && !SUBJECT_PRONOUNS.has(it.tok!.lower) && !NP_STOP.has(it.tok!.lower) && !RELATIVE_WORDS.has(it.tok!.lower));
      if (termAt > 0 && items[termAt].quote !== null && plainHead) {
        let qmin = 0;
        for (let k = termAt - 1; k >= 0; k--) if (items[k].quote !== null) { qmin = k + 1; break; }
        const term = quotedTermSubject(items, termAt, text, qmin);
        if (term !== null) np = { from: term.from, to: np === null ? termAt : np.to };
      }
      // "Norland and its partners say": the possessive points back to the first conjunct, and the
      // whole coordination is the source.
      if (np !== null && (lower(items[np.from]) === 'its' || lower(items[np.from]) === 'their') && lower(items[np.from - 1]) === 'and' && np.from - 2 >= min) {
        const first = nounPhraseBefore(items, np.from - 2, min, 1);
        if (first !== null && first.to === np.from - 2 && isClauseBoundary(items, first.from - 1, min) && isSubjectHead(items[first.to].tok!) && items.slice(first.from, first.to + 1).every((it) => it.tok !== null && (it.tok.isCap || DETERMINERS.has(it.tok.lower) || ROLE_WORDS.has(it.tok.lower)))) np = { from: first.from, to: np.to };
      }
      // "One skipper backing the plan, Tomas Brell of the Quay Guild, said": when no phrase opening a
      // clause stands before the appositive, a name of two words or more set off right before a verb
      // of saying or belief is its subject.
      if (np === null && info.type !== 'derived' && setOffAt(items, i - 1)) {
        const apposition = nounPhraseBefore(items, i - 2, min, 1);
        if (apposition !== null && apposition.to === i - 2 && apposition.to > apposition.from && apposition.from > min && isAppositionStart(items, apposition.from - 1) && isNameToken(items[apposition.from].tok!) && items[apposition.to].tok!.isCap) {
          np = apposition;
          // The phrase before the appositive is no clause: no trailing attribution reads it as content.
          appositiveOnly.add(i);
        }
      }
      if (np !== null) subjects.set(i, np);
    }
  }

  /**
   * Index of the "and"/"but" before a cue at `k` whose subject is elided, the verb coordinated with
   * an earlier one ("claimed that …, but warned that …"); -1 when `k` is not such a cue.
   */
  const coordinatedAt = (k: number, outer: CueInfo | null, outerAt = -1): number => {
    const info = infoAt(k);
    // A subject found before the outer cue (through an appositive: "Ada Volk, the port's press
    // secretary, describes …, yet warns …") is the outer cue's own, shared, not one of its own.
    const own = subjects.get(k);
    if ((own !== undefined && !(outerAt >= 0 && own.to < outerAt)) || !cueSet.has(k) || info === null) return -1;
    let j = k - 1;
    while (j >= 0 && isWord(items[j]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[j])) || /ly$/.test(lower(items[j])))) j--;
    // "calls the pier sturdy, yet cautions against …": "yet" after a comma coordinates as "but" does
    // (it is also an adverb before a cue, "has yet to say", so it was skipped above).
    if (j > 0 && lower(items[j]) === ',' && lower(items[j + 1]) === 'yet' && j + 1 < k) j++;
    if (!(j > 1 && (lower(items[j]) === 'and' || lower(items[j]) === 'but' || (lower(items[j]) === 'yet' && lower(items[j - 1]) === ','))) || info.isParticiple || info.type === 'derived') return -1;
    if (lower(items[j - 1]) === ',') return j;
    // Without a comma ("said the port would stay open and warned that …"), only a verb of saying
    // coordinated with the verb of saying or belief whose content is being read.
    return outer !== null && outer.type !== 'derived' && !outer.isParticiple && info.type === 'speech' ? j : -1;
  };
  /** The subject of a coordinated cue, from the cue it is coordinated with. */
  const coordinatedSubject = new Map<number, NounPhrase>();

  // The subject of a cue: written before it; or elided after "and"/"but" (the main clause's); or
  // after it when the cue opens the sentence ("Continued Stone: …").
  const subjectOf = (c: number, limit: number): NounPhrase | null => {
    const info = infoAt(c);
    if (info === null) return null;
    if (info.isParticiple) return mainClauseSubject(items, c, subjects);
    const known = subjects.get(c) ?? coordinatedSubject.get(c);
    if (known !== undefined) return known;
    // "Obama met survivors … and said …": the coordinated verb shares the sentence's subject.
    const shared = coordinatedVerbSubject(items, c, false);
    if (shared !== undefined) return shared ?? mainClauseSubject(items, c, subjects);
    // "interjected to say:", "went on to say": the infinitive's subject is the main clause's.
    if (lower(items[c - 1]) === 'to') return mainClauseSubject(items, c - 1, subjects);
    if (c === 0) return nounPhraseAfter(items, 1, limit);
    return null;
  };
  const cueEnd = (c: number): number => {
    const info = infoAt(c);
    const next = lower(items[c + 1]);
    if (info !== null && PHRASAL_PARTICLES.get(info.base)?.includes(next)) return c + 1;
    if (info !== null && HEARER_VERBS.has(info.base) && HEARER_WORDS.has(next)) return c + 1;
    return c;
  };

  // 0. A paragraph opening with "Name: words" is a headline or transcript attribution
  // ("Volk: Talks Will Resume", "VOLK: I think …"); labels ("Update:", "Note:") are not speakers.
  if (sentence.first && n > 3) {
    let colon = -1;
    for (let k = 1; k < Math.min(n, 7); k++) {
      if (lower(items[k]) === ':') {
        colon = k;
        break;
      }
      if (!isWord(items[k]) && lower(items[k]) !== '.') break;
    }
    if (colon > 0 && !LABEL_WORDS.has(lower(items[0])) && !LABEL_WORDS.has(lower(items[colon - 1]))) {
      const np = nounPhraseBefore(items, colon - 1, 0, 1);
      if (np !== null && np.from === 0 && items[np.to].tok!.isCap && contentWords(items, colon + 1, n - 1) >= 3 && !nameList(items, colon + 1)) {
        push(colon + 1, n - 1, colon, colon, np);
      }
    }
  }

  /**
   * True when the cue at `m` (before a quote whose attribution scan starts at `k`) is a learned cue
   * word with no subject of its own ("conference" in "said at a news conference, “…”") that sits in
   * a phrase opened by a preposition after a verb of saying from the lexicon, within the window.
   */
  const nounInPhraseAfterSaying = (m: number, k: number): boolean => {
    const info = infoAt(m);
    if (info === null || info.type !== 'derived' || info.isParticiple || subjects.has(m)) return false;
    let prep = false;
    for (let j = m - 1; j >= Math.max(0, k - BEFORE_CUE_WINDOW); j--) {
      if (!isWord(items[j])) return false;
      if (SAYING_SETTING_PREPOSITIONS.has(lower(items[j]))) prep = true;
      const outer = infoAt(j);
      if (outer !== null && cueSet.has(j)) return prep && outer.type === 'speech' && !outer.isParticiple && !used[j];
    }
    return false;
  };

  // 1. Direct quotes: the attribution after them (`"…," Smith said.` / `"…," said Smith.`) or before
  // them (`Smith said: "…"`, `he told reporters, "…"`, `stating, "…"`).
  for (let qi = 0; qi < n; qi++) {
    const q = items[qi].quote;
    if (q === null || used[qi]) continue;
    let j = qi + 1;
    while (j < n && items[j].tok !== null && ATTRIBUTION_PUNCT.has(items[j].tok!.text)) j++;
    let after: { c: number; cueTo: number; np: NounPhrase | null } | null = null;
    for (const c of cues) {
      if (c < j || c > j + 30 || used[c]) continue;
      if (accordingAt(items, c)) {
        const np = nounPhraseAfter(items, c + 2, n - 1);
        if (c === j && np !== null) after = { c, cueTo: c + 1, np };
        break;
      }
      const info = infoAt(c);
      if (info === null) break;
      // `“…,” Interfax quoted Peskov as saying.`: the one quoted is the speaker.
      if (info.isParticiple && lower(items[c - 1]) === 'as') {
        const np = nounPhraseAfterQuoting(items, c);
        if (np !== null) after = { c, cueTo: c, np };
        break;
      }
      // A short quoted term followed by a verb that is not a verb of saying is a label in the
      // narrative ("the “green corridor” opened"), not a quote.
      const inner = text.slice(q.start, q.end);
      if (info.type !== 'speech' && quoteWordCount(text, q) <= 3 && !/[,!?…—]$/.test(inner)) break;
      const subj = subjects.get(c);
      // The quote is a term inside the cue's subject: the cue reports a clause, not the quote.
      if (subj !== undefined && subj.from < qi && subj.to >= qi) break;
      if (subj !== undefined && subj.from === j) after = { c, cueTo: cueEnd(c), np: subj };
      else if (c === j) {
        const np = info.isParticiple ? mainClauseSubject(items, c, subjects) : nounPhraseAfter(items, cueEnd(c) + 1, n - 1);
        if (np !== null && !(np.from > c && finiteVerbAfter(items, np))) after = { c, cueTo: cueEnd(c), np };
      }
      break;
    }
    // The cue before the quote, with at most a hearer or a short adverbial in between.
    let before: { c: number; cueTo: number; np: NounPhrase | null } | null = null;
    let k = qi - 1;
    while (k >= 0 && items[k].tok !== null && (items[k].tok!.text === ':' || items[k].tok!.text === ',' || COMPLEMENTIZERS.has(lower(items[k])))) k--;
    for (let m = k; m >= Math.max(0, k - BEFORE_CUE_WINDOW); m--) {
      if (items[m].quote !== null) break;
      if (cues.includes(m) && !used[m] && !accordingAt(items, m)) {
        // "said at a news conference, “…”": a learned cue word with no subject of its own, inside
        // the phrase after a verb of saying, is a noun there; the scan goes on to the verb.
        if (nounInPhraseAfterSaying(m, k)) continue;
        const gap = contentWords(items, cueEnd(m) + 1, qi - 1);
        const colonOrComma = qi > 0 && items[qi - 1].tok !== null && /[:,]/.test(items[qi - 1].tok!.text);
        // ", again using an accent," — a parenthetical right after the cue may be longer.
        const parenthetical = lower(items[cueEnd(m) + 1]) === ',' && colonOrComma;
        // "said in a column on Monday, “…”": a prepositional phrase of place, time or medium right
        // after a verb of saying, closed by a comma, may be as long.
        const prepositional = infoAt(m)?.type === 'speech' && SAYING_SETTING_PREPOSITIONS.has(lower(items[cueEnd(m) + 1])) && colonOrComma;
        // Only such a phrase reaches back past the usual window of nine items.
        if (m < k - 9 && !prepositional) break;
        // The quote closes the sentence or its clause, or an attribution follows it.
        const endsSentence = qi + 1 >= n || !isWord(items[qi + 1]) || after !== null || /[,!?]$/.test(text.slice(q.start, q.end));
        if ((gap <= 5 || ((parenthetical || prepositional) && gap <= 9)) && (colonOrComma || gap === 0 || lower(items[qi - 1]) === 'that') && endsSentence) {
          // "Volk said she would sign if the union showed “good faith.”": a partial quote after a
          // verb that is not one of saying, inside the clause an earlier cue reports (a verb of
          // saying or belief, or a learned cue: "expressed her readiness to sign if …"), is part of
          // that clause; the inner verb's subject is not its speaker. The earlier
          // verb may be a participle of the main clause ("…, saying the slipway would reopen if the
          // council shows “real remorse.”"): its speaker is the main clause's subject.
          const reported = infoAt(m)?.type !== 'speech' && cues.some((k2) => k2 < m && !used[k2] && !accordingAt(items, k2) && infoAt(k2) !== null && (infoAt(k2)!.isParticiple ? mainClauseSubject(items, k2, subjects) !== null : subjects.has(k2)) && !items.slice(k2 + 1, m).some((x) => x.quote !== null || SENTENCE_END.has(x.tok?.text ?? '')));
          if (!reported) before = { c: m, cueTo: cueEnd(m), np: subjectOf(m, qi - 1) };
        }
        break;
      }
      if (cues.includes(m - 1) && accordingAt(items, m - 1)) break;
    }
    // `When X shouted, "A," Y joked, "B."`: an attribution after the quote that leads into another
    // quote belongs to that one, so this quote takes the cue before it.
    let choice = after;
    if (after !== null && before !== null) {
      let leadsOn = false;
      for (let m = after.cueTo + 1; m < n && m <= after.cueTo + 12; m++) {
        if (items[m].quote !== null) {
          leadsOn = true;
          break;
        }
        if (SENTENCE_END.has(items[m].tok?.text ?? '')) break;
      }
      if (leadsOn) choice = before;
    }
    if (choice === null) choice = before;
    // `Smith: "…"` and `Smith delivered a blunt message: "…"`: a colon hands the quote to the name
    // before it, or to the subject of the sentence when that is a name or a personal pronoun.
    if (choice === null && qi > 0 && lower(items[qi - 1]) === ':' && qi - 2 >= 0) {
      const named = nounPhraseBefore(items, qi - 2, 0, 1);
      if (named !== null && items[named.to].tok!.isCap && isClauseBoundary(items, named.from - 1, 0)) {
        push(qi, qi, qi - 1, qi - 1, named);
        continue;
      }
      const subj = mainClauseSubject(items, qi - 1, subjects);
      const head = subj === null ? null : items[subj.to].tok;
      if (subj !== null && head !== null && (head.isCap || PERSON_PRONOUN_SUBJECTS.has(head.lower)) && subj.from <= 2) {
        push(qi, qi, qi - 1, qi - 1, subj);
        continue;
      }
    }
    // Titles of works and headlines ("a book titled “…”") are not quotes even next to a cue.
    if (choice !== null && isTitleLike(text, q, items, qi) && (TITLE_MARKERS.has(lower(items[choice.c])) || infoAt(choice.c)?.type !== 'speech')) continue;
    if (choice !== null) push(qi, qi, choice.c, choice.cueTo, choice.np);
  }

  // 3. Reported speech. First "according to X" and trailing attributions (", Smith said."), which
  // fix where the content ends; then cues followed by their clause.
  // "According to X" around an attribution the rules read ("According to the Gazette, Smith said
  // …"): added after the rules, so that its content does not hide the inner one from them.
  const reporters: { from: number; to: number; cue: number; np: NounPhrase }[] = [];
  const prepositionSources: { from: number; to: number; cue: number; np: NounPhrase }[] = [];
  for (const c of cues) {
    if (used[c] || !accordingAt(items, c)) continue;
    // The source runs to the next comma or the sentence end ("according to ouest-france.fr").
    let e = c + 2;
    while (e < n && items[e].tok !== null && items[e].tok!.text !== ',' && !SENTENCE_END.has(items[e].tok!.text) && e - c < 16) e++;
    if (e === c + 2) continue;
    const np: NounPhrase = { from: c + 2, to: e - 1 };
    let s = 0;
    while (s < c && used[s]) s++;
    // "“…,” Smith said, according to the Gazette.": the quote and its attribution are read
    // already; the Gazette reports the whole of them.
    if (s > 0 && lower(items[c - 1]) === ',' && contentWords(items, s, c - 2) === 0 && items.slice(0, s).some((x) => x.quote !== null) && contentWords(items, e, n - 1) === 0) {
      reporters.push({ from: 0, to: c - 2, cue: c, np });
      continue;
    }
    const leading = c === s || contentWords(items, s, c - 1) === 0 || (lower(items[c - 1]) !== ',' && contentWords(items, s, c - 1) <= 3);
    if (leading) {
      // "According to X, CONTENT."
      let t = e;
      while (t < n && items[t].tok !== null && items[t].tok!.kind === 'p') t++;
      // "According to the agency, Smith said that …": the one who spoke is Smith, named in the
      // clause with a verb of saying; the rules below take that attribution.
      const inner = cues.find((k) => k > t && k <= t + 10 && infoAt(k)?.type === 'speech' && subjects.get(k)?.from === t);
      if (inner === undefined && contentWords(items, t, n - 1) >= 3) push(t, n - 1, c, c + 1, np);
      // The agency reports Smith's words: PolNeAR annotates that outer attribution too.
      else if (inner !== undefined) reporters.push({ from: t, to: n - 1, cue: c, np });
    } else if (lower(items[c - 1]) === ',' && contentWords(items, s, c - 2) >= 2) {
      // "CONTENT, Smith said, according to the Gazette": the Gazette reports Smith's words; the
      // trailing attribution below takes them.
      const reported = cues.some((k) => k >= s && k < c - 1 && !used[k] && (infoAt(k)?.type === 'speech' || infoAt(k)?.type === 'cognition') && !infoAt(k)!.isParticiple
        && (lower(items[k - 1]) === ',' || lower(items[(subjects.get(k)?.from ?? 0) - 1]) === ','));
      if (reported) continue;
      // "CONTENT, according to X." or "CONTENT, according to X, CONTENT."
      // "CONTENT, according to X, CONTENT." — unless the words before already make a clause of their
      // own (a finite verb, not ending in a conjunction, not a subordinate clause left open): then
      // what follows the source is an appositive or another clause ("…, according to Ada Volk, an
      // analyst at …", "…, according to the survey, and turnout fell").
      let continues = e < n && lower(items[e]) === ',' && contentWords(items, e + 1, n - 1) >= 2;
      if (continues && finiteClause(items, s, c - 2)) {
        const last = lower(items[c - 2]);
        const openSubordinate = OPENING_SUBORDINATORS.has(lower(items[s])) && !items.slice(s, c - 2).some((x) => lower(x) === ',');
        if (!CLAUSE_BOUNDARY_WORDS.has(last) && !OPENING_SUBORDINATORS.has(last) && !openSubordinate) continues = false;
      }
      push(s, continues ? n - 1 : c - 2, c, c + 1, np);
    }
  }
  // An agent after "by" or "from" ("News of the sale was first reported by the Gazette", "Volk was
  // told by the board that …", "the plan was criticized by the guild", "Asked by a reporter whether
  // …", "the levy drew criticism from farmers"): the agent is the source; the content is the clause
  // after it ("that …", "whether …"), else the passive subject or the noun phrase the participle or
  // noun is about.
  // A participle after a noun without "be" ("the cuts favored by X") is read after all other
  // rules, so that it does not take the words of another attribution's content.
  const readAgents = (late: boolean): void => {
    for (let k = 1; k < n - 1; k++) {
      const prep = lower(items[k]);
      if (used[k]) continue;
      // "Volk won the support of the guild", "Volk has strong support among farmers": the holder
      // is the source, the one supported (the verb's subject) the content.
      const held = late ? -1 : supportCueBefore(items, k, prep);
      if (held >= 0) {
        const np = agentPhraseAfter(items, k + 1, n, true);
        // "Volk's strong support among farmers": the possessor is the one supported.
        const possessor = prep === 'among' && (POSSESSIVE_AS_SUBJECT.has(lower(items[held])) || isPossessive(items[held].tok!));
        const subj = possessor ? { from: held, to: held } : nounPhraseBefore(items, held - 1, 0) ?? coordinatedVerbSubject(items, held, true) ?? null;
        // After "that" the clause is the content of another attribution ("polls show that Volk won …").
        if (np !== null && subj !== null && !COMPLEMENTIZERS.has(lower(items[subj.from - 1])) && !anyUsed(used, subj.from, np.to)) push(subj.from, subj.to, possessor ? held + 1 : held, k - 1, np);
        continue;
      }
      if (prep !== 'by' && prep !== 'from') continue;
      let agent = agentCueBefore(items, k, prep, true, infoAt);
      if (agent < 0) agent = agentCueBefore(items, k, prep, false, infoAt);
      if (agent < 0 || used[agent]) continue;
      // Verbs of saying outside `AGENT_PARTICIPLES` take a speaker phrase only ("is characterised by narrow lanes").
      const np = agentPhraseAfter(items, k + 1, n, AGENT_PARTICIPLES.has(lower(items[agent])) || REACTION_NOUNS.has(lower(items[agent])));
      if (np === null || anyUsed(used, k + 1, np.to)) continue;
      // The auxiliaries of a passive stand between the cue and its subject ("has been criticized").
      let cueFrom = agent;
      while (cueFrom > 0 && isWord(items[cueFrom - 1]) && !items[cueFrom - 1].tok!.isCap && (PASSIVE_AUXILIARIES.has(lower(items[cueFrom - 1])) || /..ly$/.test(lower(items[cueFrom - 1])))) cueFrom--;
      const passive = items.slice(cueFrom, agent).some((x) => BE_FORMS.has(lower(x)));
      // "asked by Lee on Monday about …": a day after the agent stands before the question.
      let next = np.to + 1;
      if (lower(items[next]) === 'on' && TIME_WORDS.has(lower(items[next + 1]))) next += 2;
      else if (TIME_WORDS.has(lower(items[next]))) next++;
      const after = lower(items[next]);
      const relative = !passive && prep === 'by';
      if (late !== (relative && !COMPLEMENTIZERS.has(after) && !AGENT_QUESTION_OPENERS.has(after))) continue;
      if (COMPLEMENTIZERS.has(after) || (AGENT_QUESTION_OPENERS.has(after) && ASKING_PARTICIPLES.has(lower(items[agent])))) {
        // "… told by the board that CONTENT", "Asked by Lee whether CONTENT, …": the clause, to a comma for a question.
        const from = COMPLEMENTIZERS.has(after) ? next + 1 : next;
        let to = from;
        while (to < n && !used[to] && !SENTENCE_END.has(items[to].tok?.text ?? '') && !(from === next && lower(items[to]) === ',')) to++;
        if (contentWords(items, from, to - 1) >= 3) push(from, to - 1, agent, agent, np);
        continue;
      }
      // "The levy drew sharp criticism from farmers": the clause before the noun, from its last comma.
      if (REACTION_NOUNS.has(lower(items[agent]))) {
        let from = agent - 1;
        while (from > 0 && !used[from - 1] && isWord(items[from - 1])) from--;
        if (from < agent && contentWords(items, from, agent - 1) >= 2) push(from, agent - 1, agent, agent, np);
        continue;
      }
      // "As first reported by the Gazette, CONTENT" / "CONTENT, as reported by the Gazette.": the
      // rest of the sentence, or the clause before.
      if (relative && lower(items[cueFrom - 1]) === 'as') {
        const asAt = cueFrom - 1;
        if (asAt === 0 && lower(items[next]) === ',') {
          let to = next + 1;
          while (to < n && !used[to] && !SENTENCE_END.has(items[to].tok?.text ?? '')) to++;
          if (contentWords(items, next + 1, to - 1) >= 3) push(next + 1, to - 1, agent, agent, np);
        } else if (asAt > 1 && lower(items[asAt - 1]) === ',' && (next >= n || SENTENCE_END.has(items[next].tok?.text ?? ''))) {
          let from = 0;
          while (from < asAt - 1 && used[from]) from++;
          if (!anyUsed(used, from, asAt - 2) && contentWords(items, from, asAt - 2) >= 3) push(from, asAt - 2, agent, agent, np);
        }
        continue;
      }
      // The passive subject, or the noun phrase a participle modifies ("a call echoed by X"), also
      // set off by commas ("The plan, first reported by X, …").
      const setOff = relative && lower(items[cueFrom - 1]) === ',' ? 1 : 0;
      const head = cueFrom - 1 - setOff;
      const subj = head >= 0 ? (nounPhraseBefore(items, head, 0) ?? targetPhraseBefore(items, head)) : null;
      if (subj !== null && !anyUsed(used, subj.from, subj.to) && (passive || prep === 'from' || subj.to === head)) push(subj.from, subj.to, agent, agent, np);
    }
  };
  readAgents(false);
  // "As the Gazette reported, CONTENT" / "(as Lee noted, CONTENT)": an "as" clause introduces
  // the rest of the sentence, or of the parenthesis.
  for (const c of cues) {
    if (used[c] || accordingAt(items, c)) continue;
    const info = infoAt(c);
    const np = subjects.get(c);
    if (info === null || info.isParticiple || np === undefined || lower(items[np.from - 1]) !== 'as') continue;
    const asAt = np.from - 1;
    if (asAt > 0 && !/^[,(—–;:]$/.test(lower(items[asAt - 1]))) continue;
    let comma = cueEnd(c) + 1;
    while (comma < n && comma - cueEnd(c) <= 6 && isWord(items[comma])) comma++;
    if (comma >= n || lower(items[comma]) !== ',') continue;
    // "… got behind the bill, as the report recommended, and watched it pass": after a clause, an
    // "and"/"but" after the comma goes on with the main clause's verb; it is not the "as" clause's content.
    if (asAt > 0 && (lower(items[comma + 1]) === 'and' || lower(items[comma + 1]) === 'but')) continue;
    let end = n - 1;
    if (asAt > 0 && lower(items[asAt - 1]) === '(') {
      for (let k = comma + 1; k < n; k++) if (lower(items[k]) === ')') { end = k - 1; break; }
    }
    if (contentWords(items, comma + 1, end) >= 3) push(comma + 1, end, c, cueEnd(c), np);
  }
  for (const c of cues) {
    if (used[c] || accordingAt(items, c)) continue;
    const info = infoAt(c);
    // Only verbs of saying and belief, and reports of findings, trail their content ("…, the board may
    // consider it" does not).
    if (info === null || info.isParticiple || (info.type === 'derived' && !TRAILING_DERIVED.has(lower(items[c])))) continue;
    // Trailing attribution: "CONTENT, Smith said." or "CONTENT, said Smith."
    const subjFrom = subjects.get(c)?.from ?? c;
    if (subjFrom > 0 && lower(items[subjFrom - 1]) === ',') {
      // Only a verb of saying or belief inverts ("…, said Smith"); "…, shows the board" does not.
      let np = subjects.get(c) ?? (info.type === 'derived' ? null : nounPhraseAfter(items, c + 1, n - 1));
      // "…, said he had lost his nerve": a personal pronoun with a word after it opens the reported
      // clause; it is not an inverted speaker ("…, said he." is).
      if (np !== null && np.from > c && np.from === np.to && SUBJECT_PRONOUNS.has(lower(items[np.from])) && isWord(items[np.from + 1])) np = null;
      // "…, says her biggest worry is the levy": a phrase after the cue with a finite verb after it
      // is the subject of the reported clause, not an inverted speaker.
      if (np !== null && np.from > c && finiteVerbAfter(items, np)) np = null;
      // "…, said the board's press secretary, Ada Volk, …": the name in apposition is the speaker's.
      if (np !== null && np.from > c && lower(items[np.to + 1]) === ',') {
        let k = np.to + 2;
        while (k < n && isWord(items[k]) && isNameToken(items[k].tok!)) k++;
        if (k > np.to + 3 && (k >= n || lower(items[k]) === ',' || SENTENCE_END.has(items[k].tok?.text ?? ''))) np = { from: np.from, to: k - 1 };
      }
      // "The council praised Ada Volk, who said the pier was safe": a relative pronoun's clause follows
      // what it reports; the words before the comma are no content of it.
      if (np !== null && np.from < c && np.from === np.to && /^(?:who|which)$/.test(lower(items[np.from]))) continue;
      if (appositiveOnly.has(c)) continue;
      // "The harbour chief, Ines Colbeck, said the berths would reopen": a name set off by commas
      // right before the cue (or before a relative clause set off before it: ", who has run the port,
      // said") is in apposition to the phrase before it when a clause follows the cue (not the
      // sentence end or an adverbial, as in "Prices will rise, Volk, the mayor, said in …").
      const setOffName = np !== null && np.from < c && lower(items[np.from - 1]) === ',' && lower(items[np.to + 1]) === ',' && (np.to + 2 === c || (/^(?:who|which)$/.test(lower(items[np.to + 2])) && lower(items[c - 1]) === ','));
      if (setOffName && appositiveBeforeClause(items, cueEnd(c) + 1)) continue;
      let tailEnd = cueEnd(c) + 1;
      if (np !== null && np.from > c) tailEnd = np.to + 1;
      // "…, said a handful of aides who point to his record with the unions.": a relative clause on the
      // inverted speaker may run to the sentence end, past the ten words a trailing adverbial may take.
      // (The source stays the phrase it modifies, which names the speaker.)
      if (np !== null && np.from > c && lower(items[tailEnd]) === 'who') {
        let e = tailEnd;
        while (e < n && items[e].quote === null && !used[e] && !SENTENCE_END.has(items[e].tok?.text ?? '')) e++;
        if (e >= n || SENTENCE_END.has(items[e].tok?.text ?? '')) tailEnd = e;
      }
      // After the attribution: the sentence end, or a comma and a continuation (parenthetical).
      let t = tailEnd;
      // A trailing adverbial ("in a video message to the convention") may follow the attribution;
      // a clause may not ("In the poll, most voters say she is honest" is not trailing).
      const after = lower(items[tailEnd]);
      if (np !== null && np.from < c && (PERSON_PRONOUN_SUBJECTS.has(after) || COMPLEMENTIZERS.has(after) || after === 'it' || after === 'i')) continue;
      // "Asked about the fares, most skippers said no.": the answer after the cue is the content.
      if (np !== null && np.from < c && SHORT_ANSWERS.has(after.replace(/\.$/, '')) && (after.endsWith('.') || items[tailEnd + 1] === undefined || SENTENCE_END.has(items[tailEnd + 1].tok?.text ?? ''))) continue;
      while (t < n && isWord(items[t]) && t - tailEnd < 10 && !used[t]) t++;
      let s = 0;
      while (s < subjFrom - 1 && used[s]) s++;
      // "According to the Gazette, Smith said …": the opening names Smith's reporter, not his words.
      if (np !== null && np.from < c && accordingAt(items, s)) continue;
      // "After the vote, the mayor said the budget would pass": an opening adverbial before the
      // comma is not content when a clause follows the cue.
      // The clause may open with a noun phrase ("… the mayor believes tourist fees could pay for it"):
      // a finite auxiliary before the next comma makes it one; after an opening subordinator any
      // word but an adverb opens it.
      if (np !== null && np.from < c && (ADVERBIAL_OPENERS.has(lower(items[s])) || LEADING_SUBORDINATORS.has(lower(items[s]))) && isWord(items[tailEnd]) && !ADVERBIAL_OPENERS.has(after) && !TIME_WORDS.has(after) && (CLAUSE_STARTERS.has(after) || items[tailEnd].tok!.isCap || finiteBeforeComma(items, tailEnd) || (OPENING_SUBORDINATORS.has(lower(items[s])) && !/ly$/.test(after)))) continue;
      const before = contentWords(items, s, subjFrom - 2);
      if (np !== null && before >= 1) {
        // "…, Smith said, according to the Gazette." ends the content as the sentence end does.
        let reporter = lower(items[t]) === ',' && accordingAt(items, t + 1);
        for (let k = t + 3; reporter && k < n && !SENTENCE_END.has(items[k].tok?.text ?? ''); k++) if (lower(items[k]) === ',' || items[k].quote !== null) reporter = false;
        const endsHere = t >= n || SENTENCE_END.has(items[t].tok?.text ?? '') || used[t] || reporter;
        // "…, records show, and analysts say …": another attributed clause after the comma ends it too.
        const nextClause = !endsHere && lower(items[t]) === ',' && (lower(items[t + 1]) === 'and' || lower(items[t + 1]) === 'but') && [...subjects.values()].some((np2) => np2.from === t + 2);
        const parenthetical = !endsHere && !nextClause && lower(items[t]) === ',' && t === tailEnd;
        if ((endsHere || nextClause) && before >= 3) push(s, subjFrom - 2, c, cueEnd(c), np);
        // "The plan, Smith said, is dead": a short opening is enough when the sentence goes on.
        else if (parenthetical && contentWords(items, t + 1, n - 1) >= 2 && before + contentWords(items, t + 1, n - 1) >= 3) push(s, n - 1, c, cueEnd(c), np);
      }
    }
  }
  /**
   * True when the cue at `c` is a verb of saying or belief in a relative clause whose gap is the
   * subject of its content ("a rule that she said would fail", "the levy, which the guild insists is
   * fair"): a relative word, the cue's subject, the cue, then a finite auxiliary. The relative word
   * may be left out before a personal pronoun and a verb of belief ("a plan they believe would work",
   * `contactRelativeAt`; verbs of saying there mostly stood inside another attribution's content on train).
   * Not when an earlier verb of saying or belief of the sentence reports the clause (then the clause
   * is nested in its content).
   */
  const gapRelativeAt = (c: number): boolean => {
    const info = infoAt(c);
    if (info === null || info.isParticiple || info.type === 'derived' || used[c]) return false;
    const subj = subjects.get(c);
    if (subj === undefined || subj.from < 1 || !(GAP_RELATIVES.has(lower(items[subj.from - 1])) || (info.type === 'cognition' && subj.from === subj.to && contactRelativeAt(items, subj.from)))) return false;
    let k = subj.to + 1;
    while (k < c && isWord(items[k]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[k])) || /ly$/.test(lower(items[k])))) k++;
    if (k !== c || !FINITE_AUXILIARIES.has(lower(items[cueEnd(c) + 1]))) return false;
    for (let k2 = subj.from - 2; k2 >= 0; k2--) {
      if (items[k2].quote !== null || SENTENCE_END.has(items[k2].tok?.text ?? '')) break;
      const outer = cueSet.has(k2) ? infoAt(k2) : null;
      if (outer !== null && !used[k2] && (outer.type === 'speech' || outer.type === 'cognition') && (outer.isParticiple || subjects.has(k2))) return false;
    }
    return true;
  };
  /**
   * Forward: the content after the cue at `c`. `gapOnly` is set in the pass that reads, before the
   * rest, a relative clause whose gap is the content's subject ("the levy, which the guild says is
   * unfair, …"): that clause then ends an earlier cue's object content before its relative word.
   */
  const forward = (c: number, gapOnly: boolean): void => {
    if (used[c] || accordingAt(items, c)) return;
    const info = infoAt(c);
    if (info === null) return;
    const subj = subjectOf(c, n - 1);
    if (subj === null) return;
    // Forward: cue [hearer] [adverbial] [that] CONTENT.
    let s = c + 1;
    let cueTo = c;
    if (HEARER_VERBS.has(info.base)) {
      const obj = nounPhraseAfter(items, s, n - 1);
      // "warned the talks could collapse": a verb after the phrase makes it the clause's subject.
      const verbAfter = obj !== null && FINITE_AUXILIARIES.has(lower(items[obj.to + 1]));
      if (obj !== null && !verbAfter && !SUBJECT_PRONOUNS.has(lower(items[obj.from]))) {
        if (HEARER_WORDS.has(lower(items[s]))) cueTo = s;
        s = obj.to + 1;
      } else if (['him', 'her', 'them', 'me', 'us', 'reporters'].includes(lower(items[s]))) {
        s++;
      }
    }
    let objectContent = false;
    // A to-infinitive of a cue word ("declined to comment"): a content of two words.
    let sayingInfinitive = false;
    let thatAt = -1;
    for (let k = s; k < Math.min(n, s + 10); k++) {
      if (COMPLEMENTIZERS.has(lower(items[k]))) {
        thatAt = k;
        break;
      }
      if (items[k].quote !== null || SENTENCE_END.has(items[k].tok?.text ?? '')) break;
      // "hints at new fares but stresses that …": the "that" is the coordinated cue's.
      if (k > s && coordinatedAt(k, info, c) >= 0) break;
      // "indicate Tomas Brell had suggested that …", "found Brell, who alleged that …": the "that"
      // after another verb of saying or belief with its own subject (or a name) is that verb's.
      const inner = k > s && cueSet.has(k) ? infoAt(k) : null;
      if (inner !== null && !inner.isParticiple && (inner.type === 'speech' || inner.type === 'cognition') && subjects.has(k)) break;
      if (inner !== null && !inner.isParticiple && inner.type === 'speech' && items[s].tok?.isCap === true && items.slice(s, k).every((it) => it.tok !== null && (isNameToken(it.tok) || SKIPPABLE_BEFORE_CUE.has(it.tok.lower)))) break;
    }
    const nextLow = lower(items[s]);
    const complement = thatAt >= 0 ? null : nonClauseComplement(items, s, n, info.base);
    // A "that" a few words on belongs to the cue after an adverbial ("said Tuesday that"), not inside
    // a zero-that clause ("said he understands how hard that can be").
    // A parenthetical set off by commas or dashes may stand between ("said — on the radio, as it
    // happens — that …").
    if (thatAt >= 0 && (thatAt === s || ADVERBIAL_OPENERS.has(nextLow) || setOffAt(items, s) || (thatAt - s <= 4 && !CLAUSE_STARTERS.has(nextLow)))) {
      s = thatAt + 1;
    } else if (complement !== null) {
      s = complement.from;
      sayingInfinitive = complement.particle < 0 && lower(items[s]) === 'to' && CUES.has(lower(items[s + 1]));
      if (complement.particle >= 0 && cueTo < complement.particle) cueTo = complement.particle;
      // "referred to the inspectors as “sleepwalkers”": a derived cue's prepositional object is an object
      // content, as its direct object is ("described the delegates as …").
      if (complement.particle >= 0 && info.type === 'derived' && VERB_PREPOSITIONS.get(info.base) === lower(items[complement.particle])) objectContent = true;
    } else if (info.type === 'speech' || info.type === 'cognition') {
      // Zero-that clause: "Smith said the plan would fail" — the next word must open a clause.
      if (lower(items[s]) === ':' || lower(items[s]) === ',') s++;
      const w = items[s];
      if (w === undefined) return;
      const first = lower(w).replace(/'.*$/, '');
      if (w.quote === null && !gapOnly && !(w.tok !== null && (CLAUSE_STARTERS.has(first) || w.tok.isCap || (info.type === 'speech' && w.tok.kind === 'w')))) return;
      // "46 percent said yes.", "Brell said so": a one-word answer or pro-form closing the clause is
      // the content.
      // ("no." keeps its dot as an abbreviation would, and then ends the sentence itself.)
      const closes = first.endsWith('.') || items[s + 1] === undefined || (items[s + 1].tok !== null && items[s + 1].tok!.kind === 'p' && items[s + 1].tok!.text !== '-');
      // "… but Volk would not say when.": a question word closing the clause stands for the question.
      if (info.type === 'speech' && (SHORT_ANSWERS.has(first.replace(/\.$/, '')) || ELIDED_QUESTIONS.has(first.replace(/\.$/, ''))) && closes && !used[s]) {
        push(s, s, c, cueTo, subj);
        return;
      }
      if (ADVERBIAL_OPENERS.has(first) && first !== 'this') return;
      // "the job that many economists say is the future": after a relative word the clause's
      // subject is the gap, and the content opens with its verb.
      const gap = (info.type === 'speech' || gapOnly) && FINITE_AUXILIARIES.has(first) && subj.from > 0 && (RELATIVE_WORDS.has(lower(items[subj.from - 1])) || (gapOnly && subj.from === subj.to && contactRelativeAt(items, subj.from)));
      if (!gap && w.tok !== null && (w.tok.kind === 'p' || /ly$/.test(first) || NP_STOP.has(first) && !CLAUSE_STARTERS.has(first))) return;
    } else {
      // Other annotated cues (accused, praised, called …) take their object as content.
      const w = items[s];
      if (w === undefined || w.tok === null || w.tok.kind !== 'w' || ADVERBIAL_OPENERS.has(w.tok.lower)) return;
      objectContent = true;
    }
    let e = n - 1;
    for (let k = s; k < n; k++) {
      if (used[k]) {
        e = k - 1;
        break;
      }
      // Another attributed clause after a comma ends this content ("When X pointed out that …, the
      // candidate said …").
      const other = subjects.get(k);
      // (Not when the cut would leave fewer words than a content needs: "said the ruling, which
      // struck down …, shows …" keeps its clause, and the inner one is nested in it.)
      if (other !== undefined && other.from > s && CLAUSE_BREAKS.has(lower(items[other.from - 1])) && contentWords(items, s, other.from - 2) >= (objectContent ? 1 : 3)) {
        e = other.from - 2;
        break;
      }
      // "attacked the board after Volk said …": a time clause whose subject has a verb of saying or
      // belief ends the content too, without a comma.
      if (other !== undefined && other.from - 1 > s && TIME_SUBORDINATORS.has(lower(items[other.from - 1])) && !infoAt(k)!.isParticiple && infoAt(k)!.type !== 'derived') {
        e = other.from - 2;
        break;
      }
      // "Lee, who said he votes early, said the line was long": the main clause's cue after the
      // relative clause ends the relative clause's content.
      if (k > s && cueSet.has(k) && other !== undefined && other.from < subj.from && lower(items[k - 1]) === ',' && (infoAt(k)?.type === 'speech' || infoAt(k)?.type === 'cognition') && !infoAt(k)!.isParticiple) {
        e = k - 2;
        break;
      }
      // "claimed that the port is open, but warned that fares would rise": a coordinated cue
      // sharing the subject ends this content.
      const and = k > s ? coordinatedAt(k, info, c) : -1;
      if (and > s) {
        coordinatedSubject.set(k, subj);
        e = lower(items[and - 1]) === ',' ? and - 2 : and - 1;
        break;
      }
      // "…, though Fiorina said …": a conjunction after a comma opens another attributed clause.
      // So does a time clause ("…, after half said so").
      if (other !== undefined && other.from - 2 > s && (CLAUSE_CONJUNCTIONS.has(lower(items[other.from - 1])) || TIME_SUBORDINATORS.has(lower(items[other.from - 1]))) && lower(items[other.from - 2]) === ',') {
        e = other.from - 3;
        break;
      }
      // "… said the fares were fair and one in four said they were too high": without a comma, only
      // a verb of saying after the conjunction marks a second attribution ("said voters and donors
      // want change" does not). Nor does a coordinated subject that leaves the first clause too
      // short to be one ("said his band and Burton wrote new songs").
      if (other !== undefined && other.from - 1 > s && (lower(items[other.from - 1]) === 'and' || lower(items[other.from - 1]) === 'while') && infoAt(k)?.type === 'speech' && !infoAt(k)!.isParticiple && contentWords(items, s, other.from - 2) >= (objectContent ? 1 : 3)) {
        e = other.from - 2;
        break;
      }
    }
    if (objectContent) e = objectEnd(items, s, e);
    e = reportedClauseEnd(items, s, e, (k) => cueSet.has(k) && !accordingAt(items, k));
    if (info.isParticiple) e = coordinatedMainVerbEnd(items, s, e, subj);
    // "While the envoy said …, his aide …": a cue inside a subordinate clause that opens the
    // sentence reports up to the comma that closes that clause.
    if (openingSubordinateClause(items, subj)) {
      for (let k = s + 1; k <= e; k++) if (lower(items[k]) === ',' && !innerComma(items, k)) { e = k - 1; break; }
    }
    // "The delays, which the ministry says were caused by a fault, lasted two days": a content with
    // its subject gapped after ", which" ends at the comma that closes the relative clause.
    // So does the content of a non-restrictive relative clause's own subject ("The fund, which says
    // it cannot repay the loan, will close").
    const relativeSubject = subj.from === subj.to && subj.from > 0 && (lower(items[subj.from]) === 'who' || lower(items[subj.from]) === 'which') && lower(items[subj.from - 1]) === ',';
    if (relativeSubject || (subj.from > 1 && RELATIVE_WORDS.has(lower(items[subj.from - 1])) && lower(items[subj.from - 2]) === ',')) {
      for (let k = s; k <= e; k++) if (lower(items[k]) === ',' || lower(items[k]) === '—') { e = k - 1; break; }
    }
    // An object may be one name ("endorsed Lee"); a clause needs three words. A to-infinitive of a
    // cue word needs two ("declined to comment.", "refused to elaborate."): on the train split 13 of
    // the 14 sources so found were annotated (with any verb after "to": 19 of 26).
    if (contentWords(items, s, e) < (objectContent ? 1 : gapOnly || sayingInfinitive ? 2 : 3)) return;
    if (!push(s, e, c, cueTo, subj)) return;
    // The relative word that opens the clause is no part of the earlier content.
    if (gapOnly && GAP_RELATIVES.has(lower(items[subj.from - 1]))) used[subj.from - 1] = true;
  };
  for (const c of cues) if (gapRelativeAt(c)) forward(c, true);
  for (const c of cues) forward(c, false);

  // Nested: "The board says that Tomas Brell warned that …", "Leaked memos suggest Orla Finch had
  // promised …": a verb of saying (not a low-precision one) right after a name or a personal
  // pronoun, inside another attribution's content, with or without "that", is an attribution of its
  // own (`markNested` marks it nested); its content runs to the end of the sentence or to the next
  // attribution's cue or source. With any subject (a description), most such clauses were not
  // attributions of their own on train.
  for (const c of cues) {
    if (!used[c] || attributionPart[c] || accordingAt(items, c)) continue;
    const info = infoAt(c);
    if (info === null || info.isParticiple || info.lowPrecision === true || info.type !== 'speech') continue;
    let subj = subjects.get(c);
    // "Leaked memos suggest Orla Finch had promised …": right after the outer cue (or its "that")
    // the subject opens the reported clause.
    if (subj === undefined) {
      let j = c - 1;
      while (j >= 0 && j > c - 8 && isWord(items[j]) && !cueSet.has(j) && !COMPLEMENTIZERS.has(lower(items[j]))) j--;
      if (j >= 0 && j > c - 8 && (cueSet.has(j) || COMPLEMENTIZERS.has(lower(items[j])))) subj = nounPhraseBefore(items, c - 1, j + 1) ?? undefined;
    }
    if (subj === undefined || subj.from === 0 || !used[subj.from] || attributionPart[subj.from]) continue;
    let k = subj.to + 1;
    while (k < c && isWord(items[k]) && (SKIPPABLE_BEFORE_CUE.has(lower(items[k])) || /ly$/.test(lower(items[k])))) k++;
    if (k !== c) continue;
    const words = items.slice(subj.from, subj.to + 1);
    const isName = words.some((it) => it.tok?.isCap === true) && words.every((it) => it.tok !== null && (isNameToken(it.tok) || NAME_PARTICLES.has(it.tok.lower) || it.tok.text === '.'));
    const isPronoun = subj.from === subj.to && PERSON_PRONOUN_SUBJECTS.has(lower(items[subj.from]));
    if (!isName && !isPronoun) continue;
    const cueTo = cueEnd(c);
    const that = COMPLEMENTIZERS.has(lower(items[cueTo + 1]));
    let from = that ? cueTo + 2 : cueTo + 1;
    // "… Brell told the board he would resign": the hearer is not the content. The hearer is one
    // to four words before a word that opens a clause or an infinitive ("he", "the", "that", "to");
    // otherwise ("promised the pilots a pay rise") the object stays.
    if (!that && HEARER_VERBS.has(info.base)) {
      for (let h = from; h < Math.min(n - 1, from + 4); h++) {
        if (!isWord(items[h]) || CUES.has(lower(items[h])) || (h > from && DETERMINERS.has(lower(items[h])))) break;
        const next = lower(items[h + 1]);
        if (PERSON_PRONOUN_SUBJECTS.has(next) || next === 'i' || CLAUSE_OPENING_DETERMINERS.has(next) || COMPLEMENTIZERS.has(next) || next === 'to') {
          from = COMPLEMENTIZERS.has(next) ? h + 2 : h + 1;
          break;
        }
      }
    }
    let to = from;
    while (to < n && !attributionPart[to] && !SENTENCE_END.has(items[to].tok?.text ?? '') && lower(items[to]) !== ';') to++;
    to--;
    if (to >= from && lower(items[to]) === ',') to--;
    if (contentWords(items, from, to) < 3) continue;
    const span = contentSpan(items, from, to, text);
    if (span === null) continue;
    const cueSpan = { start: items[c].start, end: items[cueTo].end };
    out.push({ start: span.start, end: span.end, kind: kindOf(items, from, to), cueSpan, cue: text.slice(cueSpan.start, cueSpan.end), source: npSpan(subj), paragraph: sentence.paragraph, inherit: null, quoteSpan: null });
  }

  readAgents(true);

  for (const r of reporters) {
    const span = contentSpan(items, r.from, r.to, text);
    if (span === null) continue;
    const cueSpan = { start: items[r.cue].start, end: items[r.cue + 1].end };
    out.push({ start: span.start, end: span.end, kind: kindOf(items, r.from, r.to), cueSpan, cue: text.slice(cueSpan.start, cueSpan.end), source: npSpan(r.np), paragraph: sentence.paragraph, inherit: null, quoteSpan: null });
  }

  // "In a Gazette poll released Monday, Volk leads by six points." / "Volk leads by six points in
  // the latest Gazette poll." A poll or survey written with "in" is the source of the clause it
  // supports (PolNeAR: source the poll's phrase, cue "in", content the clause).
  for (let k = 0; k < n; k++) {
    if (lower(items[k]) !== 'in' || used[k]) continue;
    const head = pollHeadAfter(items, k, n);
    if (head < 0 || anyUsed(used, k, head)) continue;
    // The sentence's first word, after "And"/"But"/"Yet" or an opening mark.
    let lead = 0;
    while (lead < k && (lower(items[lead]) === 'and' || lower(items[lead]) === 'but' || lower(items[lead]) === 'yet' || (items[lead].tok?.kind === 'p' && items[lead].quote === null))) lead++;
    // The modifier after the head runs to a comma or the sentence's end; a verb in it means the
    // poll phrase was a subject's or object's modifier, not the clause's.
    let e = head + 1;
    while (e < n && isWord(items[e]) && e - head <= 12) {
      const w = lower(items[e]);
      if (BE_FORMS.has(w) || FINITE_AUXILIARIES.has(w) || (POLL_MODIFIER_END.has(w) && !(w === 'and' && items[e - 1].tok!.isCap && items[e + 1]?.tok?.isCap === true))) break;
      e++;
    }
    const sourceEnd = e < n && isWord(items[head + 1]) && (POLL_PARTICIPLES.has(lower(items[head + 1])) || POLL_RUNNER_PREPOSITIONS.has(lower(items[head + 1]))) ? e - 1 : head;
    const np: NounPhrase = { from: k + 1, to: sourceEnd };
    if (k === lead) {
      // Opening: "In NP [modifier], CLAUSE"; a participle set off by commas belongs to the poll.
      if (lower(items[e]) !== ',') continue;
      let t = e + 1;
      if (isWord(items[t]) && POLL_PARTICIPLES.has(lower(items[t]))) {
        while (t < n && lower(items[t]) !== ',' && !SENTENCE_END.has(items[t].tok?.text ?? '')) t++;
        if (lower(items[t]) !== ',') continue;
        t++;
      }
      let to = t;
      while (to < n && !SENTENCE_END.has(items[to].tok?.text ?? '') && lower(items[to]) !== ';') to++;
      if (contentWords(items, t, to - 1) < 3) continue;
      prepositionSources.push({ from: t, to: to - 1, cue: k, np });
    } else {
      // Trailing: "CLAUSE in NP [modifier]." — the PP closes the clause (a stop, a comma, a dash).
      // Only a poll the phrase names (an outlet, a pollster, a place, a date): "leads in the polls",
      // "rose in national polls" speak of standing, which PolNeAR rarely marks as attributed.
      if (!items.slice(k + 1, head).some((it) => it.tok !== null && (it.tok.isCap || /\d/.test(it.tok.text)))) continue;
      if (e < n && !(SENTENCE_END.has(items[e].tok?.text ?? '') || /^[,;:—–(]$/.test(lower(items[e])) || POLL_MODIFIER_END.has(lower(items[e])))) continue;
      if (e < n && (BE_FORMS.has(lower(items[e])) || FINITE_AUXILIARIES.has(lower(items[e])))) continue;
      let cs = lead;
      while (cs < k && used[cs]) cs++;
      // An opening adverbial before the clause is not the poll's ("As a result, …").
      const first = items.findIndex((it, d) => d > cs && d < k && it.tok?.text === ',' && !innerComma(items, d));
      if (first > 0 && (ADVERBIAL_OPENERS.has(lower(items[cs])) || LEADING_SUBORDINATORS.has(lower(items[cs])) || OPENING_SUBORDINATORS.has(lower(items[cs])) || SENTENCE_ADVERBS.has(lower(items[cs])) || /ly$/.test(lower(items[cs])))) cs = first + 1;
      if (cs >= k || anyUsed(used, cs, k - 1)) continue;
      if (contentWords(items, cs, k - 1) < 3) continue;
      // A noun phrase alone ("voters in the poll") is not a clause the poll supports.
      const subject = nounPhraseBefore(items, k - 1, cs);
      if (subject !== null && subject.from <= cs) continue;
      prepositionSources.push({ from: cs, to: k - 1, cue: k, np });
    }
  }
  // "In Volk's view, the levy is a mistake", "In his words, “…”": a sentence opening with a
  // possessive and a noun of opinion or wording gives the rest of the sentence to the possessor.
  if (n > 5 && lower(items[0]) === 'in' && !used[0]) {
    let p = lower(items[1]) === 'the' ? 2 : 1;
    while (p < 6 && isWord(items[p]) && !isPossessive(items[p].tok!) && !POSSESSIVE_AS_SUBJECT.has(lower(items[p])) && (items[p].tok!.isCap || p > 1)) p++;
    const possessor = isWord(items[p]) && (isPossessive(items[p].tok!) || (p === 1 && POSSESSIVE_AS_SUBJECT.has(lower(items[p]))));
    const noun = lower(items[p + 1]) === 'own' ? p + 2 : p + 1;
    if (possessor && VIEW_NOUNS.has(lower(items[noun])) && lower(items[noun + 1]) === ',' && !anyUsed(used, 0, noun + 1)) {
      let to = noun + 2;
      while (to < n && !SENTENCE_END.has(items[to].tok?.text ?? '') && lower(items[to]) !== ';') to++;
      if (contentWords(items, noun + 2, to - 1) >= 3) prepositionSources.push({ from: noun + 2, to: to - 1, cue: noun, np: { from: 1, to: p } });
    }
  }
  // "To Volk, the levy is a mistake", "To many, the pier is a landmark": an opening "To" with a
  // person's name (and an appositive or relative clause set off by commas) or an object pronoun
  // gives the rest of the sentence as that holder's view.
  // After an opening "And"/"But"/"Yet" too ("But to others, he is a hero").
  const toAt = COORDINATING_LEADS.has(lower(items[0])) ? 1 : 0;
  if (n > 5 + toAt && lower(items[toAt]) === 'to' && !used[toAt] && isWord(items[toAt + 1])) {
    let p = toAt + 1;
    if (OPINION_HOLDERS.has(lower(items[p]))) p++;
    else while (p < toAt + 5 && isWord(items[p]) && isNameToken(items[p].tok!) && !isPossessive(items[p].tok!)) p++;
    let comma = p;
    if (p > toAt + 1 && lower(items[p]) === ',' && lower(items[p + 1]) === 'who') {
      comma = p + 1;
      while (comma < n && comma - p < 20 && lower(items[comma]) !== ',' && !SENTENCE_END.has(items[comma].tok?.text ?? '')) comma++;
    }
    if (p > toAt + 1 && lower(items[comma]) === ',' && !anyUsed(used, 0, comma)) {
      let to = comma + 1;
      while (to < n && !SENTENCE_END.has(items[to].tok?.text ?? '') && lower(items[to]) !== ';') to++;
      if (contentWords(items, comma + 1, to - 1) >= 3) prepositionSources.push({ from: comma + 1, to: to - 1, cue: toAt, np: { from: toAt + 1, to: p - 1 } });
    }
  }
  for (const r of prepositionSources) {
    const span = contentSpan(items, r.from, r.to, text);
    if (span === null) continue;
    const cueSpan = { start: items[r.cue].start, end: items[r.cue].end };
    for (let d = r.np.from; d <= r.np.to; d++) used[d] = attributionPart[d] = true;
    used[r.cue] = attributionPart[r.cue] = true;
    // The possessor without its "'s" ("In the mayor's view" → "the mayor").
    const source = npSpan(r.np)!;
    const last = items[r.np.to].tok!;
    if (isPossessive(last)) source.end -= /s$/i.test(last.text) ? 2 : 1;
    out.push({ start: span.start, end: span.end, kind: kindOf(items, r.from, r.to), cueSpan, cue: text.slice(cueSpan.start, cueSpan.end), source, paragraph: sentence.paragraph, inherit: null, quoteSpan: null });
  }

  // 4. Quotes with no cue in the sentence: an introduction at the end of the previous paragraph
  // ("Smith added:"), else inherit, or drop as scare quotes and titles.
  if (intro !== null && n > 0 && items[0].quote !== null && !used[0] && (intro.paragraph === sentence.paragraph - 1 || (intro.paragraph === sentence.paragraph && !sentence.first))) {
    const q = items[0].quote;
    out.push({
      start: q.start,
      end: q.end,
      kind: 'direct',
      cueSpan: intro.cueSpan,
      cue: text.slice(intro.cueSpan.start, intro.cueSpan.end),
      source: intro.source,
      paragraph: sentence.paragraph,
      inherit: null,
      quoteSpan: q,
    });
    used[0] = true;
  }
  for (let qi = 0; qi < n; qi++) {
    const q = items[qi].quote;
    if (q === null || used[qi]) continue;
    const words = quoteWordCount(text, q);
    if (words <= 2 && !q.continued) continue;
    if (isTitleLike(text, q, items, qi)) continue;
    // Only a quote that is (nearly) the whole sentence speaks for itself; a quoted phrase inside
    // someone else's sentence is a term or a label.
    // A sign-off after it ("— Ada Volk, 34, Norland") is no sentence of someone else's.
    if (!q.continued && contentWords(items, 0, n - 1) - 3 > 3 && !(signOffAfter(text, q) !== null && contentWords(items, 0, qi) - 3 <= 3)) continue;
    if (words < 4 && !q.continued) continue;
    out.push({
      start: q.start,
      end: q.end,
      kind: 'direct',
      cueSpan: null,
      cue: null,
      source: null,
      paragraph: sentence.paragraph,
      inherit: 'previous',
      quoteSpan: q,
    });
    used[qi] = true;
  }
  // A sentence ending in "SUBJECT CUE [adverbial]:" (or a cue with nothing after it) introduces what
  // follows; the next paragraph's opening quote takes it.
  // "Bystrom agreed." directly before a quote works the same way.
  let last = n - 1;
  if (last >= 0 && items[last].tok !== null && (items[last].tok!.text === ':' || items[last].tok!.text === ',' || items[last].tok!.text === '.')) last--;
  else return null;
  const bare = items[n - 1].tok!.text === '.';
  for (const c of cues) {
    if (used[c] || c < last - 6 || accordingAt(items, c)) continue;
    const info = infoAt(c);
    if (info === null) continue;
    const subj = info.isParticiple ? mainClauseSubject(items, c, subjects) : (subjects.get(c) ?? (c === 0 ? nounPhraseAfter(items, 1, last) : null));
    if (subj === null) continue;
    if (contentWords(items, Math.max(c, subj.to) + 1, last) > (bare ? 0 : 5)) continue;
    return { cueSpan: { start: items[c].start, end: items[c].end }, source: npSpan(subj), paragraph: sentence.paragraph };
  }
  return null;
}

/** Words that open an adverbial, never a speaker phrase ("Despite urging …", "including a firm called …"). */
const NOT_SOURCE_OPENERS = new Set(['despite', 'including', 'initially', "here's", 'here’s']);

/**
 * "Walking to the next stall, Volk said …", "Appearing before supporters, …": one capitalised -ing
 * word opening its sentence, followed by a preposition, opens an adverbial participle clause; it is
 * not a speaker's name (a name ending in -ing is followed by its verb or a comma, not "to" or "before").
 */
function participialOpener(body: string, source: Span): boolean {
  const word = body.slice(source.start, source.end);
  if (!/^\p{Lu}\p{Ll}+ing$/u.test(word)) return false;
  const before = body.slice(Math.max(0, source.start - 3), source.start).trim();
  if (before !== '' && !SENTENCE_END.has(before[before.length - 1])) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(body.slice(source.end, source.end + 20));
  return next !== null && (PHRASE_PREPOSITIONS.has(next[1]) || next[1] === 'to' || next[1] === 'upon');
}

/**
 * A subject, a form of "be" (after auxiliaries or adverbs, with "being" or adverbs after it) and a
 * past participle, with a particle at most: group 1 is the participle ("was declared", "has been
 * heavily sought after", "is being sent").
 */
const PASSIVE_AFTER_SUBJECT = /^\s+(?:(?:has|have|had|will|would|could|should|may|might|must|can|not|also|\p{Ll}+ly)\s+)*(?:is|are|was|were|be|been|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)\s+(?:(?:being|also|not|\p{Ll}+ly)\s+)*(\p{Ll}+)(?:\s+\p{Ll}+)?$/u;

/**
 * True when the source is the subject of a passive verb of saying ("Volk was declared the winner",
 * "the figures were announced on Friday", "the memo has been widely reported"): that subject is
 * what was said or whom it was said to or about, not who said it; a speaker, if any, stands after
 * "by". Only verbs of saying (`speech` in the lexicon): the subject of an adjectival passive of
 * feeling or belief ("is convinced", "are concerned") is its source. Not for -ing forms ("is
 * calling for": the subject speaks) nor for quoting verbs ("was quoted as saying").
 */
function passiveSubject(body: string, source: Span, cue: Span | null): boolean {
  if (cue === null || source.end > cue.start) return false;
  const m = PASSIVE_AFTER_SUBJECT.exec(body.slice(source.end, cue.end));
  if (m === null || QUOTING_VERBS.has(m[1])) return false;
  return CUES.get(m[1])?.type === 'speech' && (/..(?:ed|en|wn)$/.test(m[1]) || m[1] === 'said' || m[1] === 'told');
}

/** Demonstrative pronouns that open a sentence as its subject and point to a thing ("Those" may be people: "Those close to her said …"). */
const DEMONSTRATIVE_SUBJECTS = new Set(['That', 'This']);

/**
 * False for a source phrase that is a piece of a clause rather than a noun phrase: one lower-case
 * -ing word ("prompting cheers") or a phrase opened by an adverbial ("Despite urging …"). On
 * PolNeAR train such sources were right about one time in seven.
 */
function plausibleSource(phrase: string): boolean {
  const words = phrase.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const first = words[0] ?? '';
  if (first === '') return false;
  if (words.length === 1 && /^\p{Ll}+ing$/u.test(first)) return false;
  if (NOT_SOURCE_OPENERS.has(first.toLowerCase())) return false;
  // "That rattled the mayor.", "This shows …": a demonstrative opening the sentence on its own
  // points back to an event or a statement, not to a speaker (the relative "that" is lower-case).
  if (words.length === 1 && DEMONSTRATIVE_SUBJECTS.has(first)) return false;
  // "It's hard to …", "That’s like saying …": a pronoun with a contracted verb is a clause.
  if (words.length === 1 && /^(?:it|that|there|here|what)['’]s$/i.test(first)) return false;
  return true;
}

/**
 * A speaker label opening a paragraph, as in interview and debate transcripts ("HOST: …", "Ada
 * Volk: …", "Mr. Volk: …"), also after an opening quotation mark (some outlets wrap each turn in
 * quotes): one to three capitalised words, an optional title abbreviation before them, then a colon.
 */
const TURN_LABEL = /^(\s*["“]?\s*)((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev)\.\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[\p{Zs}\t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})[\p{Zs}\t]*:[\p{Zs}\t]+(?=\S)/u;

/** A speaker-turn label of one paragraph: the label, its colon and where the turn's words start. */
interface TurnLabel {
  label: Span;
  colon: number;
  content: number;
  /** The label follows an opening quotation mark. */
  quoted: boolean;
}

/**
 * The paragraphs that open with a speaker label ("CASTELLAN: …", `"Ada Volk: …`), by index. A label
 * is a speaker, not a section or furniture label ("UPDATE:", "Editor's note:", "Q:"), when its words
 * are no label words and either its last word is part of a longer capitalised name elsewhere in
 * the article ("CASTELLAN" ↔ "Rina Castellan"), or the article holds two or more such turns (a
 * transcript).
 */
function speakerTurns(text: string, paragraphs: readonly Span[]): Map<number, TurnLabel> {
  const found = new Map<number, TurnLabel & { last: string }>();
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const head = text.slice(para.start, Math.min(para.end, para.start + 80));
    if (!head.includes(':')) continue;
    const m = TURN_LABEL.exec(head);
    if (m === null) continue;
    const words = m[2].split(/\s+/);
    const lowerWords = words.map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, ''));
    if (lowerWords.some((w) => LABEL_WORDS.has(w)) || SENTENCE_OPENERS.has(lowerWords[0]) || NOT_SOURCE_OPENERS.has(lowerWords[0])) continue;
    const start = para.start + m[1].length;
    const labelEnd = start + m[2].length;
    const colon = text.indexOf(':', labelEnd);
    const last = words[words.length - 1].replace(/['’]s$/, '');
    if (last.length < 2) continue;
    found.set(p, { label: { start, end: labelEnd }, colon, content: para.start + m[0].length, quoted: m[1].trim() !== '', last });
  }
  const out = new Map<number, TurnLabel>();
  if (found.size === 0) return out;
  const transcript = found.size >= 2;
  for (const [p, t] of found) {
    if (!transcript && !partOfLongerName(text, t.last, t.label)) continue;
    out.set(p, { label: t.label, colon: t.colon, content: t.content, quoted: t.quoted });
  }
  return out;
}

/** True when `word`, in title case, ends or opens a longer capitalised name somewhere outside `except`. */
function partOfLongerName(text: string, word: string, except: Span): boolean {
  const title = word[0] + word.slice(1).toLowerCase();
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
    if (at >= except.start && at < except.end) continue;
    const after = text[at + title.length] ?? ' ';
    if (/[\p{L}\p{M}]/u.test(after) || /[\p{L}\p{M}]/u.test(text[at - 1] ?? ' ')) continue;
    if (/\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at)) || /^\s+\p{Lu}\p{Ll}/u.test(text.slice(at + title.length, at + title.length + 4))) return true;
  }
  return false;
}

/** A dash and a name right after a closing quotation mark, ending there (`” ― Ada Volk, 34, Norland`, `”—Ada Volk.`). */
const SIGN_OFF_INLINE = /^[\p{Zs}\t]*([—―–]|--?)[\p{Zs}\t]*((?:\p{Lu}[\p{L}\p{M}'’.-]*[\p{Zs}\t]*){1,4})(?=[,.;(]|$)/u;
/** A paragraph "— Ada Volk, …" after a quote. */
const SIGN_OFF_PARAGRAPH = /^\s*([—―–]|--?)\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s?){1,4})/u;
/** Title-case words that make a dash line a headline or a clause, not a name. */
const NOT_NAME_WORDS = new Set(['of', 'to', 'in', 'on', 'for', 'the', 'a', 'an', 'and', 'or', 'but', 'is', 'are', 'was', 'will', 'with', 'at', 'by', 'from', 'as', 'not', 'no']);

/** True when the words after a sign-off dash can be a name: no pronoun or article first, no function word or cue word in a row of words. */
function signOffName(phrase: string): boolean {
  const words = phrase.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,]$/, ''));
  if (words.length === 0 || SENTENCE_OPENERS.has(words[0])) return false;
  return !words.some((w) => NOT_NAME_WORDS.has(w) || (words.length > 1 && CUES.has(w)));
}

/** The words after a quote's closing mark on its line, when they are a dash and a name that can sign it off. */
function signOffAfter(text: string, q: QuotedSpan): RegExpExecArray | null {
  let eol = text.indexOf('\n', q.close);
  if (eol < 0 || eol > q.close + 120) eol = Math.min(text.length, q.close + 120);
  const m = SIGN_OFF_INLINE.exec(text.slice(q.close, eol));
  return m !== null && signOffName(m[2].trimEnd()) ? m : null;
}

/** Tokenises paragraphs into items (tokens outside quotes, one item per quote) and sentences. */
function sentencesOf(text: string, paragraphs: readonly Span[], quoted: readonly QuotedSpan[], paragraphTokens: QuoteToken[][]): Sentence[] {
  const sentences: Sentence[] = [];
  let qp = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const tokens = tokenizeQuoteText(text, para.start, para.end);
    paragraphTokens.push(tokens);
    const items: Item[] = [];
    while (qp < quoted.length && quoted[qp].open < para.start) qp++;
    let t = 0;
    let q = qp;
    while (t < tokens.length) {
      const tok = tokens[t];
      if (q < quoted.length && quoted[q].paragraph === p && tok.start >= quoted[q].open) {
        items.push({ start: quoted[q].open, end: quoted[q].close, tok: null, quote: quoted[q] });
        while (t < tokens.length && tokens[t].start < quoted[q].close) t++;
        q++;
        continue;
      }
      items.push({ start: tok.start, end: tok.end, tok, quote: null });
      t++;
    }
    if (items.length > 0) sentences.push(...splitSentences(items, text, p));
  }
  return sentences;
}

/**
 * Finds direct quotes, reported speech and mixed quotes in `text` with their cue and speaker, with
 * the extra spans the evaluation needs. See `extractQuotes` for the public shape.
 */
export function findQuotes(text: string, input: QuoteInput = {}): QuoteFinding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Very large inputs are cut, not refused: the first two million characters hold any article.
  const body = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const paragraphs = (input.paragraphs && input.paragraphs.length > 0 ? input.paragraphs : paragraphsOf(body)).filter(
    (p) => p.end <= body.length && p.start < p.end,
  );
  const quoted = findQuotedSpans(body, paragraphs);
  const paragraphTokens: QuoteToken[][] = [];
  const sentences = sentencesOf(body, paragraphs, quoted, paragraphTokens);
  const raw: RawQuote[] = [];
  let intro: Introduction | null = null;
  const model = input.cueModel === undefined ? getDefaultCueModel() : input.cueModel;
  for (const s of sentences) intro = analyseSentence(s, body, raw, intro, input.keepLowPrecisionCues === true, model);
  raw.sort((a, b) => a.start - b.start);
  // A transcript turn wrapped in quotes (`"CASTELLAN: …`): the label is the speaker and the colon the
  // cue, not a speaker inherited from the quote before it nor the introduction of the transcript
  // ("The exchange, as aired:") in an earlier paragraph.
  const turns = speakerTurns(body, paragraphs);
  for (const r of raw) {
    const q = r.quoteSpan;
    const turn = q === null ? undefined : turns.get(q.paragraph);
    if (q === null || turn === undefined || !turn.quoted || turn.label.start < q.start || turn.colon >= q.end || r.start > turn.label.start) continue;
    if (r.cueSpan !== null && r.cueSpan.start >= paragraphs[q.paragraph].start) continue;
    r.paragraph = q.paragraph;
    r.source = turn.label;
    r.cueSpan = { start: turn.colon, end: turn.colon + 1 };
    r.cue = ':';
    r.inherit = null;
    r.start = turn.content;
  }
  // An unquoted transcript turn ("CASTELLAN: …", read by the first rule) speaks to the end of its
  // paragraph, not only its first sentence.
  for (const r of raw) {
    const turn = r.cue === ':' ? turns.get(r.paragraph) : undefined;
    if (turn === undefined || turn.quoted || r.source === null || r.source.start !== turn.label.start) continue;
    let end = paragraphs[r.paragraph].end;
    while (end > r.end && /\s/.test(body[end - 1])) end--;
    r.end = Math.max(r.end, end);
  }
  // A quote signed off with a dash and a name, on its line (`"…" — Ada Volk, 34, Norland`) or as the
  // next paragraph ("— Ada Volk, …": quote collections, epigraphs, tweets): the name is the speaker.
  for (const r of raw) {
    if (r.inherit === null || r.quoteSpan === null) continue;
    let at = r.quoteSpan.close;
    let m = r.quoteSpan.continues ? null : signOffAfter(body, r.quoteSpan);
    if (m === null) {
      const next = paragraphs[r.paragraph + 1];
      if (next === undefined) continue;
      at = next.start;
      m = SIGN_OFF_PARAGRAPH.exec(body.slice(next.start, Math.min(next.end, next.start + 120)));
    }
    if (m === null || !signOffName(m[2].trimEnd())) continue;
    // A full stop after the name ends the line ("— Ada Volk."), an initial's stays ("— Ada J.").
    const nameText = m[2].trimEnd().replace(/(\p{L}{3,})\.$/u, '$1');
    const nameStart = at + m[0].length - m[2].length;
    const dashAt = at + m[0].indexOf(m[1]);
    r.source = { start: nameStart, end: nameStart + nameText.length };
    r.cueSpan = { start: dashAt, end: dashAt + m[1].length };
    r.cue = m[1];
    r.inherit = null;
  }
  // Sentences that hold a cue word: the tagger's source–cue pairs the rules did not find become
  // indirect findings (PolNeAR train, cross-validated: source recall 0.739 → 0.767, precision 0.860
  // → 0.847 in sentences where the rules found nothing; also in sentences where they found
  // something, for pairs outside their spans: F1 0.804 → 0.807).
  const tagger = input.sourceTagger === undefined ? getDefaultSourceTagger() : input.sourceTagger;
  if (tagger !== null) {
    const taken = raw.flatMap((r) => [r.source, r.cueSpan, { start: r.start, end: r.end }].filter((x): x is Span => x !== null));
    for (const t of taggedAttributions(tagger, body, CUES, taken, paragraphTokens)) {
      const paragraph = paragraphs.findIndex((p) => p.start <= t.source.start && t.source.start < p.end);
      raw.push({ start: t.content.start, end: t.content.end, kind: t.kind, cueSpan: t.cueSpan, cue: t.cue, source: t.source, paragraph: Math.max(0, paragraph), inherit: null, quoteSpan: null });
    }
    raw.sort((a, b) => a.start - b.start);
  }
  // A source phrase that cannot name a speaker ("prompting", "Despite …") is a misread clause, and
  // an impersonal passive ("It is said that …", "It was reported that …") names no one: the finding
  // keeps its content and cue, without a speaker.
  for (const r of raw) {
    if (r.source === null) continue;
    const impersonal = r.cueSpan !== null && /^it$/i.test(body.slice(r.source.start, r.source.end)) && /^\s+(?:is|was|has been|had been|will be|would be)\s+$/.test(body.slice(r.source.end, r.cueSpan.start));
    if (impersonal || passiveSubject(body, r.source, r.cueSpan) || !plausibleSource(body.slice(r.source.start, r.source.end)) || participialOpener(body, r.source)) r.source = null;
  }
  // "Floods claimed 23 lives", "claimed the life of a guard": a death toll, not a claim (from the
  // rules or the tagger alike).
  for (let k = raw.length - 1; k >= 0; k--) {
    const r = raw[k];
    if (r.kind === 'direct' || r.cue === null || !/^claim/i.test(r.cue)) continue;
    if (DEATH_TOLL.test(body.slice(r.start, r.end))) raw.splice(k, 1);
  }
  // A reported content opening the story carries no wire dateline ("SOLVYN, May 6 (Northwire) - A
  // dam gave way …, officials said" reports "A dam gave way …").
  for (const r of raw) {
    if (r.kind === 'direct') continue;
    const content = body.slice(r.start, r.end);
    const cut = content.length - withoutDateline(content).length;
    if (cut > 0 && cut < content.length) r.start += cut;
  }
  markNested(raw, body);
  const refs: SpeakerRef[] = raw.map((r) => ({
    source: r.source,
    paragraph: r.paragraph,
    inherit: r.inherit,
    continued: r.quoteSpan?.continued ?? false,
    start: r.start,
    end: r.end,
    label: r.cue === ':' && r.source !== null && turns.get(r.paragraph)?.label.start === r.source.start,
  }));
  const speakers = resolveSpeakers(body, refs, paragraphs, input.entities ?? [], quoted.map((q) => ({ start: q.open, end: q.close })), paragraphTokens);
  const out: QuoteFinding[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    const speaker = speakers[i];
    // A cue-less quote that found no speaker to inherit is only kept when it is long enough to be a
    // statement rather than a label.
    if (r.inherit !== null && speaker === null && r.quoteSpan !== null && quoteWordCount(body, r.quoteSpan) < 8) continue;
    out.push({
      start: r.start,
      end: r.end,
      text: body.slice(r.start, r.end),
      kind: r.kind,
      cue: r.cue,
      speaker,
      cueSpan: r.cueSpan,
      source: r.source,
      ...(r.nested === true ? { nested: true as const } : {}),
    });
    if (input.fragments === true && r.kind === 'mixed') for (const f of quotedFragments(body, quoted, r)) out.push({ ...out[out.length - 1], ...f, fragment: true });
  }
  quotedAgainBy(body, quoted, out);
  return out;
}

/**
 * A participle after someone's statement: "Brell shared Volk's latest post on the night shift,
 * describing the crews as “amateurs.”" The participle may describe the post as well as Brell's act;
 * the possessor, the speech noun and the comma before the participle. Group 1 is the possessor's name.
 */
const STATEMENT_OF = /(\p{Lu}[\p{L}\p{M}'’-]*)['’]s\s+(?:[\p{L}-]+\s+){0,4}(?:statements?|remarks?|comments?|words|posts?|tweets?|messages?|speech|outburst|jibes?|insults?)\b[^,.!?;]{0,120},\s*$/u;

/** The quoted words inside a finding, folded as the statement ledger compares them (`foldedText`). */
function quotedWordsIn(body: string, quoted: readonly QuotedSpan[], f: Span): string[] {
  return quoted
    .filter((q) => q.open >= f.start - 1 && q.close <= f.end + 1 && q.end > q.start)
    .map((q) => foldedText(body.slice(q.start, q.end)))
    .filter((w) => w.length > 0);
}

/**
 * The same quoted words attributed twice in one article are one utterance. When one report gives
 * them through a participle after another person's statement ("… shared Volk's post, describing the
 * crews as “amateurs”") and another report gives the same words to that person with a cue of their
 * own ("Volk had called the crews “amateurs”"), the participle describes the statement: its speaker is the
 * statement's author, the possessor its mention. The report's quoted fragments follow it.
 */
function quotedAgainBy(body: string, quoted: readonly QuotedSpan[], out: QuoteFinding[]): void {
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.fragment === true || f.kind === 'direct' || f.cueSpan === null || f.speaker === null || !/ing$/i.test(f.cue ?? '')) continue;
    // The pattern holds no stop between the possessor and the cue: a match lies in the cue's sentence.
    const from = Math.max(0, f.cueSpan.start - 240);
    const m = STATEMENT_OF.exec(body.slice(from, f.cueSpan.start));
    if (m === null) continue;
    const owner = m[1].toLowerCase();
    const words = quotedWordsIn(body, quoted, f);
    if (words.length === 0) continue;
    const other = out.find((g) => g !== f && g.fragment !== true && g.cueSpan !== null && g.speaker !== null && g.speaker.name !== f.speaker!.name
      && g.speaker.name.toLowerCase().split(/\s+/).includes(owner) && quotedWordsIn(body, quoted, g).some((w) => words.includes(w)));
    if (other === undefined) continue;
    const at = from + m.index;
    const mention = { start: at, end: at + m[1].length, text: m[1] };
    for (let k = i; k < out.length && (k === i || (out[k].fragment === true && out[k].cueSpan === f.cueSpan)); k++) {
      out[k] = { ...out[k], speaker: { ...other.speaker!, mention }, source: { start: mention.start, end: mention.end } };
    }
  }
}

/**
 * The opening of a second clause right before its subject: a semicolon; or a comma or a dash with
 * "which"/"whom"/"where" (a non-restrictive relative clause), "but"/"yet", or a subordinator of contrast
 * or time ("though", "although", "as", "even as", "even though"). A bare comma is no such opening
 * (fronted phrases and appositives end with one too). Group 1 is the relative word.
 */
const CLAUSE_OPENING_BEFORE = /(?:;|(?:,|\s[—–-]{1,2})\s*(?:(which|whom|where)|but|yet|though|although|even as|even though|as))\s+$/i;

/** Fewest words a content keeps before a second clause that ends it. */
const MIN_WORDS_BEFORE_CLAUSE = 3;

/**
 * True when a comma in `span` is followed by a finite auxiliary or a form of "be": a relative clause
 * set off inside the sentence closes there and the main clause goes on ("the old stone pier, which
 * she said would close, is the oldest in Norland").
 */
function mainClauseResumes(span: string): boolean {
  for (const m of span.matchAll(/,\s+([\p{L}'’]+)/gu)) {
    const w = m[1].toLowerCase();
    if (FINITE_AUXILIARIES.has(w) || BE_FORMS.has(w)) return true;
  }
  return false;
}

/**
 * Marks the findings whose source and cue both lie inside another finding's content: an
 * attribution nested in a reported one ("Filings show Ada Volk told the board she would resign"). `raw` is
 * sorted by start; a content holding the span starts at or before it.
 *
 * Not when the inner source (before its cue) opens a second clause of the sentence
 * (`CLAUSE_OPENING_BEFORE`: "… raised the levy, which he called “a tax on bread”", "… the fees; she
 * calls for …", "… - though Volk has said …"): the outer content ends before that clause, and the
 * inner finding is an attribution of its own. Not either when a relative clause closes and the
 * main clause goes on after it (`mainClauseResumes`), nor inside a quote's words. (PolNeAR train:
 * the rule un-nested 17 findings, 15 of them a gold source.)
 */
function markNested(raw: RawQuote[], body: string): void {
  for (const r of raw) {
    if (r.source === null || r.cueSpan === null) continue;
    const from = Math.min(r.source.start, r.cueSpan.start);
    const to = Math.max(r.source.end, r.cueSpan.end);
    for (const o of raw) {
      if (o.start > from) break;
      if (o === r || o.end < to) continue;
      const before = body.slice(o.start, r.source.start);
      const opening = r.source.start < r.cueSpan.start && o.kind !== 'direct' ? CLAUSE_OPENING_BEFORE.exec(before) : null;
      // A relative clause may close inside the sentence; a coordinated or subordinate one runs on.
      const closes = opening !== null && opening[1] !== undefined && mainClauseResumes(body.slice(r.cueSpan.end, r.end));
      if (opening !== null && !closes && (before.slice(0, opening.index).match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_WORDS_BEFORE_CLAUSE) {
        let end = o.start + opening.index;
        while (end > o.start && /\s/.test(body[end - 1])) end--;
        o.end = end;
        continue;
      }
      r.nested = true;
      break;
    }
  }
}

/** Words set off as a label rather than quoted as said: "the so-called "peace plan"". */
const LABEL_BEFORE = /\b(?:so-called|so called|known as|the term|the word|the phrase|dubbed|nicknamed|titled|entitled|named)\s*$/i;

/**
 * A naming speech act right before a quoted word or two, with its object between: calling them
 * “…”, called the plan “…”, referred to the board as “…”, described (characterised, dismissed) the
 * move as “…”. The quoted words are what the speaker called someone or something: a partial quote,
 * not a term. A verb directly before the quote (a trust called “…”) names, and "calling for" /
 * "called on" are requests, not names.
 */
const NAMING_BEFORE = /\b(?:(?:call(?:s|ed|ing)?)\s+(?!(?:for|on|off|out|in|up|back|upon)\s)(?:[\p{L}\p{N}'’-]+\s+){1,4}|(?:refer(?:s|red|ring)?\s+to|(?:describ|characteri[sz])(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}as\s+)$/iu;

/**
 * The quoted words of a mixed quote, each as a quote of its own (the report stays whole beside
 * them): what the speaker said verbatim inside a paraphrase ("ruled out a "pier built on
 * promises."", "calling them "clowns.""). Terms (a word or two without punctuation of
 * their own inside the marks, unless a naming act gives them: `NAMING_BEFORE`), names and titles
 * of works (Title Case, no sentence punctuation) and labels ("so-called …") are left out.
 */
function quotedFragments(body: string, quoted: readonly QuotedSpan[], r: RawQuote): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const q of quoted) {
    if (q.open < r.start || q.close > r.end || q.end <= q.start) continue;
    const inner = body.slice(q.start, q.end);
    const text = inner.trim();
    const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length === 0) continue;
    const punctuated = /[.!?,;:…]$/.test(text);
    const titleCase = words.every((w) => /^[‘'(]?[\p{Lu}\d]/u.test(w)) && !punctuated;
    // A word or two without the speaker's punctuation is a term ("dismissed the "reset""), not words said.
    if (titleCase || LABEL_BEFORE.test(body.slice(Math.max(r.start, q.open - 20), q.open))) continue;
    // A word or two is said words only as what a speaker called someone ("calling them "amateurs"").
    if (words.length < 3 && !punctuated && !NAMING_BEFORE.test(body.slice(Math.max(0, q.open - 60), q.open))) continue;
    const lead = inner.length - inner.trimStart().length;
    out.push({ start: q.start + lead, end: q.start + lead + text.length, text });
  }
  return out;
}

/**
 * Extracts quotes from article text: direct quotes in any common quotation-mark style (content
 * without the marks), reported speech ("X said that …", "according to X, …") and mixed quotes, each
 * with its cue as written and its speaker (name, entity id when `input.entities` covers the
 * speaker, and the mention in the text).
 */
export function extractQuotes(text: string, input: QuoteInput = {}): Quote[] {
  return findQuotes(text, { fragments: true, ...input }).map(({ cueSpan: _cue, source: _source, ...quote }) => quote);
}


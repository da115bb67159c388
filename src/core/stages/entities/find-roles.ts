import { DEMONYMS } from './lang/en/demonyms.js';
import { DETERMINERS, ROLE_HEADS, ROLE_MODIFIERS } from './lang/en/roles.js';
import type { Token } from './tokenize.js';

/** A role phrase found next to a person mention, with offsets into the text. */
export interface RolePhrase {
  start: number;
  end: number;
  text: string;
  /** The role head it ends in, lowercase ("spokesman", "chief of staff"). */
  head: string;
}

/** Token facts the role finder needs: which tokens belong to a name, and of which kind. */
export interface RoleContext {
  text: string;
  tokens: readonly Token[];
  /** Sentence number of each token. */
  sentenceOf: Int32Array;
  /** For each token: -1 when it is in no mention, else the index of its mention. */
  mentionAt: Int32Array;
  /** Mention token ranges and whether each one is a person. */
  mentions: readonly { tokStart: number; tokEnd: number; isPerson: boolean }[];
}

const HEADS_BY_LAST = new Map<string, string[][]>();
for (const h of ROLE_HEADS) {
  const words = h.split(' ');
  const last = words[words.length - 1];
  const list = HEADS_BY_LAST.get(last) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  HEADS_BY_LAST.set(last, list);
}

const POSSESSIVE = new Set(["'s", '\u2019s', "'", '\u2019']);
const SINGLE_WORD_HEADS = new Set(ROLE_HEADS.filter((h) => !h.includes(' ')));

function low(t: Token | undefined): string {
  return t === undefined ? '' : t.text.toLowerCase().replace(/\u2019/g, "'");
}

/** The longest role head ending at token `end` (inclusive): its first token index and text, or null. */
export function headEndingAt(tokens: readonly Token[], end: number): { start: number; head: string } | null {
  const candidates = HEADS_BY_LAST.get(low(tokens[end]));
  if (candidates === undefined) return null;
  for (const words of candidates) {
    const start = end - words.length + 1;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = low(tokens[start + k]) === words[k];
    if (ok) return { start, head: words.join(' ') };
  }
  return null;
}

/**
 * Extends a role leftwards from its head over modifiers ("former", "foreign"), a preceding non-person
 * name ("Kremlin", "US", "Ukrainian") or a possessor ("Ukraine's", "Zelenskiy's"), and over
 * "<head> of the" chains ("press secretary of the Russian President").
 */
function extendLeft(ctx: RoleContext, headStart: number, sentence: number, head: { text: string }): number {
  const { tokens, mentionAt, mentions, sentenceOf } = ctx;
  let k = headStart - 1;
  let start = headStart;
  while (k >= 0 && sentenceOf[k] === sentence) {
    const w = low(tokens[k]);
    const mi = mentionAt[k];
    if (mi >= 0 && !mentions[mi].isPerson) {
      start = mentions[mi].tokStart;
      k = start - 1;
      continue;
    }
    if (POSSESSIVE.has(w) && k > 0 && mentionAt[k - 1] >= 0 && sentenceOf[k - 1] === sentence) {
      // A possessor ends the role on the left: "Ukraine's Foreign Minister".
      return mentions[mentionAt[k - 1]].tokStart;
    }
    // Nationality words belong to the role even when the tagger missed them ("Finnish Prime Minister").
    if (ROLE_MODIFIERS.has(w) || SINGLE_WORD_HEADS.has(w) || DEMONYMS.has(w)) {
      start = k;
      k--;
      continue;
    }
    if (w === 'the' && low(tokens[k - 1]) === 'of' && k >= 2) {
      const h = headEndingAt(tokens, k - 2);
      if (h !== null && sentenceOf[h.start] === sentence) {
        // The head of "press secretary of the Russian President" is "press secretary".
        head.text = h.head;
        start = h.start;
        k = h.start - 1;
        continue;
      }
    }
    break;
  }
  return start;
}

/**
 * A role written before a person mention: "Kremlin spokesman Dmitry Peskov", "Ukraine's Foreign
 * Minister Dmytro Kuleba", or with a comma, "Zelenskiy's chief of staff, Andriy Yermak".
 */
export function roleBefore(ctx: RoleContext, mentionTokStart: number): RolePhrase | null {
  const { tokens, sentenceOf } = ctx;
  const sentence = sentenceOf[mentionTokStart];
  let end = mentionTokStart - 1;
  if (end >= 0 && tokens[end].text === ',') end--;
  if (end < 0 || sentenceOf[end] !== sentence) return null;
  const h = headEndingAt(tokens, end);
  if (h === null) return null;
  const head = { text: h.head };
  const start = extendLeft(ctx, h.start, sentence, head);
  return phrase(ctx, start, end, head.text);
}

/** Words that open a clause, not a role: an appositive containing one is not a role ("who said"). */
const CLAUSE_WORDS = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'said', 'says', 'told', 'was', 'is', 'are', 'were', 'has', 'had', 'have',
  'will', 'would', 'could', 'should', 'may', 'might', 'can', 'did', 'does', 'do', 'not', 'also', 'but', 'if', 'when',
  'where', 'while', 'after', 'before', 'because', 'as', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'these',
  'those', 'there', 'been', 'being', 'be', 'with', 'by', 'from', 'into', 'over', 'about', 'than', 'then', 'now',
]);

const APPOSITIVE_JOINERS = new Set(['of', 'the', 'to', 'for', 'at', 'in', 'and', 'on']);
const APPOSITIVE_STOPS = new Set([',', '.', ';', ':', ')', '(', '"', '\u201d', '\u201c', '!', '?', '\u2014', '\u2013', '-']);

/**
 * A role written as an appositive after a person mention: "Dmitry Peskov, the Kremlin spokesman,"
 * or "Andriy Yermak, Zelenskiy's chief of staff." The phrase must consist of role words, names and
 * joiners only, end at punctuation, and contain a role head.
 */
export function roleAfter(ctx: RoleContext, mentionTokEnd: number): RolePhrase | null {
  const { tokens, sentenceOf, mentionAt, mentions } = ctx;
  if (tokens[mentionTokEnd]?.text !== ',') return null;
  const sentence = sentenceOf[mentionTokEnd];
  let k = mentionTokEnd + 1;
  if (DETERMINERS.has(low(tokens[k])) && sentenceOf[k] === sentence) k++;
  const first = k;
  // The role's head is its first head noun ("press secretary" in "press secretary of the Russian
  // President"), or a longer head that overlaps it ("chief of staff" over "chief").
  let mainHead: { start: number; end: number; head: string } | null = null;
  let limit = first + 12;
  let unknownRun = 0;
  while (k < tokens.length && k < limit && sentenceOf[k] === sentence && !APPOSITIVE_STOPS.has(tokens[k].text)) {
    const w = low(tokens[k]);
    const mi = mentionAt[k];
    const h = headEndingAt(tokens, k);
    if (h !== null && h.start >= first && (mainHead === null || h.start <= mainHead.end)) mainHead = { start: h.start, end: k, head: h.head };
    if (mi >= 0) {
      if (mentions[mi].isPerson && k === first) {
        // "Peskov, Putin's spokesman": a possessor person is allowed only as the possessor.
        if (!POSSESSIVE.has(low(tokens[mentions[mi].tokEnd]))) return null;
      }
      k = mentions[mi].tokEnd;
      limit += mentions[mi].tokEnd - mentions[mi].tokStart;
      continue;
    }
    if (h === null && !ROLE_MODIFIERS.has(w) && !SINGLE_WORD_HEADS.has(w) && !APPOSITIVE_JOINERS.has(w) && !POSSESSIVE.has(w) && !DETERMINERS.has(w)) {
      // Other words may qualify the head as in "the ministry spokesman": at most two in a row, plain
      // lowercase words that are not clause words, and a head must follow.
      if (CLAUSE_WORDS.has(w) || !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) || w.endsWith('ly')) return null;
      unknownRun++;
      if (unknownRun > 2) return null;
      k++;
      continue;
    }
    unknownRun = 0;
    k++;
  }
  if (mainHead === null || k === first || unknownRun > 0) return null;
  // The phrase must end at punctuation or the sentence end, not run on into a clause.
  if (k < tokens.length && sentenceOf[k] === sentence && !APPOSITIVE_STOPS.has(tokens[k].text)) return null;
  return phrase(ctx, first, k - 1, mainHead.head);
}

function phrase(ctx: RoleContext, startTok: number, endTok: number, head: string): RolePhrase | null {
  let s = startTok;
  while (s <= endTok && DETERMINERS.has(low(ctx.tokens[s]))) s++;
  if (s > endTok) return null;
  const start = ctx.tokens[s].start;
  const end = ctx.tokens[endTok].end;
  return { start, end, text: ctx.text.slice(start, end), head };
}

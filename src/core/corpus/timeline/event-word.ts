import type { Span } from '../../article.js';
import { en } from '../../stages/dates/lang/en/tables.js';
import { NOT_EVENT_WORDS_EN } from './lang/en/event-word.js';

/** A word of the text with its offsets. */
export interface EventWord extends Span {
  text: string;
}

const REPORTING = new Set(en.tense.reporting);
const PAST = new Set(en.tense.past);
const NOT_PAST_ED = new Set(en.tense.notPastEd);
const ADJECTIVE_BEFORE = new Set(en.tense.adjectiveBefore);
const NOT_EVENT = new Set(NOT_EVENT_WORDS_EN);
const WORD = /[\p{L}][\p{L}'-]*/gu;
// How many words on each side of the mention the event word may be: a clause, not the sentence.
const REACH = 10;

/** Whether a word reads as a finite event verb, by the dates stage's tense cues: reporting, past, "-ed". */
function isEventVerb(word: string, previous: string | undefined): boolean {
  const w = word.toLowerCase();
  if (NOT_EVENT.has(w)) return false;
  if (REPORTING.has(w) || PAST.has(w)) return true;
  return en.tense.pastEndings.some((e) => w.length > e.length + 2 && w.endsWith(e)) && !NOT_PAST_ED.has(w)
    && !(previous !== undefined && ADJECTIVE_BEFORE.has(previous.toLowerCase()));
}

/**
 * The word that names the event of a sentence for an entity mentioned in it (the TimeLine task
 * marks an event by one token): the event verb nearest the mention within a clause's reach, after
 * it on a tie ("Jobs *unveiled* the phone", "Apple *unveiled* the phone", "… was *founded* by
 * Jobs"), else a present-tense verb right after it ("the player *sells* …"). An event verb is a
 * reporting verb, a past form the dates stage's tense tables list, or an "-ed" word that is not an
 * adjective by those tables. English only; null when none is found.
 */
export function eventWord(text: string, sentence: Span, mention: Span): EventWord | null {
  const words: EventWord[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(WORD)) words.push({ text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  const after = words.findIndex((w) => w.start >= mention.end);
  const firstAfter = after < 0 ? words.length : after;
  let lastBefore = -1;
  for (let i = 0; i < words.length && words[i]!.end <= mention.start; i++) lastBefore = i;
  for (let d = 0; d < REACH; d++) {
    const a = words[firstAfter + d];
    if (a && isEventVerb(a.text, words[firstAfter + d - 1]?.text)) return a;
    const b = lastBefore - d >= 0 ? words[lastBefore - d] : undefined;
    if (b && isEventVerb(b.text, words[lastBefore - d - 1]?.text)) return b;
  }
  // A present-tense verb right after the subject: a lower-case word in "-s" that is not "-ss".
  const next = words[firstAfter];
  return next && /^\p{Ll}[\p{L}]*[^s]s$/u.test(next.text) ? next : null;
}

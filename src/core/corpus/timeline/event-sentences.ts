import type { ArticleEntity, DateExpression, Sentence } from '../../article.js';
import { calendarValue, publicationDay, type TimelineDate } from './timeline-date.js';

/** A sentence that states when something happened to someone: a timeline event. */
export interface EventSentence extends TimelineDate {
  start: number;
  end: number;
  text: string;
  /** Article-level entity ids mentioned in the sentence. */
  entities: string[];
}

/** Options of `eventSentences`. */
export interface EventSentenceOptions {
  /**
   * Also keep the sentences that name an entity but hold no calendar date, with this publication
   * time. Such a sentence takes the last day (a full date, on or before publication) that an
   * earlier sentence of the article stated: news tells the story of that day on ("Yesterday Apple
   * unveiled the phone. Jobs praised it as …"); with none, the publication day, marked
   * `publication`. The CLI timeline leaves these sentences out (a timeline of every sentence naming
   * someone is no timeline); the TimeLine task's evaluation asks for every event of an entity.
   */
  undatedAt?: string | null;
}

/**
 * The event sentences of an article (issue 6, point 4): sentences holding a calendar date
 * expression and a mention of a named entity, dated by that expression (the first one when there
 * are several). Unlike statements, events may lie after publication (a scheduled round of talks).
 * With `undatedAt`, sentences naming an entity without a date are kept too (see the option).
 */
export function eventSentences(
  text: string, sentences: readonly Sentence[], dates: readonly DateExpression[], entities: readonly ArticleEntity[], options: EventSentenceOptions = {},
): EventSentence[] {
  const out: EventSentence[] = [];
  const undated = options.undatedAt !== undefined;
  const published = publicationDay(options.undatedAt);
  // The last full date stated so far that is not after publication: the day the story is on.
  let storyDay: DateExpression | null = null;
  for (const s of sentences) {
    const inSentence = dates.filter((d) => d.start >= s.start && d.end <= s.end);
    const date = inSentence.find((d) => calendarValue(d.value) !== null);
    const day = inSentence.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(calendarValue(d.value) ?? '') && (published === null || calendarValue(d.value)! <= published));
    if (!date && !undated) continue;
    const ids = entities.filter((e) => e.mentions.some((m) => !m.field && m.start >= s.start && m.end <= s.end)).map((e) => e.id);
    const governing = date ?? storyDay;
    if (day) storyDay = day;
    if (ids.length === 0) continue;
    const when: TimelineDate = governing
      ? { date: calendarValue(governing.value), dateSource: 'stated', expression: { text: governing.text, start: governing.start, end: governing.end } }
      : { date: published, dateSource: 'publication', expression: null };
    out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), entities: ids, ...when });
  }
  return out;
}

import type { ArticleEntity, DateExpression, Sentence } from '../../article.js';
import { calendarValue, type TimelineDate } from './timeline-date.js';

/** A sentence that states when something happened to someone: a timeline event. */
export interface EventSentence extends TimelineDate {
  start: number;
  end: number;
  text: string;
  /** Article-level entity ids mentioned in the sentence. */
  entities: string[];
}

/**
 * The event sentences of an article (issue 6, point 4): sentences holding a calendar date
 * expression and a mention of a named entity, dated by that expression (the first one when there
 * are several). Unlike statements, events may lie after publication (a scheduled round of talks).
 */
export function eventSentences(text: string, sentences: readonly Sentence[], dates: readonly DateExpression[], entities: readonly ArticleEntity[]): EventSentence[] {
  const out: EventSentence[] = [];
  for (const s of sentences) {
    const date = dates.find((d) => d.start >= s.start && d.end <= s.end && calendarValue(d.value) !== null);
    if (!date) continue;
    const ids = entities.filter((e) => e.mentions.some((m) => m.start >= s.start && m.end <= s.end)).map((e) => e.id);
    if (ids.length === 0) continue;
    out.push({
      start: s.start, end: s.end, text: text.slice(s.start, s.end), entities: ids,
      date: calendarValue(date.value), dateSource: 'stated', expression: { text: date.text, start: date.start, end: date.end },
    });
  }
  return out;
}

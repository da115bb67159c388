/** Dating statements and events for timelines (issue 6, point 4): pure functions of one article's fields. */
export { dateQuote, calendarValue, sortKey, publicationDay, type TimelineDate, type DateSource } from './timeline-date.js';
export { eventSentences, type EventSentence } from './event-sentences.js';
export { queryTimeline, matchSpeaker, type Timeline, type TimelineItem, type SpeakerMatch } from './query-timeline.js';

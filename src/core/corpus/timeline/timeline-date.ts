import type { DateExpression, Sentence, Span } from '../../article.js';
import { CLAUSE_OPENERS_EN, IRREGULAR_PARTICIPLES_EN, NOT_PARTICIPLE_ED_EN, SPEECH_SCENE_PARTICIPLES_EN } from './lang/en/relative-clause.js';

const CLAUSE_OPENER = new RegExp(`(?:^|[^\\p{L}])(?:${CLAUSE_OPENERS_EN.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');
const IRREGULAR_PARTICIPLE = new Set(IRREGULAR_PARTICIPLES_EN);
const SPEECH_SCENE = new Set(SPEECH_SCENE_PARTICIPLES_EN);
const NOT_PARTICIPLE_ED = new Set(NOT_PARTICIPLE_ED_EN);

// What follows a participle that opens a modifier: a preposition or a particle ("set up in", "carried out by").
const PREPOSITION = /^(?:in|on|at|by|from|to|during|for|after|before|until|under|over|with|last|this|early|late|up|out|off|down|back|forward)$/u;

/** The lower-case participle a phrase opens with (after an optional "-ly" adverb), or null. */
function participleOpening(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/u, 3).map((w) => w.toLowerCase());
  const at = words[0]?.endsWith('ly') && words.length > 2 ? 1 : 0;
  const word = words[at];
  const next = words[at + 1];
  if (!word || !/^\p{Ll}+$/u.test(word) || SPEECH_SCENE.has(word)) return null;
  // A participial modifier goes on with a preposition ("built in", "elected by"); a verb followed by
  // a name or an article is an inverted cue ("added the minister on Tuesday").
  if (next !== undefined && !PREPOSITION.test(next.replace(/[^\p{Ll}]/gu, ''))) return null;
  if (IRREGULAR_PARTICIPLE.has(word)) return word;
  return word.length > 4 && word.endsWith('ed') && !NOT_PARTICIPLE_ED.has(word) ? word : null;
}

/**
 * Whether the date at the end of `before` (a sentence up to a date) sits in a participial modifier
 * set off by a comma or dash ("The dam, built in 1968 and run by the state, had been under review
 * …"): such a phrase describes the noun before it, so the date dates that noun, not a statement.
 * Only the first comma of the sentence opens one: after a stretch that is itself set off by commas
 * ("The union, founded in 1990, warned on Monday"; "Coravel, the port's largest customer, diverted
 * ships in April") the "-ed" word is the main verb and the date stands.
 */
function inParticipialModifier(before: string): boolean {
  const parts = before.split(/[,;\u2013\u2014]/u);
  return parts.length === 2 && participleOpening(parts[1]!) !== null;
}

/** Where a timeline date came from: a date expression in the text, or the article's publication date. */
export type DateSource = 'stated' | 'publication';

/** The date of a statement or an event, with its source and, when stated, the expression. */
export interface TimelineDate {
  /** A TIMEX3-like calendar value (`2025-06-11`, `2025-W24`, `2025-06`) or null when nothing dates it. */
  date: string | null;
  dateSource: DateSource;
  /** The governing expression as written, with its offsets, when stated. */
  expression: { text: string; start: number; end: number } | null;
}

// Calendar values only: a year, month, week, day or season, optionally a range. Durations (P3Y),
// PRESENT_REF and times of day do not place a statement on a timeline.
const CALENDAR = /^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI|Q\d|H\d))?$/;

/** The calendar start of a TIMEX value (`2025-03-18/2025-03-20` → `2025-03-18`), or null. */
export function calendarValue(value: string): string | null {
  const first = value.split('/')[0]!.trim();
  return CALENDAR.test(first) ? first : null;
}

/** The sortable day of a calendar value or ISO date-time: `2025-W12` → its Monday, `2025-06` → `2025-06-01`. */
export function sortKey(value: string): string {
  const v = value.slice(0, 10);
  const week = /^(\d{4})-W(\d{2})$/.exec(v);
  if (week) {
    const y = Number(week[1]);
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  const year = /^(\d{4})/.exec(v);
  if (!year) return v;
  const season: Record<string, string> = { SP: '03-01', SU: '06-01', FA: '09-01', WI: '12-01', Q1: '01-01', Q2: '04-01', Q3: '07-01', Q4: '10-01', H1: '01-01', H2: '07-01' };
  const rest = v.slice(5);
  return `${year[1]}-${season[rest] ?? '01-01'}`;
}

/** The day of a publication time (`2025-03-20T16:45:00Z` → `2025-03-20`), or null. */
export function publicationDay(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(published);
  return m ? m[1]! : null;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Whether a date sits in a clause that describes a noun rather than in the sentence's own clause: a
 * relative clause or a "since" phrase, from the last comma or dash before the date ("Issel, who has
 * led the team since March, said …"; "…, he said after the talks, which opened on Tuesday"), or a
 * participial modifier set off by a comma ("The dam, built in 1968 and run by the state, had been
 * under review …"). Such a date dates what the clause is about, not the statement.
 */
function inModifierClause(text: string, sentence: Span, date: Span): boolean {
  // A comma between digit groups ("150,000 marks") is no clause boundary.
  const before = text.slice(sentence.start, date.start).replace(/(?<=\d),(?=\d{3}(?!\d))/gu, ' ');
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('\u2013'), before.lastIndexOf('\u2014'));
  return CLAUSE_OPENER.test(before.slice(cut + 1)) || inParticipialModifier(before);
}

/**
 * The date that governs a quote (issue 6, point 4): a calendar date expression in a sentence the
 * quote touches but outside the quoted words ("…," he said on Tuesday), else one in the sentence
 * that introduces it (the previous sentence of the paragraph when it ends with a colon), else the
 * publication day, marked `publication`. Dates inside the quoted words are what the speaker talks
 * about, not when they spoke; a date after publication cannot be when something was said.
 */
export function dateQuote(
  quote: Span, content: Span, sentences: readonly Sentence[], dates: readonly DateExpression[], published: string | null, text: string,
): TimelineDate {
  const day = publicationDay(published);
  const touched = sentences.filter((s) => overlaps(s, quote));
  const usable = (d: DateExpression, sentence: Sentence): boolean => {
    const v = calendarValue(d.value);
    if (!v || inside(d, content) || inModifierClause(text, sentence, d)) return false;
    return day === null || sortKey(v) <= day;
  };
  const pick = (scope: readonly Sentence[]): DateExpression | undefined => {
    const found = dates.filter((d) => scope.some((s) => inside(d, s) && usable(d, s)));
    // The expression nearest the quote's start: the cue clause sits next to the quote.
    found.sort((a, b) => Math.abs(a.start - quote.start) - Math.abs(b.start - quote.start));
    return found[0];
  };
  let chosen = pick(touched);
  if (!chosen && touched.length) {
    const i = sentences.indexOf(touched[0]!);
    const prev = i > 0 ? sentences[i - 1] : undefined;
    if (prev && prev.paragraph === touched[0]!.paragraph && /:\s*$/.test(text.slice(prev.start, prev.end))) chosen = pick([prev]);
  }
  if (chosen) return { date: calendarValue(chosen.value), dateSource: 'stated', expression: { text: chosen.text, start: chosen.start, end: chosen.end } };
  return { date: day, dateSource: 'publication', expression: null };
}

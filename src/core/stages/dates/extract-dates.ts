/**
 * Temporal expressions in news text, normalised to TIMEX3-like values relative to the publication
 * date. chrono-node reads explicit calendar dates and clock times; the rules here cover what news
 * means by everything else (issue 6): a weekday or a year-less month in a past-tense clause is the
 * last one on or before publication and in a future clause the next one; "last week" is a week, not
 * a day; "in 2019" is a year; "now" is PRESENT_REF; "more than three and a half years" is a duration.
 */
import * as chrono from 'chrono-node';
import type { DateExpression } from '../../article.js';
import { dateLanguages, type DateLanguage, type PhraseDateLanguage } from './lang/index.js';
import { compileTenseCues, detectTense, type Tense, type TenseCues } from './detect-tense.js';
import { formatDuration, parseNumber } from './parse-number.js';
import {
  addDays, addMonths, dayOf, fmtDay, fmtMonth, fmtQuarter, fmtTime, fmtWeek, fmtYear, isValidDay,
  isoWeekday, quarterOf, resolveWeekday, resolveYear, type Day,
} from './timex.js';

/** Options of `extractDates`. */
export interface ExtractDatesOptions {
  /** Language of the tables to use (ISO 639-1); `en` when absent or unknown. */
  language?: string;
  /**
   * Join "from March 18 to March 20" into one range value `A/B` (default true). TimeML
   * annotates the two ends separately; the evaluation turns this off to compare like with like.
   */
  ranges?: boolean;
}

/** What a rule proposes before overlaps are settled. */
interface Candidate {
  start: number;
  end: number;
  value: string;
  inferred: boolean;
  /** `point` values can join into ranges; the others cannot. */
  kind: 'point' | 'duration' | 'ref' | 'set';
  /** Higher wins between spans of the same length. */
  priority: number;
  /** "a year earlier": becomes the quarter a year before the last quarter mentioned, in earnings news. */
  yearAgo?: boolean;
  /** A clock time with no day of its own: joins a neighbouring day ("9 a.m. Tuesday"). */
  timeOnly?: boolean;
  /** "the 1988 quarter": the quarter is the one the text is talking about, in that year. */
  quarterOfYear?: number;
  /** A chrono range's two ends, for when ranges are kept apart. */
  split?: { aEnd: number; bStart: number; a: string; b: string };
}

/** Per-call facts the rules read. */
interface Env {
  text: string;
  ref: Day | null;
  tenseAt(start: number, end: number): Tense | null;
}

interface Rule {
  name: string;
  re: RegExp;
  resolve(m: RegExpExecArray, env: Env): Omit<Candidate, 'priority'> | Array<Omit<Candidate, 'priority'>> | null;
  priority: number;
}

interface CompiledLanguage {
  /** The chrono-node parser for explicit dates and times. */
  chrono: chrono.Chrono;
  /** Matches a text that is a bare weekday name. */
  weekdayOnly: RegExp;
  /** Lower-case words that can belong to a temporal expression; rules are tried only near them. */
  triggers: Set<string>;
  /** Each rule's pattern, sticky: tried at one position at a time. */
  sticky: RegExp[];
  cues: TenseCues;
  rules: Rule[];
}

const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Underspecified values when there is no reference date. */
const UNKNOWN = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' } as const;

function compileLanguage(lang: DateLanguage): CompiledLanguage {
  const cues = compileTenseCues(lang);
  const MONTH = `(?:${alternation(Object.keys(lang.months))})\\.?`;
  const WEEKDAY = `(?:${alternation(Object.keys(lang.weekdays))})`;
  const NUMWORDS = Object.keys(lang.numbers);
  const TENS = NUMWORDS.filter((w) => (lang.numbers[w] ?? 0) >= 20 && (lang.numbers[w] ?? 0) < 100 && !w.includes(' '));
  const ONES = NUMWORDS.filter((w) => (lang.numbers[w] ?? 0) < 10 && !w.includes(' ') && w !== 'a' && w !== 'an');
  const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?|\\d\\/\\d|(?:${alternation(TENS)})[- ](?:${alternation(ONES)})|${alternation(NUMWORDS)})`;
  const VAGUE = alternation(lang.vagueQuantities);
  const UNIT = alternation(Object.keys(lang.units));
  const MOD = alternation(lang.durationModifiers);
  const PART = alternation(Object.keys(lang.partsOfDay));
  const SEASON = alternation(Object.keys(lang.seasons));
  const REL = alternation(Object.keys(lang.relative));
  const monthOf = (w: string): number => lang.months[lower(w).replace(/\.$/, '')] ?? 0;
  const weekdayOf = (w: string): number => lang.weekdays[lower(w)] ?? 0;
  const unitOf = (w: string): string => lang.units[lower(w)] ?? '';
  const ambiguousMonths = new Set(lang.ambiguousMonths);
  // The longest name of each month is its full name; a period after it ends a sentence.
  const fullMonthNames = new Set<string>();
  for (let month = 1; month <= 12; month++) {
    const names = Object.keys(lang.months).filter((k) => lang.months[k] === month).sort((a, b) => b.length - a.length);
    if (names[0]) fullMonthNames.add(names[0]);
  }
  const monthContext = new Set(['in', 'since', 'by', 'until', 'till', 'through', 'during', 'from', 'of', 'last', 'next', 'this', 'before', 'after', 'to', 'and', 'between', 'early', 'late', 'mid', 'or', 'end', 'until', 'on', 'for', 'each', 'every', 'late-', 'early-', 'mid-', 'the']);
  const countNouns = new Set(lang.countNouns);
  const nonDatePrefixes = new Set(lang.nonDatePrefixes);
  const yearPrepositions = new Set(lang.yearPrepositions);
  const streetSuffixes = new Set(lang.streetSuffixes);

  const rules: Rule[] = [];
  const add = (rule: Rule): void => {
    rules.push(rule);
  };

  // 1. Durations and "N units ago": "more than three and a half years", "the past two months",
  // "30-year", "several weeks", "two years ago".
  add({
    name: 'duration',
    priority: 3,
    re: new RegExp(
      `\\b(?:(${MOD})\\s+)?(?:(the)\\s+)?(?:(past|last|next|coming|first|latest|previous|following|final|remaining|additional|other|recent)\\s+)?(${NUM}|${VAGUE})(\\s+and\\s+a\\s+half)?(?:\\s+|-)(?:more\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?(?:\\s+(ago|earlier|later|before|after|from\\s+now|previously|hence))?(?![\\w-])`,
      'gi',
    ),
    resolve(m, env) {
      const [, mod, the, lead, numText, half1, unitText, half2, direction] = m;
      const unit = unitOf(unitText);
      if (!unit) return null;
      const numWord = lower(numText);
      // "a second time", "a quarter of the shares": no duration.
      if ((numWord === 'a' || numWord === 'an' || numWord === 'one') && (unit === 'S' || unit === 'Q') && !direction) return null;
      // "three-quarters of the seats" is a fraction.
      if (unit === 'Q' && /-quarters$/i.test(m[0].replace(/\s+(?:ago|earlier|later|before|after)$/i, ''))) return null;
      // "one of the", "30 years old" (an age, not a span of time).
      if (/^\s+old\b/i.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
      if (/^-old/i.test(env.text.slice(m.index + m[0].length))) return null;
      let n = lang.vagueQuantities.includes(numWord) ? Number.NaN : parseNumber(numText, lang);
      if (half1 || half2) n += 0.5;
      if (!Number.isNaN(n) && (n <= 0 || n > 10000)) return null;
      // "the 1988 second quarter": a year before a unit word is not an amount.
      if (/^\d{4}$/.test(numText) && !/s$/i.test(unitText)) return null;
      // Plural after a singular number ("one years") or a lone digit with a unit word far from a
      // count, are fine; only numbers used as codes (with a decimal point) are dropped.
      if (/\.\d/.test(numText) && !half1) return null;
      // "over the past two months": TimeML leaves the preposition-like bound outside the span.
      const modOutside = !!mod && !!the && /^(?:over|under|within|some)$/i.test(mod);
      const start = modOutside ? m.index + m[0].toLowerCase().indexOf(the.toLowerCase(), mod.length) : m.index;
      let end = m.index + m[0].length;
      const leadWord = lower(lead);
      const dir = lower(direction);
      // "twenty years after", "three days later", "a day earlier": a span measured from some event
      // the text names, not from publication. The amount is the duration; the word stays outside.
      // "a year earlier", "two months earlier" are read as dates, as TimeML annotates them.
      const fromEvent = dir === 'after' || dir === 'before' || dir === 'later' || ((dir === 'earlier' || dir === 'previously') && unit !== 'Y' && unit !== 'M');
      if (fromEvent) end = trimEndSpace(env.text, start, m.index + m[0].toLowerCase().lastIndexOf(dir));
      // "in the coming days": when, not how long.
      if (!direction && !mod && lang.futureQuantities?.includes(numWord)) return { start, end, value: 'FUTURE_REF', inferred: false, kind: 'ref' };
      if (direction && !fromEvent) {
        const sign = /^(ago|earlier|before|previously)$/i.test(direction) ? -1 : 1;
        if (Number.isNaN(n) && !mod) return { start, end, value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', inferred: false, kind: 'ref' };
        // "about two years ago" stays a duration in TimeML; a plain "two years ago" is a date.
        if (!mod && !Number.isNaN(n) && Number.isInteger(n) && !the && !leadWord) {
          const point = shiftPoint(env.ref, unit, sign * n);
          if (point) {
            const yearAgo = n === 1 && unit === 'Y' && sign < 0;
            return { start, end, value: point, inferred: true, kind: 'point', yearAgo };
          }
        }
      }
      return { start, end, value: formatDuration(n, unit), inferred: false, kind: 'duration' };
    },
  });

  // 1b. Bare plural units: "for years", "within weeks", "took months".
  add({
    name: 'plural-unit',
    priority: 1,
    re: /\b(?:for|over|in|within|took|take|takes|taking|lasted|last)\s+(years|months|decades|weeks|days|hours|centuries)\b(?!\s+(?:of\s+)?(?:age|old|later|earlier|ago))/gi,
    resolve(m, env) {
      const start = m.index + m[0].length - m[1].length;
      if (/^\s+(?:before|after)\b/i.test(env.text.slice(m.index + m[0].length))) return null;
      return { start, end: start + m[1].length, value: formatDuration(Number.NaN, unitOf(m[1])), inferred: false, kind: 'duration' };
    },
  });

  // 2. "last week", "next month", "this year", "earlier this month", "late last year", "past decade".
  add({
    name: 'relative-period',
    priority: 4,
    re: new RegExp(
      `\\b(?:(early|earlier|late|later|mid)(?:\\s+|-))?(?:(the)\\s+)?(${REL})\\s+(week|month|year|quarter|weekend|decade|century|${MONTH}|${WEEKDAY})(?![\\w-])`,
      'gi',
    ),
    resolve(m, env) {
      const [, position, the, relText, periodText] = m;
      const rel = lower(relText);
      const offset = lang.relative[rel] ?? 0;
      const period = lower(periodText).replace(/\.$/, '');
      const start = m.index;
      let end = m.index + m[0].length;
      if (periodText.endsWith('.') && fullMonthNames.has(period)) end -= 1;
      const month = monthOf(periodText);
      const weekday = weekdayOf(periodText);
      // "This Week", "Next Year" in title case inside a sentence name a programme or a campaign.
      if (!month && !weekday && /^\p{Lu}/u.test(periodText) && /^\p{Lu}/u.test(relText) && !isSentenceStart(env.text, start)) return null;
      // "past decade" without an article is a span ending now (TimeML DURATION); "the past year",
      // "the last week" name the previous period, as TimeBank annotates them.
      if (!position && !month && !weekday && period !== 'weekend' && rel === 'past' && !the) {
        const unit = unitOf(period);
        if (unit) return { start, end, value: formatDuration(1, unit), inferred: false, kind: 'duration' };
      }
      if (month) {
        if (!isCapitalised(periodText)) return null;
        // "last Oct. 23": the last such day before the reference.
        const dayAfter = /^\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s*\d{4})/.exec(env.text.slice(end, end + 8));
        if (dayAfter && env.ref && offset !== 0) {
          const dd = Number(dayAfter[1]);
          const probe = resolveYear(offset < 0 ? addDays(env.ref, -1) : addDays(env.ref, 1), month, dd, offset < 0 ? 'past' : 'future');
          if (isValidDay(probe, month, dd)) return { start, end: end + dayAfter[0].length, value: fmtDay({ y: probe, m: month, d: dd }), inferred: true, kind: 'point' };
        }
        if (!env.ref) return { start, end, value: `XXXX-${String(month).padStart(2, '0')}`, inferred: true, kind: 'point' };
        let y = env.ref.y;
        if (offset < 0) y = month < env.ref.m ? env.ref.y : env.ref.y - 1;
        else if (offset > 0) y = month > env.ref.m ? env.ref.y : env.ref.y + 1;
        return { start, end, value: fmtMonth(y, month), inferred: true, kind: 'point' };
      }
      if (weekday) {
        if (!env.ref) return { start, end, value: `XXXX-WXX-${weekday}`, inferred: true, kind: 'point' };
        let day: Day;
        if (offset < 0) day = resolveWeekday(addDays(env.ref, -1), weekday, 'past');
        else if (offset > 0 && rel !== 'this coming') day = resolveWeekday(addDays(env.ref, 1), weekday, 'future');
        else day = resolveWeekday(env.ref, weekday, env.tenseAt(start, end) === 'past' ? 'past' : 'future');
        return { start, end, value: fmtDay(day), inferred: true, kind: 'point' };
      }
      if (!env.ref) {
        const unknown = period === 'week' || period === 'weekend' ? UNKNOWN.week : period === 'month' ? UNKNOWN.month : UNKNOWN.year;
        return { start, end, value: unknown, inferred: true, kind: 'point' };
      }
      const ref = env.ref;
      let value: string;
      switch (period) {
        case 'week': value = fmtWeek(addDays(ref, offset * 7)); break;
        case 'weekend': value = `${fmtWeek(addDays(ref, offset * 7))}-WE`; break;
        case 'month': { const mm = addMonths(ref.y, ref.m, offset); value = fmtMonth(mm.y, mm.m); break; }
        case 'year': value = fmtYear(ref.y + offset); break;
        case 'quarter': {
          const q = addMonths(ref.y, ref.m, offset * 3);
          value = fmtQuarter(q.y, quarterOf(q.m));
          break;
        }
        case 'decade': value = String(Math.floor(ref.y / 10) + offset); break;
        case 'century': value = String(Math.floor(ref.y / 100) + offset).padStart(2, '0'); break;
        default: return null;
      }
      return { start, end, value, inferred: true, kind: 'point' };
    },
  });

  // 3. Day anchors: "yesterday", "today", "tomorrow morning", "tonight", "last night", "this morning".
  add({
    name: 'day-anchor',
    priority: 4,
    re: new RegExp(`\\b(?:(yesterday|today|tomorrow)(?:(?:\\s+|-)(${PART}))?|(tonight|overnight)|(this|last)\\s+(${PART}))\\b`, 'gi'),
    resolve(m, env) {
      const start = m.index;
      const end = m.index + m[0].length;
      let offset = 0;
      let part: string | undefined;
      if (m[1]) {
        offset = lang.dayAnchors[lower(m[1])] ?? 0;
        part = m[2] ? lang.partsOfDay[lower(m[2])] : undefined;
      } else if (m[3]) {
        part = 'NI';
      } else {
        part = lang.partsOfDay[lower(m[5])];
        if (lower(m[4]) === 'last') offset = part === 'NI' ? -1 : -1;
      }
      if (!env.ref) return { start, end, value: UNKNOWN.day + (part ? `T${part}` : ''), inferred: true, kind: 'point' };
      const value = fmtDay(addDays(env.ref, offset)) + (part ? `T${part}` : '');
      return { start, end, value, inferred: true, kind: 'point' };
    },
  });

  // 4. Weekdays, resolved by the tense of their clause: "on Tuesday, he conceded" is the Tuesday
  // before publication, "will meet on Tuesday" the one after. "each Friday" is a set.
  add({
    name: 'weekday',
    priority: 2,
    re: new RegExp(`\\b(?:(each|every)\\s+)?(${WEEKDAY})(?:'s)?(?:(?:\\s+|-)(${PART}))?\\b`, 'gi'),
    resolve(m, env) {
      const weekday = weekdayOf(m[2]);
      if (!isCapitalised(m[2])) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[1]) return { start, end, value: `XXXX-WXX-${weekday}`, inferred: false, kind: 'set' };
      if (!env.ref) return { start, end, value: `XXXX-WXX-${weekday}`, inferred: true, kind: 'point' };
      // "Friday's ruling": a weekday in the possessive names something that has happened.
      const tense = /^['’]s\b/.test(m[0].slice(m[2].length + (m[1] ? m[1].length + 1 : 0))) ? 'past' : env.tenseAt(start, end);
      const day = resolveWeekday(env.ref, weekday, tense === 'future' ? 'future' : 'past');
      // "Friday night" keeps the day only: TimeBank and AQUAINT annotate the part of the day on a
      // weekday in a minority of cases (measured: 16 day-only against 3 with it among the misses).
      return { start, end, value: fmtDay(day), inferred: true, kind: 'point' };
    },
  });

  // 5. Months without a day: "in May", "mid-September", "late July", "January 1998",
  // "January this year". A day after the month belongs to chrono ("August 31").
  add({
    name: 'month',
    priority: 2,
    re: new RegExp(
      `\\b(?:(early|mid|late)(?:\\s+|-)|the\\s+(?:beginning|start|middle|end)\\s+of\\s+)?(${MONTH})(?:(?:,?\\s+(?:of\\s+)?)(\\d{4})(?![\\d,.]\\d)|\\s+(this|last|next)\\s+year\\b)?(?![\\w])`,
      'gi',
    ),
    resolve(m, env) {
      const [, position, monthText, yearText, yearRel] = m;
      const month = monthOf(monthText);
      if (!month || !isCapitalised(monthText)) return null;
      const start = m.index;
      let end = m.index + m[0].length;
      // "in May." ends a sentence: the period is not part of a full month name.
      if (!yearText && !yearRel && monthText.endsWith('.') && fullMonthNames.has(lower(monthText).slice(0, -1))) end -= 1;
      const after = env.text.slice(end, end + 8);
      if (!yearText && /^\.?\s*\d{1,2}(?:st|nd|rd|th)?\b/.test(after)) return null;
      const before = env.text.slice(Math.max(0, start - 12), start);
      if (/\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/.test(before)) return null;
      const key = lower(monthText).replace(/\.$/, '');
      const hasContext = !!(yearText || yearRel || position || m[0].toLowerCase().startsWith('the'));
      if (ambiguousMonths.has(key) && !hasContext && !monthContext.has(previousWord(env.text, start))) return null;
      // Short forms without a period ("Jan") are names or codes unless a year is given.
      if (key.length <= 3 && !monthText.endsWith('.') && key !== 'may' && !yearText) return null;
      if (yearText) return { start, end, value: fmtMonth(Number(yearText), month), inferred: false, kind: 'point' };
      if (!env.ref) return { start, end, value: `XXXX-${String(month).padStart(2, '0')}`, inferred: true, kind: 'point' };
      let y: number;
      if (yearRel) y = env.ref.y + (lang.relative[lower(yearRel)] ?? 0);
      else y = resolveYear(env.ref, month, null, env.tenseAt(start, end) ?? 'nearest');
      return { start, end, value: fmtMonth(y, month), inferred: true, kind: 'point' };
    },
  });

  // 6. Years: "in 2019", "fiscal 1989", "early 1991", "the 1990s", "mid-1990s", "the '90s". A
  // four-digit number is not a year when it counts something or names something ("2000 people",
  // "Article 2019", "Boeing 787"), or is part of a bigger number, a price or a percentage.
  add({
    name: 'year',
    priority: 1,
    re: /(?<![\w$€£¥#@.,/:'-])(?:(early|mid|late|pre|post)(?:\s+|-)|(fiscal|FY)\s*)?(1[0-9]\d\d|20\d\d|2100)(s)?(?![\w%]|[.,:/]\d|\s*(?:%|percent\b))/gi,
    resolve(m, env) {
      const [, position, fiscal, yearText, decade] = m;
      const start = m.index;
      const end = m.index + m[0].length;
      const y = Number(yearText);
      const numStart = end - yearText.length - (decade ? 1 : 0);
      const prev = previousWord(env.text, numStart);
      const prevRaw = previousRawWord(env.text, numStart);
      if (!position && !fiscal) {
        if (nonDatePrefixes.has(prev)) return null;
        // A capitalised word before the number names a thing ("Windows 2000", "Vision 2030").
        if (prevRaw && /^\p{Lu}/u.test(prevRaw) && !/['’]s$/.test(prevRaw) && !yearPrepositions.has(prev) && !monthOf(prevRaw) && !isSentenceStart(env.text, numStart - prevRaw.length - 1)) return null;
        if (y < 1500 && !yearPrepositions.has(prev)) return null;
        const next = nextWord(env.text, end);
        if (countNouns.has(next)) return null;
        // "1550 Weston Ct.", "1200 N. Main Street": a house number.
        const street = STREET_AHEAD.exec(env.text.slice(end, end + 48));
        if (street && !/^(?:since|in|during|until|till|before|after|by)$/.test(prev) && street[1].split(/\s+/).slice(1).some((w) => streetSuffixes.has(w.replace(/\.$/, '').toLowerCase()))) return null;
        // "5,000 2019"-like tables and "2019 - 5" scores: a number right before it.
        if (/\d\s*[-–]?\s*$/.test(env.text.slice(Math.max(0, numStart - 3), numStart)) && !/\d{4}\s*[-–]\s*$/.test(env.text.slice(Math.max(0, numStart - 7), numStart))) return null;
      }
      if (decade) {
        if (y % 10 !== 0) return null;
        return { start, end, value: String(Math.floor(y / 10)), inferred: false, kind: 'point' };
      }
      return { start, end, value: fmtYear(y), inferred: false, kind: 'point' };
    },
  });

  // 6a. Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand".
  add({
    name: 'year-words',
    priority: 2,
    re: new RegExp(`\\b(?:(nineteen|twenty)[\\s-]+(${alternation(TENS)})(?:[\\s-]+(${alternation(ONES)}))?|the\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(${alternation(ONES)}))?)\\b`, 'gi'),
    resolve(m) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[1]) {
        const century = lower(m[1]) === 'nineteen' ? 1900 : 2000;
        const y = century + (lang.numbers[lower(m[2])] ?? 0) + (m[3] ? (lang.numbers[lower(m[3])] ?? 0) : 0);
        return { start, end, value: fmtYear(y), inferred: false, kind: 'point' };
      }
      return { start, end, value: fmtYear(2000 + (m[4] ? (lang.numbers[lower(m[4])] ?? 0) : 0)), inferred: false, kind: 'point' };
    },
  });

  // 6b. Two-digit decades: "the '90s", "the 80s".
  add({
    name: 'short-decade',
    priority: 1,
    re: /(?<![\w$])(?:the\s+|mid-|early\s+|late\s+)(?:'|’)?(\d)0s\b/gi,
    resolve(m, env) {
      const d = Number(m[1]);
      const refYear = env.ref?.y ?? 2000;
      // Two-digit decades point to the last such decade on or before the reference's.
      let century = Math.floor(refYear / 100);
      if (d * 10 > refYear % 100) century -= 1;
      return { start: m.index, end: m.index + m[0].length, value: `${century}${d}`, inferred: true, kind: 'point' };
    },
  });

  // 7. Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990",
  // "Q3 2025", "the first half".
  add({
    name: 'quarter',
    priority: 4,
    re: new RegExp(
      `\\b(?:the\\s+)?(?:(year-earlier|year-ago|fiscal)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\\s+|-)(?:fiscal\\s+)?(quarter|half)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(\\d{4})\\b|(this|last|next)\\s+year\\b))?`,
      'gi',
    ),
    resolve(m, env) {
      const [, adj, ordText, kind, yearText, yearRel] = m;
      const n = lang.ordinals[lower(ordText)] ?? 0;
      if (!n || (kind.toLowerCase() === 'half' && n > 2)) return null;
      const code = kind.toLowerCase() === 'half' ? 'H' : 'Q';
      const start = m.index;
      const end = m.index + m[0].length;
      if (yearText) return { start, end, value: `${yearText}-${code}${n}`, inferred: false, kind: 'point' };
      if (!env.ref) return { start, end, value: `XXXX-${code}${n}`, inferred: true, kind: 'point' };
      let y = env.ref.y;
      if (yearRel) y += lang.relative[lower(yearRel)] ?? 0;
      else {
        const current = code === 'Q' ? quarterOf(env.ref.m) : env.ref.m <= 6 ? 1 : 2;
        // A quarter that has not begun, told in the past tense, is last year's.
        if (n > current && env.tenseAt(start, end) === 'past') y -= 1;
      }
      const yearAgo = /year-(earlier|ago)/i.test(adj ?? '');
      return { start, end, value: `${fmtYear(yearAgo ? y - 1 : y)}-${code}${n}`, inferred: true, kind: 'point' };
    },
  });
  add({
    name: 'quarter-code',
    priority: 4,
    re: /\b(?:Q([1-4])(?:\s+|-)?(\d{4})?|([1-4])Q(\d{2}|\d{4})?)\b/g,
    resolve(m, env) {
      const n = Number(m[1] ?? m[3]);
      let yearText = m[2] ?? m[4];
      if (yearText && yearText.length === 2) yearText = `20${yearText}`;
      const start = m.index;
      const end = m.index + m[0].length;
      if (yearText) return { start, end, value: `${yearText}-Q${n}`, inferred: false, kind: 'point' };
      if (!env.ref) return { start, end, value: `XXXX-Q${n}`, inferred: true, kind: 'point' };
      const y = n > quarterOf(env.ref.m) && env.tenseAt(start, end) === 'past' ? env.ref.y - 1 : env.ref.y;
      return { start, end, value: fmtQuarter(y, n), inferred: true, kind: 'point' };
    },
  });
  // "the latest quarter", "the quarter", "the year-earlier period", "year-ago": earnings news
  // reports a quarter after it ends, so "the quarter" early in a quarter is the one just ended.
  add({
    name: 'named-quarter',
    priority: 3,
    re: /\b(?:the\s+)?(?:(latest|most\s+recent|current|previous|year-earlier|year-ago|same)\s+)?(quarter|period)\b|\b(year-earlier|year-ago)\b/gi,
    resolve(m, env) {
      const start = m.index;
      const end = m.index + m[0].length;
      const which = lower(m[1] ?? m[3]);
      const noun = lower(m[2]);
      const hasThe = /^the\s/i.test(m[0]);
      if (which === 'year-earlier' || which === 'year-ago') {
        const value = env.ref ? fmtYear(env.ref.y - 1) : UNKNOWN.year;
        return { start, end, value, inferred: true, kind: 'point', yearAgo: true };
      }
      if (noun === 'period' && which !== 'latest' && which !== 'most recent') return null;
      if (!which && !hasThe) return null;
      if (/^\s+of\b/i.test(env.text.slice(end, end + 4))) return null;
      if (!env.ref) return { start, end, value: 'XXXX-QX', inferred: true, kind: 'point' };
      const ref = env.ref;
      let offset = 0;
      if (which === 'previous' || which === 'latest' || which === 'most recent') offset = -1;
      else if (!which || which === 'same') {
        const quarterStart = { y: ref.y, m: (quarterOf(ref.m) - 1) * 3 + 1, d: 1 };
        const daysIn = (Date.UTC(ref.y, ref.m - 1, ref.d) - Date.UTC(quarterStart.y, quarterStart.m - 1, 1)) / 86_400_000;
        if (daysIn < 45 && env.tenseAt(start, end) !== 'future') offset = -1;
      }
      const q = addMonths(ref.y, ref.m, offset * 3);
      return { start, end, value: fmtQuarter(q.y, quarterOf(q.m)), inferred: true, kind: 'point' };
    },
  });

  // "the 1988 third quarter", "this year's third quarter", "the 1989 period", "next year's first half".
  add({
    name: 'year-quarter',
    priority: 5,
    re: /\b(?:the\s+)?(?:(\d{4})|(this|last|next)\s+year's)\s+(?:(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)(?:fiscal\s+)?(quarter|half)|(quarter|period))\b/gi,
    resolve(m, env) {
      const start = m.index;
      const end = m.index + m[0].length;
      let y: number | null = m[1] ? Number(m[1]) : null;
      if (y === null) {
        if (!env.ref) return null;
        y = env.ref.y + (lang.relative[lower(m[2])] ?? 0);
      }
      if (m[3]) {
        const n = lang.ordinals[lower(m[3])] ?? 0;
        const code = lower(m[4]) === 'half' ? 'H' : 'Q';
        if (!n || (code === 'H' && n > 2)) return null;
        return { start, end, value: `${fmtYear(y)}-${code}${n}`, inferred: !m[1], kind: 'point' };
      }
      return { start, end, value: `${fmtYear(y)}-QX`, inferred: true, kind: 'point', quarterOfYear: y };
    },
  });

  // Clock words: "noon", "midnight"; they join a neighbouring day like any clock time.
  add({
    name: 'clock-word',
    priority: 1,
    re: /\b(noon|midday|midnight)\b/gi,
    resolve(m, env) {
      const hour = lower(m[1]) === 'midnight' ? 24 : 12;
      const day = env.ref ? fmtDay(env.ref) : UNKNOWN.day;
      return { start: m.index, end: m.index + m[0].length, value: `${day}T${hour}:00`, inferred: true, kind: 'point', timeOnly: true };
    },
  });

  // 8. Seasons: "last fall", "this summer", "summer 2025", "in the spring", "early winter".
  add({
    name: 'season',
    priority: 4,
    re: new RegExp(
      `\\b(?:(early|mid|late)(?:\\s+|-))?(?:(the|this|last|next|this\\s+past|this\\s+coming|in)\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`,
      'gi',
    ),
    resolve(m, env) {
      const [, position, det, seasonText, yearText] = m;
      const code = lang.seasons[lower(seasonText)];
      if (!code) return null;
      const d = lower(det);
      if (!yearText && !d && !position) return null;
      // "in fall" and "spring" as a verb or a water source: only "in" + season without "the" for
      // the unambiguous names.
      if (d === 'in' && (code === 'FA' || code === 'SP')) return null;
      const start = d === 'in' ? m.index + m[0].indexOf(det) + det.length + 1 : m.index;
      const end = m.index + m[0].length;
      if (/^(?:\s+|-)(?:of\s+(?!\d)|time\b|season\b|break\b|semester\b|term\b|session\b|camp\b|school\b|olympics\b|games\b)/i.test(env.text.slice(end, end + 12)) && !yearText) {
        if (!/^\s+of\s+\d/.test(env.text.slice(end, end + 10))) return null;
      }
      // "the spring water", "the fall guy": after "the", the two names that are also common words
      // need a clause boundary or a function word after them.
      if (!yearText && (code === 'SP' || code === 'FA') && (d === 'the' || d === '') && !/^(?:\s*[,.;:!?)"”]|\s*$|\s+(?:of|and|or|when|as|to|the|a|in|on|at|for|with|by|that|is|was|will|would|before|after)\b)/i.test(env.text.slice(end, end + 12))) return null;
      if (yearText) return { start: m.index, end, value: `${yearText}-${code}`, inferred: false, kind: 'point' };
      if (!env.ref) return { start, end, value: `XXXX-${code}`, inferred: true, kind: 'point' };
      const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
      const ref = env.ref;
      let y = ref.y;
      const inProgressOrPast = startMonth <= ref.m;
      if (d === 'last' || d === 'this past') y = startMonth + 3 <= ref.m ? ref.y : ref.y - 1;
      else if (d === 'next' || d === 'this coming') y = startMonth > ref.m ? ref.y : ref.y + 1;
      else if (d !== 'this') {
        const tense = env.tenseAt(start, end);
        if (tense === 'past' && !inProgressOrPast) y = ref.y - 1;
        if (tense === 'future' && startMonth + 3 <= ref.m) y = ref.y + 1;
      }
      return { start, end, value: `${fmtYear(y)}-${code}`, inferred: true, kind: 'point' };
    },
  });

  // 9. Vague references: "now", "currently" (PRESENT_REF), "recently" (PAST_REF), "soon" (FUTURE_REF).
  const refWords: Array<[string[], string]> = [[lang.presentRefs, 'PRESENT_REF'], [lang.pastRefs, 'PAST_REF'], [lang.futureRefs, 'FUTURE_REF']];
  const refValue = new Map<string, string>();
  for (const [words, value] of refWords) for (const w of words) refValue.set(w, value);
  add({
    name: 'vague-ref',
    priority: 1,
    re: new RegExp(`\\b(?:${alternation(refValue.keys())})\\b`, 'gi'),
    resolve(m, env) {
      const word = lower(m[0]);
      // "now" as a discourse marker opening a sentence ("Now, ...") and "the past" as a noun
      // phrase of its own both still read as references in TimeML; "current" needs a noun after
      // it that is not electrical or a ledger term.
      if (word === 'current' && /^\s+(?:account|affairs|events|flowing|flows?)\b/i.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "soon" alone is a reference to the future; "as soon as <clause>", "soon after/before" and
      // "too soon" are conjunctions and degrees, not references ("as soon as possible" still is one).
      if (word === 'soon') {
        const before = env.text.slice(Math.max(0, m.index - 8), m.index);
        const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
        if (/\b(?:too|how|so)\s+$/i.test(before) || /^\s+(?:after|afterwards?|before|thereafter)\b/i.test(after)) return null;
        if (/\bas\s+$/i.test(before) && !/^\s+as\s+possible\b/i.test(after)) return null;
      }
      return { start: m.index, end: m.index + m[0].length, value: refValue.get(word) ?? 'PRESENT_REF', inferred: false, kind: 'ref' };
    },
  });

  // 10. Sets: "daily", "every month", "each July".
  add({
    name: 'set',
    priority: 2,
    re: new RegExp(`\\b(?:(${alternation(Object.keys(lang.sets))})|(?:every|each)\\s+(day|week|month|year|quarter|night|morning|${MONTH}))\\b`, 'gi'),
    resolve(m, env) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[1]) {
        // "China Daily", "Business Weekly": a capitalised set word after a capitalised word is a name.
        if (/^\p{Lu}/u.test(m[1]) && !isSentenceStart(env.text, start)) return null;
        return { start, end, value: lang.sets[lower(m[1])] ?? 'P1D', inferred: false, kind: 'set' };
      }
      const w = lower(m[2]).replace(/\.$/, '');
      const month = monthOf(w);
      if (month) return { start, end, value: `XXXX-${String(month).padStart(2, '0')}`, inferred: false, kind: 'set' };
      const value = { day: 'P1D', night: 'P1D', morning: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M' }[w] ?? 'P1D';
      return { start, end, value, inferred: false, kind: 'set' };
    },
  });

  // 11. Holidays with a fixed date, and Thanksgiving (fourth Thursday of November, US).
  add({
    name: 'holiday',
    priority: 3,
    re: new RegExp(`\\b(${alternation([...Object.keys(lang.holidays), 'thanksgiving day', 'thanksgiving'])})(?:\\s+(\\d{4})\\b)?`, 'gi'),
    resolve(m, env) {
      const name = lower(m[1]);
      if (!isCapitalised(m[1])) return null;
      const start = m.index;
      const end = m.index + m[0].length;
      const stated = m[2] ? Number(m[2]) : null;
      const dayIn = (y: number): Day => {
        if (name.startsWith('thanksgiving')) {
          const first = isoWeekday({ y, m: 11, d: 1 });
          return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
        }
        const [mm, dd] = (lang.holidays[name] ?? '01-01').split('-').map(Number);
        return { y, m: mm, d: dd };
      };
      if (stated !== null) return { start, end, value: fmtDay(dayIn(stated)), inferred: false, kind: 'point' };
      if (!env.ref) return { start, end, value: `XXXX-${fmtDay(dayIn(2000)).slice(5)}`, inferred: true, kind: 'point' };
      const probe = dayIn(env.ref.y);
      const y = resolveYear(env.ref, probe.m, probe.d, env.tenseAt(start, end) ?? 'nearest');
      return { start, end, value: fmtDay(dayIn(y)), inferred: true, kind: 'point' };
    },
  });

  // 12. "the weekend", "year-end", "the end of the year".
  add({
    name: 'period-edge',
    priority: 2,
    re: /\b(?:the\s+weekend|(year)-end|the\s+(?:end|beginning|start|middle)\s+of\s+(?:the|this)\s+(year|month|week))\b/gi,
    resolve(m, env) {
      const start = m.index;
      const end = m.index + m[0].length;
      const unit = lower(m[1] ?? m[2]);
      if (!env.ref) return { start, end, value: unit === 'month' ? UNKNOWN.month : unit === 'year' ? UNKNOWN.year : UNKNOWN.week, inferred: true, kind: 'point' };
      const ref = env.ref;
      if (unit === 'year') return { start, end, value: fmtYear(ref.y), inferred: true, kind: 'point' };
      if (unit === 'month') return { start, end, value: fmtMonth(ref.y, ref.m), inferred: true, kind: 'point' };
      if (unit === 'week') return { start, end, value: fmtWeek(ref), inferred: true, kind: 'point' };
      // The weekend: in a past clause the last one (this one if it is Saturday or Sunday).
      const wd = isoWeekday(ref);
      const tense = env.tenseAt(start, end);
      const base = tense === 'future' || wd >= 6 ? ref : addDays(ref, -7);
      return { start, end, value: `${fmtWeek(base)}-WE`, inferred: true, kind: 'point' };
    },
  });

  const triggers = new Set<string>();
  const addWords = (list: Iterable<string>): void => {
    for (const phrase of list) for (const w of phrase.toLowerCase().split(/[\s-]+/)) if (w.length > 1 || /\d/.test(w)) triggers.add(w.replace(/\.$/, ''));
  };
  addWords(Object.keys(lang.months));
  addWords(Object.keys(lang.weekdays));
  addWords(Object.keys(lang.units));
  addWords(Object.keys(lang.seasons));
  addWords(Object.keys(lang.partsOfDay));
  addWords(Object.keys(lang.dayAnchors));
  addWords(Object.keys(lang.sets));
  addWords(Object.keys(lang.holidays));
  // Only the last word of a vague reference is needed: the rule reaches back to the others.
  for (const list of [lang.presentRefs, lang.pastRefs, lang.futureRefs]) for (const w of list) addWords([w.split(' ').pop() ?? w]);
  addWords(['nineteen', 'twenty', 'thousand', 'tonight', 'overnight', 'weekend', 'period', 'half', 'thanksgiving', 'noon', 'midday', 'midnight', "year's", 'q1', 'q2', 'q3', 'q4', '1q', '2q', '3q', '4q']);
  for (const w of [...triggers]) {
    triggers.add(w.toUpperCase());
    triggers.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  const sticky = rules.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y'));
  return { chrono: chronoEn, cues, rules, weekdayOnly: new RegExp(`^${WEEKDAY}$`, 'i'), triggers, sticky };
}

/** The point `n` units away from the reference, at the unit's granularity. */
function shiftPoint(ref: Day | null, unit: string, n: number): string | null {
  if (!ref) {
    if (unit === 'Y') return UNKNOWN.year;
    if (unit === 'M') return UNKNOWN.month;
    if (unit === 'W' || unit === 'D') return UNKNOWN.day;
    return null;
  }
  switch (unit) {
    case 'Y': return fmtYear(ref.y + n);
    case 'DE': return String(Math.floor((ref.y + n * 10) / 10));
    case 'CE': return String(Math.floor((ref.y + n * 100) / 100));
    case 'M': { const m = addMonths(ref.y, ref.m, n); return fmtMonth(m.y, m.m); }
    case 'W': return fmtDay(addDays(ref, n * 7));
    case 'D': return fmtDay(addDays(ref, n));
    case 'Q': { const q = addMonths(ref.y, ref.m, n * 3); return fmtQuarter(q.y, quarterOf(q.m)); }
    default: return null;
  }
}

function trimEndSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

// Up to four capitalised words after a number: a street name when one after the first is a suffix.
const STREET_AHEAD = /^\s+(?:[NSEW]\.?\s+)?((?:\p{Lu}[\p{L}'’-]*\.?\s*){1,4})/u;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function previousRawWord(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’.-]+)[\s(]*$/u.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1].replace(/[.'’]+$/, '') : '';
}

function previousWord(text: string, index: number): string {
  const raw = previousRawWord(text, index).toLowerCase();
  return raw.replace(/-$/, '');
}

function nextWord(text: string, index: number): string {
  const m = /^[\s-]*([\p{L}]+)/u.exec(text.slice(index, index + 30));
  return m ? m[1].toLowerCase() : '';
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index);
  return index <= 0 || /(?:^|[.!?:"“]\s*|\n\s*)$/.test(before.trimEnd() === '' ? '' : before) || before.trim() === '';
}

// chrono reads calendar dates and clock times; the weekday and relative-unit parsers are left out
// because the rules above replace them with news semantics.
const DROPPED_PARSERS = new Set(['ENWeekdayParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser']);
const DROPPED_REFINERS = new Set(['ForwardDateRefiner']);
const chronoEn = (() => {
  const config = chrono.en.configuration.createConfiguration(true);
  config.parsers = config.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  config.refiners = config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return new chrono.Chrono(config);
})();

/**
 * Rules for a language read with fixed phrases (Russian, Ukrainian): the phrases of relative time,
 * weekdays resolved by tense like the English ones, and years followed by the word for "year".
 */
function compilePhraseLanguage(lang: PhraseDateLanguage): CompiledLanguage {
  const cues = compileTenseCues(lang);
  const L = '(?<![\\p{L}\\p{N}])';
  const R = '(?![\\p{L}\\p{N}])';
  const phraseOf = new Map(Object.entries(lang.phrases));
  const rules: Rule[] = [
    {
      name: 'phrase',
      priority: 4,
      re: new RegExp(`${L}(?:${alternation(phraseOf.keys())})${R}`, 'giu'),
      resolve(m, env) {
        const meaning = phraseOf.get(m[0].toLowerCase().replace(/\s+/g, ' '));
        if (!meaning) return null;
        const start = m.index;
        const end = m.index + m[0].length;
        if ('ref' in meaning) return { start, end, value: meaning.ref, inferred: false, kind: 'ref' };
        const ref = env.ref;
        if ('day' in meaning) return { start, end, value: ref ? fmtDay(addDays(ref, meaning.day)) : UNKNOWN.day, inferred: true, kind: 'point' };
        if (!ref) return { start, end, value: meaning.period === 'W' ? UNKNOWN.week : meaning.period === 'M' ? UNKNOWN.month : UNKNOWN.year, inferred: true, kind: 'point' };
        if (meaning.period === 'W') return { start, end, value: fmtWeek(addDays(ref, meaning.offset * 7)), inferred: true, kind: 'point' };
        if (meaning.period === 'M') {
          const mm = addMonths(ref.y, ref.m, meaning.offset);
          return { start, end, value: fmtMonth(mm.y, mm.m), inferred: true, kind: 'point' };
        }
        return { start, end, value: fmtYear(ref.y + meaning.offset), inferred: true, kind: 'point' };
      },
    },
    {
      name: 'weekday',
      priority: 2,
      re: new RegExp(`${L}(${alternation(Object.keys(lang.weekdays))})${R}`, 'giu'),
      resolve(m, env) {
        const weekday = lang.weekdays[m[1].toLowerCase()] ?? 0;
        const start = m.index;
        const end = m.index + m[0].length;
        if (!weekday) return null;
        if (!env.ref) return { start, end, value: `XXXX-WXX-${weekday}`, inferred: true, kind: 'point' };
        const day = resolveWeekday(env.ref, weekday, env.tenseAt(start, end) === 'future' ? 'future' : 'past');
        return { start, end, value: fmtDay(day), inferred: true, kind: 'point' };
      },
    },
    {
      name: 'year',
      priority: 1,
      re: new RegExp(`${L}(1[5-9]\\d\\d|20\\d\\d)\\s*(?:${alternation(lang.yearWords)})(?![\\p{L}\\p{N}])`, 'giu'),
      resolve(m) {
        return { start: m.index, end: m.index + m[0].length, value: fmtYear(Number(m[1])), inferred: false, kind: 'point' };
      },
    },
  ];
  const triggers = new Set<string>();
  for (const phrase of [...phraseOf.keys(), ...Object.keys(lang.weekdays), ...lang.yearWords]) {
    for (const w of phrase.split(/\s+/)) {
      triggers.add(w);
      triggers.add(w.charAt(0).toUpperCase() + w.slice(1));
    }
  }
  const locale = lang.chronoLocale === 'ru' ? chrono.ru : chrono.uk;
  const config = locale.createConfiguration(true);
  config.parsers = config.parsers.filter((p) => !/Weekday|TimeUnit/.test(p.constructor.name));
  config.refiners = config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  return {
    chrono: new chrono.Chrono(config),
    cues,
    rules,
    weekdayOnly: new RegExp(`^(?:${alternation(Object.keys(lang.weekdays))})$`, 'iu'),
    triggers,
    sticky: rules.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y')),
  };
}

const COMPILED: Readonly<Record<string, CompiledLanguage>> = Object.fromEntries(
  Object.entries(dateLanguages).map(([code, lang]) => [code, lang.grammar === 'phrases' ? compilePhraseLanguage(lang) : compileLanguage(lang)]),
);

/** Candidates from chrono: explicit dates ("Aug. 7, 1998", "31 August"), ranges and clock times. */
function chronoCandidates(env: Env, parser: chrono.Chrono): Candidate[] {
  const out: Candidate[] = [];
  const anchor = env.ref ? new Date(Date.UTC(env.ref.y, env.ref.m - 1, env.ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(env.text, { instant: anchor, timezone: 0 });
  } catch {
    return out;
  }
  for (const r of results) {
    let start = r.index;
    let text = r.text.trimEnd();
    const lead = /^(?:at|on|in|by|from|since|until|till|before|after|of|the|в|во|у|з|с|со|до|на)\s+/iu.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const end = start + text.length;
    // "2/1", "1/2" without a year are fractions or scores far more often than dates in news.
    if (/^\d{1,2}\s*[/.]\s*\d{1,2}$/.test(text)) continue;
    // "12 3/4" (a price), "2 1/2": a fraction after a number.
    if (/(?:^|\s)\d{1,2}\/\d{1,2}$/.test(text) && !/\d{4}/.test(text)) continue;
    // Part of a longer number or code: "21-14", "2.10.3", "555-1234".
    const before = env.text.slice(Math.max(0, start - 1), start);
    const after = env.text.slice(end, end + 2);
    if (/[\d.\-/$€£]/.test(before) || /^[-./]?\d/.test(after)) continue;
    const timeOnly = !r.start.isCertain('day') && !r.start.isCertain('month') && r.start.isCertain('hour');
    // A clock time needs a colon or a.m./p.m.: "1.20 a share" and "at 5" are not times.
    if (timeOnly && !/\d:\d\d|\d\s*[ap]\.?\s?m\b\.?/i.test(text)) continue;
    const startValue = chronoValue(r.start, env, start, end);
    if (!startValue) continue;
    if (r.end) {
      const endValue = chronoValue(r.end, env, start, end, r.start);
      if (endValue) {
        const sep = /\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\bthru\b)\s*(?!.*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\btill\b|\bthru\b))/i.exec(text);
        out.push({
          start, end, value: `${startValue.value}/${endValue.value}`, inferred: startValue.inferred || endValue.inferred,
          kind: 'point', priority: 5,
          ...(sep ? { split: { aEnd: start + sep.index, bStart: start + sep.index + sep[0].length, a: startValue.value, b: endValue.value } } : {}),
        });
        continue;
      }
    }
    out.push({ start, end, value: startValue.value, inferred: startValue.inferred, kind: 'point', priority: 5, timeOnly });
  }
  return out;
}

function chronoValue(
  c: chrono.ParsedComponents, env: Env, start: number, end: number, startComponents?: chrono.ParsedComponents,
): { value: string; inferred: boolean } | null {
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasYear = c.isCertain('year');
  const hasHour = c.isCertain('hour');
  const month = c.get('month') ?? 0;
  const dayN = c.get('day') ?? 0;
  let day: Day | null = null;
  let inferred = false;
  if (hasDay && hasMonth) {
    let y: number | null = hasYear ? (c.get('year') ?? null) : null;
    if (y === null && startComponents?.isCertain('year')) y = startComponents.get('year') ?? null;
    if (y === null && env.ref) {
      const startMonth = startComponents?.get('month');
      if (startComponents && startMonth) {
        // The end of a year-less range follows its start.
        const sy = resolveYear(env.ref, startMonth, startComponents.get('day') ?? 1, env.tenseAt(start, end) ?? 'nearest');
        y = month < startMonth ? sy + 1 : sy;
      } else {
        y = resolveYear(env.ref, month, dayN, env.tenseAt(start, end) ?? 'nearest');
      }
      inferred = true;
    }
    if (y === null) {
      if (!hasHour) return { value: `XXXX-${String(month).padStart(2, '0')}-${String(dayN).padStart(2, '0')}`, inferred: true };
      return null;
    }
    if (!isValidDay(y, month, dayN)) return null;
    day = { y, m: month, d: dayN };
  } else if (hasMonth && hasYear) {
    return { value: fmtMonth(c.get('year') ?? 0, month), inferred: false };
  } else if (hasHour) {
    if (!env.ref) return { value: `${UNKNOWN.day}T${String(c.get('hour')).padStart(2, '0')}:${String(c.get('minute') ?? 0).padStart(2, '0')}`, inferred: true };
    day = env.ref;
    inferred = true;
  } else {
    return null;
  }
  if (hasHour) return { value: fmtTime(day, c.get('hour') ?? 0, c.get('minute') ?? 0), inferred };
  return { value: fmtDay(day), inferred };
}

const DAY_VALUE = /^(\d{4}-\d\d-\d\d|XXXX-XX-XX)(?:T(?:MO|AF|EV|NI))?$/;

/** Joins a clock time to the day next to it: "9 a.m. Tuesday", "Friday at 10:35 a.m.". */
function joinTimes(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (b && !!a.timeOnly !== !!b.timeOnly && (a.timeOnly ? DAY_VALUE.test(b.value) : DAY_VALUE.test(a.value))) {
      const gap = text.slice(a.end, b.start);
      if (/^\s*(?:,\s*|\s+(?:on|at)\s+)?$/i.test(gap)) {
        const time = a.timeOnly ? a : b;
        const day = a.timeOnly ? b : a;
        const value = `${DAY_VALUE.exec(day.value)?.[1]}T${time.value.split('T')[1]}`;
        out.push({ start: a.start, end: b.end, value, inferred: day.inferred, kind: 'point', priority: day.priority });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const FULL_DAY = /^\d{4}-\d\d-\d\d(?:T.*)?$/;

/** "Saturday, April 25", "Friday Oct. 13": a weekday naming a stated date takes that date. */
function joinWeekdayDates(kept: Candidate[], text: string, weekdayNames: RegExp): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (b && weekdayNames.test(text.slice(a.start, a.end)) && FULL_DAY.test(b.value) && /^,?\s*(?:the\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * Picks non-overlapping candidates: the longer span wins, then the higher priority, then the
 * earlier. Taken characters are marked in an array, so the cost is linear in the spans' length.
 */
function settle(candidates: Candidate[], length: number): Candidate[] {
  const order = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const RANGE_GAP = /^\s*(?:-|–|—|to|through|until|till|thru|and)\s*$/i;

/** Joins "from 2010 to 2015", "between May and July", "2010-2015" into one range value. */
function joinRanges(kept: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    const b = kept[i + 1];
    if (b && a.kind === 'point' && b.kind === 'point' && !a.value.includes('/') && !b.value.includes('/') && sameGranularity(a.value, b.value)) {
      const gap = text.slice(a.end, b.start);
      const opener = previousWord(text, a.start);
      const dash = /^\s*[-–—]\s*$/.test(gap);
      const word = RANGE_GAP.test(gap) && ((/and/i.test(gap) && opener === 'between') || (!/and/i.test(gap) && opener === 'from'));
      if (dash || word) {
        out.push({ start: a.start, end: b.end, value: `${a.value}/${b.value}`, inferred: a.inferred || b.inferred, kind: 'point', priority: a.priority });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function sameGranularity(a: string, b: string): boolean {
  const shape = (v: string): string => v.replace(/\d/g, '9');
  return shape(a) === shape(b) && a < b;
}

/** Ranges from chrono split back into their two ends (when ranges are not wanted). */
function splitRanges(kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    const split = c.split;
    if (split) {
      out.push({ ...c, end: split.aEnd, value: split.a });
      out.push({ ...c, start: split.bStart, value: split.b });
    } else out.push(c);
  }
  return out;
}

const WORDS_BEFORE = 7;
const MAX_TRIGGER_LENGTH = 16;

/** Letters, digits and apostrophes make words; anything beyond ASCII counts as a letter. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 8217 || (c > 127 && c !== 8212 && c !== 8211 && c !== 8220 && c !== 8221 && c !== 160);
}

/**
 * Word-start offsets from which a rule may match: each trigger word and the words just before it.
 * A hand-written scan: this runs over every character of every article, so it avoids a regex.
 */
function startPositions(text: string, triggers: Set<string>): number[] {
  const recent: number[] = new Array(WORDS_BEFORE + 1).fill(-1);
  let count = 0;
  let lastPushed = -1;
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    recent[count % recent.length] = start;
    count++;
    const len = i - start;
    if (len > MAX_TRIGGER_LENGTH) continue;
    const first = text.charCodeAt(start);
    let hit = false;
    if (first >= 48 && first <= 57) {
      hit = len >= 2 && len <= 5 && /^(?:\d{4}s?|\d0s|[1-4]q)$/i.test(text.slice(start, i));
    } else if (len >= 2) {
      // The trigger set holds lower, Capitalised and UPPER forms, so most words need no lower-casing.
      let w = text.slice(start, i);
      hit = triggers.has(w);
      if (!hit) {
        w = w.toLowerCase();
        if (first === 39 || first === 8217) w = w.slice(1);
        hit = triggers.has(w) || ((w.endsWith("'s") || w.endsWith('’s')) && triggers.has(w.slice(0, -2))) || /^\d0s$/.test(w);
      }
    }
    if (hit) {
      for (let k = Math.max(0, count - 1 - WORDS_BEFORE); k < count; k++) {
        const pos = recent[k % recent.length];
        if (pos > lastPushed) {
          out.push(pos);
          lastPushed = pos;
        }
      }
    }
  }
  return out;
}

// Bigger inputs are cut: a news article is far below this, and the cut keeps the cost bounded.
const MAX_CHARS = 2_000_000;

/**
 * Finds the temporal expressions of a text and normalises them to TIMEX3-like values relative to
 * `reference` (the publication date). Offsets are UTF-16 code units into `text`, end exclusive.
 * Without a reference, relative expressions get underspecified values (`XXXX-XX-XX`).
 */
export function extractDates(text: string, reference: Date | null, options: ExtractDatesOptions = {}): DateExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const input = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const compiled = COMPILED[options.language ?? 'en'] ?? COMPILED.en;
  const ref = reference && !Number.isNaN(reference.getTime()) ? dayOf(reference) : null;
  const tenseCache = new Map<number, Tense | null>();
  const env: Env = {
    text: input,
    ref,
    tenseAt(start, end) {
      const cached = tenseCache.get(start);
      if (cached !== undefined) return cached;
      const tense = detectTense(input, start, end, compiled.cues);
      tenseCache.set(start, tense);
      return tense;
    },
  };

  const candidates: Candidate[] = chronoCandidates(env, compiled.chrono);
  // Rules are tried only at word starts a few words before a trigger word ("more than three and a
  // half years" starts six words before "years"): an article has far fewer of those than words,
  // which keeps the stage about as fast as chrono alone.
  const starts = startPositions(input, compiled.triggers);
  compiled.rules.forEach((rule, r) => {
    const re = compiled.sticky[r];
    for (const pos of starts) {
      re.lastIndex = pos;
      const m = re.exec(input);
      if (!m || m[0].length === 0) continue;
      const found = rule.resolve(m, env);
      if (!found) continue;
      for (const c of Array.isArray(found) ? found : [found]) {
        if (c.end > c.start) candidates.push({ ...c, priority: rule.priority });
      }
    }
  });

  let kept = joinTimes(joinWeekdayDates(settle(candidates, input.length), input, compiled.weekdayOnly), input);
  kept = options.ranges === false ? splitRanges(kept) : joinRanges(kept, input);

  // Earnings news: "a year earlier" after "the third quarter" means that quarter a year before.
  let lastQuarter: string | null = null;
  const out: DateExpression[] = [];
  for (const c of kept) {
    let value = c.value;
    if (/^\d{4}-Q[1-4]$/.test(value) && !c.yearAgo) lastQuarter = value;
    if (c.quarterOfYear !== undefined && lastQuarter) value = `${fmtYear(c.quarterOfYear)}-Q${lastQuarter.slice(-1)}`;
    if (c.yearAgo && lastQuarter && ref) {
      const [y, q] = lastQuarter.split('-Q');
      value = `${Number(y) - 1}-Q${q}`;
    }
    out.push({ text: input.slice(c.start, c.end), start: c.start, end: c.end, value, inferred: c.inferred });
  }
  return out;
}

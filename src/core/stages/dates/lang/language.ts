/**
 * The shape of a language's word tables for the dates stage. A language is added by writing one
 * `lang/<code>/tables.ts` and listing it in `lang/index.ts`: `DateLanguage` for languages read with
 * the full rule grammar (English; its patterns still hold English function words such as "the",
 * "of", "ago", so a new language of this kind also needs those moved into tables), or
 * `PhraseDateLanguage` for languages read with fixed phrases plus chrono's locale (Russian,
 * Ukrainian).
 */

/** Word tables for one language read with the English grammar of rules; keys are lower case. */
export interface DateLanguage {
  /** ISO 639-1 code. */
  code: string;
  grammar?: 'en';
  /** Month names and abbreviations → 1..12. */
  months: Record<string, number>;
  /** Month words that are also ordinary words; they need a date context. */
  ambiguousMonths: string[];
  /** Weekday names → ISO weekday 1 (Monday) .. 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Number words → value. */
  numbers: Record<string, number>;
  /** Quantifiers that give an unspecified amount (`X` in the value). */
  vagueQuantities: string[];
  /**
   * Vague quantities that say when rather than how long: "in the coming days" is the near future
   * (TIMEX3 `FUTURE_REF`), not a span of days (`PXD`).
   */
  futureQuantities?: string[];
  /** Ordinals used with quarters and halves → 1..4. */
  ordinals: Record<string, number>;
  /** Unit words → unit code: Y M W D H MIN S DE (decade) CE (century) Q (quarter). */
  units: Record<string, string>;
  /** Season words → TIMEX3 season code. */
  seasons: Record<string, string>;
  /** Parts of the day → TIMEX3 code (MO, AF, EV, NI). */
  partsOfDay: Record<string, string>;
  /** Day words → offset in days from the reference. */
  dayAnchors: Record<string, number>;
  presentRefs: string[];
  pastRefs: string[];
  futureRefs: string[];
  /** Direction words before a period → -1, 0, +1. */
  relative: Record<string, number>;
  /** Position words → TIMEX3 mod (START, MID, END). */
  periodPositions: Record<string, string>;
  /** Bound and approximation words kept in a duration's span. */
  durationModifiers: string[];
  /** Nouns after a number that mark it as a count. */
  countNouns: string[];
  /** Words before a number that mark it as a name or code. */
  nonDatePrefixes: string[];
  /** Street-name endings, lower case, without the period. */
  streetSuffixes: string[];
  /** Words before a bare four-digit number that make it a year. */
  yearPrepositions: string[];
  /** Periodic adverbs → TIMEX3 SET value. */
  sets: Record<string, string>;
  /** Fixed-date holidays → `MM-DD`. */
  holidays: Record<string, string>;
  /** Tense cues. */
  tense: TenseTables;
}

/** Tense cues of a language. */
export interface TenseTables {
  future: string[];
  past: string[];
  /** Endings of past-tense verbs ("-ed"; Russian "-л", "-ла"). */
  pastEndings: string[];
  /** Words with a past ending that are not past verbs. */
  notPastEd: string[];
  /** Forms of "be" that make a following participle passive. */
  be: string[];
  /** Words right before an expression that make it a deadline (future). */
  deadline: string[];
  /** Reporting verbs. */
  reporting: string[];
  /** Words after which a past-ending word is an adjective. */
  adjectiveBefore: string[];
}

/** What a fixed phrase means: a day offset, a relative period, or a vague reference. */
export type PhraseMeaning =
  | { day: number }
  | { period: 'W' | 'M' | 'Y'; offset: number }
  | { ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' };

/**
 * Tables for a language read with fixed phrases rather than the English grammar (Russian,
 * Ukrainian): inflection makes word-by-word patterns long, while the phrases news uses for
 * relative time are few. Explicit dates come from chrono's locale.
 */
export interface PhraseDateLanguage {
  code: string;
  grammar: 'phrases';
  /** The chrono-node locale that reads explicit dates. */
  chronoLocale: 'ru' | 'uk';
  /** Lower-case phrase → meaning ("на прошлой неделе" → last week). */
  phrases: Record<string, PhraseMeaning>;
  /** Inflected weekday forms → ISO weekday (1 = Monday). */
  weekdays: Record<string, number>;
  /** Words right after a four-digit number that make it a year ("году", "року"). */
  yearWords: string[];
  tense: TenseTables;
}

/**
 * The shape of a language's furniture lexicon: the words page furniture is made of. Each list holds
 * phrases matched case-insensitively at the start of a short line (unless a field says otherwise).
 * The lists live per language under `lang/<code>/furniture.ts`; the rules that use them are in
 * `classify-furniture.ts`.
 */
export interface FurnitureLexicon {
  /** "Read also", "Related articles": a pointer to other articles. */
  related: string[];
  /** "Share", "Tweet": share buttons that became text. */
  share: string[];
  /** Newsletter and subscription calls. */
  subscribe: string[];
  /** Comment-thread furniture: "Leave a comment", "Comments are closed". */
  comments: string[];
  /** "Was this article helpful?" */
  feedback: string[];
  /** Advertisement labels. */
  advert: string[];
  /** Post-footer lines: "Posted in", "Filed under", "Tags:". */
  posted: string[];
  /** Navigation leftovers: "Load more", "Back to top", "Print". */
  navigation: string[];
  /** Caption and credit labels: "Photo", "Image". Matched as `label:` or `label ©`. */
  captionLabels: string[];
  /** Standalone image labels that are a whole line: "Featured image". */
  imageLines: string[];
  /** Byline labels followed by a name: "Author:", "By". */
  bylineLabels: string[];
  /** Disclaimer labels, followed by a colon. */
  disclaimerLabels: string[];
  /** Phrases that make a short line a disclaimer or rights notice wherever they occur. */
  disclaimerPhrases: string[];
  /** Words of a "read this in another language" line ("read", "version"), any position. */
  readVersion: string[];
  /** Month names: the twelve full names first, in calendar order, then variants and abbreviations. */
  months: string[];
  /** Weekday names and abbreviations. */
  weekdays: string[];
  /** Words around a date in a dateline: "published", "updated", "on". */
  dateWords: string[];
  /** Language names as written in that language, for language switchers. */
  languageNames: string[];
}

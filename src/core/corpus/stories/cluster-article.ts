/** A named entity as the entity stage gives it (may be absent: then capitalised phrases stand in). */
export interface ClusterEntity {
  name: string;
  type: string;
  /** How many times the article mentions it (1 when unknown). */
  mentions?: number;
}

/**
 * What story and event clustering reads of one article. Built from an `Article` (clean text, title,
 * publication date, outlet, entities, dates) or from a benchmark record.
 */
export interface ClusterArticle {
  id: string;
  title: string | null;
  /** The clean body text. */
  text: string;
  /** Publication date or date-time (ISO 8601), or null when unknown. */
  published: string | null;
  outlet: string | null;
  entities?: ClusterEntity[];
  /** Place names mentioned (from the entity stage). */
  places?: string[];
  /** Dates mentioned in the text, as ISO values (`2013-07-26`, `2013-07`, `2013`). */
  dates?: string[];
  /** Language of the text (ISO 639-1), or null/absent when unknown. */
  language?: string | null;
  /**
   * Language-independent ids of what the article names: the corpus entity ids entity resolution gave
   * its people, organisations and places (one id for "Kyiv" and "Київ"). Read only to score an article
   * against events in another language, where words cannot meet.
   */
  refs?: string[];
  /**
   * The words the article quotes: the text of its direct quotes and of the quoted fragments of its mixed
   * quotes (the quotes stage's `fragment`), not paraphrases. Two reports that give the same words (one
   * perhaps trimmed) most likely report the same happening (see `ClusterOptions.quotes`).
   */
  quotes?: string[];
}

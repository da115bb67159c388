import type { Stage } from './stage.js';
import { cleanStage } from '../stages/clean/clean-stage.js';
import { languageStage } from '../stages/language/language-stage.js';
import { sentencesStage } from '../stages/sentences/sentences-stage.js';
import { entitiesStage } from '../stages/entities/entities-stage.js';
import { datesStage } from '../stages/dates/dates-stage.js';
import { quotesStage } from '../stages/quotes/quotes-stage.js';

/**
 * The default per-article pipeline, in order. Each stage names the fields it requires; the order
 * below satisfies them and says why.
 */
export const DEFAULT_PIPELINE: readonly Stage[] = [
  // 1. From raw input (text or HTML) to normalised clean text with a map back to the input. Every
  //    later offset indexes into this text, so it comes first.
  cleanStage,
  // 2. Language, on the clean text: furniture such as language-switcher lines would mislead it.
  languageStage,
  // 3. Sentences and paragraphs: the unit that entities, quotes and dates work in.
  sentencesStage,
  // 4. Named entities with within-article resolution (name parts, acronyms, roles): quotes need
  //    them to name speakers, clustering and cross-article resolution read them.
  entitiesStage,
  // 5. Dates after language, so that Russian and Ukrainian articles get their own tables; the
  //    reference date is the publication date the clean stage may have found.
  datesStage,
  // 6. Quotes last: speakers resolve to the entities found above (ids and canonical names).
  quotesStage,
];

/** Stage name → version, for what the default pipeline would produce (stored with each article). */
export function pipelineVersions(stages: readonly Stage[] = DEFAULT_PIPELINE): Record<string, number> {
  return Object.fromEntries(stages.map((s) => [s.name, s.version]));
}

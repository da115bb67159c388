import type { Stage } from './stage.js';
import { cleanStage } from '../stages/clean/clean-stage.js';
import { languageStage } from '../stages/language/language-stage.js';
import { sentencesStage } from '../stages/sentences/sentences-stage.js';

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
];

/** Stage name → version, for what the default pipeline would produce (stored with each article). */
export function pipelineVersions(stages: readonly Stage[] = DEFAULT_PIPELINE): Record<string, number> {
  return Object.fromEntries(stages.map((s) => [s.name, s.version]));
}

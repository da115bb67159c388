import type { CorpusStep } from './corpus-steps.js';
import { resolveEntitiesStep } from './entities/resolve-entities-step.js';
import { clusterStoriesStep } from './cluster-step/cluster-stories-step.js';
import { statementLedgerStep } from './statements/statement-ledger-step.js';
import { templateFurnitureStep } from './templates/template-furniture-step.js';

/**
 * The corpus steps ingest runs after each batch, in order, with why.
 */
export const DEFAULT_CORPUS_STEPS: CorpusStep[] = [
  // Cross-document furniture: lines that recur across many articles of one outlet are template,
  // removed (with the evidence) before any other step reads the text; the stages after `clean` are
  // re-run on the articles that change.
  templateFurnitureStep,
  // Entities across articles: re-resolves the whole corpus with the analyst overrides, so a new
  // article can join (or split) entities seen before; reads only the stored entities field.
  resolveEntitiesStep,
  // Duplicates, events and stories: the clusterer is the single writer of its tables and takes the
  // articles no earlier run placed, in publication order.
  clusterStoriesStep,
  // The statement ledger: after entity resolution, whose resolved speakers it uses to keep two
  // people's identical words apart; catches up on any article with quotes it has not read.
  statementLedgerStep,
];

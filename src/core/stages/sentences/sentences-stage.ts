import type { Sentences } from '../../article.js';
import { defineStage } from '../../pipeline/stage.js';
import { splitSentences } from './split-sentences.js';

/** The `sentences` stage: sentence spans inside paragraphs, and the token count. */
export const sentencesStage = defineStage({
  name: 'sentences',
  version: 1,
  requires: ['clean'],
  run(article): Sentences {
    const clean = article.clean!;
    return splitSentences(clean.text, clean.paragraphs);
  },
});

import { defineStage } from '../../pipeline/stage.js';
import { resolveEntities } from './resolve-entities.js';
import { getDefaultTagger } from './tag-entities.js';

/** Texts longer than this are tagged only up to it (with a warning): keeps one article bounded. */
const MAX_CHARS = 2_000_000;

/**
 * The `entities` stage: named entities of the clean text (people, organisations, places, other named
 * things, nationalities) resolved within the article, with mentions, offsets and roles.
 */
export const entitiesStage = defineStage({
  name: 'entities',
  // 3: listed groupings, elections and ministries named with their country (named-phrases.ts).
  version: 3,
  requires: ['clean'],
  run(article, ctx) {
    const text = article.clean?.text ?? '';
    if (text.length === 0) return [];
    let body = text;
    if (body.length > MAX_CHARS) {
      ctx.warn(`entities: text of ${body.length} characters tagged up to ${MAX_CHARS}`);
      body = body.slice(0, MAX_CHARS);
    }
    return resolveEntities(body, getDefaultTagger().analyze(body));
  },
});

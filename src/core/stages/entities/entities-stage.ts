import { defineStage } from '../../pipeline/stage.js';
import { addBylineEntities, addCreditEntities, addCreditLineEntities } from './byline-entities.js';
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
  // 4: the byline's people and agencies, and agencies of removed photo credits (mentions with `field`).
  // 5: Cyrillic case forms typed, grouped and named in the nominative; sentence-initial Cyrillic
  //    names; people of credit lines in the text (`field: 'credit'`) and photographers of removed credits.
  // 8: events under a euphemism or another common name ("special military operation"); a
  //    country's far east/north/west/south as the region ("Russian Far East").
  // 9: leaders named by office alone resolved to the holder on the article's date (office-mentions.ts).
  version: 9,
  requires: ['clean'],
  run(article, ctx) {
    const text = article.clean?.text ?? '';
    if (text.length === 0) return [];
    let body = text;
    if (body.length > MAX_CHARS) {
      ctx.warn(`entities: text of ${body.length} characters tagged up to ${MAX_CHARS}`);
      body = body.slice(0, MAX_CHARS);
    }
    // The byline the article is listed with (`articleFacts`): the input's author, else the one cleaning found.
    const outlet = article.source.outlet ?? article.clean?.outlet ?? null;
    // Leaders named by office alone are the holders on the article's date (publication, else receipt).
    const date = ctx.referenceDate === null ? null : ctx.referenceDate.toISOString().slice(0, 10);
    const entities = addCreditLineEntities(resolveEntities(body, getDefaultTagger().analyze(body), { date }), body, outlet);
    const withByline = article.source.author
      ? addBylineEntities(entities, article.source.author, 'author', outlet)
      : addBylineEntities(entities, article.clean?.byline ?? null, 'byline', outlet);
    return addCreditEntities(withByline, article.clean?.removed ?? []);
  },
});

import type { CleanText } from '../../article.js';
import { defineStage } from '../../pipeline/stage.js';
import { findParagraphs } from '../../text/normalize.js';
import { identityMap } from '../../text/offset-map.js';
import { cleanDocument } from './clean-document.js';

/**
 * The `clean` stage. Version 2: HTML goes through the main-text sieve (Readability over linkedom,
 * a density fallback, the linear scan for hostile pages) and the metadata extractor; scraped text
 * through headline detection; both through the furniture line pass (captions, credits, language
 * switchers, share/related/subscribe lines, disclaimers, bylines, tag lines, footnote markers).
 * Every removal is listed with input offsets. With the `verbatim` option the text is exactly the
 * input, so offsets refer to the input.
 */
export const cleanStage = defineStage({
  name: 'clean',
  version: 2,
  requires: [],
  run(article, ctx): CleanText {
    const { raw, format, url, outlet } = article.source;
    if (ctx.options.verbatim) {
      return {
        text: raw, title: null, byline: null, published: null, outlet: null, tags: [], removed: [],
        map: identityMap(), paragraphs: findParagraphs(raw),
      };
    }
    const clean = cleanDocument(raw, format, { url: url ?? article.source.origin.url ?? null, outlet: outlet ?? null });
    if (clean.extraction?.note) ctx.warn(`clean: ${clean.extraction.method}: ${clean.extraction.note}`);
    return clean;
  },
});

import type { DateExpression } from '../../article.js';
import { defineStage } from '../../pipeline/stage.js';
import { extractDates } from './extract-dates.js';
import { dateLanguages } from './lang/index.js';

/**
 * The `dates` stage: temporal expressions of the clean text with TIMEX3-like values, relative to the
 * reference date the runner passes in (the publication date when known). Without a reference,
 * relative expressions get underspecified values (`XXXX-XX-XX`) rather than a guess.
 */
export const datesStage = defineStage({
  name: 'dates',
  version: 2,
  requires: ['clean'],
  run(article, ctx): DateExpression[] {
    const text = article.clean!.text;
    const code = article.language?.code;
    let language = 'en';
    if (code && code !== 'und') {
      if (dateLanguages[code]) language = code;
      else ctx.warn(`dates: no word tables for language "${code}"; English rules used`);
    }
    if (!ctx.referenceDate) ctx.warn('dates: no reference date; relative expressions left underspecified');
    return extractDates(text, ctx.referenceDate, { language });
  },
});

/**
 * Short forms whose full name is what news writing calls the entity: an article that only says
 * "the US" or "the EU" still names the United States or the European Union, and the entity carries
 * the full name (the short form stays a mention and an alias). Only unambiguous, well-known forms:
 * an acronym that stands for different things in different articles is left as written.
 */
export const SHORT_FORM_NAMES: ReadonlyMap<string, string> = new Map([
  ['US', 'United States'], ['U.S.', 'United States'], ['USA', 'United States'], ['U.S.A.', 'United States'],
  ['UK', 'United Kingdom'], ['U.K.', 'United Kingdom'],
  ['UAE', 'United Arab Emirates'],
  ['EU', 'European Union'], ['E.U.', 'European Union'],
  ['UN', 'United Nations'], ['U.N.', 'United Nations'],
  ['USSR', 'Soviet Union'], ['U.S.S.R.', 'Soviet Union'],
]);

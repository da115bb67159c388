/**
 * Named things that a newswire tagger misses because they are written in lowercase, or that it cuts
 * short because their last word is an ordinary noun: alliances and groupings of states that act as
 * one party ("the coalition of the willing", the Weimar Triangle), and groups of countries named as
 * a region ("the Gulf states", "the Baltic states"). A phrase written in lowercase here matches in
 * any case; one with capitals only as written (Five Eyes, not "five eyes").
 */
export const NAMED_PHRASES: readonly { phrase: string; type: 'ORG' | 'PLACE' | 'EVENT'; name?: string }[] = [
  // Alliances and groupings that speak and act as one party.
  { phrase: 'coalition of the willing', type: 'ORG' },
  { phrase: 'Group of Seven', type: 'ORG' },
  { phrase: 'Group of Eight', type: 'ORG' },
  { phrase: 'Group of Twenty', type: 'ORG' },
  { phrase: 'Group of 20', type: 'ORG' },
  { phrase: 'Five Eyes', type: 'ORG' },
  { phrase: 'Weimar Triangle', type: 'ORG' },
  { phrase: 'Visegrad Group', type: 'ORG' },
  { phrase: 'Visegrad Four', type: 'ORG' },
  { phrase: 'Ukraine Defense Contact Group', type: 'ORG' },
  { phrase: 'Ukraine Defence Contact Group', type: 'ORG' },
  { phrase: 'Ramstein group', type: 'ORG' },
  { phrase: 'Axis of Resistance', type: 'ORG' },
  { phrase: 'Nordic-Baltic Eight', type: 'ORG' },
  { phrase: 'Friends of Syria', type: 'ORG' },
  // Groups of countries named as a region.
  { phrase: 'Gulf states', type: 'PLACE' },
  { phrase: 'Gulf Arab states', type: 'PLACE' },
  { phrase: 'Persian Gulf states', type: 'PLACE' },
  { phrase: 'Baltic states', type: 'PLACE' },
  { phrase: 'Baltic countries', type: 'PLACE' },
  { phrase: 'Nordic countries', type: 'PLACE' },
  { phrase: 'Nordic states', type: 'PLACE' },
  { phrase: 'Balkan states', type: 'PLACE' },
  { phrase: 'Western Balkans', type: 'PLACE' },
  { phrase: 'Central Asian states', type: 'PLACE' },
  { phrase: 'Central Asian countries', type: 'PLACE' },
  { phrase: 'Sahel states', type: 'PLACE' },
  // Events under another name than their common one: an official euphemism or a written-out form,
  // named as encyclopaedias name the event.
  { phrase: 'special military operation', type: 'EVENT', name: 'Russian invasion of Ukraine' },
  { phrase: 'специальная военная операция', type: 'EVENT', name: 'Russian invasion of Ukraine' },
  { phrase: 'специальной военной операции', type: 'EVENT', name: 'Russian invasion of Ukraine' },
  { phrase: 'спеціальна військова операція', type: 'EVENT', name: 'Russian invasion of Ukraine' },
  { phrase: 'спеціальної військової операції', type: 'EVENT', name: 'Russian invasion of Ukraine' },
  { phrase: 'Second World War', type: 'EVENT', name: 'World War II' },
  { phrase: 'First World War', type: 'EVENT', name: 'World War I' },
  { phrase: 'covid-19 pandemic', type: 'EVENT', name: 'COVID-19 pandemic' },
  { phrase: 'covid pandemic', type: 'EVENT', name: 'COVID-19 pandemic' },
  { phrase: 'coronavirus pandemic', type: 'EVENT', name: 'COVID-19 pandemic' },
  { phrase: 'Revolution of Dignity', type: 'EVENT' },
  { phrase: 'Maidan revolution', type: 'EVENT', name: 'Revolution of Dignity' },
];

/**
 * Parts of a country named by a possessive and a compass word ("Russia's far east"): the regions
 * known by the country's adjective and the capitalised words ("Russian Far East").
 */
export const COUNTRY_REGION_WORDS: ReadonlySet<string> = new Set(['far east', 'far north', 'far west', 'far south']);

/** Kinds of elections named after a country or people: "the US presidential election". */
export const ELECTION_KINDS: ReadonlySet<string> = new Set([
  'presidential', 'parliamentary', 'general', 'legislative', 'midterm', 'congressional', 'local', 'regional',
  'municipal', 'mayoral', 'snap', 'federal', 'state', 'gubernatorial', 'senate',
]);

/**
 * Portfolios of ministries written "<Nationality> <Portfolio> Ministry" ("the Ukrainian Foreign
 * Ministry"), → the words of the official form "Ministry of <…> of <Country>". A portfolio not
 * listed keeps its own word ("Health Ministry" → "Ministry of Health").
 */
export const MINISTRY_PORTFOLIOS: ReadonlyMap<string, string> = new Map([
  ['foreign', 'Foreign Affairs'], ['defence', 'Defence'], ['defense', 'Defence'], ['interior', 'Internal Affairs'],
  ['finance', 'Finance'], ['economy', 'Economy'], ['justice', 'Justice'], ['health', 'Health'], ['energy', 'Energy'],
  ['education', 'Education'], ['agriculture', 'Agriculture'], ['culture', 'Culture'], ['emergencies', 'Emergency Situations'],
]);

/**
 * English abbreviations that keep their final period as part of the token ("Mr.", "Corp.", "Jan.").
 * Lowercased, without the period. Multi-letter dotted forms ("U.S.", "e.g.") are recognised by shape
 * and need no entry here.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Titles and honorifics.
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'fr', 'hon', 'messrs', 'mme', 'mlle',
  // Military, police and political ranks.
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov', 'sen', 'rep',
  'pres', 'supt', 'insp', 'amb', 'sec',
  // Company and organisation suffixes.
  'corp', 'inc', 'ltd', 'co', 'bros', 'assn', 'dept', 'univ', 'plc', 'intl',
  // Months and weekdays.
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // Places and addresses.
  'mt', 'ft', 'ave', 'blvd', 'rd',
  // Other common ones in news text.
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'vol', 'fig', 'op', 'pp',
]);

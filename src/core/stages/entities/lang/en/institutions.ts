/**
 * Seats of power that news prose uses as speaking organisations (metonyms): "the Kremlin said",
 * "the White House announced". Newswire training data often tags them as places; in a story they act
 * as organisations and are typed ORG. Lowercase.
 */
export const INSTITUTION_METONYMS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'downing street', 'elysee', 'élysée', 'elysee palace', 'élysée palace',
  'quai d\'orsay', 'whitehall', 'capitol hill', 'foggy bottom', 'bankova', 'zhongnanhai', 'blue house', 'vatican',
  'holy see', 'chancellery', 'knesset', 'bundestag', 'duma', 'state duma', 'verkhovna rada', 'rada', 'sejm',
  'storting', 'riksdag', 'folketing', 'congress', 'parliament', 'senate',
]);

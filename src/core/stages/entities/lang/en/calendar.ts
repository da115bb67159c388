/**
 * Month and weekday names: capitalised in running text but names of time, not entities. A one-word
 * person name that is also one of these ("May", "August") is not searched for again in the text.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

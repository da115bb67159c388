/**
 * Words of the dates stage's past-tense cues that name no event: auxiliaries, whose participle is
 * the event ("was fired" → fired), and time adverbs. Lower case.
 */
export const NOT_EVENT_WORDS_EN: readonly string[] = [
  'was', 'were', 'had', 'did', 'been', 'ago', 'yesterday', 'last', 'earlier', 'previously', 'according',
];

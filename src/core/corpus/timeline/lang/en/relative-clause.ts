/**
 * Words that open a relative clause or a "since" phrase: a date inside one dates what the clause is
 * about ("…, stated after the talks, which opened on Tuesday"; "Issel, who has led the team since
 * March, said"), not the statement. Lower case; matched as whole words between the last comma or
 * dash before the date and the date.
 */
export const CLAUSE_OPENERS_EN: readonly string[] = ['which', 'who', 'whom', 'whose', 'where', 'since'];

/**
 * Irregular past participles that open a participial modifier set off by a comma ("The dam, built in
 * 1968 and run by the state, …"; "The mayor, chosen in 2021, …"): such a phrase describes the noun
 * before it, so a date inside it dates that noun, not a statement. Regular "-ed" participles are
 * recognised by their ending. Lower case.
 */
export const IRREGULAR_PARTICIPLES_EN: readonly string[] = [
  'born', 'built', 'made', 'held', 'taken', 'won', 'lost', 'written', 'given', 'known', 'seen', 'chosen',
  'begun', 'broken', 'sold', 'bought', 'paid', 'sent', 'brought', 'led', 'run', 'set', 'kept', 'left',
  'found', 'grown', 'drawn', 'driven', 'shot', 'struck', 'hit', 'put', 'cut', 'thrown', 'torn', 'worn',
  'sworn', 'spent', 'stolen', 'hidden', 'laid', 'shut', 'dug', 'rebuilt', 'overthrown', 'withdrawn',
];

/**
 * Participles that set the scene of the saying itself ("Marsh, asked on Tuesday about the port,
 * said …"; "…, interviewed in March, she said"): a date in a phrase opened by one of them does date
 * the statement. Lower case.
 */
export const SPEECH_SCENE_PARTICIPLES_EN: readonly string[] = [
  'asked', 'interviewed', 'questioned', 'quoted', 'contacted', 'reached', 'pressed', 'approached', 'challenged', 'told',
];

/** Words in "-ed" that are no participle ("indeed, in 2021 …"). Lower case. */
export const NOT_PARTICIPLE_ED_EN: readonly string[] = [
  'indeed', 'hundred', 'need', 'speed', 'seed', 'feed', 'breed', 'creed', 'greed', 'weed', 'proceed',
  'exceed', 'succeed', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'shed', 'bed', 'red',
];

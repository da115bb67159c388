/**
 * Words that open a relative clause or a "since" phrase: a date inside one dates what the clause is
 * about ("…, stated after the talks, which opened on Tuesday"; "Issel, who has led the team since
 * March, said"), not the statement. Lower case; matched as whole words between the last comma or
 * dash before the date and the date.
 */
export const CLAUSE_OPENERS_EN: readonly string[] = ['which', 'who', 'whom', 'whose', 'where', 'since'];

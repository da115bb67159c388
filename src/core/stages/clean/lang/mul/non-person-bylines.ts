/**
 * Words that make a byline an organisation or a desk rather than a person ("Staff Writer",
 * "Redaktion", "Newsroom"), in the languages of the lexicons. Matched as whole words, any case.
 */
export const NON_PERSON_BYLINE_WORDS: readonly string[] = [
  'staff', 'staff writer', 'staff reporter', 'editorial', 'editors', 'editor', 'editorial team', 'editorial board', 'newsroom', 'news desk', 'desk', 'team',
  'admin', 'administrator', 'agency', 'agencies', 'wire', 'wires', 'press release', 'contributor', 'guest', 'online', 'digital', 'web',
  'redaktion', 'redaktionen', 'onlineredaktion', 'nachrichtenredaktion', 'agentur', 'agenturen', 'red.',
  'rédaction', 'la rédaction', 'redacción', 'redazione', 'редакция', 'редакція', '编辑部', '本报',
  'reuters', 'afp', 'ap', 'associated press', 'dpa', 'apa', 'ansa', 'efe', 'kna', 'epd', 'tass', 'ria novosti', 'interfax', 'ukrinform', 'unian', 'xinhua', 'bloomberg',
];

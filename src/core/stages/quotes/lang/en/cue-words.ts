/**
 * English word lists for quote extraction. Hand-written from how news prose reports speech; the
 * verbs that PolNeAR's annotators marked as cues are merged in from `derived-cue-verbs.ts`.
 */

/**
 * Verbs of saying, as base forms. Each is expanded to -s / -ed / -ing forms by `inflect`, unless the
 * irregular table below gives the forms. ("characterise X as Y" reads like "describe X as Y", in
 * either spelling; a word listed here is no longer decided by the learned cue model.)
 */
export const SPEECH_VERBS: readonly string[] = [
  'say', 'state', 'claim', 'insist', 'warn', 'add', 'note', 'explain', 'argue', 'assert', 'declare',
  'announce', 'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'reply', 'respond', 'answer',
  'ask', 'write', 'tweet', 'post', 'report', 'suggest', 'stress', 'emphasize', 'emphasise',
  'underline', 'underscore', 'reiterate', 'repeat', 'recall', 'predict', 'promise', 'pledge', 'vow',
  'urge', 'caution', 'complain', 'comment', 'remark', 'observe', 'boast', 'joke', 'quip', 'contend',
  'maintain', 'allege', 'charge', 'estimate', 'speculate', 'testify', 'tell', 'inform', 'assure',
  'reassure', 'counter', 'retort', 'continue', 'conclude', 'reveal', 'disclose', 'hint', 'indicate',
  'mention', 'propose', 'recommend', 'demand', 'threaten', 'lament', 'signal', 'tout', 'brag',
  'grumble', 'shout', 'yell', 'scream', 'whisper', 'exclaim', 'sigh', 'mutter', 'thunder',
  'proclaim', 'opine', 'muse', 'reason', 'surmise', 'conclude', 'affirm', 'reaffirm', 'clarify',
  'specify', 'point', 'highlight', 'describe', 'characterise', 'characterize', 'elaborate', 'lament', 'agree', 'disagree',
  'object', 'protest', 'plead', 'beg', 'implore', 'advise', 'forecast', 'project', 'guarantee',
  'swear', 'acknowledge', 'snap', 'fume', 'rage', 'gush', 'chide', 'scoff', 'sneer', 'cry',
  'demur', 'interject', 'retaliate', 'rebut', 'scold', 'taunt', 'vent', 'marvel', 'concur', 'recount',
  'relate', 'insinuate', 'preach', 'pronounce', 'cheer', 'chant', 'groan', 'grouse', 'huff', 'sniff',
];

/**
 * Verbs that are cues only with their particle ("shot back", "went on", "lashed out"); the
 * extractor checks the particle.
 */
export const PHRASAL_CUE_VERBS: readonly string[] = ['shoot', 'fire', 'hit', 'go', 'push', 'speak', 'lash', 'chime', 'weigh'];

/** Verbs of belief and opinion: cues only when a that-clause or a clause follows. */
export const COGNITION_VERBS: readonly string[] = [
  'believe', 'think', 'fear', 'hope', 'expect', 'feel', 'worry', 'doubt', 'suspect', 'know',
  'reckon', 'figure', 'assume', 'wonder', 'imagine',
];

/** Irregular forms: base → [third person, past, participle, -ing]. */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  feel: ['feels', 'felt', 'feeling'],
  know: ['knows', 'knew', 'known', 'knowing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  cry: ['cries', 'cried', 'crying'],
  reply: ['replies', 'replied', 'replying'],
  deny: ['denies', 'denied', 'denying'],
  testify: ['testifies', 'testified', 'testifying'],
  specify: ['specifies', 'specified', 'specifying'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  worry: ['worries', 'worried', 'worrying'],
  snap: ['snaps', 'snapped', 'snapping'],
  demur: ['demurs', 'demurred', 'demurring'],
  concur: ['concurs', 'concurred', 'concurring'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  shoot: ['shoots', 'shot', 'shooting'],
  go: ['goes', 'went', 'going'],
  hit: ['hits', 'hit', 'hitting'],
  speak: ['speaks', 'spoke', 'speaking'],
  chime: ['chimes', 'chimed', 'chiming'],
  beg: ['begs', 'begged', 'begging'],
};

/** Verbs that take the hearer as object before the content: "told reporters that …". */
export const HEARER_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'reassure', 'warn', 'advise', 'remind', 'urge', 'ask', 'promise',
]);

/** Hearers worth keeping in the cue ("told reporters"). */
export const HEARER_WORDS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'the press', 'lawmakers', 'supporters', 'the audience', 'the crowd',
]);

/** Subject pronouns that can be speakers. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words that open a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'many', 'several', 'other', 'two', 'three', 'four', 'both', 'most', 'few', 'one', 'another',
  'each', 'every', 'no', 'all', 'more',
]);

/** Words between subject and cue that do not stop the search for the subject ("has also said"). */
export const SKIPPABLE_BEFORE_CUE: ReadonlySet<string> = new Set([
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'later', 'then', 'previously',
  'earlier', 'again', 'once', 'not', 'did', 'does', 'do', 'could', 'might', 'may', 'can', 'should',
  'must', 'just', 'even', 'never', 'often', 'still', 'further', 'first', 'last', 'long', 'already',
  'always', 'since', 'subsequently', 'flatly', 'ever', 'too', 'had', 'been', 'being', 'soon', 'now',
  'yet', 'separately', 'likewise', 'similarly', 'meanwhile', 'however', 'nevertheless', 'nonetheless', 'instead', 'herself', 'himself', 'themselves', 'itself',
]);

/**
 * Role nouns that name a person or body by function; a noun phrase headed by one is a description
 * that can be resolved to a named entity introduced with that role.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'secretary', 'minister', 'president',
  'chancellor', 'premier', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor', 'chief',
  'director', 'official', 'officials', 'ambassador', 'envoy', 'diplomat', 'diplomats', 'adviser',
  'advisers', 'advisor', 'advisors', 'aide', 'aides', 'leader', 'leaders', 'chairman', 'chairwoman',
  'chair', 'candidate', 'nominee', 'prosecutor', 'prosecutors', 'judge', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'commander', 'general', 'officer', 'officers', 'police', 'sheriff',
  'executive', 'ceo', 'founder', 'analyst', 'analysts', 'expert', 'experts', 'critic', 'critics',
  'source', 'sources', 'witness', 'witnesses', 'researcher', 'researchers', 'economist', 'economists',
  'professor', 'author', 'authors', 'report', 'statement', 'poll', 'polls', 'survey', 'study',
  'campaign', 'ministry', 'government', 'agency', 'office', 'department', 'committee', 'company',
  'administration', 'kremlin', 'embassy', 'council', 'court', 'party', 'group', 'organization',
  'organisation', 'newspaper', 'outlet', 'agency', 'military', 'army', 'army', 'supporters',
  'opponents', 'residents', 'voters', 'democrats', 'republicans', 'lawmakers', 'members', 'member',
  'head', 'boss', 'manager', 'coach', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'friend', 'neighbor', 'neighbour', 'owner', 'victim', 'suspect', 'investigator', 'investigators',
  'coroner', 'deputy', 'deputies', 'detective', 'detectives', 'authorities', 'activist', 'activists',
  'protesters', 'strategist', 'strategists', 'pollster', 'pundit', 'host', 'correspondent', 'editor',
  'reporter', 'columnist', 'press', 'staff', 'team', 'people', 'observers', 'insiders', 'historians',
  'scientists', 'doctors', 'doctor', 'man', 'woman', 'student', 'students', 'teacher', 'worker',
  'workers', 'union', 'firm', 'bank', 'white', 'house', 'state', 'master', 'captain', 'commissioner',
  'inspector', 'superintendent', 'principal', 'dean', 'rector', 'bishop', 'archbishop', 'pastor',
  'priest', 'rabbi', 'imam', 'speaker', 'whip', 'counsel', 'solicitor', 'auditor', 'treasurer',
  'controller', 'comptroller', 'clerk', 'operator', 'administrator', 'coordinator', 'organizer',
  'organiser', 'negotiator', 'mediator', 'envoy', 'delegate', 'delegates', 'vice', 'deputy',
]);

/** Person titles that precede a name and are not part of it. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.',
  'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'capt', 'capt.', 'sgt', 'sgt.', 'prof', 'prof.', 'rev',
  'rev.', 'president', 'senator', 'governor', 'mayor', 'minister', 'secretary', 'judge', 'justice',
  'chancellor', 'premier', 'prime', 'foreign', 'defense', 'defence', 'vice', 'former', 'spokesman',
  'spokeswoman', 'sir', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador',
  'congressman', 'congresswoman', 'speaker', 'chief', 'deputy', 'attorney', 'general', 'u.s.', 'us',
]);

/** Abbreviations ending in a full stop that does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'st',
  'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep',
  'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c', 'calif', 'fla', 'ariz',
  'mass', 'pa', 'va', 'wash', 'mich', 'ill', 'n.y', 'l.a', 'ft', 'mt', 'sen', 'supt', 'atty', 'gov',
]);

/** Capitalised words that start sentences or name times, never speakers. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after',
  'before', 'as', 'since', 'because', 'although', 'though', 'this', 'that', 'these', 'those', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'there', 'here', 'then',
  'now', 'still', 'also', 'however', 'meanwhile', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'for', 'with', 'from', 'by', 'to', 'of',
  'asked', 'speaking', 'according', 'last', 'next', 'earlier', 'later', 'what', 'why', 'how', 'who',
  'where', 'one', 'some', 'many', 'all', 'no', 'not', 'my', 'your', 'me', 'us', 'him', 'them',
]);

/** Nouns that, before a quoted phrase, mark it as the title of a work or a headline. */
export const TITLE_MARKERS: ReadonlySet<string> = new Set([
  'book', 'books', 'film', 'films', 'movie', 'movies', 'song', 'songs', 'album', 'albums', 'show',
  'series', 'play', 'novel', 'memoir', 'article', 'essay', 'column', 'op-ed', 'headline', 'headlined',
  'titled', 'entitled', 'dubbed', 'named', 'called', 'episode', 'documentary', 'report', 'poem',
  'programme', 'program', 'podcast', 'magazine', 'newspaper', 'hashtag', 'slogan', 'operation',
  'campaign', 'exhibition', 'painting', 'opera', 'track', 'single', 'chapter', 'speech', 'bill', 'act',
]);

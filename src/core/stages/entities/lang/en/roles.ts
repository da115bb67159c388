/**
 * Titles and role descriptions that news prose attaches to people ("Kremlin spokesman Dmitry Peskov",
 * "Dmitry Peskov, the Kremlin spokesman", "Zelenskiy's chief of staff, Andriy Yermak"). All lowercase;
 * multi-word heads are written with single spaces and matched token by token.
 */

/** Role heads: the noun (phrase) a role ends in. Longest match wins. */
export const ROLE_HEADS: readonly string[] = [
  // Heads of state and government.
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'vice chancellor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'monarch', 'sultan', 'emir', 'sheikh', 'crown prince',
  'leader', 'head of state', 'head of government', 'dictator', 'president-elect',
  // Ministers and officials.
  'minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'foreign secretary', 'home secretary',
  'press secretary', 'defense secretary', 'defence secretary', 'treasury secretary', 'state secretary',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'press officer', 'representative', 'envoy',
  'special envoy', 'ambassador', 'consul', 'diplomat', 'negotiator', 'chief negotiator', 'commissioner', 'official',
  'adviser', 'advisor', 'national security adviser', 'aide', 'chief of staff', 'deputy', 'governor', 'mayor',
  'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'speaker', 'deputy speaker',
  'ombudsman', 'prosecutor', 'prosecutor general', 'attorney general', 'attorney', 'judge', 'justice',
  'chief justice', 'inspector', 'auditor', 'registrar',
  // Military and security.
  'general', 'admiral', 'commander', 'commander-in-chief', 'chief of the general staff', 'colonel', 'major',
  'lieutenant', 'captain', 'sergeant', 'marshal', 'field marshal', 'officer', 'military chief', 'army chief',
  'intelligence chief', 'security chief', 'spy chief', 'police chief',
  // Organisations and business.
  'chairman', 'chairwoman', 'chair', 'chairperson', 'chief executive', 'chief executive officer', 'ceo', 'cfo',
  'coo', 'founder', 'co-founder', 'owner', 'director', 'director general', 'director-general', 'managing director',
  'executive director', 'head', 'chief', 'boss', 'manager', 'coach', 'captain', 'president and ceo', 'economist',
  'chief economist', 'analyst', 'strategist', 'partner', 'member', 'board member', 'trustee', 'treasurer',
  // Religion, media, others.
  'pope', 'patriarch', 'archbishop', 'bishop', 'cardinal', 'imam', 'rabbi', 'priest',
  'correspondent', 'editor', 'editor-in-chief', 'reporter', 'columnist', 'author', 'writer', 'spokesman for',
  'candidate', 'nominee', 'challenger', 'incumbent', 'rival', 'ally', 'opposition leader', 'activist', 'lawyer',
  'counterpart', 'predecessor', 'successor',
];

/** Words that may precede a role head inside the role ("former", "deputy", "foreign", "security"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'ex', 'ex-', 'acting', 'interim', 'incoming', 'outgoing', 'late', 'then', 'current', 'sitting',
  'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'top', 'chief', 'first', 'second', 'principal',
  'general', 'executive', 'presidential', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'economy',
  'economic', 'trade', 'energy', 'health', 'justice', 'education', 'culture', 'agriculture', 'environment',
  'transport', 'labour', 'labor', 'home', 'state', 'national', 'security', 'council', 'intelligence', 'military',
  'army', 'navy', 'naval', 'air', 'force', 'police', 'party', 'opposition', 'government', 'cabinet', 'parliamentary',
  'press', 'public', 'information', 'foreign-policy', 'policy', 'special', 'permanent', 'regional', 'local', 'federal',
  'provincial', 'city', 'district', 'union', 'company', 'bank', 'central', 'veteran', 'longtime', 'long-time',
  'newly', 'elected', 'appointed', 'newly-appointed', 'self-proclaimed', 'de', 'facto', 'de-facto', 'powerful',
  'influential', 'embattled', 'beleaguered', 'staff', 'world', 'team', 'club', 'campaign',
]);

/** Honorifics that precede names but are not roles; a person mention never starts with one. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'madam', 'mme', 'mme.',
  'herr', 'frau', 'monsieur', 'madame', 'señor', 'señora',
]);

/** Determiners that open an appositive or a definite description ("Peskov, the Kremlin spokesman"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

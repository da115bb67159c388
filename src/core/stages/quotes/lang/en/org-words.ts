/** Words that mark a capitalised name as an organisation or place rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'kremlin', 'house', 'ministry', 'department', 'party', 'committee', 'council', 'court', 'union',
  'bank', 'association', 'university', 'institute', 'campaign', 'government', 'police', 'press',
  'journal', 'times', 'post', 'news', 'network', 'agency', 'office', 'inc', 'inc.', 'corp', 'corp.',
  'company', 'group', 'foundation', 'center', 'centre', 'commission', 'senate', 'congress', 'army',
  'navy', 'force', 'forces', 'service', 'services', 'administration', 'parliament', 'duma', 'rada',
  'cnn', 'bbc', 'reuters', 'interfax', 'tass', 'ria', 'fox', 'msnbc', 'abc', 'cbs', 'nbc', 'npr',
  'politico', 'breitbart', 'tribune', 'herald', 'gazette', 'daily', 'weekly', 'magazine', 'radio',
  'tv', 'television', 'media', 'club', 'league', 'fund', 'trust', 'board', 'authority', 'republicans',
  'democrats', 'states', 'united', 'nations', 'state', 'city', 'county', 'street', 'school', 'hospital',
  'church', 'embassy', 'cabinet', 'pentagon', 'fbi', 'cia', 'nato', 'un', 'eu', 'gop', 'dnc', 'rnc',
  'poll', 'survey', 'district', 'circuit', 'province', 'region', 'republic', 'kingdom', 'federation', 'study', 'report', 'statement', 'website', 'twitter', 'facebook', 'instagram',
]);

/**
 * English function words left out of statement matching: two reports of one statement share its
 * content words, while "the", "we", "to" are shared by any two sentences.
 */
export const STOPWORDS_EN: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'about',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'shall',
  'should', 'can', 'could', 'may', 'might', 'must', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'then',
  'we', 'us', 'our', 'you', 'your', 'i', 'me', 'my', 'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'what', 'which',
  'who', 'whom', 'so', 'than', 'too', 'very', 'just', 'also', 'all', 'any', 'some', 'such', 'only', 'own', 'same', 'up', 'out',
  'said', 'says', 'say', 'told', 'that', 's', 't', 'll', 've', 're', 'd',
];

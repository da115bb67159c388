/**
 * Words that open a line as a label, not a speaker ("Update: …", "Editor's note: …", "Name: …"):
 * a paragraph starting "Label:" is not a headline attribution.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', "editor's", 'editor', 'photo', 'photos', 'video', 'videos', 'watch',
  'read', 'related', 'source', 'sources', 'transcript', 'credit', 'credits', 'disclaimer', 'correction',
  'advertisement', 'share', 'tags', 'tag', 'image', 'images', 'caption', 'listen', 'also', 'more',
  'breaking', 'exclusive', 'analysis', 'opinion', 'live', 'timeline', 'q', 'a', 'question', 'answer',
  'summary', 'background', 'warning', 'topic', 'topics', 'subject', 'date', 'time', 'location', 'where',
  'when', 'what', 'why', 'how', 'who', 'name', 'age', 'city', 'job', 'pay', 'title', 'filed', 'posted',
  'published', 'by', 'contact', 'email', 'phone', 'website', 'follow', 'see', 'click', 'here', 'step',
  'example', 'bottom', 'line', 'fact', 'facts', 'results', 'result', 'score', 'final',
  'lineup', 'schedule', 'price', 'cost', 'status', 'rating', 'ratings', 'genre', 'director', 'cast',
  'starring', 'runtime', 'ps', 'p.s', 'pic', 'pics', 'audio', 'podcast', 'gallery', 'map', 'chart',
  'graphic', 'table', 'figure', 'fig', 'data', 'method', 'methodology', 'sample', 'margin', 'error',
  'full', 'partial', 'text', 'excerpt', 'excerpts', 'statement', 'quote', 'quotes', 'key', 'takeaway',
  'takeaways', 'latest', 'day', 'week', 'part', 'chapter', 'section', 'episode', 'round', 'game', 'vote', 'votes',
  // Credit lines and headline kickers ("BYLINE:", "Contributing:", "LOOK:", "BOMBSHELL:", "Paid Notice:").
  'byline', 'contributing', 'contributors', 'reporting', 'look', 'wow', 'boom', 'busted', 'bombshell', 'revealed',
  'leaked', 'notice', 'shocking', 'alert', 'developing', 'recap', 'explainer', 'reminder',
]);

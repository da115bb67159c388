/** What the summary needs to know of one article of a story. */
export interface StoryArticleFacts {
  id: string;
  /** The input record's id when it had one (shown to people), else the Storyline id. */
  displayId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  event: string;
  /** The article this one copies, or null for an original. */
  duplicateOf: string | null;
  /** The duplicate group (its first article); originals are their own group. */
  group: string;
  /** Named entities of the article: name and type. */
  entities: Array<{ name: string; type: string }>;
  /** The first sentence of the clean text (the lead). */
  lead: string | null;
}

/** A story's label, dates, outlets, sources, top entities and extractive summary. */
export interface StorySummary {
  label: string;
  articles: number;
  events: number;
  firstPublished: string | null;
  lastPublished: string | null;
  outlets: Array<{ outlet: string; articles: number }>;
  /** Distinct duplicate groups: 12 wire copies count as one source. */
  independentSources: number;
  topEntities: Array<{ name: string; type: string; articles: number }>;
  /** One sentence per event, oldest event first; each cites the article it was taken from. */
  summary: Array<{ text: string; article: string; event: string; published: string | null }>;
  /** Per event: its label and dates, oldest first. */
  eventList: Array<{ id: string; label: string; articles: number; firstPublished: string | null; lastPublished: string | null }>;
}

const byDate = (a: { published: string | null }, b: { published: string | null }): number =>
  (a.published ?? '9999').localeCompare(b.published ?? '9999');

/**
 * Summarises a story from its articles. The label is the headline of the earliest original article
 * of the story's largest event (a real headline reads better than a bag of terms); the summary takes
 * the lead sentence of the earliest original article of each event, in date order, so every sentence
 * is one an outlet wrote and cites its article.
 */
export function summarizeStory(articles: StoryArticleFacts[], maxSentences = 6): StorySummary {
  const sorted = [...articles].sort(byDate);
  const events = new Map<string, StoryArticleFacts[]>();
  for (const a of sorted) {
    const list = events.get(a.event) ?? [];
    list.push(a);
    events.set(a.event, list);
  }
  const eventList = [...events.entries()].map(([id, list]) => {
    const head = list.find((a) => !a.duplicateOf && a.title) ?? list[0];
    return {
      id, label: head.title ?? head.lead?.slice(0, 100) ?? id, articles: list.length,
      firstPublished: list[0].published, lastPublished: list[list.length - 1].published,
    };
  }).sort((a, b) => byDate({ published: a.firstPublished }, { published: b.firstPublished }));
  const largest = [...eventList].sort((a, b) => b.articles - a.articles || byDate({ published: a.firstPublished }, { published: b.firstPublished }))[0];
  const outletCounts = new Map<string, number>();
  for (const a of articles) if (a.outlet) outletCounts.set(a.outlet, (outletCounts.get(a.outlet) ?? 0) + 1);
  const entityCounts = new Map<string, { name: string; type: string; articles: number }>();
  for (const a of articles) {
    const seen = new Set<string>();
    for (const e of a.entities) {
      if (e.type === 'NORP' || e.type === 'OTHER') continue;
      const key = `${e.type}:${e.name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = entityCounts.get(key) ?? { name: e.name, type: e.type, articles: 0 };
      entry.articles++;
      entityCounts.set(key, entry);
    }
  }
  const summary: StorySummary['summary'] = [];
  for (const ev of eventList) {
    if (summary.length >= maxSentences) break;
    const list = events.get(ev.id)!;
    const source = list.find((a) => !a.duplicateOf && a.lead) ?? list.find((a) => a.lead);
    if (source?.lead) summary.push({ text: source.lead, article: source.displayId, event: ev.id, published: source.published });
  }
  return {
    label: largest?.label ?? 'Untitled story',
    articles: articles.length,
    events: eventList.length,
    firstPublished: sorted[0]?.published ?? null,
    lastPublished: [...sorted].reverse().find((a) => a.published)?.published ?? null,
    outlets: [...outletCounts.entries()].map(([outlet, n]) => ({ outlet, articles: n })).sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
    independentSources: new Set(articles.map((a) => a.group)).size,
    topEntities: [...entityCounts.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name)).slice(0, 8),
    summary,
    eventList,
  };
}

import { bodyEntities, type Article } from '../../article.js';
import { articleFacts, type ArticleFacts } from '../../publication.js';
import { withoutDateline } from '../../stages/clean/dateline-date.js';
import type { Store } from '../../store/store.js';
import type { CorpusStep } from '../corpus-steps.js';
import { DuplicateDetector } from '../duplicates/duplicate-detector.js';
import type { ClusterArticle } from '../stories/cluster-article.js';
import { StoryClusterer } from '../stories/story-clusterer.js';
import { summarizeStory, type StoryArticleFacts } from '../story-summary/summarize-story.js';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** Entity types whose resolved ids tie articles across languages. */
const REF_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'PLACE']);

/** The facts clustering and summaries read: title, outlet and publication date. */
function pick({ title, outlet, published }: ArticleFacts): Pick<ArticleFacts, 'title' | 'outlet' | 'published'> {
  return { title, outlet, published };
}

/**
 * Article id → (article-level entity id → corpus entity id), from the stored entity resolution (the
 * `resolve-entities` step runs before this one).
 */
export async function corpusEntityIds(store: Store): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const [entity, keys] of await store.entities().memberKeys()) {
    for (const key of keys) {
      const bar = key.indexOf('|');
      const article = key.slice(0, bar);
      let members = out.get(article);
      if (!members) out.set(article, (members = new Map()));
      members.set(key.slice(bar + 1), entity);
    }
  }
  return out;
}

/**
 * What clustering reads of a stored article. `corpusIds` (article-level entity id → corpus entity id, see
 * `corpusEntityIds`) gives the language-independent ids of its people, organisations and places.
 */
export function toClusterArticle(article: Article, corpusIds?: ReadonlyMap<string, string>): ClusterArticle {
  // What the article is about: a reporter of the byline would tie together every story they cover.
  const named = bodyEntities(article.entities ?? []);
  const entities = named.map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length }));
  const facts = pick(articleFacts(article));
  return {
    id: article.id,
    ...facts,
    text: article.clean?.text ?? '',
    entities,
    places: entities.filter((e) => e.type === 'PLACE').map((e) => e.name),
    // An undated article's relative dates were resolved against the day it was received (the `dates`
    // stage's reference), not against its own time: only the dates its text states in full count.
    dates: (article.dates ?? []).filter((d) => facts.published !== null || !d.inferred).map((d) => d.value).filter((v) => ISO_DATE.test(v)),
    language: article.language?.code ?? null,
    quotes: quotedWords(article),
    refs: corpusIds ? named.filter((e) => REF_TYPES.has(e.type)).map((e) => corpusIds.get(e.id)).filter((id): id is string => id !== undefined) : undefined,
  };
}

/**
 * The words an article quotes: its direct quotes and the quoted fragments of its mixed quotes, not
 * paraphrases (indirect quotes, and a mixed report as a whole, are the reporter's words). A nested
 * attribution counts only when it is a direct quote.
 */
export function quotedWords(article: Pick<Article, 'quotes'>): string[] {
  const out: string[] = [];
  for (const q of article.quotes ?? []) {
    if (q.fragment === true || q.kind === 'direct') out.push(q.text);
  }
  return out;
}

/** The summary facts of one stored article. */
export function storyFacts(article: Article, event: string, duplicateOf: string | null, group: string): StoryArticleFacts {
  const text = article.clean?.text ?? '';
  // The lead: the first sentence that reads as one (eight words or more), not a byline or dateline
  // line that cleaning kept.
  const sentences = article.sentences?.sentences ?? [];
  const first = sentences.find((s) => (text.slice(s.start, s.end).match(/\p{L}+/gu)?.length ?? 0) >= 8) ?? sentences[0];
  return {
    id: article.id,
    displayId: article.source.externalId ?? article.id,
    ...pick(articleFacts(article)),
    event,
    duplicateOf,
    group,
    entities: bodyEntities(article.entities ?? []).map((e) => ({ name: e.name, type: e.type })),
    // A dateline opening the lead ("SOLVYN, Tarvany, May 6 (Northwire) - ") is not part of what it says.
    lead: withoutDateline(first ? text.slice(first.start, first.end) : text.slice(0, 200)) || null,
  };
}

/**
 * Recomputes and stores the summaries of the given stories (merged ids resolve to the survivor).
 * `known` holds facts of articles already loaded, so a batch does not read them twice.
 */
export async function resummarize(
  store: Store, clusterer: StoryClusterer, duplicates: DuplicateDetector, storyIds: Iterable<string>,
  known: Map<string, Article> = new Map(),
): Promise<void> {
  const queries = store.stories();
  const live = new Set([...storyIds].map((s) => clusterer.story(s)?.id).filter((s): s is string => Boolean(s)));
  const members = await queries.storyMembers(live);
  for (const [storyId, list] of members) {
    const facts: StoryArticleFacts[] = [];
    for (const m of list) {
      const article = known.get(m.article) ?? await store.getArticle(m.article);
      if (!article) continue;
      facts.push(storyFacts(article, m.event, m.duplicateOf, duplicates.get(m.article)?.group ?? m.article));
    }
    await queries.saveSummary(storyId, summarizeStory(facts));
  }
}

/** An analyst's correction of clustering. */
export type StoryCorrection =
  | { kind: 'move-article'; article: string; toEvent: string | null }
  | { kind: 'merge-events'; into: string; from: string }
  | { kind: 'split-event'; event: string; articles: string[] }
  | { kind: 'move-event'; event: string; toStory: string }
  | { kind: 'merge-stories'; into: string; from: string };

/**
 * Applies an analyst's correction through the clusterer (which records it as an override, pins what
 * it touched so review leaves it alone, and persists it), then refreshes the affected summaries.
 * Returns the id of the event or story that resulted.
 */
export async function correctStories(store: Store, correction: StoryCorrection): Promise<string> {
  return store.stories().inTransaction(() => applyCorrection(store, correction));
}

async function applyCorrection(store: Store, correction: StoryCorrection): Promise<string> {
  const queries = store.stories();
  await queries.prepareState();
  const duplicates = new DuplicateDetector(queries.duplicateState());
  const clusterer = new StoryClusterer(queries.storyState());
  const storyOfEvent = (id: string): string | undefined => clusterer.event(id)?.story;
  const before = new Set<string>();
  let result: string;
  switch (correction.kind) {
    case 'move-article': {
      const from = clusterer.article(correction.article)?.event;
      if (from) before.add(storyOfEvent(from) ?? '');
      result = clusterer.moveArticle(correction.article, correction.toEvent);
      break;
    }
    case 'merge-events':
      before.add(storyOfEvent(correction.from) ?? '');
      result = clusterer.mergeEvents(correction.into, correction.from);
      break;
    case 'split-event':
      result = clusterer.splitEventManually(correction.event, correction.articles);
      before.add(storyOfEvent(correction.event) ?? '');
      break;
    case 'move-event':
      before.add(storyOfEvent(correction.event) ?? '');
      clusterer.moveEvent(correction.event, correction.toStory);
      result = correction.toStory;
      break;
    case 'merge-stories':
      result = clusterer.mergeStories(correction.into, correction.from);
      before.add(correction.into);
      break;
  }
  clusterer.checkpoint();
  const after = new Set([...before].filter(Boolean));
  const ev = clusterer.event(result);
  if (ev) after.add(ev.story);
  if (clusterer.story(result)) after.add(result);
  await resummarize(store, clusterer, duplicates, after);
  return result;
}

/**
 * Near-duplicates and story/event clustering as a corpus step: every stored article not yet
 * clustered (the batch's, and any a killed run left behind) is run through the duplicate detector
 * and the incremental clusterer in publication order, as the single writer of their tables; then
 * the changed stories' summaries are recomputed.
 */
export const clusterStoriesStep: CorpusStep = {
  name: 'stories',
  async run(store: Store): Promise<Record<string, number>> {
    const queries = store.stories();
    return queries.inTransaction(() => clusterUnplaced(store));
  },
};

async function clusterUnplaced(store: Store): Promise<Record<string, number>> {
    const queries = store.stories();
    const ids = await queries.unclusteredArticleIds();
    if (ids.length === 0) return { clustered: 0 };
    await queries.prepareState();
    const duplicates = new DuplicateDetector(queries.duplicateState());
    const clusterer = new StoryClusterer(queries.storyState());
    const touched = new Set<string>();
    const loaded = new Map<string, Article>();
    const corpusIds = await corpusEntityIds(store);
    let copies = 0;
    for (const id of ids) {
      const article = await store.getArticle(id);
      if (!article) continue;
      loaded.set(id, article);
      const dup = duplicates.add(id, article.clean?.text ?? '');
      if (dup.duplicateOf) copies++;
      const assignment = clusterer.add(toClusterArticle(article, corpusIds.get(id)), dup.duplicateOf);
      touched.add(assignment.story);
    }
    for (const change of clusterer.review()) {
      // A story merge names stories; the other changes name events, and a move changes both events' stories.
      const stories = change.kind === 'merge-stories' ? [clusterer.story(change.into)?.id] : [clusterer.event(change.into)?.story, clusterer.event(change.from)?.story];
      for (const story of stories) if (story) touched.add(story);
    }
    clusterer.checkpoint();
    // Summaries of the stories this batch changed (a merged story id resolves to the survivor).
    await resummarize(store, clusterer, duplicates, touched, loaded);
    return { clustered: ids.length, duplicates: copies, stories: clusterer.listStories().length, events: clusterer.listEvents().length };
}

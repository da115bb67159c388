/**
 * What the API shows beyond single store calls: story coverage per day, per-outlet comparison
 * words, a story's entities and speakers, an article's links to resolved entities and statements.
 * Corpus-wide indexes (every article's summary, every story's members, article-level entity →
 * resolved entity) are read once per data version through the memo, so a page of stories or one
 * story costs a few map lookups once they are built.
 */
import { bodyEntities } from '../core/article.js';
import { StorylineError } from '../core/errors.js';
import { articleFacts } from '../core/publication.js';
import { aliasKey } from '../core/corpus/entities/resolve-entities-step.js';
import { matchSpeaker } from '../core/corpus/timeline/query-timeline.js';
import type { Store, ArticleSummary, ArticleFilter, Page, SearchHit } from '../core/store/store.js';
import type { StoryListItem } from '../core/store/story-store.js';
import type { EntitySummary } from '../core/store/entity-store.js';
import type { VersionMemo } from './memo.js';
import type {
  ArticleDetailDto, CoverageDay, OutletDto, StoryArticleDto, StoryDetailDto, StoryEntityDto, StoryEventDto, StoryOutletDto,
  StorySpeakerDto, StoryWithCoverageDto,
} from './schemas.js';

type Member = { article: string; event: string; duplicateOf: string | null };

/** Every stored article's summary by id (store order: newest publication first). */
export function articleIndex(store: Store, memo: VersionMemo): Promise<Map<string, ArticleSummary>> {
  return memo.get('index:articles', async () => {
    const out = new Map<string, ArticleSummary>();
    for (let offset = 0; ; offset += 1000) {
      const page = await store.listArticles({}, { limit: 1000, offset });
      for (const a of page.items) out.set(a.id, a);
      if (page.items.length < 1000) break;
    }
    return out;
  });
}

/** Every live story's members, and each article's story. */
export function storyIndex(store: Store, memo: VersionMemo): Promise<{ members: Map<string, Member[]>; storyOf: Map<string, string> }> {
  return memo.get('index:stories', async () => {
    const all: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await store.stories().listStories({}, { limit: 1000, offset });
      for (const s of page.items) all.push(s.id);
      if (page.items.length < 1000) break;
    }
    const members = await store.stories().storyMembers(all);
    const storyOf = new Map<string, string>();
    for (const [story, list] of members) for (const m of list) storyOf.set(m.article, story);
    return { members, storyOf };
  });
}

/** Article-level entity (`article|member`) → resolved entity id. */
export function memberIndex(store: Store, memo: VersionMemo): Promise<Map<string, string>> {
  return memo.get('index:members', async () => {
    const out = new Map<string, string>();
    for (const [entity, keys] of await store.entities().memberKeys()) for (const k of keys) out.set(k, entity);
    return out;
  });
}

/** Summaries of these articles: from the corpus index once it is built, else from the store by id. */
async function summariesOf(store: Store, memo: VersionMemo, ids: readonly string[]): Promise<Map<string, ArticleSummary>> {
  const index = await memo.peek<Map<string, ArticleSummary>>('index:articles');
  if (index) return index;
  if (!store.articleSummaries) return articleIndex(store, memo);
  return new Map((await store.articleSummaries(ids)).map((a) => [a.id, a]));
}

/** Members of these (live) stories: from the story index once it is built, else from the store. */
async function membersOf(store: Store, memo: VersionMemo, storyIds: readonly string[]): Promise<Map<string, Member[]>> {
  const index = await memo.peek<{ members: Map<string, Member[]> }>('index:stories');
  return index ? index.members : store.stories().storyMembers(storyIds);
}

/** Articles per publication day, oldest first; undated articles are left out. */
export function coverageOf(members: readonly Member[], index: Map<string, ArticleSummary>): CoverageDay[] {
  const days = new Map<string, number>();
  for (const m of members) {
    const day = index.get(m.article)?.published?.slice(0, 10);
    if (day) days.set(day, (days.get(day) ?? 0) + 1);
  }
  return [...days.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([date, articles]) => ({ date, articles }));
}

/** A page of stories with their coverage per day. */
export async function storiesWithCoverage(store: Store, memo: VersionMemo, page: Page<StoryListItem>): Promise<Page<StoryWithCoverageDto>> {
  const members = await membersOf(store, memo, page.items.map((s) => s.id));
  const index = await summariesOf(store, memo, [...members.values()].flat().map((m) => m.article));
  return {
    ...page,
    items: page.items.map(({ summary: _summary, eventList: _events, ...s }) => ({ ...s, coverage: coverageOf(members.get(s.id) ?? [], index) })),
  };
}

/** Outlets with their article counts, first and last publication, and stories. */
export async function outletList(store: Store, memo: VersionMemo): Promise<{ items: OutletDto[] }> {
  const [index, stories] = await Promise.all([articleIndex(store, memo), storyIndex(store, memo)]);
  const byOutlet = new Map<string | null, OutletDto & { storySet: Set<string> }>();
  for (const a of index.values()) {
    let o = byOutlet.get(a.outlet);
    if (!o) byOutlet.set(a.outlet, (o = { outlet: a.outlet, articles: 0, first: null, last: null, stories: 0, storySet: new Set() }));
    o.articles++;
    if (a.published) {
      if (o.first === null || a.published < o.first) o.first = a.published;
      if (o.last === null || a.published > o.last) o.last = a.published;
    }
    const story = stories.storyOf.get(a.id);
    if (story) o.storySet.add(story);
  }
  const items = [...byOutlet.values()]
    .map(({ storySet, ...o }) => ({ ...o, stories: storySet.size }))
    .sort((a, b) => b.articles - a.articles || (a.outlet ?? '').localeCompare(b.outlet ?? ''));
  return { items };
}

function matchesFilter(a: ArticleSummary, f: ArticleFilter): boolean {
  if (f.outlet && (a.outlet ?? '').toLowerCase() !== f.outlet.toLowerCase()) return false;
  if (f.language && a.language !== f.language) return false;
  if (f.since && (a.published ?? '') < f.since) return false;
  if (f.until && (a.published ?? '\uffff') > (f.until.length === 10 ? `${f.until}\uffff` : f.until)) return false;
  return true;
}

/** The live story id an id names, or a NOT_FOUND error. */
async function storyOrThrow(store: Store, id: string): Promise<StoryListItem> {
  const story = await store.stories().getStory(id);
  if (!story) throw new StorylineError('NOT_FOUND', `No story ${id}.`);
  return story;
}

/** A story's articles (in publication order) with their event and the article they copy, filtered and paged. */
export async function storyArticles(store: Store, memo: VersionMemo, id: string, filter: ArticleFilter, page: { limit: number; offset: number }): Promise<Page<StoryArticleDto>> {
  const story = await storyOrThrow(store, id);
  const members = (await membersOf(store, memo, [story.id])).get(story.id) ?? [];
  const index = await summariesOf(store, memo, members.map((m) => m.article));
  const all: StoryArticleDto[] = [];
  for (const m of members) {
    const a = index.get(m.article);
    if (a && matchesFilter(a, filter)) all.push({ ...a, event: m.event, duplicateOf: m.duplicateOf });
  }
  return { items: all.slice(page.offset, page.offset + page.limit), total: all.length, ...page };
}

/** Articles of the store, or of one story, filtered and paged (the store's order: newest first). */
export async function articleList(store: Store, memo: VersionMemo, filter: ArticleFilter & { story?: string }, page: { limit: number; offset: number }): Promise<Page<ArticleSummary>> {
  const { story, ...rest } = filter;
  if (story === undefined) return store.listArticles(rest, page);
  const s = await storyOrThrow(store, story);
  const members = (await membersOf(store, memo, [s.id])).get(s.id) ?? [];
  // The store's order: newest publication first, then newest ingest.
  const index = await summariesOf(store, memo, members.map((m) => m.article));
  const all = members.map((m) => index.get(m.article)).filter((a): a is ArticleSummary => a !== undefined && matchesFilter(a, rest))
    .sort((a, b) => (a.published === null) !== (b.published === null) ? (a.published === null ? 1 : -1)
      : (b.published ?? '').localeCompare(a.published ?? '') || b.ingestedAt.localeCompare(a.ingestedAt));
  return { items: all.slice(page.offset, page.offset + page.limit), total: all.length, ...page };
}

// ---------------------------------------------------------------------------------------------
// Outlet comparison words

const STOP = new Set(('about above after again against also among another because been before being below between both could ' +
  'did does doing down during each even from further had has have having here into itself just last made many more most much must ' +
  'near next once only other over said same says should since some such than that their them then there these they this those ' +
  'through under until upon very was were what when where which while whom with would year years your will told according people').split(' '));

/** Lower-cased words of four letters or more, any script, without common English function words. */
function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}'’-]{3,}/gu)) {
    const w = m[0].replace(/['’-]+$/, '');
    if (!STOP.has(w) && w.length >= 4) out.push(w);
  }
  return out;
}

/**
 * Per outlet of a story: the terms its articles use more than the story's other outlets do
 * (smoothed log ratio of relative frequencies, at least two uses). Counts each term once per
 * article so one long article does not dominate.
 */
export function distinctiveWords(perOutlet: Map<string, string[][]>, top = 8): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const all = new Map<string, number>();
  let allTotal = 0;
  for (const [outlet, docs] of perOutlet) {
    const c = new Map<string, number>();
    let total = 0;
    for (const doc of docs) {
      for (const t of new Set(doc)) {
        c.set(t, (c.get(t) ?? 0) + 1);
        all.set(t, (all.get(t) ?? 0) + 1);
        total++;
        allTotal++;
      }
    }
    counts.set(outlet, c);
    totals.set(outlet, total);
  }
  const vocab = all.size || 1;
  const out = new Map<string, string[]>();
  for (const [outlet, c] of counts) {
    const total = totals.get(outlet)!;
    const restTotal = allTotal - total;
    const scored: Array<[string, number]> = [];
    for (const [t, n] of c) {
      if (n < 2) continue;
      const rest = all.get(t)! - n;
      const score = Math.log((n + 0.5) / (total + vocab)) - Math.log((rest + 0.5) / (restTotal + vocab));
      if (score > 0) scored.push([t, score]);
    }
    out.set(outlet, scored.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([t]) => t));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Story detail

/** Most articles to read for the outlet words and the entity counts of one story. */
const STORY_TEXT_ARTICLES = 200;

/** One story as its page shows it: events, outlets with distinctive words, entities, speakers, coverage. */
export async function storyDetail(store: Store, memo: VersionMemo, id: string): Promise<StoryDetailDto> {
  const story = await storyOrThrow(store, id);
  return memo.get(`story:${story.id}`, async () => {
    const list = (await membersOf(store, memo, [story.id])).get(story.id) ?? [];
    const articleIds = list.map((m) => m.article);
    const [index, members] = await Promise.all([summariesOf(store, memo, articleIds), memberIndex(store, memo)]);

    // Events with their outlets.
    const eventOutlets = new Map<string, Set<string>>();
    for (const m of list) {
      const outlet = index.get(m.article)?.outlet;
      if (!outlet) continue;
      const set = eventOutlets.get(m.event) ?? new Set<string>();
      set.add(outlet);
      eventOutlets.set(m.event, set);
    }
    const events: StoryEventDto[] = story.eventList.map((e) => ({ ...e, outlets: [...(eventOutlets.get(e.id) ?? [])].sort() }));

    // Outlets: counts and dates from the index, words and entities from the texts.
    const outletFacts = new Map<string, { articles: number; first: string | null; last: string | null }>();
    for (const m of list) {
      const a = index.get(m.article);
      if (!a?.outlet) continue;
      const f = outletFacts.get(a.outlet) ?? { articles: 0, first: null, last: null };
      f.articles++;
      if (a.published && (f.first === null || a.published < f.first)) f.first = a.published;
      if (a.published && (f.last === null || a.published > f.last)) f.last = a.published;
      outletFacts.set(a.outlet, f);
    }
    const docs = new Map<string, string[][]>();
    const entityCounts = new Map<string, { articles: number; mentions: number; name: string; type: string }>();
    for (const articleId of articleIds.slice(0, STORY_TEXT_ARTICLES)) {
      const a = await store.getArticle(articleId);
      if (!a) continue;
      const { outlet, title } = articleFacts(a);
      if (outlet) {
        const list2 = docs.get(outlet) ?? [];
        list2.push(terms(`${title ?? ''} ${a.clean?.text ?? ''}`));
        docs.set(outlet, list2);
      }
      const seen = new Set<string>();
      for (const e of bodyEntities(a.entities ?? [])) {
        const resolved = members.get(`${a.id}|${e.id}`);
        if (!resolved) continue;
        const c = entityCounts.get(resolved) ?? { articles: 0, mentions: 0, name: e.name, type: e.type };
        if (!seen.has(resolved)) c.articles++;
        seen.add(resolved);
        c.mentions += e.mentions.length;
        entityCounts.set(resolved, c);
      }
    }
    const words = distinctiveWords(docs);
    const outlets: StoryOutletDto[] = [...outletFacts.entries()]
      .map(([outlet, f]) => ({ outlet, ...f, words: words.get(outlet) ?? [] }))
      .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));

    // Entities: the resolved entity's own name and type for the top ones.
    const top = [...entityCounts.entries()].sort((a, b) => b[1].articles - a[1].articles || b[1].mentions - a[1].mentions).slice(0, 20);
    const entities: StoryEntityDto[] = [];
    for (const [entityId, c] of top) {
      const [found] = await store.entities().findEntities({ id: entityId });
      entities.push({ id: entityId, name: found?.name ?? c.name, type: found?.type ?? c.type, articles: c.articles, mentions: c.mentions });
    }

    // Speakers: statements and reports in the story's articles, by resolved entity, else by name.
    const reports = await store.statements().listReports({ articles: articleIds });
    const speakers = new Map<string, StorySpeakerDto & { ids: Set<string> }>();
    for (const r of reports) {
      if (!r.speakerName && !r.speakerResolved) continue;
      const key = r.speakerResolved ?? `name:${r.speakerKey ?? r.speakerName}`;
      const s = speakers.get(key) ?? { name: r.speakerName ?? '', entity: r.speakerResolved, statements: 0, reports: 0, ids: new Set<string>() };
      s.reports++;
      s.ids.add(r.statementId);
      speakers.set(key, s);
    }
    const speakerList = [...speakers.values()].map(({ ids, ...s }) => ({ ...s, statements: ids.size }))
      .sort((a, b) => b.statements - a.statements || b.reports - a.reports || a.name.localeCompare(b.name));
    for (const s of speakerList) {
      if (!s.entity) continue;
      const [found] = await store.entities().findEntities({ id: s.entity });
      if (found) s.name = found.name;
    }

    return { ...story, coverage: coverageOf(list, index), events, outlets, entities, speakers: speakerList };
  });
}

// ---------------------------------------------------------------------------------------------
// Articles, entities, search

/** One article with its placement and its links to resolved entities and statements. */
export async function articleDetail(store: Store, memo: VersionMemo, id: string): Promise<ArticleDetailDto> {
  const article = await store.getArticle(id);
  if (!article) throw new StorylineError('NOT_FOUND', `No article with id ${id}.`);
  const [placement, members, reports] = await Promise.all([
    store.stories().placement(article.id), memberIndex(store, memo), store.statements().listReports({ articles: [article.id] }),
  ]);
  const entityIds: Record<string, string> = {};
  (article.entities ?? []).forEach((e, i) => {
    const resolved = members.get(`${article.id}|${e.id}`);
    if (resolved) entityIds[String(i)] = resolved;
  });
  const statementIds: Record<string, string> = {};
  for (const r of reports) if (r.article === article.id) statementIds[String(r.quoteIndex)] = r.statementId;
  return { article: article as ArticleDetailDto['article'], placement, entityIds, statementIds };
}

/** Entities by name (any alias, any script) or the ranked list. */
export async function entityList(store: Store, filter: { q?: string; type?: string; story?: string; outlet?: string; since?: string; until?: string }, page: { limit: number; offset: number }): Promise<Page<EntitySummary>> {
  const { q, ...rest } = filter;
  if (q === undefined) return store.entities().listEntities(rest, page);
  const es = store.entities();
  let found = await es.findEntities({ id: q });
  if (found.length === 0) {
    const key = aliasKey(q);
    found = key === '' ? [] : await es.findEntities({ key });
  }
  if (rest.type) found = found.filter((e) => e.type === rest.type);
  return { items: found.slice(page.offset, page.offset + page.limit), total: found.length, ...page };
}

/** Most hits a filtered search (speaker, entity) looks through. */
export const SEARCH_FILTER_WINDOW = 1000;

/**
 * Full-text search; with `speaker` or `entity`, only articles quoting that speaker or mentioning
 * that entity (the best SEARCH_FILTER_WINDOW hits are filtered).
 */
export async function searchArticles(
  store: Store, q: string, filter: ArticleFilter & { speaker?: string; entity?: string }, page: { limit: number; offset: number },
): Promise<Page<SearchHit>> {
  const { speaker, entity, ...rest } = filter;
  if (speaker === undefined && entity === undefined) return store.search(q, rest, page);
  let allowed: Set<string> | null = null;
  const narrow = (ids: Iterable<string>): void => {
    const next = new Set(ids);
    allowed = allowed === null ? next : new Set([...allowed].filter((x) => next.has(x)));
  };
  if (speaker !== undefined) {
    const match = await matchSpeaker(store, speaker);
    narrow((await store.statements().listReports(match.filter)).map((r) => r.article));
  }
  if (entity !== undefined) {
    const match = await matchSpeaker(store, entity);
    narrow([...match.members].map((k) => k.slice(0, k.indexOf('|'))));
  }
  const window = await store.search(q, rest, { limit: SEARCH_FILTER_WINDOW, offset: 0 });
  const ok = allowed as Set<string> | null;
  const hits = window.items.filter((h) => ok === null || ok.has(h.id));
  return { items: hits.slice(page.offset, page.offset + page.limit), total: hits.length, ...page };
}

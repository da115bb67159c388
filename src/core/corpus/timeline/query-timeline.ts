import { StorylineError } from '../../errors.js';
import { articleFacts } from '../../publication.js';
import type { Store } from '../../store/store.js';
import type { StatementFilter, StatementReport } from '../../store/statement-store.js';
import { aliasKey } from '../entities/resolve-entities-step.js';
import { surnameKey } from '../statements/statement-ledger-step.js';
import { eventSentences } from './event-sentences.js';
import { publicationDay, sortKey, type DateSource } from './timeline-date.js';

/** One line of a timeline: a statement report or an event sentence, dated. */
export interface TimelineItem {
  kind: 'statement' | 'event';
  /** Calendar value (`2025-06-11`, `2025-W24`, `2025-06`) or null when nothing dates it. */
  date: string | null;
  dateSource: DateSource;
  /** The date expression as written, when the date is stated. */
  dateText: string | null;
  article: string;
  outlet: string | null;
  published: string | null;
  text: string;
  start: number;
  end: number;
  /** Statements only. */
  statementId?: string;
  speaker?: string | null;
  cue?: string | null;
  /** Statements only: how many reports the ledger holds, and their outlets (the line shows the earliest). */
  reports?: number;
  outlets?: string[];
}

/** A timeline and what it was asked for. */
export interface Timeline {
  query: { entity?: string; story?: string };
  /** Resolved entities the name matched (empty for a story, or when only speaker names matched). */
  entities: Array<{ id: string; name: string; type: string }>;
  items: TimelineItem[];
}

/** Who a name refers to: resolved entity ids, their `article|member` keys, and speaker surname keys. */
export interface SpeakerMatch {
  entities: Array<{ id: string; name: string; type: string }>;
  members: Set<string>;
  filter: Pick<StatementFilter, 'speakerKeys' | 'speakerEntities'>;
}

/**
 * Resolves a person or organisation name as the corpus knows it: the entity with this id or alias
 * in any spelling or script (entity resolution's lookup keys), plus the surname keys of its aliases
 * and of the name itself, so speakers entity resolution did not place are found too.
 */
export async function matchSpeaker(store: Store, name: string): Promise<SpeakerMatch> {
  const es = store.entities();
  let found = await es.findEntities({ id: name });
  if (found.length === 0) {
    const key = aliasKey(name);
    found = key === '' ? [] : await es.findEntities({ key });
  }
  const keys = new Set<string>();
  const own = surnameKey(name);
  if (own) keys.add(own);
  const entities: SpeakerMatch['entities'] = [];
  for (const e of found) {
    const detail = await es.getEntity(e.id, { articles: 0, cooccurring: 0 });
    if (!detail) continue;
    entities.push({ id: e.id, name: e.name, type: e.type });
    // Surnames of a person's aliases (Kostyrskyi, Костирський); an organisation's whole name.
    for (const a of detail.aliases) {
      const k = e.type === 'PERSON' ? surnameKey(a.alias) : aliasKey(a.alias).split(' ').pop() ?? null;
      if (k) keys.add(k);
    }
  }
  const members = new Set<string>();
  if (entities.length) {
    const all = await es.memberKeys();
    for (const e of entities) for (const k of all.get(e.id) ?? []) members.add(k);
  }
  return { entities, members, filter: { speakerKeys: [...keys], speakerEntities: entities.map((e) => e.id) } };
}

/**
 * One line per statement: its earliest report (a wire story reprinted for days is one statement, said
 * once), with the number of reports and their outlets.
 */
function statementItems(reports: readonly StatementReport[]): TimelineItem[] {
  const groups = new Map<string, StatementReport[]>();
  for (const r of reports) {
    const g = groups.get(r.statementId);
    if (g) g.push(r);
    else groups.set(r.statementId, [r]);
  }
  const items: TimelineItem[] = [];
  for (const group of groups.values()) {
    // listReports returns date order, so the first is the earliest; a stated date wins a tie.
    const r = group.find((x) => x.dateSource === 'stated' && x.date === group[0]!.date) ?? group[0]!;
    items.push({
      kind: 'statement', date: r.date, dateSource: r.dateSource, dateText: r.dateText, article: r.article, outlet: r.outlet,
      published: r.published, text: r.text, start: r.start, end: r.end, statementId: r.statementId, speaker: r.speakerName, cue: r.cue,
      reports: group.length, outlets: [...new Set(group.map((x) => x.outlet).filter((o): o is string => o !== null))],
    });
  }
  return items;
}

/** Date order: the governing date (publication day when none), then publication, then place in the article. */
function order(a: TimelineItem, b: TimelineItem): number {
  const da = sortKey(a.date ?? publicationDay(a.published) ?? '9999');
  const db = sortKey(b.date ?? publicationDay(b.published) ?? '9999');
  return da.localeCompare(db) || (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article) || a.start - b.start;
}

/** Reports grouped by the article they are in. */
function reportsByArticle(reports: readonly StatementReport[]): Map<string, StatementReport[]> {
  const out = new Map<string, StatementReport[]>();
  for (const r of reports) {
    const list = out.get(r.article);
    if (list) list.push(r);
    else out.set(r.article, [r]);
  }
  return out;
}

/** Event sentences of one stored article that mention one of `members` (or any entity when null), minus quoted sentences. */
async function articleEvents(store: Store, articleId: string, members: Set<string> | null, quoted: ReadonlyMap<string, StatementReport[]>): Promise<TimelineItem[]> {
  const a = await store.getArticle(articleId);
  if (!a?.clean || !a.sentences) return [];
  const events = eventSentences(a.clean.text, a.sentences.sentences, a.dates ?? [], a.entities ?? []);
  const { published, outlet } = articleFacts(a);
  const own = quoted.get(a.id) ?? [];
  return events
    .filter((e) => members === null || e.entities.some((id) => members.has(`${a.id}|${id}`)))
    // A sentence that is a listed statement is shown once, as the statement.
    .filter((e) => !own.some((q) => q.start < e.end && e.start < q.end))
    .map((e) => ({
      kind: 'event' as const, date: e.date, dateSource: e.dateSource, dateText: e.expression?.text ?? null, article: a.id,
      outlet, published, text: e.text, start: e.start, end: e.end,
    }));
}

/**
 * The timeline of an entity (statements it made, events naming it) or of a story (all statements
 * and events of its articles), in date order. Each item says whether its date is stated in the
 * text or is the article's publication date.
 */
export async function queryTimeline(store: Store, query: { entity?: string; story?: string }): Promise<Timeline> {
  if (query.story !== undefined) {
    const story = await store.stories().getStory(query.story);
    if (!story) throw new StorylineError('NOT_FOUND', `No story ${query.story}. Try: storyline stories.`);
    const articles = (await store.stories().storyArticles(query.story)).map((r) => r.article);
    const reports = await store.statements().listReports({ articles });
    const items: TimelineItem[] = statementItems(reports);
    const byArticle = reportsByArticle(reports);
    for (const id of articles) items.push(...await articleEvents(store, id, null, byArticle));
    return { query, entities: [], items: items.sort(order) };
  }
  const name = query.entity ?? '';
  if (name.trim() === '') throw new StorylineError('USAGE', 'timeline needs --entity NAME or --story ID.');
  const match = await matchSpeaker(store, name);
  const reports = await store.statements().listReports(match.filter);
  const items: TimelineItem[] = statementItems(reports);
  const articles = new Set([...match.members].map((k) => k.slice(0, k.indexOf('|'))));
  const byArticle = reportsByArticle(reports);
  for (const id of articles) items.push(...await articleEvents(store, id, match.members, byArticle));
  return { query, entities: match.entities, items: items.sort(order) };
}

import type { EntityType } from '../article.js';
import type { EntityLink, MergeEvidence, Override } from '../corpus/entities/types.js';
import type { ResolvedPlace } from '../corpus/places/types.js';
import type { Page, PageRequest } from './store.js';

/** One alias of a resolved entity in one article: how many mentions used it there. */
export interface EntityMentionRow {
  article: string;
  alias: string;
  /** Lookup key of the alias (the resolver's name keys, any script folded to Latin), for `findEntities`. */
  key: string;
  count: number;
}

/** An article-level entity that belongs to a resolved entity: what keeps ids stable across runs. */
export interface EntityMemberRow {
  article: string;
  /** The article-level entity id (`ArticleEntity.id`). */
  member: string;
}

/** A role seen with an entity in one article ("Kremlin spokesman"). */
export interface EntityRoleRow {
  role: string;
  article: string;
}

/**
 * Outlets disagreeing on a role in the same period: one writes "former President", another
 * "President", for the same entity (issue 4, point 4).
 */
export interface RoleConflict {
  /** The role without its past-tense word ("President"). */
  role: string;
  /** The past form as written ("former President"). */
  pastRole: string;
  /** Articles calling it current, and those calling it past, with outlet and date. */
  current: RoleSighting[];
  past: RoleSighting[];
  /** Days between the closest current and past sightings from different outlets (0 with `record` alone). */
  days: number;
  /**
   * Set when the office-holder table has the person in that office on the date of a past sighting
   * ("former President" of a sitting president): the office, its country and the term. Such a
   * conflict may have no current sighting at all.
   */
  record?: { country: string; office: string; from: string; to: string | null };
}

/** A role seen in one article, with the article's outlet and publication date. */
export interface RoleSighting {
  article: string;
  outlet: string | null;
  published: string | null;
}

/** Facts about a resolved entity kept as JSON beside its row. */
export interface EntityData {
  outlets: string[];
  merges: MergeEvidence[];
  roleConflicts: RoleConflict[];
  /** PLACE entities with a gazetteer entry: the entry (kind, country, coordinates) and why it was chosen. */
  place?: ResolvedPlace;
}

/** A resolved entity with everything the step writes for it. */
export interface EntityWrite {
  id: string;
  name: string;
  type: EntityType;
  data: EntityData;
  mentions: EntityMentionRow[];
  members: EntityMemberRow[];
  roles: EntityRoleRow[];
}

/** A whole resolution, written in one transaction in place of the previous one. */
export interface EntityResolutionWrite {
  entities: EntityWrite[];
  links: EntityLink[];
}

/** A line of the entity list. */
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  /** Articles (matching the filter) that mention the entity. */
  articles: number;
  /** Mentions in those articles. */
  mentions: number;
  /** Distinct outlets of those articles. */
  outlets: number;
}

/** Filters of the entity list: by type, and by the outlet and publication date of the articles. */
export interface EntityFilter {
  type?: EntityType;
  /** Only articles placed in this story (a story id of `store.stories()`). */
  story?: string;
  outlet?: string;
  since?: string;
  until?: string;
}

/** An alias of an entity with its mention count and outlets. */
export interface EntityAliasSummary {
  alias: string;
  count: number;
  articles: number;
  outlets: string[];
}

/** A role of an entity with every article (and its date and outlet) it was seen in. */
export interface EntityRoleSummary {
  role: string;
  first: string | null;
  last: string | null;
  sightings: RoleSighting[];
}

/** Everything `storyline entity NAME` shows. */
export interface EntityDetail {
  id: string;
  name: string;
  type: EntityType;
  /** Articles that mention it. */
  articleCount: number;
  data: EntityData;
  aliases: EntityAliasSummary[];
  roles: EntityRoleSummary[];
  links: Array<EntityLink & { direction: 'out' | 'in'; other: { id: string; name: string; type: EntityType } | null }>;
  /** Entities mentioned in the same articles, most shared articles first. */
  cooccurring: Array<{ id: string; name: string; type: EntityType; articles: number }>;
  articles: Array<{ id: string; title: string | null; outlet: string | null; published: string | null; mentions: number }>;
}

/** An article's entities with the facts resolution needs, as the step reads them. */
export interface ArticleEntitiesRow {
  id: string;
  outlet: string | null;
  published: string | null;
  /** The stored `entities` field (article-level entities), or [] when the stage has not run. */
  entities: Array<{ id: string; name: string; type: EntityType; mentions: Array<{ text: string }>; roles?: string[] }>;
}

/** An analyst override as stored, in the order it was made. */
export interface StoredOverride {
  seq: number;
  override: Override;
  createdAt: string;
}

/**
 * Storage of cross-article entities (migration 3): the resolution the `resolve-entities` corpus
 * step writes, the queries of `storyline entities` / `entity`, and the analyst overrides, which are
 * kept apart from the resolution so that they survive every re-run and re-ingest.
 */
export interface EntityStore {
  /** Every stored article's entities with its outlet and publication date, in ingest order. */
  articleEntities(): AsyncIterable<ArticleEntitiesRow>;
  /** Replaces the stored resolution with this one, in one transaction. */
  replaceResolution(resolution: EntityResolutionWrite): Promise<void>;
  /** Entity id → article-level member keys (`article|member`) of the stored resolution. */
  memberKeys(): Promise<Map<string, string[]>>;
  /** Entities ranked by the number of matching articles (then name). */
  listEntities(filter?: EntityFilter, page?: PageRequest): Promise<Page<EntitySummary>>;
  /** Entities with this id, or with an alias whose lookup key is `key` (else contains it as whole words), most articles first. */
  findEntities(idOrKey: { id?: string; key?: string }): Promise<EntitySummary[]>;
  /** The full picture of one entity, or null. */
  getEntity(id: string, limits?: { articles?: number; cooccurring?: number }): Promise<EntityDetail | null>;
  /** Appends an analyst override; returns its sequence number. */
  addOverride(override: Override, createdAt: string): Promise<number>;
  /** Every override, oldest first. */
  listOverrides(): Promise<StoredOverride[]>;
}

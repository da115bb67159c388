/**
 * Types of cross-article entity resolution: what goes in (entities found in single articles), what
 * comes out (one entity per real-world referent, with aliases, merge evidence and links), and the
 * analyst overrides applied on top.
 */
import type { EntityType } from '../../article.js';

/** Result of comparing two names. */
export interface NameMatch {
  /** True when the two names may refer to the same referent. */
  match: boolean;
  /** 0..1: how strong the agreement is (1 = same spelling); 0 when `match` is false. */
  score: number;
  /** Why, in words: which rule matched or which difference blocked the match. */
  evidence: string[];
}

/** What `matchNames` may be told about the two names. */
export interface MatchContext {
  /** Type of both names, when the same. */
  type?: EntityType;
  /** Type of the first name (overrides `type`). */
  typeA?: EntityType;
  /** Type of the second name (overrides `type`). */
  typeB?: EntityType;
}

/** An entity found in one article, as the per-article `entities` stage produces it. */
export interface EntityInput {
  /** The article-level id, when the caller has one (kept in the output for traceability). */
  id?: string;
  /** The name the article-level stage chose (usually the fullest form). */
  name: string;
  type: EntityType;
  /** Surface forms seen in the article (may include titles: "Kremlin spokesman Dmitry Peskov"). */
  mentions: string[];
  /** Article id. */
  article: string;
  /** Outlet name or domain, when known. */
  outlet?: string | null;
  /** Roles seen with the entity in this article ("Kremlin spokesman"). */
  roles?: string[];
}

/** One merge decision and its reasons. */
export interface MergeEvidence {
  /** The two names that were compared. */
  names: [string, string];
  /** The rule that allowed the merge: `name`, `surname-in-article`, `surname-in-corpus`, `acronym`, `variant`, `override`… */
  rule: string;
  evidence: string[];
  score: number;
  /** How many times this same merge (same names, rule and evidence) was made; absent means once. */
  count?: number;
}

/** An alias of a resolved entity with how often and where it was seen. */
export interface AliasCount {
  alias: string;
  /** Number of input entities (article-level) that carried it. */
  count: number;
  outlets: string[];
  /** True when an analyst added it. */
  manual?: boolean;
}

/** A cross-article entity: one real-world referent. */
export interface ResolvedEntity {
  /** Stable id derived from type and canonical name (`person:volodymyr-zelensky`). */
  id: string;
  /** The display name: the fullest, most frequent Latin form. */
  name: string;
  type: EntityType;
  aliases: AliasCount[];
  /** Indexes into the input array of the article-level entities merged here. */
  members: number[];
  articles: string[];
  outlets: string[];
  roles: { role: string; articles: string[] }[];
  merges: MergeEvidence[];
}

/** A relation between two resolved entities that is not identity. */
export interface EntityLink {
  /** Resolved entity ids. */
  from: string;
  to: string;
  /** `metonym-of`: the Kremlin stands for Putin's office; `speaks-for`: Peskov speaks for the Kremlin; `role-at`: other roles naming the entity. */
  kind: 'metonym-of' | 'speaks-for' | 'role-at';
  evidence: string[];
}

/** A surname-only entity that could have joined more than one person. */
export interface Ambiguity {
  /** Index into the input array. */
  member: number;
  name: string;
  /** Ids of the resolved entities it could belong to. */
  candidates: string[];
}

/** An input entity that could not be used, with the reason. */
export interface SkippedInput {
  index: number;
  reason: 'empty-name' | 'no-letters' | 'invalid-input';
  detail: string;
}

/** Names an entity in an override: by any alias it has (as written), and its type. Stable across re-ingest. */
export interface EntityRef {
  name: string;
  type: EntityType;
}

/** An analyst's correction, stored as data and applied on top of every automatic resolution. */
export type Override =
  | { op: 'merge'; a: EntityRef; b: EntityRef; note?: string }
  | { op: 'split'; entity: EntityRef; alias: string; note?: string }
  | { op: 'alias'; entity: EntityRef; alias: string; note?: string };

/** What became of one override on this run (a reference may no longer exist after re-ingest). */
export interface OverrideOutcome {
  override: Override;
  /** `ambiguous`: several entities carry the alias the override names it by. */
  status: 'applied' | 'not-found' | 'no-op' | 'ambiguous';
  detail: string;
}

/** The result of resolving entities across articles. */
export interface Resolution {
  entities: ResolvedEntity[];
  links: EntityLink[];
  ambiguities: Ambiguity[];
  skipped: SkippedInput[];
  overrides: OverrideOutcome[];
}

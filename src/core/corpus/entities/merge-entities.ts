/**
 * Merging resolved entities after resolution (one place at one gazetteer entry, one name typed
 * alike): the keeper takes the others' aliases, members, articles, outlets, roles and merge
 * evidence, and links are redirected to it.
 */
import type { AliasCount, EntityLink, MergeEvidence, ResolvedEntity } from './types.js';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function mergeAliases(a: readonly AliasCount[], b: readonly AliasCount[]): AliasCount[] {
  const out = new Map<string, AliasCount>(a.map((x) => [x.alias, { ...x, outlets: [...x.outlets] }]));
  for (const x of b) {
    const have = out.get(x.alias);
    if (!have) out.set(x.alias, { ...x, outlets: [...x.outlets] });
    else out.set(x.alias, { ...have, count: have.count + x.count, outlets: union(have.outlets, x.outlets), ...(have.manual || x.manual ? { manual: true } : {}) });
  }
  return [...out.values()].sort((x, y) => y.count - x.count || x.alias.localeCompare(y.alias));
}

function mergeRoles(a: ResolvedEntity['roles'], b: ResolvedEntity['roles']): ResolvedEntity['roles'] {
  const out = new Map(a.map((r) => [r.role, [...r.articles]]));
  for (const r of b) out.set(r.role, union(out.get(r.role) ?? [], r.articles));
  return [...out.entries()].map(([role, articles]) => ({ role, articles }));
}

/** True when an analyst split this entity off: later automatic merges leave it alone. */
export function analystSplit(e: ResolvedEntity): boolean {
  return e.merges.some((m) => m.rule === 'override-split');
}

/** A keeper and the entities that join it, each with the evidence of its merge. */
export interface MergeGroup {
  keeper: ResolvedEntity;
  others: Array<{ entity: ResolvedEntity; evidence: MergeEvidence }>;
}

/**
 * Applies the groups (disjoint): the entities in their order with each keeper merged and the others
 * gone, links redirected (self-links and repeats dropped), and `into` (merged id → keeper id).
 */
export function mergeEntityGroups(entities: readonly ResolvedEntity[], groups: readonly MergeGroup[], links: readonly EntityLink[]): {
  entities: ResolvedEntity[]; links: EntityLink[]; into: Map<string, string>;
} {
  const into = new Map<string, string>();
  const keepers = new Map<string, ResolvedEntity>();
  for (const { keeper: first, others } of groups) {
    let keeper: ResolvedEntity = { ...first };
    for (const { entity: other, evidence } of others) {
      keeper = {
        ...keeper,
        aliases: mergeAliases(keeper.aliases, other.aliases),
        members: [...keeper.members, ...other.members],
        articles: union(keeper.articles, other.articles),
        outlets: union(keeper.outlets, other.outlets),
        roles: mergeRoles(keeper.roles, other.roles),
        merges: [...keeper.merges, ...other.merges, evidence],
      };
      into.set(other.id, first.id);
    }
    if (others.length) keepers.set(first.id, keeper);
  }
  if (into.size === 0) return { entities: [...entities], links: [...links], into };
  const idOf = (id: string): string => into.get(id) ?? id;
  const out = entities.filter((e) => !into.has(e.id)).map((e) => keepers.get(e.id) ?? e);
  const seen = new Set<string>();
  const outLinks: EntityLink[] = [];
  for (const l of links) {
    const link = { ...l, from: idOf(l.from), to: idOf(l.to) };
    const key = `${link.from}|${link.to}|${link.kind}`;
    if (link.from === link.to || seen.has(key)) continue;
    seen.add(key);
    outLinks.push(link);
  }
  return { entities: out, links: outLinks, into };
}

/**
 * Applies analyst overrides (merge, split, alias) on top of the automatic grouping. Overrides are
 * plain data naming entities by alias and type, so they still apply after re-ingest, when automatic
 * ids and member order have changed; one that no longer finds its entity is reported, not thrown.
 */
import { foldText } from './name-key.js';
import type { EntityRef, MergeEvidence, Override, OverrideOutcome } from './types.js';

/** A group of article-level entities during resolution. */
export interface Group {
  members: number[];
  merges: MergeEvidence[];
  /** Aliases added by analysts. */
  manualAliases: string[];
}

/** What the override step needs to know about each article-level entity. */
export interface MemberInfo {
  type: string;
  /** Name forms (folded) the member carries. */
  folded: ReadonlySet<string>;
}

function carries(group: Group, members: readonly MemberInfo[], type: string, folded: string): boolean {
  if (group.manualAliases.some((a) => foldText(a) === folded) && members[group.members[0]!]?.type === type) return true;
  return group.members.some((m) => members[m]!.type === type && members[m]!.folded.has(folded));
}

/** Sentinel of `findGroup`: more than one entity carries the alias, so the reference is unclear. */
const AMBIGUOUS = -2;

/**
 * The group an override names: the one carrying the alias, -1 when none does, `AMBIGUOUS` when
 * several do (a shared surname such as "Trump": the analyst must use a fuller alias).
 */
function findGroup(groups: readonly Group[], members: readonly MemberInfo[], ref: EntityRef): number {
  const folded = foldText(typeof ref?.name === 'string' ? ref.name : '');
  if (folded === '') return -1;
  const found: number[] = [];
  groups.forEach((g, i) => {
    if (carries(g, members, ref.type, folded)) found.push(i);
  });
  if (found.length > 1) return AMBIGUOUS;
  return found[0] ?? -1;
}

function missing(override: Override, index: number, ref: EntityRef): OverrideOutcome {
  return index === AMBIGUOUS
    ? { override, status: 'ambiguous', detail: `several entities carry ${describe(ref)}: name it by a fuller alias` }
    : { override, status: 'not-found', detail: `no entity ${describe(ref)}` };
}

function describe(ref: EntityRef): string {
  return `${String(ref?.type)} "${String(ref?.name)}"`;
}

/**
 * Applies overrides in order to `groups` (a new array is returned; the input is not changed).
 * merge: the two groups become one. split: the members carrying the alias leave their group and form
 * a new one. alias: the alias is added, and groups of the same type named by that alias join.
 */
export function applyOverrides(
  input: readonly Group[],
  members: readonly MemberInfo[],
  overrides: readonly Override[],
): { groups: Group[]; outcomes: OverrideOutcome[] } {
  let groups: Group[] = input.map((g) => ({ members: [...g.members], merges: [...g.merges], manualAliases: [...g.manualAliases] }));
  const outcomes: OverrideOutcome[] = [];
  for (const override of overrides) {
    if (override === null || typeof override !== 'object') {
      outcomes.push({ override, status: 'not-found', detail: 'not an override object' });
      continue;
    }
    if (override.op === 'merge') {
      const a = findGroup(groups, members, override.a);
      const b = findGroup(groups, members, override.b);
      if (a < 0 || b < 0) {
        outcomes.push(a < 0 ? missing(override, a, override.a) : missing(override, b, override.b));
        continue;
      }
      if (a === b) {
        outcomes.push({ override, status: 'no-op', detail: 'already one entity' });
        continue;
      }
      const ga = groups[a]!;
      const gb = groups[b]!;
      const merged: Group = {
        members: [...ga.members, ...gb.members].sort((x, y) => x - y),
        merges: [...ga.merges, ...gb.merges, { names: [override.a.name, override.b.name], rule: 'override-merge', evidence: [override.note ?? 'analyst merge'], score: 1 }],
        manualAliases: [...ga.manualAliases, ...gb.manualAliases],
      };
      groups = groups.filter((_, i) => i !== a && i !== b);
      groups.push(merged);
      outcomes.push({ override, status: 'applied', detail: `merged ${describe(override.a)} and ${describe(override.b)}` });
    } else if (override.op === 'split') {
      const g = findGroup(groups, members, override.entity);
      const folded = foldText(typeof override.alias === 'string' ? override.alias : '');
      if (g < 0 || folded === '') {
        outcomes.push(g < 0 ? missing(override, g, override.entity) : { override, status: 'not-found', detail: 'empty alias' });
        continue;
      }
      const group = groups[g]!;
      const leaving = group.members.filter((m) => members[m]!.folded.has(folded));
      const staying = group.members.filter((m) => !members[m]!.folded.has(folded));
      if (leaving.length === 0) {
        outcomes.push({ override, status: 'not-found', detail: `"${override.alias}" is not an alias of ${describe(override.entity)}` });
        continue;
      }
      if (staying.length === 0) {
        outcomes.push({ override, status: 'no-op', detail: `every member of ${describe(override.entity)} carries "${override.alias}"` });
        continue;
      }
      groups[g] = { ...group, members: staying, manualAliases: group.manualAliases.filter((a) => foldText(a) !== folded) };
      groups.push({ members: leaving, merges: [{ names: [override.entity.name, override.alias], rule: 'override-split', evidence: [override.note ?? 'analyst split'], score: 1 }], manualAliases: [] });
      outcomes.push({ override, status: 'applied', detail: `${leaving.length} article-level entities split off as "${override.alias}"` });
    } else if (override.op === 'alias') {
      const g = findGroup(groups, members, override.entity);
      const folded = foldText(typeof override.alias === 'string' ? override.alias : '');
      if (g < 0 || folded === '') {
        outcomes.push(g < 0 ? missing(override, g, override.entity) : { override, status: 'not-found', detail: 'empty alias' });
        continue;
      }
      const target = groups[g]!;
      const type = override.entity.type;
      const absorbed = groups.filter((other, i) => i !== g && carries(other, members, type, folded));
      const next: Group = {
        members: [...target.members, ...absorbed.flatMap((o) => o.members)].sort((x, y) => x - y),
        merges: [...target.merges, ...absorbed.flatMap((o) => o.merges)],
        manualAliases: target.manualAliases.some((a) => foldText(a) === folded) ? target.manualAliases : [...target.manualAliases, override.alias],
      };
      for (const o of absorbed) {
        const joined = o.manualAliases[0] ?? override.alias;
        next.merges.push({ names: [override.entity.name, joined], rule: 'override-alias', evidence: [override.note ?? 'analyst alias', `${o.members.length} article-level entities named "${override.alias}"`], score: 1 });
      }
      groups = groups.filter((other, i) => i !== g && !absorbed.includes(other));
      groups.push(next);
      outcomes.push({ override, status: 'applied', detail: absorbed.length > 0 ? `alias added; ${absorbed.length} entities named "${override.alias}" joined` : 'alias added' });
    } else {
      outcomes.push({ override, status: 'not-found', detail: `unknown op ${(override as { op?: unknown }).op}` });
    }
  }
  return { groups, outcomes };
}

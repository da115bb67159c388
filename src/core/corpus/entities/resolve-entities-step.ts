/**
 * The corpus step that resolves entities across the whole stored corpus: reads every article's
 * entities (with outlet and date), resolves them with the analyst overrides, keeps the ids of the
 * previous resolution where the same article-level entities are still together, finds role
 * conflicts between outlets, and replaces the stored resolution in one transaction.
 */
import type { Store } from '../../store/store.js';
import type {
  EntityResolutionWrite, EntityWrite, RoleConflict, RoleSighting,
} from '../../store/entity-store.js';
import type { CorpusStep } from '../corpus-steps.js';
import { resolveEntityPlaces } from '../places/entity-places.js';
import { mergeSamePlaces } from '../places/merge-same-places.js';
import type { ResolvedPlace } from '../places/types.js';
import { nameForm } from './entity-forms.js';
import { mergeSameNames } from './merge-same-names.js';
import { PAST_ROLE_WORDS } from './lang/en/titles.js';
import { canonicalOffice, holdersOf, officeHolder } from '../../stages/entities/lang/en/office-holders.js';
import { nameKeys } from './name-key.js';
import { resolveEntities } from './resolve-entities.js';
import type { EntityInput, Resolution, ResolvedEntity } from './types.js';

/**
 * Two outlets that disagree on whether a role is current ("President" / "former President") count as
 * a conflict only when their articles are this close in time: a month apart, they describe the same
 * state of affairs; a year apart, the role may really have ended in between.
 */
export const ROLE_CONFLICT_DAYS = 31;

/** What one run of the resolution did. */
export interface EntityResolutionRun {
  resolution: Resolution;
  written: EntityResolutionWrite;
  counts: Record<string, number>;
}

/** The lookup key of an alias or a query: the resolver's name keys, so any spelling or script folds alike. */
export function aliasKey(text: string): string {
  return nameKeys(text).join(' ');
}

/**
 * Reads, resolves and writes the corpus entities (see the module comment). Overrides are read from
 * the store on every run, so they apply to articles ingested after they were made.
 */
export async function resolveStoredEntities(store: Store): Promise<EntityResolutionRun> {
  const entityStore = store.entities();
  const inputs: EntityInput[] = [];
  const articleFacts = new Map<string, { outlet: string | null; published: string | null }>();
  for await (const row of entityStore.articleEntities()) {
    articleFacts.set(row.id, { outlet: row.outlet, published: row.published });
    for (const e of row.entities) {
      if (e === null || typeof e !== 'object') continue;
      inputs.push({
        id: typeof e.id === 'string' ? e.id : undefined,
        name: e.name,
        type: e.type,
        mentions: Array.isArray(e.mentions) ? e.mentions.map((m) => (m && typeof m.text === 'string' ? m.text : '')) : [],
        article: row.id,
        outlet: row.outlet,
        roles: Array.isArray(e.roles) ? e.roles : [],
      });
    }
  }
  const overrides = (await entityStore.listOverrides()).map((o) => o.override);
  const resolved = resolveEntities(inputs, { overrides });
  // Places on the map (gazetteer entry with coordinates), decided with the other places of the same
  // articles; names that land on one gazetteer entry are one place ("Київ", "Києві", "Kiev").
  const samePlace = mergeSamePlaces(resolved.entities, resolveEntityPlaces(resolved.entities), resolved.links);
  const places = samePlace.places;
  // A name the tagger typed differently across articles is one entity (see merge-same-names.ts).
  const labels = new Map([...places].map(([id, p]) => [id, { name: p.name, label: `${p.name}, ${p.country}` }]));
  const outlets = new Set([...articleFacts.values()].map((f) => f.outlet).filter((o): o is string => o !== null));
  const sameName = mergeSameNames(samePlace.entities, labels, samePlace.links, outlets);
  const resolution = { ...resolved, entities: sameName.entities, links: sameName.links };
  const ids = stableIds(resolution.entities, inputs, await entityStore.memberKeys());
  const entities: EntityWrite[] = resolution.entities.map((e) => toWrite(e, ids.get(e.id)!, inputs, articleFacts, places.get(e.id)));
  const links = resolution.links
    .map((l) => ({ ...l, from: ids.get(l.from) ?? l.from, to: ids.get(l.to) ?? l.to }));
  const written = { entities, links };
  await entityStore.replaceResolution(written);
  return {
    resolution,
    written,
    counts: {
      entities: entities.length,
      links: links.length,
      'same-place merges': samePlace.merged,
      'same-name merges': sameName.merged,
      ambiguities: resolution.ambiguities.length,
      'role-conflicts': entities.reduce((n, e) => n + e.data.roleConflicts.length, 0),
      'overrides-applied': resolution.overrides.filter((o) => o.status === 'applied').length,
      places: places.size,
    },
  };
}

/** Corpus step: cross-article entity resolution over the whole store (issue 4, points 3 and 4). */
export const resolveEntitiesStep: CorpusStep = {
  name: 'resolve-entities',
  async run(store) {
    return (await resolveStoredEntities(store)).counts;
  },
};

/**
 * Resolver id → stored id. The resolver derives ids from display names, which change as articles
 * arrive; a new entity keeps the stored id of the previous entity it shares the most article-level
 * members with (each stored id goes to one entity only), so links and bookmarks to an entity hold.
 */
function stableIds(entities: readonly ResolvedEntity[], inputs: readonly EntityInput[], previous: Map<string, string[]>): Map<string, string> {
  const ownerOf = new Map<string, string>();
  for (const [id, keys] of previous) for (const k of keys) ownerOf.set(k, id);
  const pairs: Array<{ entity: string; old: string; overlap: number }> = [];
  for (const e of entities) {
    const overlap = new Map<string, number>();
    for (const m of e.members) {
      const old = ownerOf.get(memberKey(inputs[m]!, m));
      if (old !== undefined) overlap.set(old, (overlap.get(old) ?? 0) + 1);
    }
    for (const [old, n] of overlap) pairs.push({ entity: e.id, old, overlap: n });
  }
  // Most shared members first; on a tie the id the resolver would give anyway, then the smaller id.
  pairs.sort((a, b) => b.overlap - a.overlap || Number(b.old === b.entity) - Number(a.old === a.entity) || (a.old < b.old ? -1 : a.old > b.old ? 1 : 0) || (a.entity < b.entity ? -1 : 1));
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (out.has(p.entity) || taken.has(p.old)) continue;
    out.set(p.entity, p.old);
    taken.add(p.old);
  }
  for (const e of entities) {
    if (out.has(e.id)) continue;
    let id = e.id;
    for (let n = 2; taken.has(id); n++) id = `${e.id}-${n}`;
    out.set(e.id, id);
    taken.add(id);
  }
  return out;
}

function memberKey(input: EntityInput, index: number): string {
  // An input without an article-level id (not produced by the entities stage) is keyed by position.
  return `${input.article}|${input.id ?? `#${index}`}`;
}

function toWrite(
  e: ResolvedEntity, id: string, inputs: readonly EntityInput[], facts: Map<string, { outlet: string | null; published: string | null }>,
  place?: ResolvedPlace,
): EntityWrite {
  const mentions = new Map<string, { article: string; alias: string; key: string; count: number }>();
  const add = (article: string, alias: string, count: number): void => {
    const k = `${article}\u0000${alias}`;
    const row = mentions.get(k) ?? { article, alias, key: aliasKey(alias), count: 0 };
    row.count += count;
    mentions.set(k, row);
  };
  const roles = new Map<string, { role: string; article: string }>();
  for (const m of e.members) {
    const input = inputs[m]!;
    let counted = 0;
    for (const text of input.mentions) {
      const alias = nameForm(text, input.type);
      if (alias === null) continue;
      add(input.article, alias, 1);
      counted++;
    }
    // An entity whose mentions are all descriptions still appears in its article under its name.
    if (counted === 0) add(input.article, input.name.trim() || e.name, 1);
    for (const role of input.roles ?? []) {
      if (typeof role === 'string' && role.trim() !== '') roles.set(`${role}\u0000${input.article}`, { role: role.trim(), article: input.article });
    }
  }
  // Aliases an analyst added have no mention; they are stored with count 0 so that lookups find them.
  for (const a of e.aliases) {
    if (a.manual && ![...mentions.values()].some((r) => r.alias === a.alias)) add(e.articles[0] ?? '', a.alias, 0);
  }
  const roleRows = [...roles.values()];
  return {
    id,
    name: e.name,
    type: e.type,
    data: { outlets: e.outlets, merges: e.merges, roleConflicts: roleConflicts(roleRows, facts, e.type === 'PERSON' ? e.name : null), ...(place ? { place } : {}) },
    mentions: [...mentions.values()].filter((r) => r.article !== ''),
    members: e.members.map((m) => ({ article: inputs[m]!.article, member: inputs[m]!.id ?? `#${m}` })),
    roles: roleRows,
  };
}

const PAST_PREFIX = new RegExp(`^(?:${PAST_ROLE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\s+|-)`, 'iu');

/** The role without a leading past word, lowercased, and whether it had one. */
function roleBase(role: string): { base: string; past: boolean } {
  const trimmed = role.trim();
  const m = PAST_PREFIX.exec(trimmed);
  return { base: (m ? trimmed.slice(m[0].length) : trimmed).toLowerCase().replace(/\s+/g, ' '), past: m !== null };
}

/**
 * The office a past role names ("former US President" → president) that the office-holder table has
 * `person` holding on `date`, with its country and term; null when it has not.
 */
function heldOnDate(person: string, base: string, date: string): RoleConflict['record'] | null {
  const words = base.split(' ');
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const office = canonicalOffice(words.slice(-k).join(' '));
    if (office === null) continue;
    for (const [country, held, from, to] of holdersOf(person)) {
      if (held === office && from <= date && (to === null || date < to) && officeHolder(country, office, date) === person) return { country, office, from, to };
    }
    return null;
  }
  return null;
}

/**
 * Role conflicts: the same role written as past ("former President") by one outlet and as current
 * by another within `ROLE_CONFLICT_DAYS`; and, for a person (`person`, the entity's name), a past
 * role whose office the office-holder table has them holding on that article's date (one outlet
 * calling a sitting president "former President" is enough). Undated articles cannot place a role in
 * time and are left out.
 */
export function roleConflicts(
  roles: readonly { role: string; article: string }[], facts: Map<string, { outlet: string | null; published: string | null }>, person: string | null = null,
): RoleConflict[] {
  const byBase = new Map<string, { current: Array<RoleSighting & { role: string }>; past: Array<RoleSighting & { role: string }> }>();
  for (const r of roles) {
    const { base, past } = roleBase(r.role);
    if (base === '') continue;
    const f = facts.get(r.article) ?? { outlet: null, published: null };
    const entry = byBase.get(base) ?? { current: [], past: [] };
    (past ? entry.past : entry.current).push({ role: r.role, article: r.article, outlet: f.outlet, published: f.published });
    byBase.set(base, entry);
  }
  const out: RoleConflict[] = [];
  const strip = (s: RoleSighting & { role: string }): RoleSighting => ({ article: s.article, outlet: s.outlet, published: s.published });
  for (const [base, { current, past }] of byBase) {
    let record: RoleConflict['record'] | null = null;
    for (let k = 0; person !== null && record === null && k < past.length; k++) {
      const published = past[k]!.published;
      if (published) record = heldOnDate(person, base, published.slice(0, 10));
    }
    if ((current.length === 0 && record === null) || past.length === 0) continue;
    let best: { days: number; c: RoleSighting & { role: string }; p: RoleSighting & { role: string } } | null = null;
    for (const c of current) {
      for (const p of past) {
        if (!c.published || !p.published || !c.outlet || !p.outlet || c.outlet === p.outlet) continue;
        const days = Math.abs(Date.parse(c.published) - Date.parse(p.published)) / 86_400_000;
        if (!Number.isFinite(days) || days > ROLE_CONFLICT_DAYS) continue;
        if (best === null || days < best.days) best = { days, c, p };
      }
    }
    if (best === null && record === null) continue;
    out.push({
      role: best?.c.role ?? current[0]?.role ?? base,
      pastRole: best?.p.role ?? past[0]!.role,
      current: current.map(strip),
      past: past.map(strip),
      days: best === null ? 0 : Math.round(best.days),
      ...(record === null ? {} : { record }),
    });
  }
  return out.sort((a, b) => (a.role < b.role ? -1 : 1));
}

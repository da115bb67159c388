import { StorylineError } from '../../core/errors.js';
import { aliasKey, resolveStoredEntities } from '../../core/corpus/entities/resolve-entities-step.js';
import type { EntityRef, Override, OverrideOutcome } from '../../core/corpus/entities/types.js';
import type { ResolvedPlace } from '../../core/corpus/places/types.js';
import type { EntityDetail, EntitySummary } from '../../core/store/entity-store.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { type Command, DB_OPTION, date, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';
import { json, table } from '../output.js';

/** `storyline entities`: resolved entities ranked by the number of articles that mention them. */
export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'List the people, organisations and places of the corpus, most articles first.',
  usage: 'storyline entities [--type T] [--story ID] [--outlet X] [--since D] [--until D] [--limit N] [--json]',
  description: 'Counts are over the articles that match the filters. Entities are resolved across spellings and scripts after each ingest.',
  options: {
    ...DB_OPTION,
    type: { type: 'string', value: 'TYPE', description: 'only this type: PERSON, ORG, PLACE, NORP, EVENT, OTHER' },
    story: { type: 'string', value: 'ID', description: 'count only articles of this story (see storyline stories)' },
    outlet: { type: 'string', value: 'NAME', description: 'count only articles of this outlet' },
    since: { type: 'string', value: 'DATE', description: 'count only articles published on or after this date' },
    until: { type: 'string', value: 'DATE', description: 'count only articles published on or before this date' },
    limit: { type: 'string', value: 'N', description: 'how many (default 50, at most 1000)' },
    offset: { type: 'string', value: 'N', description: 'skip this many' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    if (args.positionals.length) throw new StorylineError('USAGE', `Unknown argument "${args.positionals[0]}". To show one entity: storyline entity NAME.`);
    const filter = { type: str(args, 'type'), story: str(args, 'story'), outlet: str(args, 'outlet'), since: date(args, 'since'), until: date(args, 'until') };
    const page = { limit: int(args, 'limit', 50), offset: int(args, 'offset', 0) };
    const store = await openStore(dbPath(args, io.env));
    try {
      const result = await store.entities().listEntities(filter, page);
      if (args.values.json) {
        io.out(json(result));
        return EXIT.OK;
      }
      io.out(table(['name', 'type', 'articles', 'mentions', 'outlets', 'id'], result.items.map((e) => [e.name, e.type, e.articles, e.mentions, e.outlets, e.id]), 50));
      io.out(`${result.items.length} of ${result.total} entities\n`);
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

const OPS = new Set(['merge', 'split', 'alias']);

/** `storyline entity NAME` and the analyst corrections `entity merge|split|alias`. */
export const entityCommand: Command = {
  name: 'entity',
  summary: 'Show one entity (aliases, roles over time, links, co-occurring entities, articles), or correct the resolution.',
  usage: 'storyline entity NAME [--json] | storyline entity merge A B | storyline entity split ENTITY ALIAS | storyline entity alias ENTITY ALIAS',
  description: [
    'NAME, A, B and ENTITY are an entity id or any alias, in any spelling or script.',
    '  merge A B           A and B are one entity',
    '  split ENTITY ALIAS  the articles that call ENTITY by ALIAS are about someone else',
    '  alias ENTITY ALIAS  ALIAS is another name of ENTITY',
    'Corrections are stored and applied on every resolution, so they survive re-ingest; each one re-runs the resolution and prints the result.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    articles: { type: 'string', value: 'N', description: 'how many articles to show (default 20)' },
    json: { type: 'boolean', description: 'print JSON' },
  },
  async run(args, io) {
    const [first, ...rest] = args.positionals;
    if (!first) throw new StorylineError('USAGE', 'entity needs a NAME, or merge|split|alias with its arguments.');
    const isOp = OPS.has(first) && rest.length > 0;
    if (!isOp && rest.length) throw new StorylineError('USAGE', `entity takes one NAME (quote a name with spaces), found ${args.positionals.length} arguments.`);
    const store = await openStore(dbPath(args, io.env));
    try {
      if (isOp) return await correct(store, first as Override['op'], rest, args.values.json === true, io.out);
      const matches = await lookup(store, first);
      if (matches.length === 0) throw new StorylineError('NOT_FOUND', `No entity has the name or alias "${first}". Try: storyline entities.`);
      if (matches.length > 1) {
        if (args.values.json) io.out(json({ query: first, matches }));
        else {
          io.out(`${matches.length} entities are called "${first}"; give the id or a fuller name:\n\n`);
          io.out(table(['name', 'type', 'articles', 'id'], matches.map((e) => [e.name, e.type, e.articles, e.id])));
        }
        return EXIT.OK;
      }
      const detail = await store.entities().getEntity(matches[0]!.id, { articles: int(args, 'articles', 20) });
      if (!detail) throw new StorylineError('NOT_FOUND', `No entity ${matches[0]!.id}.`);
      io.out(args.values.json ? json(detail) : formatDetail(detail));
      return EXIT.OK;
    } finally {
      await store.close();
    }
  },
};

/** Entities a command-line name refers to: an id, else an alias in any spelling or script. */
async function lookup(store: Store, name: string): Promise<EntitySummary[]> {
  const es = store.entities();
  const byId = await es.findEntities({ id: name });
  if (byId.length) return byId;
  const key = aliasKey(name);
  return key === '' ? [] : es.findEntities({ key });
}

/** The one entity a name refers to, as an override reference; a usage error when it is ambiguous. */
async function refOf(store: Store, name: string): Promise<{ ref: EntityRef; id: string }> {
  const matches = await lookup(store, name);
  if (matches.length === 0) throw new StorylineError('NOT_FOUND', `No entity has the name or alias "${name}".`);
  if (matches.length > 1) {
    throw new StorylineError('USAGE', `Several entities are called "${name}": ${matches.map((m) => `${m.name} (${m.id})`).join(', ')}. Give the id or a fuller name.`);
  }
  const m = matches[0]!;
  // An id names the entity by its display name; an alias names it as the analyst wrote it.
  return { ref: { name: m.id === name ? m.name : name, type: m.type }, id: m.id };
}

async function correct(store: Store, op: Override['op'], rest: string[], asJson: boolean, out: (s: string) => void): Promise<number> {
  if (rest.length !== 2) {
    const usage = op === 'merge' ? 'entity merge A B' : `entity ${op} ENTITY ALIAS`;
    throw new StorylineError('USAGE', `${usage} takes two arguments, found ${rest.length}.`);
  }
  const [x, y] = rest as [string, string];
  let override: Override;
  if (op === 'merge') {
    const a = await refOf(store, x);
    const b = await refOf(store, y);
    if (a.id === b.id) throw new StorylineError('USAGE', `"${x}" and "${y}" are already one entity (${a.id}).`);
    override = { op, a: a.ref, b: b.ref };
  } else {
    if (aliasKey(y) === '') throw new StorylineError('USAGE', `The alias "${y}" has no letters.`);
    override = { op, entity: (await refOf(store, x)).ref, alias: y };
  }
  await store.entities().addOverride(override, new Date().toISOString());
  const run = await resolveStoredEntities(store);
  const outcome = run.resolution.overrides.at(-1) as OverrideOutcome;
  // After a split the alias names the new entity; after a merge or alias, the entity keeps its name.
  const shown = await lookup(store, op === 'split' ? y : x);
  const details: EntityDetail[] = [];
  for (const m of shown) {
    const d = await store.entities().getEntity(m.id, { articles: 10 });
    if (d) details.push(d);
  }
  if (op === 'split') {
    const rest2 = await lookup(store, x);
    for (const m of rest2) {
      if (details.some((d) => d.id === m.id)) continue;
      const d = await store.entities().getEntity(m.id, { articles: 10 });
      if (d) details.push(d);
    }
  }
  if (asJson) {
    out(json({ override, outcome: { status: outcome.status, detail: outcome.detail }, entities: details }));
  } else {
    out(`${op}: ${outcome.status}. ${outcome.detail}\n\n`);
    for (const d of details) out(formatDetail(d) + '\n');
  }
  return EXIT.OK;
}

/** A place on the map: the gazetteer entry with its coordinates, and why it was chosen. */
function formatPlace(p: ResolvedPlace): string[] {
  const facts = [`${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`];
  if (p.population !== undefined) facts.push(`population ${p.population}`);
  if (p.geonamesId !== undefined) facts.push(`GeoNames ${p.geonamesId}`);
  const where = p.kind === 'country' ? `country, ${p.countryCode}` : `${p.kind} in ${p.country}, ${p.countryCode}`;
  return [`Place: ${p.name} (${where}) at ${facts.join(', ')}`, ...p.evidence.map((e) => `  ${e}`)];
}

/** The text view of one entity. */
function formatDetail(d: EntityDetail): string {
  const lines: string[] = [];
  const outlets = new Set(d.aliases.flatMap((a) => a.outlets));
  lines.push(`${d.name}  (${d.type}, ${d.id})`);
  lines.push(`${d.articleCount} articles, ${outlets.size} outlets`, '');
  if (d.data.place) lines.push(...formatPlace(d.data.place), '');
  lines.push('Aliases', table(['alias', 'mentions', 'articles', 'outlets'], d.aliases.map((a) => [a.alias, a.count, a.articles, a.outlets.join(', ')]), 70));
  if (d.roles.length) {
    lines.push('Roles over time', table(['role', 'first', 'last', 'seen'], d.roles.map((r) => [
      r.role, r.first?.slice(0, 10), r.last?.slice(0, 10), r.sightings.map((s) => `${s.published?.slice(0, 10) ?? 'undated'} ${s.outlet ?? ''}`.trim()).join('; '),
    ]), 70));
  }
  if (d.data.roleConflicts.length) {
    lines.push('Role conflicts');
    for (const c of d.data.roleConflicts) {
      const where = (list: typeof c.current): string => [...new Set(list.map((s) => s.outlet ?? '?'))].join(', ');
      if (c.current.length) lines.push(`  "${c.role}" (${where(c.current)}) vs "${c.pastRole}" (${where(c.past)}), ${c.days} days apart`);
      if (c.record) {
        const r = c.record;
        lines.push(`  "${c.pastRole}" (${where(c.past)}), but in office then: ${r.office} of ${r.country} since ${r.from}${r.to ? ` until ${r.to}` : ''} (office-holder table)`);
      }
    }
    lines.push('');
  }
  if (d.links.length) {
    lines.push('Linked entities');
    for (const l of d.links) {
      const other = l.other ? `${l.other.name} (${l.other.id})` : (l.direction === 'out' ? l.to : l.from);
      lines.push(`  ${l.direction === 'out' ? `${l.kind} →` : `← ${l.kind}`} ${other}${l.evidence.length ? `: ${l.evidence.join('; ')}` : ''}`);
    }
    lines.push('');
  }
  if (d.cooccurring.length) {
    lines.push('Co-occurring entities', table(['name', 'type', 'shared articles'], d.cooccurring.map((c) => [c.name, c.type, c.articles])));
  }
  lines.push(d.articles.length < d.articleCount ? `Articles (latest ${d.articles.length})` : 'Articles', table(['published', 'outlet', 'mentions', 'title', 'id'], d.articles.map((a) => [a.published?.slice(0, 10), a.outlet, a.mentions, a.title, a.id]), 60));
  return lines.join('\n');
}

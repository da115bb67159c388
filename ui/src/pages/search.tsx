// Full-text search with filters (outlet, speaker, entity, dates) kept in the address.
import { api, useApi } from '../api.js';
import { DateField, FilterForm, OutletSelect, TextField } from '../components/filters.js';
import { Pager, offsetOf } from '../components/pager.js';
import { Snippet } from '../components/snippet.js';
import { Status } from '../components/status.js';
import { day, plural } from '../format.js';
import { to, type Location } from '../router.js';
import { useTitle } from '../title.js';
import type { Page, SearchHit } from '../types.js';

const LIMIT = 20;
const FIELDS = ['q', 'outlet', 'speaker', 'entity', 'since', 'until'] as const;

export function SearchPage({ loc }: { loc: Location }) {
  const f: Record<(typeof FIELDS)[number], string | undefined> = { q: undefined, outlet: undefined, speaker: undefined, entity: undefined, since: undefined, until: undefined };
  for (const k of FIELDS) f[k] = loc.query.get(k)?.trim() || undefined;
  useTitle(f.q ? `Search: ${f.q}` : 'Search');
  const offset = offsetOf(loc.query);
  const hits = useApi<Page<SearchHit>>(f.q ? api('/search', { ...f, limit: LIMIT, offset }) : null);
  const page = hits.data;
  return (
    <>
      <h1>Search</h1>
      <FilterForm key={loc.href} path="/search" label="Search articles" submit="Search">
        <TextField name="q" label="Words" value={f.q} type="search" placeholder={'ceasefire talks, "a phrase", prefix*'} />
        <OutletSelect value={f.outlet} />
        <TextField name="speaker" label="Speaker" value={f.speaker} placeholder="quoted person" />
        <TextField name="entity" label="Entity" value={f.entity} placeholder="mentioned name" />
        <DateField name="since" label="Since" value={f.since} />
        <DateField name="until" label="Until" value={f.until} />
      </FilterForm>
      {!f.q && <p class="status">Type some words to search every article's title and text.</p>}
      <Status loading={hits.loading && !page} error={hits.error} empty={page?.items.length === 0} what="matching articles" />
      {page && page.items.length > 0 && (
        <div aria-live="polite" aria-busy={hits.loading}>
          <p class="count">{plural(page.total, 'article')}</p>
          <ol class="hits" start={offset + 1}>
            {page.items.map((h) => (
              <li key={h.id} class="hit">
                <h2><a href={to.article(h.id)}>{h.title ?? h.id}</a></h2>
                <p class="meta"><span>{h.outlet ?? '—'}</span><span>{day(h.published)}</span>{h.language && <span>{h.language}</span>}</p>
                <Snippet text={h.snippet} />
              </li>
            ))}
          </ol>
          <Pager path="/search" query={f} total={page.total} limit={page.limit} offset={page.offset} label="Results" />
        </div>
      )}
    </>
  );
}

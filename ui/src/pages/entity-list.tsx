// Entities: who and what the corpus knows, by name in any spelling or script, and by type.
import { api, useApi } from '../api.js';
import { FilterForm, TextField } from '../components/filters.js';
import { Pager, offsetOf } from '../components/pager.js';
import { Status } from '../components/status.js';
import { plural } from '../format.js';
import { to, type Location } from '../router.js';
import { useTitle } from '../title.js';
import type { EntitySummary, Page } from '../types.js';

const TYPES = ['PERSON', 'ORG', 'PLACE', 'NORP', 'OTHER'];
const LIMIT = 50;

export function EntityListPage({ loc }: { loc: Location }) {
  useTitle('Entities');
  const q = loc.query.get('q') ?? undefined;
  const type = loc.query.get('type') ?? undefined;
  const offset = offsetOf(loc.query);
  const list = useApi<Page<EntitySummary>>(api('/entities', { q, type, limit: LIMIT, offset }));
  const page = list.data;
  return (
    <>
      <h1>Entities</h1>
      <FilterForm key={loc.href} path="/entities" label="Find entities" submit="Find">
        <TextField name="q" label="Name" value={q} placeholder="any spelling or script" type="search" />
        <label>
          Type
          <select name="type">
            <option value="" selected={!type}>Any type</option>
            {TYPES.map((t) => <option key={t} value={t} selected={t === type}>{t}</option>)}
          </select>
        </label>
      </FilterForm>
      <Status loading={list.loading && !page} error={list.error} empty={page?.items.length === 0} what="entities" />
      {page && page.items.length > 0 && (
        <>
          <p class="count" aria-live="polite">{plural(page.total, 'entity', 'entities')}</p>
          <table class="data">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Articles</th><th scope="col">Mentions</th><th scope="col">Outlets</th></tr>
            </thead>
            <tbody>
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td><a href={to.entity(e.id)}>{e.name}</a></td>
                  <td>{e.type}</td>
                  <td class="num">{e.articles}</td>
                  <td class="num">{e.mentions}</td>
                  <td class="num">{e.outlets}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager path="/entities" query={{ q, type }} total={page.total} limit={page.limit} offset={page.offset} label="Entities" />
        </>
      )}
    </>
  );
}

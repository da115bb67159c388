// Home: the stories, newest and largest first, each with its size, outlets and a coverage sparkline.
import { api, useApi } from '../api.js';
import { Pager, offsetOf } from '../components/pager.js';
import { Sparkline } from '../components/sparkline.js';
import { Status } from '../components/status.js';
import { FilterForm, OutletSelect, DateField } from '../components/filters.js';
import { plural, range } from '../format.js';
import { to, type Location } from '../router.js';
import { useTitle } from '../title.js';
import type { Page, StoryRow } from '../types.js';

const LIMIT = 25;

export function StoryListPage({ loc }: { loc: Location }) {
  useTitle('Stories');
  const filter = { outlet: loc.query.get('outlet') ?? undefined, since: loc.query.get('since') ?? undefined, until: loc.query.get('until') ?? undefined };
  const offset = offsetOf(loc.query);
  const stories = useApi<Page<StoryRow>>(api('/stories', { ...filter, limit: LIMIT, offset }));
  const page = stories.data;
  return (
    <>
      <h1>Stories</h1>
      <FilterForm key={loc.href} path="/" label="Filter stories">
        <OutletSelect value={filter.outlet} />
        <DateField name="since" label="Since" value={filter.since} />
        <DateField name="until" label="Until" value={filter.until} />
      </FilterForm>
      <Status loading={stories.loading && !page} error={stories.error} empty={page?.items.length === 0} what="stories" />
      {page && page.items.length > 0 && (
        <>
          <p class="count" aria-live="polite">{plural(page.total, 'story', 'stories')}</p>
          <ol class="story-list" start={offset + 1}>
            {page.items.map((s) => (
              <li key={s.id} class="story-card">
                <h2>
                  <a href={to.story(s.id)}>{s.label}</a>
                </h2>
                <p class="meta">
                  <span>{plural(s.articles, 'article')}</span>
                  <span>{plural(s.events, 'event')}</span>
                  <span>{plural(s.independentSources, 'independent source')}</span>
                  <span>{range(s.firstPublished, s.lastPublished)}</span>
                </p>
                <Sparkline coverage={s.coverage} label={`Coverage of ${s.label}`} />
                <ul class="chips" aria-label="Outlets">
                  {s.outlets.slice(0, 8).map((o) => (
                    <li key={o.outlet}>
                      {o.outlet} <span class="n">{o.articles}</span>
                    </li>
                  ))}
                  {s.outlets.length > 8 && <li class="more">+{s.outlets.length - 8} more</li>}
                </ul>
              </li>
            ))}
          </ol>
          <Pager path="/" query={filter} total={page.total} limit={page.limit} offset={page.offset} label="Stories" />
        </>
      )}
    </>
  );
}

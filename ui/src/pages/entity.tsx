// An entity: its aliases in every spelling, its roles over time (on one time axis), its
// statements, the entities it appears with, and its articles.
import { scaleUtc } from 'd3-scale';
import { api, useApi } from '../api.js';
import { Status } from '../components/status.js';
import { calendarStart, day, plural, range } from '../format.js';
import { href, to } from '../router.js';
import { useTitle } from '../title.js';
import type { EntityPage as Entity } from '../types.js';
import { QuoteLine } from './story.js';
import { Sliced } from '../components/sliced.js';
import { ExternalLink } from '../components/external-link.js';

export function EntityPage({ id }: { id: string }) {
  const entity = useApi<Entity>(api(`/entities/${encodeURIComponent(id)}`));
  const e = entity.data;
  useTitle(e?.name ?? 'Entity');
  if (!e) return <Status loading={entity.loading} error={entity.error} what="the entity" />;
  return (
    <article class="entity">
      <header class="page-header">
        <p class="kicker">{e.type}</p>
        <h1>{e.name}</h1>
        <p class="meta">
          <span>{plural(e.articleCount, 'article')}</span>
          <span>{plural(e.data.outlets.length, 'outlet')}</span>
          <span>{plural(e.statements.length, 'statement')}</span>
          <a href={href('/search', { q: e.name, entity: e.id })}>Search its articles</a>
        </p>
        {e.data.place && <PlaceLine place={e.data.place} />}
      </header>
      <div class="columns">
        <section aria-labelledby="h-aliases">
          <h2 id="h-aliases">Aliases</h2>
          <Sliced items={e.aliases} step={50}>{(aliases) => (
          <table class="data">
            <thead><tr><th scope="col">Written as</th><th scope="col">Mentions</th><th scope="col">Articles</th><th scope="col">Outlets</th></tr></thead>
            <tbody>
              {aliases.map((a) => (
                <tr key={a.alias}>
                  <td lang="">{a.alias}</td>
                  <td class="num">{a.count}</td>
                  <td class="num">{a.articles}</td>
                  <td>{a.outlets.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          )}</Sliced>
        </section>
        <section aria-labelledby="h-roles">
          <h2 id="h-roles">Roles over time</h2>
          <Roles roles={e.roles.slice(0, 30)} />
          {e.roles.length > 30 && <p class="status">The 30 first of {e.roles.length} roles.</p>}
          {e.data.roleConflicts.length > 0 && (
            <>
              <h3>Roles in conflict</h3>
              <ul class="plain">
                {e.data.roleConflicts.map((c) => (
                  <li key={c.role}>
                    {c.current.length > 0 && (
                      <>
                        “{c.role}” and “{c.pastRole}” within {plural(c.days, 'day')}:{' '}
                        {c.current.slice(0, 3).map((s) => <a key={s.article} href={to.article(s.article)}>{s.outlet ?? 'article'} {day(s.published)}</a>)}
                        {' vs '}
                      </>
                    )}
                    {c.current.length === 0 && <>“{c.pastRole}”: </>}
                    {c.past.slice(0, 3).map((s) => <a key={s.article} href={to.article(s.article)}>{s.outlet ?? 'article'} {day(s.published)}</a>)}
                    {c.record && <> — in office then: {c.record.office} of {c.record.country} since {c.record.from} (office-holder table)</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      <section aria-labelledby="h-statements">
        <h2 id="h-statements">Statements</h2>
        <Status empty={e.statements.length === 0} what="statements" />
        <Sliced items={e.statements}>{(shown) => <ul class="quotes">{shown.map((q) => <QuoteLine key={q.id} q={q} />)}</ul>}</Sliced>
      </section>
      <div class="columns">
        <section aria-labelledby="h-with">
          <h2 id="h-with">Appears with</h2>
          <Status empty={e.cooccurring.length === 0} what="other entities" />
          <ul class="chips">
            {e.cooccurring.slice(0, 60).map((c) => (
              <li key={c.id}><a href={to.entity(c.id)}>{c.name}</a> <span class="n">{c.articles}</span></li>
            ))}
          </ul>
          {e.links.length > 0 && (
            <>
              <h3>Links</h3>
              <ul class="plain">
                {e.links.map((l, i) => (
                  <li key={i}>
                    {l.direction === 'out' ? `${l.kind} → ` : `← ${l.kind} `}
                    {l.other ? <a href={to.entity(l.other.id)}>{l.other.name}</a> : (l.direction === 'out' ? l.to : l.from)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="h-articles">
          <h2 id="h-articles">Articles</h2>
          <ul class="plain">
            {e.articles.map((a) => (
              <li key={a.id}>
                <a href={to.article(a.id)}>{a.title ?? a.id}</a> <span class="date">{a.outlet ?? ''} {day(a.published)}</span>
              </li>
            ))}
          </ul>
          {e.articleCount > e.articles.length && <p class="status">The {e.articles.length} latest of {e.articleCount}.</p>}
        </section>
      </div>
    </article>
  );
}

const W = 600;
const ROW = 22;

/** Each role as a bar from its first to its last sighting on a shared time axis, with a table. */
function Roles({ roles }: { roles: Entity['roles'] }) {
  if (roles.length === 0) return <p class="status">No roles recorded.</p>;
  const dated = roles.map((r) => ({ r, a: calendarStart(r.first), b: calendarStart(r.last) }));
  const times = dated.flatMap((d) => [d.a, d.b]).filter((t): t is Date => t !== null).map((t) => t.getTime());
  const x = times.length ? scaleUtc().domain([new Date(Math.min(...times)), new Date(Math.max(...times) + 86_400_000)]).range([150, W - 10]) : null;
  const H = roles.length * ROW + 20;
  return (
    <>
      {x && (
        <svg class="roles-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Roles from first to last sighting">
          {dated.map(({ r, a, b }, i) => (
            <g key={r.role}>
              <text x={145} y={i * ROW + 15} text-anchor="end" class="tick">{r.role.length > 24 ? `${r.role.slice(0, 23)}…` : r.role}</text>
              {a && b && <rect x={x(a)} y={i * ROW + 5} width={Math.max(4, x(new Date(b.getTime() + 86_400_000)) - x(a))} height={12} class="bar-role" />}
            </g>
          ))}
          {x.ticks(4).map((t) => (
            <text key={t.getTime()} x={x(t)} y={H - 4} text-anchor="middle" class="tick">{x.tickFormat()(t)}</text>
          ))}
        </svg>
      )}
      <table class="data">
        <thead><tr><th scope="col">Role</th><th scope="col">Seen</th><th scope="col">In</th></tr></thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.role}>
              <td>{r.role}</td>
              <td>{range(r.first, r.last)}</td>
              <td>
                {r.sightings.slice(0, 4).map((s, i) => (
                  <span key={s.article}>{i > 0 && ', '}<a href={to.article(s.article)}>{s.outlet ?? 'article'} {day(s.published)}</a></span>
                ))}
                {r.sightings.length > 4 && ` +${r.sightings.length - 4}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Where a place is: its gazetteer entry, a map link, and why this entry was chosen. */
function PlaceLine({ place }: { place: NonNullable<Entity['data']['place']> }) {
  const lat = place.lat.toFixed(4);
  const lon = place.lon.toFixed(4);
  return (
    <details class="place">
      <summary>
        {place.kind === 'country' ? place.name : `${place.name}, ${place.country}`} ({place.kind}) · {lat}, {lon}{' '}
        <ExternalLink url={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${place.kind === 'country' ? 5 : 10}/${lat}/${lon}`}>map</ExternalLink>
      </summary>
      <ul>{place.evidence.map((line) => <li key={line}>{line}</li>)}</ul>
    </details>
  );
}

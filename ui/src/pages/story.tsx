// A story: overview (summary, events, coverage), timeline, who said what, outlets side by side,
// entities and articles. Each view is its own address (`?tab=`), loaded only when opened, and long
// lists are paged by the API or shown a slice at a time, so a story of thousands of articles stays
// quick.
import { useState } from 'preact/hooks';
import { api, useApi } from '../api.js';
import { Pager, offsetOf } from '../components/pager.js';
import { Sliced } from '../components/sliced.js';
import { Sparkline } from '../components/sparkline.js';
import { Status } from '../components/status.js';
import { TimelineChart, itemDay } from '../components/timeline-chart.js';
import { day, isoDay, plural, range } from '../format.js';
import { href, navigate, to, type Location } from '../router.js';
import { useTitle } from '../title.js';
import type { Page, StatementSummary, StoryArticle, StoryDetail, Timeline, TimelineItem, ArticleSummary } from '../types.js';

const TABS: Array<[string, string]> = [
  ['overview', 'Overview'],
  ['timeline', 'Timeline'],
  ['quotes', 'Who said what'],
  ['outlets', 'Outlets'],
  ['entities', 'Entities'],
  ['articles', 'Articles'],
];

export function StoryPage({ id, loc }: { id: string; loc: Location }) {
  const story = useApi<StoryDetail>(api(`/stories/${encodeURIComponent(id)}`));
  const s = story.data;
  useTitle(s?.label ?? 'Story');
  const tab = TABS.some(([k]) => k === loc.query.get('tab')) ? loc.query.get('tab')! : 'overview';
  if (!s) return <Status loading={story.loading} error={story.error} what="the story" />;
  return (
    <article class="story">
      <header class="page-header">
        <p class="kicker">Story</p>
        <h1>{s.label}</h1>
        <p class="meta">
          <span>{plural(s.articles, 'article')}</span>
          <span>{plural(s.outlets.length, 'outlet')}</span>
          <span>{plural(s.events.length, 'event')}</span>
          <span>{plural(s.independentSources, 'independent source')}</span>
          <span>{range(s.firstPublished, s.lastPublished)}</span>
        </p>
      </header>
      <nav class="tabs" aria-label="Story views">
        <ul>
          {TABS.map(([k, label]) => (
            <li key={k}>
              <a href={to.story(id, k === 'overview' ? undefined : k)} aria-current={tab === k ? 'page' : undefined}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section class="tab-panel" aria-label={TABS.find(([k]) => k === tab)![1]}>
        {tab === 'overview' && <Overview s={s} />}
        {tab === 'timeline' && <StoryTimeline id={id} />}
        {tab === 'quotes' && <StoryQuotes id={id} s={s} loc={loc} />}
        {tab === 'outlets' && <StoryOutlets id={id} s={s} />}
        {tab === 'entities' && <StoryEntities s={s} />}
        {tab === 'articles' && <StoryArticles id={id} loc={loc} />}
      </section>
    </article>
  );
}

function Overview({ s }: { s: StoryDetail }) {
  return (
    <div class="overview">
      <section aria-labelledby="h-summary">
        <h2 id="h-summary">Summary</h2>
        {s.summary.length === 0 ? <p class="status">No summary.</p> : (
          <ol class="summary">
            {s.summary.map((line, i) => (
              <li key={i}>
                {line.text} <a href={to.article(line.article)} class="cite">({day(line.published)})</a>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="h-coverage">
        <h2 id="h-coverage">Coverage</h2>
        <Sparkline coverage={s.coverage} label="Articles per day" />
      </section>
      <section aria-labelledby="h-events">
        <h2 id="h-events">Events</h2>
        <Sliced items={s.events}>{(events) => (
        <table class="data">
          <thead>
            <tr><th scope="col">Event</th><th scope="col">Articles</th><th scope="col">Dates</th><th scope="col">Outlets</th></tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.label}</td>
                <td class="num">{e.articles}</td>
                <td>{range(e.firstPublished, e.lastPublished)}</td>
                <td>{e.outlets.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        )}</Sliced>
      </section>
    </div>
  );
}

const SLICE = 100;

function StoryTimeline({ id }: { id: string }) {
  const timeline = useApi<Timeline>(api(`/stories/${encodeURIComponent(id)}/timeline`));
  const [kind, setKind] = useState<'all' | 'event' | 'statement'>('all');
  const [shown, setShown] = useState(SLICE);
  const t = timeline.data;
  if (!t) return <Status loading={timeline.loading} error={timeline.error} what="the timeline" />;
  const items = kind === 'all' ? t.items : t.items.filter((i) => i.kind === kind);
  return (
    <>
      <h2>Timeline</h2>
      <TimelineChart items={t.items} />
      <fieldset class="radios">
        <legend>Show</legend>
        {(['all', 'event', 'statement'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); setShown(SLICE); }} />
            {k === 'all' ? `Everything (${t.items.length})` : k === 'event' ? 'Events' : 'Statements'}
          </label>
        ))}
      </fieldset>
      <ol class="timeline">
        {items.slice(0, shown).map((it, i) => <TimelineEntry key={`${it.article}:${it.start}:${i}`} it={it} />)}
      </ol>
      {shown < items.length && (
        <button type="button" class="more" onClick={() => setShown(shown + SLICE)}>
          Show {Math.min(SLICE, items.length - shown)} more of {items.length - shown}
        </button>
      )}
    </>
  );
}

export function TimelineEntry({ it }: { it: TimelineItem }) {
  const d = itemDay(it);
  return (
    <li class={`tl-item tl-${it.kind}`}>
      <div class="tl-date">
        <time dateTime={d ? isoDay(d) : undefined}>{it.date ?? day(it.published)}</time>
        <span class={`badge date-${it.dateSource}`} title={it.dateText ? `as written: ${it.dateText}` : undefined}>
          {it.dateSource === 'stated' ? 'stated' : 'published'}
        </span>
      </div>
      <div class="tl-body">
        <span class={`badge kind-${it.kind}`}>{it.kind}</span>
        {it.kind === 'statement' && it.speaker && <strong class="speaker">{it.speaker}</strong>}
        {it.kind === 'statement' && it.cue && <span class="cue"> {it.cue}</span>}
        <q class="tl-text">{it.text}</q>
        <p class="meta">
          <a href={to.article(it.article)}>{it.outlet ?? 'article'}, {day(it.published)}</a>
          {it.statementId && (
            <a href={to.statement(it.statementId)}>
              {plural(it.reports ?? 1, 'report')}{it.outlets && it.outlets.length > 1 ? ` in ${it.outlets.length} outlets` : ''}
            </a>
          )}
        </p>
      </div>
    </li>
  );
}

const QUOTES_LIMIT = 100;

function StoryQuotes({ id, s, loc }: { id: string; s: StoryDetail; loc: Location }) {
  const speaker = loc.query.get('speaker') ?? '';
  const offset = offsetOf(loc.query);
  const quotes = useApi<Page<StatementSummary>>(api(`/stories/${encodeURIComponent(id)}/quotes`, { speaker, limit: QUOTES_LIMIT, offset }));
  const page = quotes.data;
  const groups = new Map<string, StatementSummary[]>();
  for (const q of page?.items ?? []) {
    const k = q.speakerName ?? 'Unattributed';
    const g = groups.get(k);
    if (g) g.push(q);
    else groups.set(k, [q]);
  }
  const onSpeaker = (e: Event): void => {
    const v = (e.currentTarget as HTMLSelectElement).value;
    navigate(href(`/stories/${encodeURIComponent(id)}`, { tab: 'quotes', speaker: v }), true);
  };
  return (
    <>
      <h2>Who said what</h2>
      <div class="filters">
        <label>
          Speaker
          <select name="speaker" onChange={onSpeaker}>
            <option value="" selected={speaker === ''}>Everyone ({s.speakers.length})</option>
            {s.speakers.map((sp) => (
              <option key={sp.name} value={sp.entity ?? sp.name} selected={speaker === (sp.entity ?? sp.name)}>
                {sp.name} — {plural(sp.statements, 'statement')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Status loading={quotes.loading && !page} error={quotes.error} empty={page?.items.length === 0} what="statements" />
      {page && (
        <div aria-live="polite" aria-busy={quotes.loading}>
          {/* While a new speaker's statements load, the count shown is still the previous one's. */}
          <p class="count">{plural(page.total, 'statement')}{speaker && !quotes.loading ? ' by this speaker' : ''}</p>
          {[...groups].map(([name, list]) => (
            <section key={name} class="speaker-group" aria-label={`Statements by ${name}`}>
              <h3>{name} <span class="n">{list.length}</span></h3>
              <ul class="quotes">
                {list.map((q) => <QuoteLine key={q.id} q={q} />)}
              </ul>
            </section>
          ))}
          <Pager path={`/stories/${encodeURIComponent(id)}`} query={{ tab: 'quotes', speaker: speaker || undefined }} total={page.total} limit={page.limit} offset={page.offset} label="Statements" />
        </div>
      )}
    </>
  );
}

export function QuoteLine({ q }: { q: StatementSummary }) {
  return (
    <li class="quote">
      <blockquote>
        <a href={to.statement(q.id)} class="quote-text">{q.text}</a>
      </blockquote>
      <p class="meta">
        <span>{q.cues.length ? q.cues.join(', ') : 'no cue verb'}</span>
        <span>
          {q.date ?? '—'} <span class={`badge date-${q.dateSource}`}>{q.dateSource === 'stated' ? 'stated' : 'published'}</span>
        </span>
        <span>{plural(q.reports, 'report')} in {q.outletNames.join(', ') || plural(q.outlets, 'outlet')}</span>
      </p>
    </li>
  );
}

function StoryOutlets({ id, s }: { id: string; s: StoryDetail }) {
  return (
    <>
      <h2>Outlets side by side</h2>
      <div class="outlet-grid">
        {s.outlets.map((o) => (
          <section key={o.outlet} class="outlet-col" aria-label={o.outlet}>
            <h3>{o.outlet}</h3>
            <p class="meta">
              <span>{plural(o.articles, 'article')}</span>
              <span>{range(o.first, o.last)}</span>
            </p>
            <h4>Its words</h4>
            {o.words.length ? (
              <ul class="chips">{o.words.map((w) => <li key={w}>{w}</li>)}</ul>
            ) : <p class="status">None stand out.</p>}
            <h4>What it covered</h4>
            <OutletArticles story={id} outlet={o.outlet} total={o.articles} />
          </section>
        ))}
      </div>
    </>
  );
}

function OutletArticles({ story, outlet, total }: { story: string; outlet: string; total: number }) {
  const list = useApi<Page<ArticleSummary>>(api('/articles', { story, outlet, limit: 5 }));
  if (!list.data) return <Status loading={list.loading} error={list.error} what="articles" />;
  return (
    <>
      <ul class="plain">
        {list.data.items.map((a) => (
          <li key={a.id}>
            <a href={to.article(a.id)}>{a.title ?? a.id}</a> <span class="date">{day(a.published)}</span>
          </li>
        ))}
      </ul>
      {total > list.data.items.length && (
        <a href={href(`/stories/${encodeURIComponent(story)}`, { tab: 'articles', outlet })}>All {total} articles of {outlet}</a>
      )}
    </>
  );
}

function StoryEntities({ s }: { s: StoryDetail }) {
  return (
    <>
      <h2>Entities</h2>
      <Status empty={s.entities.length === 0} what="entities" />
      {s.entities.length > 0 && (
        <table class="data">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Articles</th><th scope="col">Mentions</th></tr>
          </thead>
          <tbody>
            {s.entities.map((e) => (
              <tr key={e.id}>
                <td><a href={to.entity(e.id)}>{e.name}</a></td>
                <td>{e.type}</td>
                <td class="num">{e.articles}</td>
                <td class="num">{e.mentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

const ARTICLES_LIMIT = 50;

function StoryArticles({ id, loc }: { id: string; loc: Location }) {
  const offset = offsetOf(loc.query);
  const outlet = loc.query.get('outlet') ?? undefined;
  // With an outlet, the article list route filters by story and outlet; without, the story's own
  // route adds each article's event and duplicate.
  const url = outlet
    ? api('/articles', { story: id, outlet, limit: ARTICLES_LIMIT, offset })
    : api(`/stories/${encodeURIComponent(id)}/articles`, { limit: ARTICLES_LIMIT, offset });
  const list = useApi<Page<StoryArticle | ArticleSummary>>(url);
  const page = list.data;
  return (
    <>
      <h2>Articles{outlet ? ` of ${outlet}` : ''}</h2>
      {outlet && <p><a href={to.story(id, 'articles')}>All outlets</a></p>}
      <Status loading={list.loading && !page} error={list.error} empty={page?.items.length === 0} what="articles" />
      {page && page.items.length > 0 && (
        <>
          <table class="data articles">
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Copy of</th></tr>
            </thead>
            <tbody>
              {page.items.map((a) => (
                <tr key={a.id}>
                  <td><a href={to.article(a.id)}>{a.title ?? a.id}</a></td>
                  <td>{a.outlet ?? '—'}</td>
                  <td>{day(a.published)}</td>
                  <td>{'duplicateOf' in a && a.duplicateOf ? <a href={to.article(a.duplicateOf)}>original</a> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager path={`/stories/${encodeURIComponent(id)}`} query={{ tab: 'articles', outlet }} total={page.total} limit={page.limit} offset={page.offset} label="Articles" />
        </>
      )}
    </>
  );
}

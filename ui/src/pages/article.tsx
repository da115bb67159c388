// The article reader: the clean text with entity mentions, quotes and dates highlighted, each
// linking to its entity, statement or story. Article text is untrusted: it is rendered as text
// nodes only (no markup from the article ever reaches the page), and its URL is linked only when
// it is http(s).
import { useEffect, useState } from 'preact/hooks';
import { api, useApi } from '../api.js';
import { ExternalLink } from '../components/external-link.js';
import { Status } from '../components/status.js';
import { day, plural } from '../format.js';
import { segment, type Inline, type Run } from '../highlight.js';
import { href, to, useLocation } from '../router.js';
import { useTitle } from '../title.js';
import type { ArticleDetail } from '../types.js';

type Layer = 'entities' | 'quotes' | 'dates';

export function ArticlePage({ id }: { id: string }) {
  const detail = useApi<ArticleDetail>(api(`/articles/${encodeURIComponent(id)}`));
  const loc = useLocation();
  const [hidden, setHidden] = useState<Set<Layer>>(new Set());
  const d = detail.data;
  const a = d?.article;
  const title = a ? (a.source.title ?? a.clean?.title ?? a.source.externalId ?? a.id) : null;
  useTitle(title ?? 'Article');
  const target = loc.query.get('quote');
  useEffect(() => {
    if (!d || target === null) return;
    const el = document.getElementById(`quote-${target}`);
    el?.scrollIntoView({ block: 'center' });
  }, [d, target]);
  if (!d || !a) return <Status loading={detail.loading} error={detail.error} what="the article" />;
  const outlet = a.source.outlet ?? a.clean?.outlet ?? null;
  const published = a.source.published ?? a.clean?.published ?? null;
  const story = d.placement?.story ?? null;
  const paragraphs = segment(a);
  const toggle = (layer: Layer): void => {
    const next = new Set(hidden);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setHidden(next);
  };
  const hide = [...hidden].map((l) => `hide-${l}`).join(' ');
  const render = (run: Inline, key: number) => {
    if (run.kind === 'text') return run.text;
    if (run.kind === 'entity') {
      const e = a.entities![run.entity];
      const resolved = d.entityIds[String(run.entity)];
      return resolved ? (
        <a key={key} class={`hl hl-entity type-${e.type}`} href={to.entity(resolved)} title={`${e.type}: ${e.name}`}>{run.text}</a>
      ) : (
        <span key={key} class={`hl hl-entity type-${e.type}`} title={`${e.type}: ${e.name} (not resolved)`}>{run.text}</span>
      );
    }
    const date = a.dates![run.date];
    const label = `${date.value}${date.inferred ? ' (inferred)' : ''}`;
    return story ? (
      <a key={key} class="hl hl-date" href={to.story(story, 'timeline')} title={label}>{run.text}</a>
    ) : (
      <span key={key} class="hl hl-date" title={label}>{run.text}</span>
    );
  };
  const renderRun = (run: Run, key: number) => {
    if (run.kind !== 'quote') return render(run, key);
    const q = a.quotes![run.quote];
    const statement = d.statementIds[String(run.quote)];
    const who = q.speaker?.name ?? 'unattributed';
    return (
      <span key={key} class={`hl hl-quote${target === String(run.quote) ? ' targeted' : ''}`} id={run.last ? `quote-${run.quote}` : undefined}>
        {run.children.map(render)}
        {run.last && statement && (
          <a class="quote-link" href={to.statement(statement)} aria-label={`Statement by ${who}${q.cue ? `, ${q.cue}` : ''}`} title={`${who}${q.cue ? ` — ${q.cue}` : ''}`}>❞</a>
        )}
      </span>
    );
  };
  return (
    <article class="reader">
      <header class="page-header">
        <p class="kicker">{outlet ?? 'Article'}</p>
        <h1>{title}</h1>
        <p class="meta">
          <span>{day(published)}</span>
          {a.source.author && <span>{a.source.author}</span>}
          {a.language && <span>{a.language.code}</span>}
          {story && <a href={to.story(story)} class="story-link">Part of a story</a>}
          {d.placement?.duplicateOf && <a href={to.article(d.placement.duplicateOf)}>Copy of another article</a>}
          {a.source.url && <ExternalLink url={a.source.url}>Original</ExternalLink>}
        </p>
      </header>
      <div class="reader-layout">
        <div>
          <fieldset class="toggles">
            <legend>Highlight</legend>
            {(['entities', 'quotes', 'dates'] as const).map((l) => (
              <label key={l} class={`key key-${l}`}>
                <input type="checkbox" checked={!hidden.has(l)} onChange={() => toggle(l)} />
                {l}
              </label>
            ))}
          </fieldset>
          <div class={`article-text ${hide}`} lang={a.language?.code && a.language.code !== 'und' ? a.language.code : undefined}>
            {paragraphs.length === 0 ? <p class="status">This article has no clean text.</p> : paragraphs.map((runs, i) => <p key={i}>{runs.map(renderRun)}</p>)}
          </div>
        </div>
        <aside class="reader-side" aria-label="In this article">
          <section aria-labelledby="h-ents">
            <h2 id="h-ents">Entities</h2>
            <ul class="plain">
              {(a.entities ?? []).map((e, i) => {
                const resolved = d.entityIds[String(i)];
                return (
                  <li key={e.id}>
                    {resolved ? <a href={to.entity(resolved)}>{e.name}</a> : e.name} <span class="badge">{e.type}</span>{' '}
                    <span class="n">{e.mentions.length}</span>
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="h-quotes">
            <h2 id="h-quotes">Quotes</h2>
            <ul class="plain">
              {(a.quotes ?? []).map((q, i) => {
                // The quoted words of a mixed quote are listed through the report that holds them.
                if (q.fragment) return null;
                const statement = d.statementIds[String(i)];
                return (
                  <li key={i}>
                    <strong>{q.speaker?.name ?? 'unattributed'}</strong> {q.cue ?? ''}{' '}
                    <a href={href(to.article(a.id), { quote: i })}>in text</a>
                    {statement && <> · <a href={to.statement(statement)}>statement</a></>}
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="h-dates">
            <h2 id="h-dates">Dates</h2>
            <ul class="plain">
              {(a.dates ?? []).map((dt, i) => (
                <li key={i}>{dt.text} → <time>{dt.value}</time>{dt.inferred ? ' (inferred)' : ''}</li>
              ))}
            </ul>
          </section>
          <p class="status">{plural(a.clean?.text.length ?? 0, 'character')} of clean text</p>
        </aside>
      </div>
    </article>
  );
}

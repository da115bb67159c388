// A statement: every report of it across outlets, cue verbs, forms and dates side by side.
import { api, useApi } from '../api.js';
import { Status } from '../components/status.js';
import { day, plural } from '../format.js';
import { href, to } from '../router.js';
import { useTitle } from '../title.js';
import type { Statement } from '../types.js';

export function StatementPage({ id }: { id: string }) {
  const statement = useApi<Statement>(api(`/statements/${encodeURIComponent(id)}`));
  const s = statement.data;
  useTitle(s ? `Statement by ${s.speakerName ?? 'unknown speaker'}` : 'Statement');
  if (!s) return <Status loading={statement.loading} error={statement.error} what="the statement" />;
  const speakerId = s.reports.find((r) => r.speakerResolved)?.speakerResolved ?? null;
  return (
    <article class="statement">
      <header class="page-header">
        <p class="kicker">Statement</p>
        <h1>
          {speakerId ? <a href={to.entity(speakerId)}>{s.speakerName ?? 'Unknown speaker'}</a> : (s.speakerName ?? 'Unknown speaker')}
        </h1>
        <blockquote class="statement-text">{s.text}</blockquote>
        <p class="meta">
          <span>{plural(s.reports.length, 'report')}</span>
          <span>{plural(s.outlets.length, 'outlet')}</span>
          <span>first: {s.first.outlet ?? '—'} {day(s.first.published)}</span>
          {s.speakerName && <a href={href('/search', { q: s.speakerName, speaker: s.speakerName })}>Search articles quoting {s.speakerName}</a>}
        </p>
      </header>
      <h2>Reports</h2>
      <table class="data reports">
        <thead>
          <tr><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Said on</th><th scope="col">Cue</th><th scope="col">Form</th><th scope="col">As reported</th></tr>
        </thead>
        <tbody>
          {s.reports.map((r) => (
            <tr key={`${r.article}:${r.quoteIndex}`}>
              <td>{r.outlet ?? '—'}</td>
              <td>{day(r.published)}</td>
              <td>{r.date ?? '—'} <span class={`badge date-${r.dateSource}`} title={r.dateText ?? undefined}>{r.dateSource === 'stated' ? 'stated' : 'published'}</span></td>
              <td>{r.cue ?? '—'}</td>
              <td>{r.form ?? 'first'} · {r.kind}</td>
              <td><a href={href(to.article(r.article), { quote: r.quoteIndex })}>{r.text}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

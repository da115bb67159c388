// The page frame (skip link, header navigation, main landmark) and the route table.
import { useEffect, useRef } from 'preact/hooks';
import { match, useLocation, type Location } from './router.js';
import { StoryListPage } from './pages/story-list.js';
import { StoryPage } from './pages/story.js';
import { EntityListPage } from './pages/entity-list.js';
import { EntityPage } from './pages/entity.js';
import { ArticlePage } from './pages/article.js';
import { StatementPage } from './pages/statement.js';
import { SearchPage } from './pages/search.js';

function route(loc: Location) {
  let p: Record<string, string> | null;
  if (match('/', loc.path) || match('/stories', loc.path)) return <StoryListPage loc={loc} />;
  if ((p = match('/stories/:id', loc.path))) return <StoryPage key={p.id} id={p.id} loc={loc} />;
  if (match('/entities', loc.path)) return <EntityListPage loc={loc} />;
  if ((p = match('/entities/:id', loc.path))) return <EntityPage key={p.id} id={p.id} />;
  if ((p = match('/articles/:id', loc.path))) return <ArticlePage key={p.id} id={p.id} />;
  if ((p = match('/statements/:id', loc.path))) return <StatementPage key={p.id} id={p.id} />;
  if (match('/search', loc.path)) return <SearchPage loc={loc} />;
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no page at this address. <a href="/">Back to the stories</a>.
      </p>
    </>
  );
}

const SECTIONS: Array<[string, string]> = [['/', 'Stories'], ['/entities', 'Entities'], ['/search', 'Search']];

function section(path: string): string {
  if (path.startsWith('/entities')) return '/entities';
  if (path.startsWith('/search')) return '/search';
  if (path === '/' || path.startsWith('/stories')) return '/';
  return '';
}

export function App() {
  const loc = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a page change (not a query change within the page's own filters), move focus to the main
  // region so that screen readers and keyboard users start at the new content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [loc.path]);
  const current = section(loc.path);
  return (
    <>
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="site-header">
        <a class="brand" href="/">Storyline</a>
        <nav aria-label="Main">
          <ul>
            {SECTIONS.map(([path, label]) => (
              <li key={path}>
                <a href={path} aria-current={current === path ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route(loc)}
      </main>
    </>
  );
}

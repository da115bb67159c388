// A small history router: real hrefs everywhere (keyboard, middle-click and "open in new tab" work),
// same-origin clicks are turned into history.pushState, and `useLocation` re-renders on change.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  query: URLSearchParams;
  /** path + search, the key of a page. */
  href: string;
}

const listeners = new Set<() => void>();

function current(): Location {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search), href: window.location.pathname + window.location.search };
}

function notify(): void {
  for (const l of listeners) l();
}

/** Goes to an in-app address (path and query), adding a history entry unless `replace`. */
export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  notify();
}

/** Starts listening to back/forward and to clicks on same-origin links. */
export function startRouter(): void {
  window.addEventListener('popstate', notify);
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a || !a.href || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    // An in-page anchor (the skip link) keeps the browser's own behaviour.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  });
}

/** The current location, re-rendering the caller on every change. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const l = (): void => setLoc(current());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return loc;
}

/** Matches `/stories/:id` against a path; returns the decoded parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (path === '/' && pattern === '/') return {};
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith(':')) {
      if (!s[i]) return null;
      try {
        params[p[i].slice(1)] = decodeURIComponent(s[i]);
      } catch {
        return null;
      }
    } else if (p[i] !== s[i]) return null;
  }
  return params;
}

/** Builds an in-app address from a path and query values (empty values left out). */
export function href(path: string, query: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** `/stories/ID` with the id escaped. */
export const to = {
  story: (id: string, tab?: string): string => href(`/stories/${encodeURIComponent(id)}`, { tab }),
  entity: (id: string): string => `/entities/${encodeURIComponent(id)}`,
  article: (id: string): string => `/articles/${encodeURIComponent(id)}`,
  statement: (id: string): string => `/statements/${encodeURIComponent(id)}`,
};

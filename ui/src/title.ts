import { useEffect } from 'preact/hooks';

/** Sets the document title for a page. */
export function useTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Storyline` : 'Storyline';
  }, [title]);
}

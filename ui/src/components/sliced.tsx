import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * The first `step` items of a long list, and a button for the next `step`: a list of thousands
 * renders a hundred at a time.
 */
export function Sliced<T>({ items, step = 100, children }: { items: readonly T[]; step?: number; children: (shown: readonly T[]) => ComponentChildren }) {
  const [shown, setShown] = useState(step);
  return (
    <>
      {children(items.slice(0, shown))}
      {shown < items.length && (
        <button type="button" class="more" onClick={() => setShown(shown + step)}>
          Show {Math.min(step, items.length - shown)} more of {items.length - shown}
        </button>
      )}
    </>
  );
}

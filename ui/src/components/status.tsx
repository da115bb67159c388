import type { ApiError } from '../api.js';

/** What a section shows while it loads, when it failed, or when it is empty. */
export function Status({ loading, error, empty, what }: { loading?: boolean; error?: ApiError | null; empty?: boolean; what: string }) {
  if (error) {
    return (
      <p class="status error" role="alert">
        Could not load {what}: {error.message} <span class="code">({error.code})</span>
      </p>
    );
  }
  if (loading) return <p class="status" role="status">Loading {what}…</p>;
  if (empty) return <p class="status">No {what}.</p>;
  return null;
}

// The JSON API client: one GET helper that turns the API's `{ error: { code, message } }` into an
// ApiError, and a hook that loads a URL with loading/error state and aborts stale requests.
import { useEffect, useState } from 'preact/hooks';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, 'NETWORK', 'The server did not answer.');
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'HTTP', err?.message ?? `The server answered ${res.status}.`);
  }
  return body as T;
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Loads `url` (null: nothing to load) and keeps the last result while the next one loads. The result
 * counts as loading until it is the one for `url`: on the first render after the URL changes the
 * effect has not run yet, and the previous result must not pass for the new one.
 */
export function useApi<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T> & { url: string | null }>({ data: null, error: null, loading: url !== null, url });
  useEffect(() => {
    if (url === null) {
      setState({ data: null, error: null, loading: false, url });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true, url }));
    getJson<T>(url, ctrl.signal).then(
      (data) => setState({ data, error: null, loading: false, url }),
      (e: unknown) => {
        if (ctrl.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e));
        setState({ data: null, error, loading: false, url });
      },
    );
    return () => ctrl.abort();
  }, [url]);
  return { data: state.data, error: state.error, loading: state.loading || state.url !== url };
}

/** `/api/path?query` with empty values left out. */
export function api(path: string, query: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `/api${path}${s ? `?${s}` : ''}`;
}

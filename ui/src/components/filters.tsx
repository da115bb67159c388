// Filter forms: a GET form whose submit becomes an in-app navigation to `path?values`, so the
// filters live in the address (shareable, back button) and every field has a visible label. Fields
// are uncontrolled (default values from the address); callers key the form by the address so that
// back/forward resets them.
import type { ComponentChildren } from 'preact';
import { api, useApi } from '../api.js';
import { navigate } from '../router.js';
import type { Outlets } from '../types.js';

export function FilterForm({ path, label, children, submit = 'Apply' }: { path: string; label: string; children: ComponentChildren; submit?: string }) {
  const onSubmit = (e: Event): void => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim() !== '') q.set(k, v.trim());
    const s = q.toString();
    navigate(s ? `${path}?${s}` : path);
  };
  return (
    <form class="filters" role="search" aria-label={label} action={path} method="get" onSubmit={onSubmit}>
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}


/** The outlet filter: a select of the outlets the store holds. */
export function OutletSelect({ value }: { value?: string }) {
  const outlets = useApi<Outlets>(api('/outlets'));
  const names = (outlets.data?.items ?? []).map((o) => o.outlet).filter((o): o is string => o !== null);
  if (value && !names.includes(value)) names.unshift(value);
  return (
    <label>
      Outlet
      <select name="outlet">
        <option value="" selected={!value}>Any outlet</option>
        {names.map((n) => <option key={n} value={n} selected={n === value}>{n}</option>)}
      </select>
    </label>
  );
}

export function DateField({ name, label, value }: { name: string; label: string; value?: string }) {
  return (
    <label>
      {label}
      <input type="date" name={name} defaultValue={value ?? ''} />
    </label>
  );
}

export function TextField({ name, label, value, placeholder, type = 'text' }: { name: string; label: string; value?: string; placeholder?: string; type?: 'text' | 'search' }) {
  return (
    <label>
      {label}
      {type === 'search'
        ? <input type="search" name={name} defaultValue={value ?? ''} placeholder={placeholder} autoComplete="off" />
        : <input type="text" name={name} defaultValue={value ?? ''} placeholder={placeholder} autoComplete="off" />}
    </label>
  );
}

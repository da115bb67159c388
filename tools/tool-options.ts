/**
 * Command-line options of the training tools: `--kebab-case VALUE` for each key of the defaults
 * (`minCues` is `--min-cues`), read with Node's `util.parseArgs` (unknown flags and missing values
 * are errors). Paths are resolved against the working directory, numbers must be numbers, and a
 * boolean default makes a flag without a value.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type OptionKind = 'path' | 'number' | 'string' | 'flag';

const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function readToolOptions<T extends object>(argv: readonly string[], defaults: T, kinds: { readonly [K in keyof T]: OptionKind }): T {
  const keys = Object.keys(defaults) as (keyof T & string)[];
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: Object.fromEntries(keys.map((k) => [kebab(k), { type: kinds[k] === 'flag' ? 'boolean' : 'string' } as const])),
  });
  const out = { ...defaults } as Record<string, unknown>;
  for (const k of keys) {
    const v = values[kebab(k)];
    if (v === undefined) continue;
    const kind = kinds[k];
    if (kind === 'flag') out[k] = v === true;
    else if (kind === 'path') out[k] = resolve(String(v));
    else if (kind === 'number') {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`--${kebab(k)} takes a number, not "${String(v)}"`);
      out[k] = n;
    } else out[k] = String(v);
  }
  return out as T;
}

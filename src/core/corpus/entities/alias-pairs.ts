import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One labelled name pair of the alias test sets (`fixtures/alias-pairs*.json`). */
export interface AliasPair {
  a: string;
  b: string;
  type: string;
  /** The type of `b` when it differs from `a`'s. */
  typeB?: string;
  /** True when the two names are the same referent. */
  merge: boolean;
  why: string;
}

/** The fixtures folder in the source tree, found from here whether run from `src/` or `dist/`. */
export function aliasFixturesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'src/core/corpus/entities/fixtures');
}

/** The pairs of one fixture file (`alias-pairs.json`, `alias-pairs-holdout.json`, …). */
export function loadAliasPairs(file: string): AliasPair[] {
  return (JSON.parse(readFileSync(join(aliasFixturesDir(), file), 'utf8')) as { pairs: AliasPair[] }).pairs;
}

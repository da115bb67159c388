import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root, found from this compiled file's place (dist/src/testing/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A path inside the repository. */
export function repoPath(...parts: string[]): string {
  return join(REPO_ROOT, ...parts);
}

/** The built CLI entry point. */
export const CLI = repoPath('dist', 'src', 'cli', 'main.js');

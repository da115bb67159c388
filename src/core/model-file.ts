import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A committed model file (`models/…`) in the nearest folder above `fromUrl` (a module's
 * `import.meta.url`) that holds it: the repository when run from `src/` or `dist/`, or null.
 */
export function findModelFile(relativePath: string, fromUrl: string): string | null {
  let dir = dirname(fileURLToPath(fromUrl));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/**
 * The web UI: files of the directory Vite builds (dist/ui), with their content types, a long cache
 * for hashed assets, and index.html for every other path (the UI routes in the browser). Paths are
 * resolved inside the directory only.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A file name with a content hash (Vite's `name-AbC123xy.js`): safe to cache for a year. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.(?:js|mjs|css|woff2?|svg|png|jpe?g|gif|webp)$/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storyline</title></head>
<body><h1>Storyline</h1>
<p>The API is running: see <a href="/api/openapi.json">/api/openapi.json</a> and <a href="/api/stories">/api/stories</a>.</p>
<p>The web UI is not built. Run <code>npm run build</code> and start <code>storyline serve</code> again.</p>
</body></html>
`;

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** Answers a non-API GET from the UI directory, falling back to index.html. */
export async function serveUi(c: Context, uiDir: string | undefined): Promise<Response> {
  const root = uiDir ? resolve(uiDir) : null;
  const index = root ? await fileAt(join(root, 'index.html')) : null;
  if (!root || !index) return c.html(NOT_BUILT, 200, { 'Cache-Control': 'no-cache' });
  let path: string;
  try {
    path = decodeURIComponent(c.req.path);
  } catch {
    path = '/';
  }
  const target = resolve(root, `.${path}`);
  if (path !== '/' && !path.includes('\0') && (target === root || target.startsWith(root + sep))) {
    const body = await fileAt(target);
    if (body) {
      const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      const cache = HASHED.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': cache });
    }
    // A missing asset is a 404, not the page: a browser asking for /assets/x.js must not get HTML.
    if (extname(path) !== '' && extname(path) !== '.html') return c.text('Not found', 404);
  }
  return c.body(new Uint8Array(index), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
}

import { fileURLToPath } from 'node:url';
import { StorylineError } from '../../core/errors.js';
import { openStore } from '../../core/store/open-store.js';
import type { Store } from '../../core/store/store.js';
import { type Command, type Io, DB_OPTION, dbPath, int, str } from '../args.js';
import { EXIT } from '../exit-codes.js';

/** Where Vite writes the web UI (dist/ui beside the compiled code). */
export const UI_DIR = fileURLToPath(new URL('../../../ui', import.meta.url));

/** Serves `store` until SIGINT or SIGTERM; prints the address on stdout. Closes the store at the end. */
export async function serveUntilStopped(store: Store, io: Io, options: { host?: string; port?: number; token?: string; uiDir?: string; cache?: boolean }): Promise<number> {
  const { startServer } = await import('../../api/server.js');
  const server = await startServer({ store, host: options.host, port: options.port, token: options.token, uiDir: options.uiDir ?? UI_DIR, cache: options.cache });
  io.out(`Storyline is serving ${server.url} (API at ${server.url}api/, OpenAPI at ${server.url}api/openapi.json). Ctrl-C stops it.\n`);
  if (options.token) io.err('Writes need Authorization: Bearer TOKEN.\n');
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return EXIT.OK;
}

/** `storyline serve`: the API and the web UI in one process. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Serve the HTTP API and the web UI (127.0.0.1:4700 by default) until Ctrl-C.',
  usage: 'storyline serve [--db PATH] [--host HOST] [--port N] [--token TOKEN]',
  description: [
    'One process serves the JSON API under /api (docs/api.md; OpenAPI at /api/openapi.json) and the web UI.',
    'It listens on 127.0.0.1 unless --host says otherwise; any other address needs a token (--token or',
    '$STORYLINE_TOKEN), and writes (POST /api/ingest) then need Authorization: Bearer TOKEN.',
    '--port 0 picks a free port; the address is printed on standard output.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    host: { type: 'string', value: 'HOST', description: 'address to listen on (default 127.0.0.1)' },
    port: { type: 'string', value: 'N', description: 'port (default 4700; 0 picks a free one)' },
    token: { type: 'string', value: 'TOKEN', description: 'bearer token for writes (default: $STORYLINE_TOKEN); needed beyond loopback' },
    ui: { type: 'string', value: 'DIR', description: 'directory of the built web UI (default: dist/ui)' },
    'no-cache': { type: 'boolean', description: 'compute every answer afresh instead of keeping answers until the data changes (for measurements)' },
  },
  async run(args, io) {
    if (args.positionals.length) throw new StorylineError('USAGE', `serve takes no arguments, found "${args.positionals[0]}".`);
    const port = int(args, 'port', 4700);
    if (port > 65535) throw new StorylineError('USAGE', `--port takes 0 to 65535, found ${port}`);
    const token = str(args, 'token') ?? (io.env.STORYLINE_TOKEN || undefined);
    const store = await openStore(dbPath(args, io.env));
    try {
      return await serveUntilStopped(store, io, { host: str(args, 'host'), port, token, uiDir: str(args, 'ui'), cache: !args.values['no-cache'] });
    } catch (error) {
      await store.close();
      throw error;
    }
  },
};

/**
 * `startServer`: the app on a real listening socket. Binds to 127.0.0.1 by default; refuses any
 * other address unless a token protects the write routes.
 */
import { isIP } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { StorylineError } from '../core/errors.js';
import type { Store } from '../core/store/store.js';
import { createApp, type AppOptions } from './app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4700;

/** Options of `startServer`. */
export interface ServerOptions extends Omit<AppOptions, 'token'> {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

/** A listening server. */
export interface RunningServer {
  host: string;
  port: number;
  /** The address to open: http://host:port/. */
  url: string;
  close(): Promise<void>;
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

/** Starts listening; resolves once the socket is bound. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new StorylineError('USAGE', `A port is a whole number from 0 to 65535, found ${port}.`);
  if (!isLoopback(host) && !options.token) {
    throw new StorylineError('USAGE', `Listening on ${host} makes the server reachable from other machines: give a token (--token or STORYLINE_TOKEN) so that writes need it.`);
  }
  const { store, host: _h, port: _p, ...appOptions } = options;
  const app = createApp(store, { warm: true, ...appOptions });
  const server = await new Promise<Server>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolveServer(s as Server)) as Server;
    s.once('error', (error: NodeJS.ErrnoException) => {
      reject(new StorylineError('USAGE', `Cannot listen on ${host}:${port}: ${error.code === 'EADDRINUSE' ? 'the port is in use' : error.message}.`));
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const shown = isIP(host) === 6 ? `[${host}]` : host;
  return {
    host,
    port: bound,
    url: `http://${shown}:${bound}/`,
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections?.();
    }),
  };
}

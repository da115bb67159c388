/**
 * The name half of the SSRF guard: resolve a host ourselves, judge every address it resolves to, and
 * hand back one address that the connection is then pinned to. Pinning closes the DNS-rebinding gap
 * (a second lookup at connect time returning a private address).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { StorylineError } from '../errors.js';
import { isBlockedAddress } from './is-blocked-address.js';

/** One resolved address. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; injectable so tests never touch a real resolver. */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (getaddrinfo, so /etc/hosts counts), all addresses in resolver order. */
export const systemLookup: HostLookup = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** What `resolveHost` needs. */
export interface ResolveHostOptions {
  /**
   * `true` allows every non-public address; a list allows only those literal addresses (for example
   * `['127.0.0.1']` for one local service), everything else non-public stays refused.
   */
  allowPrivateNetwork?: boolean | readonly string[];
  lookup?: HostLookup;
}

/**
 * Resolves `hostname` (as `URL.hostname` gives it: IPv6 literals in brackets) and returns the address
 * to connect to. Throws FETCH_BLOCKED_ADDRESS when any resolved address is not public (a name that
 * mixes public and private addresses is refused whole), unless private networks are allowed.
 */
export async function resolveHost(hostname: string, options: ResolveHostOptions = {}): Promise<ResolvedAddress> {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  let addresses: ResolvedAddress[];
  const literal = isIP(bare);
  if (literal) {
    addresses = [{ address: bare, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.lookup ?? systemLookup)(bare);
    } catch (error) {
      throw new StorylineError('FETCH_BAD_URL', `expected a host name that resolves, found "${bare}" (${(error as Error).message})`, {
        host: bare,
      });
    }
    if (addresses.length === 0) {
      throw new StorylineError('FETCH_BAD_URL', `expected a host name that resolves, found "${bare}" with no addresses`, { host: bare });
    }
  }
  if (options.allowPrivateNetwork !== true) {
    const exempt = new Set(Array.isArray(options.allowPrivateNetwork) ? options.allowPrivateNetwork : []);
    for (const a of addresses) {
      if (exempt.has(a.address)) continue;
      const verdict = isBlockedAddress(a.address);
      if (verdict) {
        throw new StorylineError(
          'FETCH_BLOCKED_ADDRESS',
          `expected a public address, found ${bare} → ${a.address} (${verdict.range}); pass allowPrivateNetwork to allow it`,
          { host: bare, ...verdict },
        );
      }
    }
  }
  return addresses[0];
}

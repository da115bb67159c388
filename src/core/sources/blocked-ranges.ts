/**
 * Address ranges a fetch must not reach unless private networks are allowed: everything that is not
 * the public internet (IANA special-purpose registries, RFC 6890 and its updates). Data only; the
 * matching is in `is-blocked-address.ts`.
 */

/** A named CIDR range. */
export interface AddressRange {
  name: string;
  base: string;
  prefix: number;
}

/** IPv4 ranges refused by the SSRF guard. */
export const BLOCKED_IPV4_RANGES: readonly AddressRange[] = [
  { name: 'this network (0.0.0.0/8)', base: '0.0.0.0', prefix: 8 },
  { name: 'private (10.0.0.0/8)', base: '10.0.0.0', prefix: 8 },
  { name: 'carrier-grade NAT (100.64.0.0/10)', base: '100.64.0.0', prefix: 10 },
  { name: 'loopback (127.0.0.0/8)', base: '127.0.0.0', prefix: 8 },
  { name: 'link-local (169.254.0.0/16)', base: '169.254.0.0', prefix: 16 },
  { name: 'private (172.16.0.0/12)', base: '172.16.0.0', prefix: 12 },
  { name: 'IETF protocol assignments (192.0.0.0/24)', base: '192.0.0.0', prefix: 24 },
  { name: 'documentation (192.0.2.0/24)', base: '192.0.2.0', prefix: 24 },
  { name: '6to4 relay anycast (192.88.99.0/24)', base: '192.88.99.0', prefix: 24 },
  { name: 'private (192.168.0.0/16)', base: '192.168.0.0', prefix: 16 },
  { name: 'benchmarking (198.18.0.0/15)', base: '198.18.0.0', prefix: 15 },
  { name: 'documentation (198.51.100.0/24)', base: '198.51.100.0', prefix: 24 },
  { name: 'documentation (203.0.113.0/24)', base: '203.0.113.0', prefix: 24 },
  { name: 'multicast (224.0.0.0/4)', base: '224.0.0.0', prefix: 4 },
  { name: 'reserved and broadcast (240.0.0.0/4)', base: '240.0.0.0', prefix: 4 },
];

/** IPv6 ranges refused by the SSRF guard (IPv4-carrying forms are judged by their IPv4 address). */
export const BLOCKED_IPV6_RANGES: readonly AddressRange[] = [
  { name: 'unspecified (::/128)', base: '::', prefix: 128 },
  { name: 'loopback (::1/128)', base: '::1', prefix: 128 },
  { name: 'IPv4-mapped (::ffff:0:0/96)', base: '::ffff:0:0', prefix: 96 },
  { name: 'discard-only (100::/64)', base: '100::', prefix: 64 },
  { name: 'IETF protocol assignments (2001::/23)', base: '2001::', prefix: 23 },
  { name: 'documentation (2001:db8::/32)', base: '2001:db8::', prefix: 32 },
  { name: 'documentation (3fff::/20)', base: '3fff::', prefix: 20 },
  { name: 'unique-local (fc00::/7)', base: 'fc00::', prefix: 7 },
  { name: 'link-local (fe80::/10)', base: 'fe80::', prefix: 10 },
  { name: 'site-local, deprecated (fec0::/10)', base: 'fec0::', prefix: 10 },
  { name: 'multicast (ff00::/8)', base: 'ff00::', prefix: 8 },
];

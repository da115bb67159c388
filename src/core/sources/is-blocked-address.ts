/**
 * The address half of the SSRF guard: which IP addresses a fetch may connect to.
 *
 * The ranges are data (`blocked-ranges.ts`); this file parses addresses and matches them. IPv6 forms
 * that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4) are judged by the IPv4
 * address inside them, because a server would route them to that IPv4 host.
 */
import { isIP } from 'node:net';
import { BLOCKED_IPV4_RANGES, BLOCKED_IPV6_RANGES, type AddressRange } from './blocked-ranges.js';

/** Why an address is refused: the name of the range it falls in. */
export interface BlockedVerdict {
  address: string;
  range: string;
  /** The IPv4 address found inside an IPv6 one, when that is what was judged. */
  embeddedIpv4?: string;
}

/** Parses dotted-quad IPv4 into a 32-bit unsigned number, or null when it is not one. */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Parses an IPv6 address (with `::`, an IPv4 tail or a zone id) into 8 16-bit groups, or null. */
export function parseIpv6(text: string): number[] | null {
  let s = text.trim();
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (isIP(s) !== 6) return null;
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // Rewrite an IPv4 tail (`::ffff:1.2.3.4`) as two hex groups so one parser handles both forms.
    const v4 = parseIpv4(last);
    if (v4 === null) return null;
    s = s.slice(0, lastColon + 1) + (v4 >>> 16).toString(16) + ':' + (v4 & 0xffff).toString(16);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const toGroups = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const head = toGroups(halves[0]);
  const rest = halves.length === 2 ? toGroups(halves[1]) : [];
  const explicit = head.length + rest.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  const groups = halves.length === 2 ? [...head, ...new Array<number>(8 - explicit).fill(0), ...rest] : head;
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function inIpv4Range(value: number, range: AddressRange): boolean {
  const base = parseIpv4(range.base)!;
  if (range.prefix === 0) return true;
  const mask = range.prefix === 32 ? 0xffffffff : (~0 << (32 - range.prefix)) >>> 0;
  return ((value & mask) >>> 0) === ((base & mask) >>> 0);
}

function inIpv6Range(groups: number[], range: AddressRange): boolean {
  const base = parseIpv6(range.base)!;
  let bits = range.prefix;
  for (let i = 0; i < 8 && bits > 0; i++) {
    const take = Math.min(16, bits);
    const mask = take === 16 ? 0xffff : (0xffff << (16 - take)) & 0xffff;
    if ((groups[i] & mask) !== (base[i] & mask)) return false;
    bits -= take;
  }
  return true;
}

function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** The IPv4 address an IPv6 address stands for (mapped, compatible, NAT64, 6to4), or null. */
export function embeddedIpv4(groups: number[]): string | null {
  const zeroPrefix = (n: number) => groups.slice(0, n).every((g) => g === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::ffff:0:a.b.c.d (IPv4-translated).
  if (zeroPrefix(5) && groups[5] === 0xffff) return formatIpv4(groups[6] * 65536 + groups[7]);
  if (zeroPrefix(4) && groups[4] === 0xffff && groups[5] === 0) return formatIpv4(groups[6] * 65536 + groups[7]);
  // ::a.b.c.d (deprecated IPv4-compatible); `::` and `::1` are judged as IPv6 themselves.
  if (zeroPrefix(6) && (groups[6] !== 0 || groups[7] > 1)) return formatIpv4(groups[6] * 65536 + groups[7]);
  // 64:ff9b::/96 (NAT64 well-known prefix) and 64:ff9b:1::/48 (local-use NAT64).
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return formatIpv4(groups[6] * 65536 + groups[7]);
  // 2002::/16 (6to4): the IPv4 address is in groups 1 and 2.
  if (groups[0] === 0x2002) return formatIpv4(groups[1] * 65536 + groups[2]);
  return null;
}

/**
 * Returns the verdict when `address` (a literal IPv4 or IPv6 address) must not be contacted, or null
 * when it is a public address. Anything that does not parse as an address is refused.
 */
export function isBlockedAddress(address: string): BlockedVerdict | null {
  const v4 = parseIpv4(address);
  if (v4 !== null) {
    const hit = BLOCKED_IPV4_RANGES.find((r) => inIpv4Range(v4, r));
    return hit ? { address, range: hit.name } : null;
  }
  const v6 = parseIpv6(address);
  if (v6 === null) return { address, range: 'not an IP address' };
  const inner = embeddedIpv4(v6);
  if (inner !== null) {
    const verdict = isBlockedAddress(inner);
    if (verdict) return { address, range: verdict.range, embeddedIpv4: inner };
    // A public IPv4 address behind a translation prefix is as public as the address itself.
    return null;
  }
  const hit = BLOCKED_IPV6_RANGES.find((r) => inIpv6Range(v6, r));
  return hit ? { address, range: hit.name } : null;
}

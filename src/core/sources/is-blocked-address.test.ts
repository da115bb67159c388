/** isBlockedAddress and parseIpv6: table-driven, with the public addresses that must pass. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBlockedAddress, parseIpv6 } from './is-blocked-address.js';

const blocked: Array<[address: string, range: RegExp]> = [
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['10.0.0.1', /private/],
  ['172.16.0.1', /private/],
  ['172.31.255.255', /private/],
  ['192.168.0.10', /private/],
  ['169.254.169.254', /link-local/],
  ['100.64.0.1', /carrier-grade/],
  ['100.127.255.255', /carrier-grade/],
  ['0.0.0.0', /this network/],
  ['224.0.0.251', /multicast/],
  ['239.255.255.250', /multicast/],
  ['255.255.255.255', /reserved/],
  ['198.18.0.1', /benchmarking/],
  ['::1', /loopback/],
  ['::', /unspecified/],
  ['fc00::1', /unique-local/],
  ['fd12:3456:789a::1', /unique-local/],
  ['fe80::1%eth0', /link-local/],
  ['ff02::1', /multicast/],
  ['::ffff:127.0.0.1', /loopback/],
  ['::ffff:7f00:1', /loopback/],
  ['::ffff:10.1.2.3', /private/],
  ['::ffff:169.254.169.254', /link-local/],
  ['64:ff9b::a00:1', /private/],
  ['2002:c0a8:0101::1', /private/],
  ['::127.0.0.1', /loopback/],
  ['2001:db8::1', /documentation/],
  ['not-an-address', /not an IP/],
  ['1.2.3', /not an IP/],
  ['256.1.1.1', /not an IP/],
];
for (const [address, range] of blocked) {
  test(`blocks ${address}`, () => {
    const verdict = isBlockedAddress(address);
    assert.ok(verdict, `${address} should be blocked`);
    assert.match(verdict.range, range);
  });
}

// Negative cases: public addresses are not blocked.
const allowed = ['93.184.215.14', '8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'];
for (const address of allowed) {
  test(`allows public ${address}`, () => {
    assert.equal(isBlockedAddress(address), null);
  });
}

test('parseIpv6 expands every written form to 8 groups', () => {
  assert.deepEqual(parseIpv6('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIpv6('[fe80::1]'), [0xfe80, 0, 0, 0, 0, 0, 0, 1]);
  assert.deepEqual(parseIpv6('::ffff:1.2.3.4'), [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
  assert.deepEqual(parseIpv6('1:2:3:4:5:6:7:8'), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.deepEqual(parseIpv6('1:2:3:4:5:6:1.2.3.4'), [1, 2, 3, 4, 5, 6, 0x102, 0x304]);
  assert.equal(parseIpv6('1::2::3'), null);
  assert.equal(parseIpv6('12345::'), null);
  assert.equal(parseIpv6('1.2.3.4'), null);
});

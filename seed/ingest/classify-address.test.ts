import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyAddress, isFetchableAddress } from './classify-address.ts';

/** Every form that must never be fetched unless private addresses are allowed, with the range it falls in. */
const NOT_PUBLIC: Array<[string, string]> = [
  ['127.0.0.1', 'loopback'],
  ['127.1.2.3', 'loopback'],
  ['::1', 'loopback'],
  ['[::1]', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.5.4', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.0.1', 'private'],
  ['100.64.0.1', 'carrierGradeNat'],
  ['169.254.169.254', 'linkLocal'],
  ['fe80::1', 'linkLocal'],
  ['fe80::1%eth0', 'linkLocal'],
  ['fc00::1', 'uniqueLocal'],
  ['fd12:3456::1', 'uniqueLocal'],
  ['192.0.2.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  ['240.0.0.1', 'reserved'],
  ['2001:db8::1', 'reserved'],
  // IPv4 inside IPv6: refused whatever IPv4 address they carry.
  ['::ffff:127.0.0.1', 'ipv4Mapped'],
  ['[::ffff:127.0.0.1]', 'ipv4Mapped'],
  ['::ffff:7f00:1', 'ipv4Mapped'],
  ['0:0:0:0:0:ffff:7f00:1', 'ipv4Mapped'],
  ['[0:0:0:0:0:ffff:7f00:1]', 'ipv4Mapped'],
  ['::ffff:a9fe:a9fe', 'ipv4Mapped'],
  ['::ffff:8.8.8.8', 'ipv4Mapped'],
  ['::ffff:0:7f00:1', 'rfc6145'],
  ['::7f00:1', 'ipv4Compatible'],
  ['[::7f00:1]', 'ipv4Compatible'],
  ['::127.0.0.1', 'ipv4Mapped'], // ipaddr.js reads a dotted tail after :: as mapped; refused either way
  ['::a00:1', 'ipv4Compatible'],
  ['64:ff9b::7f00:1', 'rfc6052'],
  ['[64:ff9b::7f00:1]', 'rfc6052'],
  ['64:ff9b::127.0.0.1', 'rfc6052'],
  ['64:ff9b:1::a00:1', 'rfc6052'],
  ['2002:7f00:1::', '6to4'],
  ['2002:a9fe:a9fe::1', '6to4'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
  ['2001::1', 'teredo'],
];

/** Never fetched, even when private addresses are allowed. */
const UNUSABLE: Array<[string, string]> = [
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['::', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['not-an-address', 'invalid'],
  ['', 'invalid'],
];

const PUBLIC = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700::1111', '2a00:1450:4007:80e::200e', '[2606:4700::1111]'];

describe('classifyAddress', () => {
  it('refuses loopback, private, link-local, unique-local, reserved and every IPv4-in-IPv6 form unless private addresses are allowed', () => {
    for (const [address, range] of NOT_PUBLIC) {
      const kind = classifyAddress(address);
      assert.equal(kind.range, range, address);
      assert.equal(kind.isPublic, false, address);
      assert.equal(isFetchableAddress(address, false), false, address);
      assert.equal(isFetchableAddress(address, true), true, `${address} with private addresses allowed`);
    }
  });

  it('refuses unspecified, multicast, broadcast and unparsable addresses even when private addresses are allowed', () => {
    for (const [address, range] of UNUSABLE) {
      assert.equal(classifyAddress(address).range, range, address);
      assert.equal(isFetchableAddress(address, false), false, address);
      assert.equal(isFetchableAddress(address, true), false, `${address} with private addresses allowed`);
    }
  });

  it('accepts global unicast IPv4 and IPv6 addresses', () => {
    for (const address of PUBLIC) {
      assert.equal(classifyAddress(address).isPublic, true, address);
      assert.equal(isFetchableAddress(address, false), true, address);
    }
  });

  it('classifies the address forms a URL parser leaves in a hostname', () => {
    // WHATWG URL turns decimal, hex and shortened IPv4 into dotted quads and compresses IPv6.
    for (const raw of ['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://[::ffff:127.0.0.1]:4000/', 'http://[0:0:0:0:0:ffff:7f00:1]/', 'http://[64:ff9b::7f00:1]/']) {
      const host = new URL(raw).hostname;
      assert.equal(isFetchableAddress(host, false), false, `${raw} -> ${host}`);
    }
  });
});

/**
 * Which IP addresses an article may be fetched from. Only global unicast addresses are public;
 * every form that reaches an IPv4 address through IPv6 (IPv4-mapped `::ffff:a.b.c.d`, the
 * translated `::ffff:0:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96` and
 * `64:ff9b:1::/48`, 6to4 `2002::/16`, Teredo `2001::/32`) is refused outright, whatever IPv4
 * address it carries, since a gateway may forward it inside the network. The ranges come from
 * `ipaddr.js`, which parses every textual form (hex, octal, shortened, with embedded IPv4).
 */
import ipaddr from 'ipaddr.js';

export interface AddressClass {
  /** The address as given. */
  address: string;
  /** `ipaddr.js`'s range name (`unicast`, `loopback`, `private`, `ipv4Mapped`, `rfc6052` …), or `invalid`. */
  range: string;
  /** True only for global unicast addresses. */
  isPublic: boolean;
  /** True for ranges never fetched even when private addresses are allowed: multicast, broadcast, unspecified, unparsable. */
  isUnusable: boolean;
}

/** Ranges that are never a web server, whatever the configuration. */
const UNUSABLE = new Set(['unspecified', 'multicast', 'broadcast', 'invalid']);

/** Classifies one IP address (IPv4 or IPv6, with or without brackets). */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  let range = 'invalid';
  if (ipaddr.isValid(bare)) {
    const parsed = ipaddr.parse(bare);
    range = parsed.range();
    if (parsed.kind() === 'ipv6' && range === 'unicast' && isIpv4Compatible(parsed as ipaddr.IPv6)) range = 'ipv4Compatible';
  }
  return { address, range, isPublic: range === 'unicast', isUnusable: UNUSABLE.has(range) };
}

/** `::a.b.c.d`: the first 96 bits are zero (`::` and `::1` are matched before as unspecified and loopback). */
function isIpv4Compatible(address: ipaddr.IPv6): boolean {
  return address.parts.slice(0, 6).every((part) => part === 0);
}

/** Whether an article may be fetched from this address. */
export function isFetchableAddress(address: string, allowPrivate: boolean): boolean {
  const kind = classifyAddress(address);
  return kind.isPublic || (allowPrivate && !kind.isUnusable);
}

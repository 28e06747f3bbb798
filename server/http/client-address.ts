/**
 * The address of the client a request comes from: the key of its rate limits. By default it is
 * the address of the connection, whatever the headers say: a client could write any
 * `X-Forwarded-For` it likes. Behind a reverse proxy every connection comes from the proxy, so all
 * clients would share one bucket; listing the proxy's addresses in `CHIPGRAPH_TRUSTED_PROXIES`
 * makes the app read `X-Forwarded-For`, but only on connections from those addresses, and only
 * as far back as the hops are trusted proxies too: the client is the rightmost address in the
 * header that is not a trusted proxy (anything left of it was written by the client itself).
 *
 * Addresses and ranges are parsed with `ipaddr.js`; an IPv4 address inside IPv6
 * (`::ffff:10.0.0.1`, as a dual-stack socket reports it) counts as the IPv4 address.
 */
import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** A list of trusted proxies: addresses or CIDR ranges. */
export interface TrustedProxies {
  /** True when `address` (a textual IP address) is one of the trusted proxies. */
  trusts(address: string): boolean;
  readonly size: number;
}

/** True for an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`) that `parseTrustedProxies` accepts. */
export function isAddressOrRange(entry: string): boolean {
  return ipaddr.isValid(entry) || ipaddr.isValidCIDR(entry);
}

/** Parses an address given by a socket or a header: IPv4-mapped IPv6 becomes IPv4; undefined when it is not an IP address. */
function parseAddress(text: string): Address | undefined {
  const bare = text.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : undefined;
}

/** The trusted proxies from `CHIPGRAPH_TRUSTED_PROXIES`' entries (each checked by `isAddressOrRange`). */
export function parseTrustedProxies(entries: readonly string[]): TrustedProxies {
  const ranges: Array<[Address, number]> = entries.map((entry) => {
    if (ipaddr.isValidCIDR(entry)) {
      const [address, bits] = ipaddr.parseCIDR(entry);
      // A range written in IPv4-mapped form (::ffff:10.0.0.0/104) matches IPv4 addresses.
      if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
        return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
      }
      return [address, bits];
    }
    const address = parseAddress(entry);
    if (!address) throw new Error(`${entry} is neither an IP address nor a CIDR range`);
    return [address, address.kind() === 'ipv4' ? 32 : 128];
  });
  return {
    trusts(text) {
      const address = parseAddress(text);
      return address !== undefined && ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
    },
    size: ranges.length,
  };
}

/**
 * The client's address for a request that arrived on a connection from `socketAddress` with
 * these `X-Forwarded-For` header values. Without trusted proxies, or on a connection from any
 * other address, it is the connection's address. A malformed entry ends the walk: the last hop
 * trusted so far is then taken as the client.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const direct = socketAddress ?? 'unknown';
  if (trusted.size === 0 || socketAddress === undefined || !trusted.trusts(socketAddress) || forwardedFor === undefined) return direct;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((hop) => hop.trim()).filter(Boolean);
  let client = direct;
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = parseAddress(hops[i] ?? '');
    if (!address) break;
    client = address.toString();
    if (!trusted.trusts(client)) break;
  }
  return client;
}

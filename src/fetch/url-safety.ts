import { BlockList, isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import { FetchError } from './fetch-error.ts';

export type LookupFn = (host: string) => Promise<string[]>;

/**
 * Addresses a feed or page URL must not reach unless private addresses are allowed: anything
 * that is not the public internet (loopback, RFC 1918, CGNAT, link-local incl. cloud metadata,
 * documentation, multicast, reserved) in IPv4 and IPv6.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16],
  ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], ['::1', 128], ['100::', 64], ['2001:db8::', 32], ['2001::', 23], ['fc00::', 7],
  ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** IPv4 embedded in IPv6 forms that route to the IPv4 host: mapped, compatible, NAT64 and 6to4. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1] ?? null;
  const hex = /^(?:::ffff:|64:ff9b::|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) return hexPairToIpv4(hex[1] ?? '0', hex[2] ?? '0');
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour) return hexPairToIpv4(sixToFour[1] ?? '0', sixToFour[2] ?? '0');
  return null;
}

function hexPairToIpv4(high: string, low: string): string {
  const a = parseInt(high, 16);
  const b = parseInt(low, 16);
  return [a >> 8, a & 255, b >> 8, b & 255].join('.');
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family !== 6) return true;
  const v4 = embeddedIpv4(address);
  if (v4 !== null) return blocked.check(v4, 'ipv4');
  return blocked.check(address, 'ipv6');
}

export const defaultLookup: LookupFn = async (host) => {
  const results = await dnsLookup(host, { all: true, verbatim: true });
  return results.map((entry) => entry.address);
};

export interface AddressPolicy {
  allowPrivateAddresses: boolean;
  /** Exact addresses allowed even though private (tests allow 127.0.0.1). */
  allowedAddresses: readonly string[];
}

/**
 * Checks scheme and resolved addresses of one URL (every redirect hop goes through here) and
 * returns the addresses to connect to, so the connection uses exactly what was checked.
 */
export async function resolveSafely(url: URL, lookup: LookupFn, policy: AddressPolicy): Promise<string[]> {
  assertHttp(url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : await lookupHost(host, lookup, url.href);
  if (addresses.length === 0) {
    throw new FetchError('dns', `no address for ${host}`, { url: url.href });
  }
  if (!policy.allowPrivateAddresses) {
    const bad = addresses.find((a) => isPrivateAddress(a) && !policy.allowedAddresses.includes(a));
    if (bad !== undefined) {
      throw new FetchError('refused-url', `refused ${url.href}: ${host} resolves to private address ${bad}`, {
        url: url.href,
      });
    }
  }
  return addresses;
}

export function assertHttp(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('refused-url', `refused ${url.protocol} URL ${url.href}: only http and https`, { url: url.href });
  }
}

async function lookupHost(host: string, lookup: LookupFn, url: string): Promise<string[]> {
  try {
    return await lookup(host);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ENOTFOUND';
    throw new FetchError('dns', `cannot resolve ${host} (${code})`, { url, cause: error });
  }
}

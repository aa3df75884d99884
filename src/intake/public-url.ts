import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a host name to every address it has (dns.promises.lookup with `all: true`); injectable for tests. */
export type LookupAll = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

const lookupAll: LookupAll = (hostname) => dnsLookup(hostname, { all: true });

/**
 * Addresses that are not the public internet: a link to one of them would make the bot fetch from
 * its own machine or network (the cloud metadata service at 169.254.169.254 among them). BlockList
 * also matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against the IPv4 rules.
 */
const notPublic = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // unspecified, "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, including the metadata address
  ['172.16.0.0', 12], // private
  ['192.168.0.0', 16], // private
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, including the broadcast address
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the deprecated IPv4-compatible form
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv6');
}

/** True when the address (IPv4 or IPv6, no brackets) is loopback, private, link-local or otherwise not public. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address at all: refuse rather than guess
  return notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A link that must not be fetched; the message is meant for the person who gave it. */
export class NotPublicUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotPublicUrlError';
  }
}

/**
 * Refuses a URL the bot must not fetch on someone's behalf: anything but http(s), a URL carrying a
 * user name or password, and a host that is, or resolves to, a non-public address. Every address
 * the name resolves to is checked, since the connection may use any of them.
 *
 * The check and the later connection resolve the name separately, so a host that changes its
 * answer in between (DNS rebinding) is not caught here.
 */
export async function assertPublicUrl(url: string, lookup: LookupAll = lookupAll): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new NotPublicUrlError('That is not a valid link.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NotPublicUrlError(`That link is not a web page (${parsed.protocol}); only http:// and https:// links can be proposed.`);
  }
  if (parsed.username || parsed.password) {
    throw new NotPublicUrlError('That link contains a user name or password; remove it and try again.');
  }

  // URL keeps IPv6 literals in brackets, and has already normalised IPv4 forms such as 2130706433 or 127.1.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host)).map((a) => a.address);
    } catch {
      throw new NotPublicUrlError(`That link's host could not be found (${host}).`);
    }
  }
  const refused = addresses.find(isNonPublicAddress);
  if (refused !== undefined || addresses.length === 0) {
    throw new NotPublicUrlError(
      `That link points to a private or local address (${refused ?? 'no address'}); only public web pages can be proposed.`,
    );
  }
}

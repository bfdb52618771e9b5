import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Server-side request forgery guard for webhook URLs (docs/webhooks.md, "Addresses"): Collab
 * POSTs wherever an integration says, so an address inside our own network (loopback, private
 * ranges, link-local cloud metadata, CGNAT) must never be a target. The name is resolved when
 * the endpoint is saved AND again at every delivery, and the delivery connects to the address
 * that was checked (see `guardedLookup` in the server), so DNS rebinding cannot slip past.
 */
export interface WebhookUrlPolicy {
  /** WEBHOOK_ALLOW_PRIVATE_URLS: http and private addresses too (tests, development only). */
  allowPrivate: boolean;
  /** Resolves a name to all its addresses; `dns.lookup` unless a test gives another. */
  lookup?: (hostname: string) => Promise<string[]>;
}

export class WebhookUrlRefused extends Error {
  override readonly name = 'WebhookUrlRefused';
}

/** The only ranges ipaddr.js calls `unicast` are public; every other one is refused. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

export async function resolveAddresses(
  hostname: string,
  policy: WebhookUrlPolicy,
): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  if (policy.lookup) return policy.lookup(bare);
  const found = await dnsLookup(bare, { all: true, verbatim: true });
  return found.map((entry) => entry.address);
}

/**
 * Checks a URL against the policy and resolves its host; throws `WebhookUrlRefused` with the
 * reason in words. Resolves to the addresses that were checked.
 */
export async function checkWebhookUrl(url: string, policy: WebhookUrlPolicy): Promise<string[]> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new WebhookUrlRefused('only http and https addresses');
  }
  if (parsed.username || parsed.password) {
    throw new WebhookUrlRefused('no user name or password in the address');
  }
  if (!policy.allowPrivate && parsed.protocol !== 'https:') {
    throw new WebhookUrlRefused('it must use https');
  }
  let addresses: string[];
  try {
    addresses = await resolveAddresses(parsed.hostname, policy);
  } catch {
    throw new WebhookUrlRefused(`the name ${parsed.hostname} does not resolve`);
  }
  if (addresses.length === 0) {
    throw new WebhookUrlRefused(`the name ${parsed.hostname} does not resolve`);
  }
  if (!policy.allowPrivate) {
    const blocked = addresses.find((address) => !isPublicAddress(address));
    if (blocked !== undefined) {
      throw new WebhookUrlRefused(`it leads to a private or reserved address (${blocked})`);
    }
  }
  return addresses;
}

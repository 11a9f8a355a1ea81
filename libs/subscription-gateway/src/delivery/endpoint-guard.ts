import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { InvalidCommand } from '@rtop/kernel';

export interface EndpointPolicy {
  readonly allowLoopback: boolean;
  readonly allowPrivate: boolean;
}

type Family = 'ipv4' | 'ipv6';
const subnets = (list: BlockList, entries: readonly [string, number, Family][]) => {
  for (const [address, prefix, family] of entries) list.addSubnet(address, prefix, family);
  return list;
};

const LOOPBACK = subnets(new BlockList(), [
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6'],
]);
/** Cloud metadata services: instance credentials live there. */
const METADATA = subnets(new BlockList(), [
  ['169.254.169.254', 32, 'ipv4'],
  ['fd00:ec2::254', 128, 'ipv6'],
]);
const LINK_LOCAL = subnets(new BlockList(), [
  ['169.254.0.0', 16, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
]);
/** "This host", multicast and reserved space: never an office's endpoint. */
const NOT_AN_ENDPOINT = subnets(new BlockList(), [
  ['0.0.0.0', 8, 'ipv4'],
  ['224.0.0.0', 3, 'ipv4'],
  ['::', 128, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
]);
/** The deployment's own networks: refused unless configured, so an office cannot reach into them. */
const PRIVATE = subnets(new BlockList(), [
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6'],
]);

const RULE = 'webhook-endpoint-outside-rtop';

/** An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is the IPv4 address. */
function normalise(address: string): { address: string; family: Family } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1], family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

/** Why an address may not receive webhooks; undefined when it may. */
export function refusalOf(
  rawAddress: string,
  policy: EndpointPolicy,
  ownAddresses: ReadonlySet<string> = serviceAddresses(),
): string | undefined {
  const { address, family } = normalise(rawAddress);
  if (LOOPBACK.check(address, family))
    return policy.allowLoopback ? undefined : 'a loopback address (RTOP_WEBHOOKS_ALLOW_LOOPBACK=1 allows it in development)';
  if (METADATA.check(address, family)) return 'a cloud metadata address';
  if (LINK_LOCAL.check(address, family)) return 'a link-local address';
  if (NOT_AN_ENDPOINT.check(address, family)) return 'an unspecified, multicast or reserved address';
  if (ownAddresses.has(address)) return 'an address of this service';
  if (PRIVATE.check(address, family))
    return policy.allowPrivate ? undefined : 'a private-network address (RTOP_WEBHOOKS_ALLOW_PRIVATE=1 allows it)';
  return undefined;
}

/** The addresses of this machine's interfaces, loopback aside (it has a rule of its own). */
function serviceAddresses(): Set<string> {
  const addresses = Object.values(networkInterfaces())
    .flatMap((ofInterface) => ofInterface ?? [])
    .filter((i) => !i.internal)
    .map((i) => normalise(i.address).address);
  return new Set(addresses);
}

/**
 * Where a webhook URL may lead: every address its host resolves to must be outside rtop's own
 * machine and networks, so an office's endpoint cannot turn rtop into a proxy. Checked when an
 * office subscribes and again at each delivery, which connects to the very address checked
 * (a name that resolves elsewhere later is caught then).
 */
export class EndpointGuard {
  constructor(private readonly policy: EndpointPolicy) {}

  /** The addresses to connect to, or a 400 naming the rule. */
  async addressesOf(url: URL): Promise<readonly LookupAddress[]> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await this.resolve(host);
    const own = serviceAddresses();
    for (const { address } of addresses) {
      const refusal = refusalOf(address, this.policy, own);
      if (refusal)
        throw new InvalidCommand(
          RULE,
          `${url.host} resolves to ${address}, ${refusal}: a webhook goes to the office's own endpoint, outside rtop`,
        );
    }
    return addresses;
  }

  private async resolve(host: string): Promise<LookupAddress[]> {
    try {
      return await lookup(host, { all: true, verbatim: true });
    } catch (error) {
      throw new InvalidCommand(RULE, `${host} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
}

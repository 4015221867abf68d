/**
 * Delegation discovery, the way a resolver walks it but written out so each step is a fact:
 * the recursive resolver tells us which zone encloses the child's parent and who serves it;
 * the parent's servers, asked without recursion, tell us the NS set, glue and DS they hand
 * out for the child. Nothing here trusts a resolver's cache for the delegation itself.
 */
import { parentName } from '../model/name.js';
import type { RecordType } from '../model/record-type.js';
import type { DnsClient, QueryResult } from './dns/client.js';
import type { ServerAddress } from './dns/transport.js';
import { ownersOf, rrsetFrom } from './records.js';
import type { Delegation, ServerEndpoint } from './types.js';

export interface Lookup {
  readonly client: DnsClient;
  readonly resolvers: readonly ServerAddress[];
  /** How many RRset fetches a zone runs at once (the in-flight bound). */
  readonly workers: number;
  /** Resolvers that stayed silent through every retry: not asked again in this phase. */
  readonly silent: Set<string>;
}

/** Asks the recursive resolvers in turn (RD=1) until one gives NOERROR or NXDOMAIN. */
export async function recursive(
  lookup: Lookup,
  name: string,
  type: RecordType,
  dnssec = false,
): Promise<QueryResult & { server?: ServerAddress }> {
  let last: QueryResult = { ok: false, error: 'network', message: 'no recursive resolver' };
  for (const server of lookup.resolvers) {
    const key = `${server.address}#${server.port}`;
    if (lookup.silent.has(key)) {
      last = { ok: false, error: 'timeout', message: `resolver ${server.address} did not answer` };
      continue;
    }
    last = await lookup.client.query(server, { name, type, rd: true, dnssec });
    if (last.ok && (last.rcode === 'NOERROR' || last.rcode === 'NXDOMAIN'))
      return { ...last, server };
    if (!last.ok && (last.error === 'timeout' || last.error === 'network')) lookup.silent.add(key);
  }
  return last;
}

export function describeFailure(r: QueryResult): string {
  if (!r.ok) return r.message;
  return r.authoritative ? r.rcode : `${r.rcode}, not authoritative`;
}

/** IPv4 first: a runner without IPv6 would only time out on v6 addresses. */
export async function addressesOf(lookup: Lookup, name: string): Promise<string[]> {
  const v4 = await recursive(lookup, name, 'A');
  const a = v4.ok ? (rrsetFrom(v4.response.answers, name, 'A')?.values ?? []) : [];
  if (a.length > 0) return [...a];
  const v6 = await recursive(lookup, name, 'AAAA');
  return v6.ok ? [...(rrsetFrom(v6.response.answers, name, 'AAAA')?.values ?? [])] : [];
}

/** Every address of `name`: IPv4, then IPv6. */
export async function allAddressesOf(lookup: Lookup, name: string): Promise<string[]> {
  const [v4, v6] = await Promise.all([
    recursive(lookup, name, 'A'),
    recursive(lookup, name, 'AAAA'),
  ]);
  const of = (r: QueryResult, type: 'A' | 'AAAA') =>
    r.ok ? (rrsetFrom(r.response.answers, name, type)?.values ?? []) : [];
  return [...of(v4, 'A'), ...of(v6, 'AAAA')];
}

/** The zone that holds `name`: the SOA owner in the answer or in the negative answer's authority. */
async function enclosingZone(lookup: Lookup, name: string): Promise<string | string[]> {
  const r = await recursive(lookup, name, 'SOA');
  if (!r.ok || (r.rcode !== 'NOERROR' && r.rcode !== 'NXDOMAIN'))
    return [`finding the zone of ${name} through the resolver: ${describeFailure(r)}`];
  const owner =
    ownersOf(r.response.answers, 'SOA')[0] ?? ownersOf(r.response.authorities, 'SOA')[0];
  return owner ?? [`the resolver gave no SOA for ${name}`];
}

export interface Discovered {
  readonly delegation: Delegation;
  /** The child's servers, one per address (glue first, else resolved). */
  readonly servers: readonly ServerEndpoint[];
  readonly reasons: readonly string[];
}

/** Finds the parent, asks it for the delegation of `zone`, and lists the child's servers. */
export async function discoverDelegation(
  lookup: Lookup,
  zone: string,
): Promise<Discovered | { readonly reasons: readonly string[] }> {
  if (zone === '.') return { reasons: ['the root zone has no parent delegation to check'] };
  const parent = await enclosingZone(lookup, parentName(zone));
  if (typeof parent !== 'string') return { reasons: parent };

  const nsAnswer = await recursive(lookup, parent, 'NS');
  const parentNs = nsAnswer.ok
    ? (rrsetFrom(nsAnswer.response.answers, parent, 'NS')?.values ?? [])
    : [];
  if (parentNs.length === 0)
    return { reasons: [`no NS for the parent zone ${parent}: ${describeFailure(nsAnswer)}`] };
  const parentServers: ServerEndpoint[] = [];
  for (const ns of parentNs)
    for (const address of await addressesOf(lookup, ns))
      parentServers.push({ name: ns, address, port: 53 });
  if (parentServers.length === 0)
    return { reasons: [`no address for any server of the parent zone ${parent}`] };

  const referral = await askParent(lookup.client, parentServers, zone, 'NS');
  if ('reason' in referral) return { reasons: [referral.reason] };
  const resp = referral.result.response;
  const nsSet =
    rrsetFrom(resp.authorities, zone, 'NS') ??
    (referral.result.authoritative ? rrsetFrom(resp.answers, zone, 'NS') : undefined);
  if (!nsSet) {
    const what =
      referral.result.rcode === 'NXDOMAIN' ? 'says it does not exist' : 'has no NS for it';
    return { reasons: [`${zone} is not delegated: the parent ${parent} ${what}`] };
  }
  const glue: { name: string; address: string }[] = [];
  for (const ns of nsSet.values)
    for (const type of ['A', 'AAAA'] as const)
      for (const address of rrsetFrom(resp.additionals, ns, type)?.values ?? [])
        glue.push({ name: ns, address });

  const reasons: string[] = [];
  const dsAnswer = await askParent(lookup.client, parentServers, zone, 'DS');
  let ds: string[] = [];
  let dsTtl: number | undefined;
  if ('reason' in dsAnswer) reasons.push(`DS of ${zone}: ${dsAnswer.reason}`);
  else {
    const set = rrsetFrom(dsAnswer.result.response.answers, zone, 'DS');
    ds = set ? [...set.values] : [];
    dsTtl = set?.ttl;
  }

  // Every address of every server, IPv4 and IPv6: a secondary that lags on one of them is
  // what resolvers reaching that address get. An IPv6 address this machine cannot reach is
  // set aside when it is asked (collect.ts), not counted against the server.
  const servers: ServerEndpoint[] = [];
  for (const ns of nsSet.values) {
    const fromGlue = glue.filter((g) => g.name === ns).map((g) => g.address);
    const addresses = fromGlue.length > 0 ? fromGlue : await allAddressesOf(lookup, ns);
    if (addresses.length === 0) reasons.push(`nameserver ${ns} has no address`);
    for (const address of addresses) servers.push({ name: ns, address, port: 53 });
  }
  const delegation: Delegation = {
    parent,
    parentServers,
    ns: nsSet.values,
    nsTtl: nsSet.ttl,
    glue,
    ds,
    ...(dsTtl === undefined ? {} : { dsTtl }),
  };
  return { delegation, servers, reasons };
}

/**
 * Asks the parent's servers in turn without recursion; a referral (NS in authority) or an
 * authoritative answer ends it, anything else fails over to the next server.
 */
async function askParent(
  client: DnsClient,
  servers: readonly ServerEndpoint[],
  name: string,
  type: 'NS' | 'DS',
): Promise<{ result: Extract<QueryResult, { ok: true }> } | { reason: string }> {
  const failures: string[] = [];
  for (const server of servers) {
    const r = await client.query(server, { name, type, dnssec: type === 'DS' });
    if (r.ok && (r.rcode === 'NOERROR' || r.rcode === 'NXDOMAIN')) {
      const isReferral = ownersOf(r.response.authorities, 'NS').includes(name);
      if (r.authoritative || (type === 'NS' && isReferral)) return { result: r };
    }
    failures.push(`${server.name} (${server.address}): ${describeFailure(r)}`);
  }
  return { reason: `no parent server answered ${name} ${type}: ${failures.join('; ')}` };
}

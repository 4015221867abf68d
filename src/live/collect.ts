/**
 * One zone's live snapshot: health of every delegated server (SOA, NS, DNSKEY as each one
 * answers them), then each requested RRset from one healthy server with fail-over. A server
 * that times out, refuses or answers without authority is recorded and skipped, never fatal.
 */
import { isInZone } from '../model/name.js';
import { isPseudoType, type RecordType } from '../model/record-type.js';
import type { RRset } from '../model/zone.js';
import type { DnsClient, QueryResult } from './client.js';
import { describeFailure, type Lookup, recursive } from './discover.js';
import { ownersOf, rrsetFrom } from './records.js';
import type {
  Delegation,
  KeysFact,
  LiveRequest,
  LiveStatus,
  LiveZone,
  ServerEndpoint,
  ServerHealth,
  TargetFact,
} from './types.js';

const DNSSEC_TYPES = new Set<string>(['DS', 'DNSKEY', 'CDS', 'CDNSKEY']);

type Answered = Extract<QueryResult, { ok: true }>;

function label(s: ServerEndpoint): string {
  return s.name === s.address ? s.address : `${s.name} (${s.address})`;
}

/** SOA first: a server silent on SOA is not asked anything else (it would only burn the deadline). */
export async function probeServer(
  client: DnsClient,
  zone: string,
  server: ServerEndpoint,
): Promise<ServerHealth> {
  const soa = await client.query(server, { name: zone, type: 'SOA' });
  if (!soa.ok) return { ...server, responded: false, authoritative: false, error: soa.message };
  const soaSet = rrsetFrom(soa.response.answers, zone, 'SOA');
  const authoritative = soa.authoritative && soa.rcode === 'NOERROR' && soaSet !== undefined;
  const health: { -readonly [K in keyof ServerHealth]: ServerHealth[K] } = {
    ...server,
    responded: true,
    authoritative,
  };
  if (!authoritative) {
    health.error = soaSet ? `${soa.rcode}, not authoritative` : `${describeFailure(soa)} for SOA`;
    return health;
  }
  const serial = Number(soaSet!.values[0]?.split(/\s+/)[2]);
  if (Number.isFinite(serial)) health.soaSerial = serial;
  const [ns, dnskey] = await Promise.all([
    client.query(server, { name: zone, type: 'NS' }),
    client.query(server, { name: zone, type: 'DNSKEY', dnssec: true }),
  ]);
  if (ns.ok && ns.authoritative)
    health.ns = rrsetFrom(ns.response.answers, zone, 'NS')?.values ?? [];
  if (dnskey.ok && dnskey.authoritative)
    health.dnskey = rrsetFrom(dnskey.response.answers, zone, 'DNSKEY')?.values ?? [];
  return health;
}

type Fact =
  | { kind: 'rrset'; rrset: RRset }
  | { kind: 'absent' }
  | { kind: 'delegated' }
  | { kind: 'failed'; reason: string };

/** Reads one answer: the RRset, a negative answer, or a referral below the zone. */
function readAnswer(r: Answered, zone: string, name: string, type: RecordType): Fact | undefined {
  if (r.rcode !== 'NOERROR' && r.rcode !== 'NXDOMAIN') return undefined;
  const resp = r.response;
  if (r.authoritative) {
    const rrset = rrsetFrom(resp.answers, name, type);
    return rrset ? { kind: 'rrset', rrset } : { kind: 'absent' };
  }
  // A referral: the name is at or below a child delegation inside this zone.
  const cut = ownersOf(resp.authorities, 'NS').find((o) => o !== zone && isInZone(o, zone));
  if (!cut || !isInZone(name, cut)) return undefined;
  if (type === 'NS' && name === cut) {
    const rrset = rrsetFrom(resp.authorities, name, 'NS');
    return rrset ? { kind: 'rrset', rrset } : { kind: 'absent' };
  }
  const glue =
    type === 'A' || type === 'AAAA' ? rrsetFrom(resp.additionals, name, type) : undefined;
  return glue ? { kind: 'rrset', rrset: glue } : { kind: 'delegated' };
}

async function fetchOne(
  client: DnsClient,
  servers: readonly ServerEndpoint[],
  start: number,
  zone: string,
  name: string,
  type: RecordType,
): Promise<Fact> {
  const failures: string[] = [];
  for (let i = 0; i < servers.length; i++) {
    const server = servers[(start + i) % servers.length]!;
    const r = await client.query(server, { name, type, dnssec: DNSSEC_TYPES.has(type) });
    const fact = r.ok ? readAnswer(r, zone, name, type) : undefined;
    if (fact) return fact;
    failures.push(`${label(server)}: ${describeFailure(r)}`);
  }
  return { kind: 'failed', reason: `${name} ${type}: ${failures.join('; ') || 'no server'}` };
}

export interface ZoneInput {
  readonly request: LiveRequest;
  readonly servers: readonly ServerEndpoint[];
  readonly delegation?: Delegation;
  readonly reasons: readonly string[];
}

/** What only the recursive resolver can tell: CNAME targets and children's keys. */
export interface ResolverFacts {
  readonly targets: readonly TargetFact[];
  readonly keys: readonly KeysFact[];
}

/** Runs beside discovery (both only need the resolver). */
export async function resolverFacts(lookup: Lookup, request: LiveRequest): Promise<ResolverFacts> {
  const [targets, keys] = await Promise.all([
    resolveTargets(lookup, request.targets ?? []),
    resolveKeys(lookup, request.keysOf ?? []),
  ]);
  return { targets, keys };
}

export async function collectZone(
  lookup: Lookup,
  input: ZoneInput,
  facts: ResolverFacts,
): Promise<LiveZone> {
  const { request, delegation } = input;
  const { targets, keys } = facts;
  const zone = request.zone;
  const reasons = [...input.reasons];
  const client = lookup.client;
  const servers = await Promise.all(input.servers.map((s) => probeServer(client, zone, s)));
  for (const s of servers)
    if (!s.authoritative) reasons.push(`${label(s)}: ${s.error ?? 'not authoritative'}`);
  const healthy = servers.filter((s) => s.authoritative);
  const serials = new Set(healthy.map((s) => s.soaSerial));
  const serialsAgree = serials.size <= 1;
  if (!serialsAgree) reasons.push(`SOA serials differ between servers: ${[...serials].join(', ')}`);

  const rrsets: RRset[] = [];
  const absent: { name: string; type: RecordType }[] = [];
  const unresolved: { name: string; type: RecordType }[] = [];
  const wanted = dedupe(request.rrsets).filter((q) => !isPseudoType(q.type));
  // A fixed pool of workers rather than one promise per RRset: zones can hold many
  // thousands of RRsets, and the client's in-flight bound would only queue them anyway.
  const found: Fact[] = new Array(wanted.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < wanted.length; i = next++) {
      const q = wanted[i]!;
      if (q.name === zone && q.type === 'DS' && delegation) {
        // The apex DS lives in the parent: the delegation already asked for it.
        const ttl = delegation.dsTtl ?? 0;
        found[i] =
          delegation.ds.length === 0
            ? { kind: 'absent' }
            : { kind: 'rrset', rrset: { name: zone, type: 'DS', ttl, values: delegation.ds } };
      } else if (healthy.length === 0) found[i] = { kind: 'failed', reason: '' };
      else found[i] = await fetchOne(client, healthy, i, zone, q.name, q.type);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lookup.workers, wanted.length) }, worker));
  let failedCount = 0;
  found.forEach((fact, i) => {
    const q = wanted[i]!;
    if (fact.kind === 'rrset') rrsets.push(fact.rrset);
    else if (fact.kind === 'absent') absent.push({ name: q.name, type: q.type });
    else if (fact.kind === 'failed') {
      unresolved.push({ name: q.name, type: q.type });
      if (fact.reason && failedCount++ < 5) reasons.push(fact.reason);
    }
  });
  if (failedCount > 5) reasons.push(`…and ${failedCount - 5} more RRsets no server answered`);

  let status: LiveStatus = 'ok';
  if (healthy.length === 0) {
    status = 'failed';
    if (servers.length > 0) reasons.unshift('no server answered authoritatively for the zone');
    else if (reasons.length === 0) reasons.push('no server to ask');
  } else if (healthy.length < servers.length || unresolved.length > 0 || input.reasons.length > 0)
    status = 'partial';

  const live: { -readonly [K in keyof LiveZone]: LiveZone[K] } = {
    zone,
    status,
    reasons,
    servers,
    serialsAgree,
    rrsets,
    absent,
  };
  if (delegation) live.delegation = delegation;
  if (unresolved.length > 0) live.unresolved = unresolved;
  if (targets.length > 0) live.targets = targets;
  if (keys.length > 0) live.keys = keys;
  return live;
}

function dedupe<T extends { name: string; type: RecordType }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((q) => {
    const k = `${q.name} ${q.type}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

async function resolveTargets(lookup: Lookup, names: readonly string[]): Promise<TargetFact[]> {
  const unique = [...new Set(names)];
  return Promise.all(
    unique.map(async (name) => {
      const r = await recursive(lookup, name, 'A');
      return { name, rcode: r.ok ? r.rcode : r.error };
    }),
  );
}

async function resolveKeys(lookup: Lookup, names: readonly string[]): Promise<KeysFact[]> {
  return Promise.all(
    [...new Set(names)].map(async (name) => {
      const r = await recursive(lookup, name, 'DNSKEY', true);
      const dnskey = r.ok ? (rrsetFrom(r.response.answers, name, 'DNSKEY')?.values ?? []) : [];
      return { name, rcode: r.ok ? r.rcode : r.error, dnskey };
    }),
  );
}

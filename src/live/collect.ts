/**
 * One zone's live snapshot: health of every delegated server (SOA, NS, DNSKEY as each one
 * answers them), then each requested RRset from one healthy server with fail-over. A server
 * that times out, refuses or answers without authority is recorded and skipped, never fatal.
 */
import { isInZone } from '../model/name.js';
import { isPseudoType, type RecordType } from '../model/record-type.js';
import type { RRset } from '../model/zone.js';
import { describeFailure, type Lookup, recursive } from './discover.js';
import type { DnsClient, QueryResult } from './dns/client.js';
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

/**
 * From this many RRsets on, a zone's RRsets are asked over one pipelined TCP connection per
 * server (RFC 7766 §6.2.1.1), with UDP as the fallback: the queries of a turn leave in one
 * write instead of a datagram each, which on a large zone costs more than the DNS work.
 * Below it, UDP answers before a TCP handshake would.
 */
export const STREAM_FROM = 100;

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

/** One RRset from the first server that answers it usefully, trying each in turn. */
function fetchOne(
  client: DnsClient,
  servers: readonly ServerEndpoint[],
  start: number,
  zone: string,
  want: { readonly name: string; readonly type: RecordType },
  stream: boolean,
  done: (fact: Fact) => void,
): void {
  const { name, type } = want;
  const request = { name, type, dnssec: DNSSEC_TYPES.has(type), stream };
  let failures: string[] | undefined;
  const ask = (i: number): void => {
    if (i === servers.length) {
      done({ kind: 'failed', reason: `${name} ${type}: ${failures?.join('; ') || 'no server'}` });
      return;
    }
    const server = servers[(start + i) % servers.length]!;
    client.ask(server, request, (r) => {
      const fact = r.ok ? readAnswer(r, zone, name, type) : undefined;
      if (fact) return done(fact);
      failures ??= [];
      failures.push(`${label(server)}: ${describeFailure(r)}`);
      ask(i + 1);
    });
  };
  ask(0);
}

/**
 * Runs `task` over `0..count-1` with at most `width` running at once; resolves when all have
 * called back. Callbacks, not a promise per task: zones can hold many thousands of RRsets.
 * A task that calls back at once (a closed client) does not deepen the stack: starting
 * happens in one loop that a nested call only re-enters by returning.
 */
function runPool(
  count: number,
  width: number,
  task: (i: number, done: () => void) => void,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let running = 0;
    let starting = false;
    const start = () => {
      if (starting) return;
      starting = true;
      while (running < width && next < count) {
        running++;
        task(next++, finished);
      }
      starting = false;
      if (running === 0 && next === count) resolve();
    };
    const finished = () => {
      running--;
      start();
    };
    start();
  });
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
  const found: Fact[] = new Array(wanted.length);
  const stream = wanted.length >= STREAM_FROM;
  await runPool(wanted.length, lookup.workers, (i, done) => {
    const q = wanted[i]!;
    if (q.name === zone && q.type === 'DS' && delegation) {
      // The apex DS lives in the parent: the delegation already asked for it.
      const ttl = delegation.dsTtl ?? 0;
      found[i] =
        delegation.ds.length === 0
          ? { kind: 'absent' }
          : { kind: 'rrset', rrset: { name: zone, type: 'DS', ttl, values: delegation.ds } };
      done();
    } else if (healthy.length === 0) {
      found[i] = { kind: 'failed', reason: '' };
      done();
    } else
      fetchOne(client, healthy, i, zone, q, stream, (fact) => {
        found[i] = fact;
        done();
      });
  });
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

/**
 * One zone's live snapshot: the health of every server (SOA, NS, DNSKEY as each one answers
 * them), then every requested RRset from every authoritative server (servers.ts): the zone as
 * its up-to-date servers serve it, and where the servers disagree. With `--axfr` each server is
 * also asked for the whole zone (transfer.ts); head's new nameservers are checked before a
 * migration (migration.ts). A server that times out, refuses or answers without authority is
 * recorded and skipped, never fatal.
 */
import { isPseudoType, type RecordType } from '../model/record-type.js';
import { type RRset, rrsetKey } from '../model/zone.js';
import { type Lookup, recursive } from './discover.js';
import { checkCandidates } from './migration.js';
import { rrsetFrom } from './records.js';
import {
  askServer,
  type Fact,
  markUpToDate,
  mergeAnswers,
  probeServer,
  serverLabel,
} from './servers.js';
import { transferFromEach } from './transfer.js';
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

/**
 * From this many RRsets on, a zone's RRsets are asked over one pipelined TCP connection per
 * server (RFC 7766 §6.2.1.1), with UDP as the fallback: the queries of a turn leave in one
 * write instead of a datagram each, which on a large zone costs more than the DNS work.
 * Below it, UDP answers before a TCP handshake would.
 */
export const STREAM_FROM = 100;

/** An IPv6 server this machine has no route to: a fact about the runner, not the server. */
function unreachableHere(s: ServerHealth): boolean {
  return (
    !s.responded &&
    s.address.includes(':') &&
    /ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|EAFNOSUPPORT/.test(s.error ?? '')
  );
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

export interface CollectOptions {
  /** Ask each server for a zone transfer (`--axfr`). */
  readonly axfr: boolean;
  /** The per-query timeout; a transfer may take a few. */
  readonly timeoutMs: number;
}

export async function collectZone(
  lookup: Lookup,
  input: ZoneInput,
  facts: ResolverFacts,
  options: CollectOptions = { axfr: false, timeoutMs: 2000 },
): Promise<LiveZone> {
  const { request, delegation } = input;
  const { targets, keys } = facts;
  const zone = request.zone;
  const reasons = [...input.reasons];
  const client = lookup.client;
  const probed = await Promise.all(input.servers.map((s) => probeServer(client, zone, s)));
  const unreachable = probed.filter(unreachableHere);
  if (unreachable.length > 0)
    reasons.push(
      `not reachable over IPv6 from this machine, so not asked: ${unreachable.map(serverLabel).join(', ')}`,
    );
  let servers = markUpToDate(probed.filter((s) => !unreachableHere(s)));
  for (const s of servers)
    if (!s.authoritative) reasons.push(`${serverLabel(s)}: ${s.error ?? 'not authoritative'}`);
  const healthy = servers.filter((s) => s.authoritative);
  const serials = new Set(healthy.map((s) => s.soaSerial));
  const serialsAgree = serials.size <= 1;
  if (!serialsAgree)
    reasons.push(
      `SOA serials differ between servers: ${healthy.map((s) => `${serverLabel(s)} ${s.soaSerial ?? '?'}${s.upToDate ? '' : ' (behind)'}`).join(', ')}`,
    );

  const wanted = dedupe(request.rrsets).filter((q) => !isPseudoType(q.type));
  const apexDs = (i: number) =>
    delegation !== undefined && wanted[i]!.name === zone && wanted[i]!.type === 'DS';
  const stream = wanted.length >= STREAM_FROM;
  const liveNs = delegation?.ns ?? [...new Set(healthy.flatMap((s) => s.ns ?? []))];
  const [answers, transfers, candidates] = await Promise.all([
    Promise.all(
      healthy.map((s) =>
        askServer(client, s, zone, wanted, { width: lookup.workers, stream, skip: apexDs }),
      ),
    ),
    options.axfr ? transferFromEach(client, zone, servers, options.timeoutMs) : undefined,
    request.head && (delegation || healthy.length > 0)
      ? checkCandidates(lookup, request, liveNs, {
          stream: (request.head.rrsets.length ?? 0) >= STREAM_FROM,
        })
      : [],
  ]);
  const merged = mergeAnswers(wanted, healthy, answers);
  const found: (Fact | undefined)[] = merged.facts.map((fact, i) => {
    if (!apexDs(i)) return fact;
    // The apex DS lives in the parent: the delegation already asked for it.
    const ds = delegation!;
    return ds.ds.length === 0
      ? { kind: 'absent' }
      : { kind: 'rrset', rrset: { name: zone, type: 'DS', ttl: ds.dsTtl ?? 0, values: ds.ds } };
  });
  if (transfers)
    servers = servers.map((s, i) =>
      transfers.outcomes[i] ? { ...s, axfr: transfers.outcomes[i] } : s,
    );

  const rrsets: RRset[] = [];
  const absent: { name: string; type: RecordType }[] = [];
  const unresolved: { name: string; type: RecordType }[] = [];
  let failedCount = 0;
  const transferred = transfers?.zone;
  if (transferred) {
    // The whole zone: what it holds is live, what was asked and is not in it is absent.
    rrsets.push(...transferred.rrsets);
    const held = new Set(transferred.rrsets.map(rrsetKey));
    found.forEach((fact, i) => {
      const q = wanted[i]!;
      if (apexDs(i) && fact?.kind === 'rrset') rrsets.push(fact.rrset);
      else if (!held.has(rrsetKey(q)) && fact?.kind !== 'delegated')
        absent.push({ name: q.name, type: q.type });
    });
  } else
    found.forEach((fact, i) => {
      const q = wanted[i]!;
      if (fact?.kind === 'rrset') rrsets.push(fact.rrset);
      else if (fact?.kind === 'absent') absent.push({ name: q.name, type: q.type });
      else if (fact?.kind !== 'delegated') {
        unresolved.push({ name: q.name, type: q.type });
        if (fact?.reason && failedCount++ < 5) reasons.push(`${q.name} ${q.type}: ${fact.reason}`);
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
  if (merged.differences.length > 0) live.differences = merged.differences;
  if (transferred) live.transferredFrom = transferred.server;
  if (candidates.length > 0) live.candidates = candidates;
  if (delegation) live.delegation = delegation;
  if (unresolved.length > 0) live.unresolved = unresolved;
  if (targets.length > 0) live.targets = targets;
  if (keys.length > 0) live.keys = keys;
  return live;
}

/**
 * The list without repeated (name, type) pairs, first kept. Types are kept by name (one type
 * as itself, more in a list): no key string per RRset of a large zone.
 */
export function dedupe<T extends { name: string; type: RecordType }>(list: readonly T[]): T[] {
  const seen = new Map<string, RecordType | RecordType[]>();
  return list.filter(({ name, type }) => {
    const types = seen.get(name);
    if (types === undefined) seen.set(name, type);
    else if (types === type || (Array.isArray(types) && types.includes(type))) return false;
    else if (Array.isArray(types)) types.push(type);
    else seen.set(name, [types, type]);
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

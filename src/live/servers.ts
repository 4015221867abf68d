/**
 * Every authoritative server of a zone, asked every RRset (docs/architecture.md, Live DNS):
 * a lagging secondary or a provider that missed an update is only visible by asking it too.
 * Each server is its own pool (the client bounds queries in flight per server), so asking N
 * servers takes about the wall time of asking one.
 *
 * From the answers come two things: the zone as its up-to-date servers serve it (the highest
 * SOA serial by RFC 1982 among the servers naming one primary; a lagging server's answers never
 * stand for the zone), and the RRsets on which the servers disagree.
 */
import { isInZone } from '../model/name.js';
import type { RecordType } from '../model/record-type.js';
import { newestSerial } from '../model/serial.js';
import type { RRset } from '../model/zone.js';
import { describeFailure } from './discover.js';
import type { DnsClient, QueryResult, Receiver } from './dns/client.js';
import { serverLabel } from './label.js';
import { ownersOf, rrsetFrom } from './records.js';
import type { ServerDifference, ServerEndpoint, ServerHealth } from './types.js';

const DNSSEC_TYPES = new Set<string>(['DS', 'DNSKEY', 'CDS', 'CDNSKEY']);

/** What one server said about one (name, type). */
export type Fact =
  | { readonly kind: 'rrset'; readonly rrset: RRset }
  | { readonly kind: 'absent' }
  | { readonly kind: 'delegated' }
  | { readonly kind: 'failed'; readonly reason: string };

type Answered = Extract<QueryResult, { ok: true }>;

export { serverLabel };

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
  const [primary, , serialText] = soaSet!.values[0]?.split(/\s+/) ?? [];
  const serial = Number(serialText);
  if (Number.isFinite(serial)) health.soaSerial = serial;
  if (primary) health.soaPrimary = primary;
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

/**
 * Every (name, type) of `wanted` from one server, in order; `skip` marks the ones not to ask
 * (their slot stays undefined). A failure is this server's alone: no fail-over here, since
 * every server is asked anyway.
 */
export function askServer(
  client: DnsClient,
  server: ServerEndpoint,
  zone: string,
  wanted: readonly { readonly name: string; readonly type: RecordType }[],
  options: {
    readonly width: number;
    readonly stream: boolean;
    readonly skip?: (i: number) => boolean;
  },
): Promise<(Fact | undefined)[]> {
  return new Promise((resolve) =>
    new ServerAsk(client, server, zone, wanted, options, resolve).start(),
  );
}

/**
 * One server's RRsets, at most `width` in flight: one object for the whole loop, the client's
 * receiver, and one request object it fills anew for each query (the client copies what it
 * reads): zones can hold many thousands of RRsets, and a closure or a promise per query costs
 * as much as the client's work. A query answered at once (a closed client) does not deepen the
 * stack: starting happens in one loop that a nested call only re-enters by returning.
 */
class ServerAsk implements Receiver {
  private readonly facts: (Fact | undefined)[];
  private readonly request: { name: string; type: RecordType; dnssec: boolean; stream: boolean };
  private next = 0;
  private running = 0;
  private starting = false;

  constructor(
    private readonly client: DnsClient,
    private readonly server: ServerEndpoint,
    private readonly zone: string,
    private readonly wanted: readonly { readonly name: string; readonly type: RecordType }[],
    private readonly options: {
      readonly width: number;
      readonly stream: boolean;
      readonly skip?: (i: number) => boolean;
    },
    private readonly resolve: (facts: (Fact | undefined)[]) => void,
  ) {
    this.facts = new Array(wanted.length);
    this.request = { name: '', type: 'A', dnssec: false, stream: options.stream };
  }

  start(): void {
    if (this.starting) return;
    this.starting = true;
    const { wanted, options, request } = this;
    while (this.running < options.width && this.next < wanted.length) {
      const i = this.next++;
      if (options.skip?.(i)) continue;
      const { name, type } = wanted[i]!;
      request.name = name;
      request.type = type;
      request.dnssec = DNSSEC_TYPES.has(type);
      this.running++;
      this.client.ask(this.server, request, i, this);
    }
    this.starting = false;
    if (this.running === 0 && this.next === wanted.length) this.resolve(this.facts);
  }

  answered(i: number, r: QueryResult): void {
    const { name, type } = this.wanted[i]!;
    this.facts[i] = (r.ok ? readAnswer(r, this.zone, name, type) : undefined) ?? {
      kind: 'failed',
      reason: `${serverLabel(this.server)}: ${describeFailure(r)}`,
    };
    this.running--;
    this.start();
  }
}

/**
 * Marks the up-to-date servers: authoritative with the newest serial among the servers that
 * name the same primary (SOA MNAME). A server without a readable serial counts as up to date
 * only when no server of its primary has one.
 */
export function markUpToDate(servers: readonly ServerHealth[]): ServerHealth[] {
  const newest = new Map<string, number | undefined>();
  const groups = new Map<string, number[]>();
  for (const s of servers) {
    if (!s.authoritative || s.soaSerial === undefined) continue;
    const key = s.soaPrimary ?? '';
    groups.set(key, [...(groups.get(key) ?? []), s.soaSerial]);
  }
  for (const [key, serials] of groups) newest.set(key, newestSerial(serials));
  return servers.map((s) => {
    if (!s.authoritative) return s;
    const best = newest.get(s.soaPrimary ?? '');
    return { ...s, upToDate: best === undefined || s.soaSerial === best };
  });
}

/** Types whose answers differ between servers by design: each signer serves its own keys. */
const SERVER_SPECIFIC = new Set<string>(['SOA', 'DNSKEY', 'CDS', 'CDNSKEY']);

function sameFact(a: Fact, b: Fact): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'rrset' || b.kind !== 'rrset') return true;
  const x = a.rrset;
  const y = b.rrset;
  return (
    x.ttl === y.ttl &&
    x.values.length === y.values.length &&
    x.values.every((v, i) => v === y.values[i])
  );
}

/**
 * The zone as its up-to-date servers serve it, and where the servers disagree. For each
 * (name, type): the first up-to-date server with an answer gives the zone's value; when none
 * has one, it is `failed` (a lagging server's answer never stands in). Every server's definite
 * answer (not a failure) is compared; those that differ make a `ServerDifference`.
 */
export function mergeAnswers(
  wanted: readonly { readonly name: string; readonly type: RecordType }[],
  servers: readonly ServerHealth[],
  answers: readonly (readonly (Fact | undefined)[])[],
): { facts: (Fact | undefined)[]; differences: ServerDifference[] } {
  const facts: (Fact | undefined)[] = new Array(wanted.length);
  const differences: ServerDifference[] = [];
  for (let i = 0; i < wanted.length; i++) {
    let chosen: Fact | undefined;
    let failure: Fact | undefined;
    let differs = false;
    let first: Fact | undefined;
    for (let s = 0; s < servers.length; s++) {
      const fact = answers[s]?.[i];
      if (!fact) continue;
      if (fact.kind === 'failed') {
        if (servers[s]!.upToDate) failure ??= fact;
        continue;
      }
      if (servers[s]!.upToDate) chosen ??= fact;
      if (first === undefined) first = fact;
      else if (!sameFact(first, fact)) differs = true;
    }
    facts[i] = chosen ?? failure;
    const { name, type } = wanted[i]!;
    if (differs && !SERVER_SPECIFIC.has(type))
      differences.push({
        name,
        type,
        answers: servers.flatMap((server, s) => {
          const fact = answers[s]?.[i];
          if (!fact || fact.kind === 'failed') return [];
          const answer =
            fact.kind === 'rrset' ? { ttl: fact.rrset.ttl, values: fact.rrset.values } : fact.kind;
          return [{ server: serverLabel(server), answer }];
        }),
      });
  }
  return { facts, differences };
}

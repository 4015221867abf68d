/** What live DNS says today about each zone the change touches (docs/architecture.md, Live DNS). */
import type { RecordType } from '../model/record-type.js';
import type { RRset } from '../model/zone.js';
import type { DnssecFacts } from './dnssec/types.js';

export type LiveStatus = 'ok' | 'partial' | 'failed' | 'off';

export interface ServerEndpoint {
  /** Nameserver host name, canonical (or the address when only an address is known). */
  readonly name: string;
  readonly address: string;
  readonly port: number;
}

export interface ServerHealth extends ServerEndpoint {
  /** Answered at all (any rcode) before the deadline. */
  readonly responded: boolean;
  /** Answered the zone's SOA with the AA bit. */
  readonly authoritative: boolean;
  readonly soaSerial?: number;
  /** Apex NS and DNSKEY sets as this server answers them (canonical values). */
  readonly ns?: readonly string[];
  readonly dnskey?: readonly string[];
  readonly error?: string;
}

export interface Delegation {
  /** The parent zone (canonical) and its servers as found. */
  readonly parent: string;
  readonly parentServers: readonly ServerEndpoint[];
  /** NS names the parent delegates to, canonical, and the TTL the parent serves them with. */
  readonly ns: readonly string[];
  readonly nsTtl?: number;
  readonly glue: readonly { readonly name: string; readonly address: string }[];
  /** DS values at the parent (canonical), their TTL; empty when unsigned. */
  readonly ds: readonly string[];
  readonly dsTtl?: number;
}

export interface LiveZone {
  readonly zone: string;
  readonly status: LiveStatus;
  readonly reasons: readonly string[];
  /** Undefined when discovery was skipped (`--authoritative`) or failed. */
  readonly delegation?: Delegation;
  readonly servers: readonly ServerHealth[];
  /** True when every responding authoritative server reported the same SOA serial. */
  readonly serialsAgree: boolean;
  /** Live RRsets for the (name, type) pairs asked, with their full authoritative TTL. */
  readonly rrsets: readonly RRset[];
  /** (name, type) pairs confirmed not to exist (NXDOMAIN or NODATA). */
  readonly absent: readonly { readonly name: string; readonly type: RecordType }[];
  /** (name, type) pairs no server could answer (all failed or timed out). */
  readonly unresolved?: readonly { readonly name: string; readonly type: RecordType }[];
  /** Resolution of the request's `targets`. */
  readonly targets?: readonly TargetFact[];
  /** DNSKEY sets of the request's `keysOf` children. */
  readonly keys?: readonly KeysFact[];
  /** Signatures checked, when the parent publishes DS for the zone (`live/dnssec/`). */
  readonly dnssec?: DnssecFacts;
}

export interface LiveSnapshot {
  readonly status: LiveStatus;
  readonly reasons: readonly string[];
  readonly zones: readonly LiveZone[];
  /** How many DNS queries were sent. */
  readonly queries: number;
  /** When the snapshot was taken. */
  readonly takenAt: Date;
}

export interface LiveOptions {
  /** Recursive resolvers (`IP` or `IP:PORT`); empty means the system's from /etc/resolv.conf. */
  readonly resolvers: readonly string[];
  /** Zones whose authoritative servers are given, skipping discovery. */
  readonly authoritative: ReadonlyMap<string, readonly ServerEndpoint[]>;
  /** Per attempt (default 2000 ms). */
  readonly timeoutMs?: number;
  /** The whole live phase (default 30000 ms). */
  readonly deadlineMs?: number;
  /** Queries in flight at once (default 64). */
  readonly maxInFlight?: number;
  /** Extra attempts on silence (default 2), with backoff from `backoffMs` (default 100). */
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Where the system resolvers are read from when `resolvers` is empty (tests). */
  readonly resolvConf?: string;
  /** Told the count of queries sent so far, at the start and then every few tenths of a second (progress). */
  readonly onQueries?: (sent: number) => void;
}

/** A request for live data: a zone and the (name, type) pairs base or head hold. */
export interface LiveRequest {
  readonly zone: string;
  readonly rrsets: readonly { readonly name: string; readonly type: RecordType }[];
  /** Names to resolve through the recursive resolver (CNAME targets, for dangling-cname). */
  readonly targets?: readonly string[];
  /** Child zones whose DNSKEYs to fetch through the resolver (children with a DS in the zone). */
  readonly keysOf?: readonly string[];
  /** RRsets the change touches, whose signatures the DNSSEC step checks (`live/dnssec/`). */
  readonly signed?: readonly { readonly name: string; readonly type: RecordType }[];
}

/** A child zone's DNSKEY set as the recursive resolver returns it. */
export interface KeysFact {
  readonly name: string;
  readonly rcode: string;
  readonly dnskey: readonly string[];
}

/** What the recursive resolver says about a name (A query, recursion on). */
export interface TargetFact {
  readonly name: string;
  /** NOERROR (exists, with or without an address), NXDOMAIN, SERVFAIL, REFUSED, or `timeout`. */
  readonly rcode: string;
}

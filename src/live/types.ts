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
  /**
   * The SOA MNAME (the primary) this server names. Servers naming different primaries are
   * different providers whose serials count independently (a multi-provider zone), so serials
   * are compared only between servers of one primary.
   */
  readonly soaPrimary?: string;
  /**
   * True when this server is one of the zone's up-to-date servers: authoritative, with the
   * highest serial (RFC 1982) among the servers naming the same primary. Drift and apply read
   * these servers' answers only.
   */
  readonly upToDate?: boolean;
  /** What the server said to a zone transfer (AXFR over TCP), when `--axfr` asked it. */
  readonly axfr?: AxfrOutcome;
  /** Apex NS and DNSKEY sets as this server answers them (canonical values). */
  readonly ns?: readonly string[];
  readonly dnskey?: readonly string[];
  readonly error?: string;
}

/**
 * A zone transfer's outcome: `open` (the whole zone came back: anyone may transfer it),
 * `refused` (REFUSED, NOTAUTH or another error rcode, the usual answer), `failed` (no
 * usable answer: the connection was refused or closed, the transfer timed out or broke).
 */
export type AxfrOutcome =
  | { readonly status: 'open'; readonly records: number; readonly serial?: number }
  | { readonly status: 'refused'; readonly rcode: string }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * An RRset on which the zone's servers disagree: what each server answered. The value of a
 * server that did not answer the question is absent from `answers`.
 */
export interface ServerDifference {
  readonly name: string;
  readonly type: RecordType;
  readonly answers: readonly {
    /** `name (address)` of the server. */
    readonly server: string;
    /** `absent` (NXDOMAIN or NODATA), `delegated` (a referral), or the RRset. */
    readonly answer:
      | 'absent'
      | 'delegated'
      | { readonly ttl: number; readonly values: readonly string[] };
  }[];
}

/**
 * A nameserver head names that the live delegation does not (a provider migration), asked
 * before the switch for every RRset head holds (Zonemaster's undelegated test).
 */
export interface CandidateServer {
  readonly name: string;
  /** Empty when the name did not resolve (nor has an address in head). */
  readonly address?: string;
  readonly authoritative: boolean;
  readonly error?: string;
  readonly soaSerial?: number;
  /** Its DNSKEY set (canonical values), when it answered one. */
  readonly dnskey?: readonly string[];
  /** RRsets head holds, and how many of them the server serves with head's values. */
  readonly expected: number;
  readonly served: number;
  /** Head RRsets the server does not have, and those it serves with other values (`name TYPE`). */
  readonly missing: readonly string[];
  readonly differing: readonly string[];
  /** How many are missing or differ, when more than listed. */
  readonly missingCount?: number;
  readonly differingCount?: number;
  /** Head RRsets it could not be asked about (timeouts). */
  readonly unanswered: number;
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
  /**
   * RRsets the authoritative servers answer differently (every server is asked every RRset),
   * in name and type order. DNSKEY is left out: multi-signer providers each serve their own.
   */
  readonly differences?: readonly ServerDifference[];
  /** The server whose zone transfer `rrsets` holds (`--axfr`), when one answered. */
  readonly transferredFrom?: string;
  /** Head's new nameservers, asked before the delegation moves to them. */
  readonly candidates?: readonly CandidateServer[];
  /**
   * Live RRsets for the (name, type) pairs asked, with their full authoritative TTL, as the
   * zone's up-to-date servers serve them (never a lagging secondary's); with a zone transfer,
   * every RRset of the zone.
   */
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
  /** Queries in flight at once to each server (default 64). */
  readonly maxInFlight?: number;
  /** Extra attempts on silence (default 2), with backoff from `backoffMs` (default 100). */
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Ask each server for a zone transfer (AXFR over TCP) and use a complete one (`--axfr`). */
  readonly axfr?: boolean;
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
  /**
   * Head's side of a possible migration: its apex nameservers (with head's own addresses for
   * names inside the zone, which cannot resolve before the delegation exists) and the RRsets
   * head holds. Nameservers the live delegation does not list are asked for every one of them.
   */
  readonly head?: {
    readonly nameservers: readonly {
      readonly name: string;
      readonly addresses: readonly string[];
    }[];
    readonly rrsets: readonly RRset[];
    /**
     * The RRsets this change adds or modifies, each as base holds it (its `name TYPE` key when
     * base lacks it): what the change does lands with the push, so until then a new server may
     * serve base's state instead of head's.
     */
    readonly changed?: readonly (RRset | string)[];
  };
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

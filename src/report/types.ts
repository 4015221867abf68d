/** The JSON report (docs/report.md): a public contract that users' scripts and tools parse. */

import type { RdapDomain, RegistryFact, RegistryStatus } from '../live/registry-types.js';
import type { LiveStatus } from '../live/types.js';
import type { RecordType } from '../model/record-type.js';
import type { Severity } from '../model/severity.js';
import type { FormatId } from '../model/zone.js';
import type { ZoneRollback } from '../rollback/types.js';
import type { Finding } from '../rules/types.js';

export type Verdict = 'pass' | 'warn' | 'block';

export interface ReportRRset {
  readonly ttl: number;
  readonly values: readonly string[];
  readonly options?: Readonly<Record<string, string>>;
}

export interface ReportChange {
  readonly name: string;
  readonly type: RecordType;
  readonly kind: 'add' | 'remove' | 'modify';
  readonly before?: ReportRRset;
  readonly after?: ReportRRset;
  readonly location?: { readonly file: string; readonly line?: number };
}

export interface ReportZone {
  readonly zone: string;
  readonly format: FormatId;
  /**
   * The configuration defining the zone, repository-relative: a dnsconfig.js, an octoDNS
   * config file, or a folder of zone files (`zones/`, the root `./`). The head's, or the base's
   * for a removed zone. Absent only for zones built without one.
   */
  readonly config?: string;
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly changes: readonly ReportChange[];
  readonly drift: readonly ReportChange[];
}

/** A finding as the rules produce it (src/rules/types.ts), plus the override's mark. */
export interface ReportFinding extends Finding {
  /** True when an override label accepted this finding. */
  readonly accepted?: boolean;
}

export interface ReportLive {
  readonly status: LiveStatus;
  readonly reasons: readonly string[];
  readonly queries: number;
  readonly servers: readonly {
    readonly zone: string;
    readonly name: string;
    readonly address: string;
    readonly responded: boolean;
    readonly authoritative: boolean;
    readonly soaSerial?: number;
    /** False for a server behind the newest serial of its primary (`secondary-out-of-sync`). */
    readonly upToDate?: boolean;
    /** With `--axfr`: `open`, `refused` or `failed`. */
    readonly axfr?: 'open' | 'refused' | 'failed';
    readonly error?: string;
  }[];
  /**
   * Head's new nameservers asked before a migration (`migration-not-ready`), one row per
   * address; absent when no zone's head names a nameserver the live delegation lacks.
   */
  readonly candidates?: readonly ReportCandidate[];
  readonly zones: readonly unknown[];
}

/** What the registry said over RDAP (docs/report.md, `registry`). */
export interface ReportRegistry {
  readonly status: RegistryStatus;
  readonly reasons: readonly string[];
  /** Where the RDAP servers came from: IANA's bootstrap file (dated) or `--rdap URL`. */
  readonly source?: string;
  readonly requests: number;
  readonly domains: readonly ReportRegistryDomain[];
}

export interface ReportRegistryDomain {
  readonly domain: string;
  readonly zones: readonly string[];
  readonly outcome: RegistryFact['outcome'];
  readonly url?: string;
  readonly reason?: string;
  readonly registration?: RdapDomain;
}

/** One new nameserver address and how ready it is to serve the zone. */
export interface ReportCandidate {
  readonly zone: string;
  readonly name: string;
  readonly address?: string;
  readonly authoritative: boolean;
  /** RRsets head holds, and how many the server serves as head (or base, for changed ones) has them. */
  readonly expected: number;
  readonly served: number;
  readonly missing: number;
  readonly differing: number;
  readonly error?: string;
}

/** Rollback builds this (rollback/ sits below report/); the report carries it unchanged. */
export type ReportRollback = ZoneRollback;

export interface Report {
  readonly version: 1;
  /**
   * `audit`: the zones as the world serves them now (`zoneguard audit`), every finding counts
   * in the verdict. Absent: a review of a change, where only introduced findings count.
   */
  readonly kind?: 'audit';
  readonly verdict: Verdict;
  readonly highestSeverity: Severity | 'none';
  /** The severity at and above which introduced findings block. */
  readonly failOn: Severity;
  readonly base: { readonly ref: string; readonly commit?: string } | null;
  readonly head: { readonly ref: string; readonly commit?: string };
  readonly zones: readonly ReportZone[];
  readonly findings: readonly ReportFinding[];
  readonly live: ReportLive;
  /** Always written by `buildReport`; optional for reports read back from elsewhere. */
  readonly registry?: ReportRegistry;
  readonly rollback: readonly ReportRollback[];
  /** Set when the override label accepted blocking findings. */
  readonly override?: { readonly label: string; readonly by: string; readonly fingerprint: string };
  readonly warnings: readonly string[];
}

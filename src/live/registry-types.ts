/**
 * What the registry says about each registrable domain the change touches, over RDAP
 * (docs/architecture.md, The registry). Like live DNS, a registry that does not answer is a
 * fact for the report (`status`, `reasons`), never an error of the review.
 */
import { registrableDomain } from '../model/registrable-domain.js';
import { specialUseZone } from '../model/special-use.js';
import type { RdapDomain } from './rdap/domain.js';
import type { RdapHttpOptions } from './rdap/http.js';

export type { RdapDomain, RdapDsData, RdapEvent, RdapRegistrar } from './rdap/domain.js';

export type RegistryStatus = 'ok' | 'partial' | 'failed' | 'off';

/** A registrable domain and the zones of the change that belong to it. */
export interface RegistryRequest {
  /** Absolute, lower-cased: `example.co.uk.` */
  readonly domain: string;
  /** Zone apexes (canonical) the change touches at or below the domain. */
  readonly zones: readonly string[];
}

export interface RegistryFact extends RegistryRequest {
  /**
   * `found`: the registry's domain object was read; `not-found`: the server answered 404 (it
   * holds no registration data for the name); `no-service`: no RDAP server is known for its
   * TLD; `failed`: the server could not be read (see `reason`).
   */
  readonly outcome: 'found' | 'not-found' | 'no-service' | 'failed';
  /** The URL asked last (after redirects). */
  readonly url?: string;
  readonly reason?: string;
  readonly registration?: RdapDomain;
}

export interface RegistrySnapshot {
  readonly status: RegistryStatus;
  readonly reasons: readonly string[];
  readonly domains: readonly RegistryFact[];
  /** Where the servers came from: IANA's bootstrap file (with its date) or `--rdap URL`. */
  readonly source: string;
  /** Domain queries sent (one per domain and server tried; redirects and retries not counted). */
  readonly requests: number;
  readonly takenAt: Date;
}

export interface RegistryOptions {
  /** `--rdap URL`: this base URL for every domain instead of IANA's bootstrap file. */
  readonly baseUrl?: string;
  /** The whole registry phase (default 20000 ms). */
  readonly deadlineMs?: number;
  readonly http?: Omit<RdapHttpOptions, 'deadline'>;
  /** A bootstrap file (RFC 9224 JSON) instead of the shipped copy: tests. */
  readonly bootstrap?: unknown;
}

/**
 * The registrable domains (Public Suffix List) of the zones the change touches, each once.
 * Special-use zones (model/special-use.ts) have no registry; a public suffix itself (a zone
 * for `co.uk.`) has no registration to read.
 */
export function registryRequests(apexes: Iterable<string>): RegistryRequest[] {
  const byDomain = new Map<string, string[]>();
  for (const apex of new Set(apexes)) {
    if (specialUseZone(apex)) continue;
    const domain = registrableDomain(apex);
    if (!domain) continue;
    if (!byDomain.has(domain)) byDomain.set(domain, []);
    byDomain.get(domain)!.push(apex);
  }
  return [...byDomain].map(([domain, zones]) => ({ domain, zones: zones.sort() }));
}

/** The registry's record of the zone `apex` when the zone is itself a registrable domain. */
export function registrationOf(
  registry: RegistrySnapshot | undefined,
  apex: string,
): (RegistryFact & { registration: RdapDomain }) | undefined {
  const fact = registry?.domains.find((d) => d.domain === apex && d.outcome === 'found');
  return fact?.registration ? (fact as RegistryFact & { registration: RdapDomain }) : undefined;
}

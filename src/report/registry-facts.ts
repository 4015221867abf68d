/**
 * The registry facts a review shows (docs/report.md, `registry`), as plain cells: one row per
 * registrable domain. The Markdown comment and the terminal's text render the same rows, each
 * escaping them its own way.
 */
import type { Report, ReportRegistryDomain } from './types.js';

const LOCKS = ['client transfer prohibited', 'server transfer prohibited'] as const;

export const REGISTRY_TITLE = 'Registry facts (RDAP)';
export const REGISTRY_HEADER = [
  'Domain',
  'Registrar',
  'Expires',
  'Locks',
  'Nameservers',
  'DS',
] as const;

export interface RegistryFacts {
  readonly status: string;
  readonly requests: number;
  readonly source?: string;
  readonly reasons: readonly string[];
  /** Cells in REGISTRY_HEADER's order; the domain and nameservers are names (code). */
  readonly rows: readonly RegistryRow[];
}

export interface RegistryRow {
  readonly domain: string;
  readonly registrar: string;
  readonly expires: string;
  readonly locks: string;
  readonly nameservers: readonly string[];
  readonly ds: string;
}

/** Undefined when the registry was not asked: no section at all. */
export function registryFacts(report: Report): RegistryFacts | undefined {
  const registry = report.registry;
  if (!registry || registry.status === 'off') return undefined;
  return {
    status: registry.status,
    requests: registry.requests,
    ...(registry.source !== undefined ? { source: registry.source } : {}),
    reasons: registry.reasons,
    rows: registry.domains.map(domainRow),
  };
}

function domainRow(d: ReportRegistryDomain): RegistryRow {
  const r = d.registration;
  if (!r) {
    const what = d.outcome === 'not-found' ? 'no registration data' : d.outcome;
    return {
      domain: d.domain,
      registrar: what,
      expires: '—',
      locks: '—',
      nameservers: [],
      ds: '—',
    };
  }
  const expires = r.events.find((e) => e.action === 'expiration')?.date.slice(0, 10) ?? '—';
  const locks = LOCKS.filter((l) => r.status.includes(l)).map((l) => l.split(' ')[0]);
  const ds = r.secureDNS?.dsData.length
    ? r.secureDNS.dsData.map((x) => `${x.keyTag}/${x.algorithm}`).join(', ')
    : r.secureDNS?.delegationSigned
      ? 'signed'
      : 'none';
  return {
    domain: d.domain,
    registrar: r.registrar?.name ?? '—',
    expires,
    locks: locks.length ? locks.join(', ') : 'none',
    nameservers: r.nameservers,
    ds,
  };
}

/** The headline's note on the registry, when it was asked: ` · registry: partial`. */
export function registryNote(report: Report): string {
  const status = report.registry?.status;
  return status && status !== 'off' ? ` · registry: ${status}` : '';
}

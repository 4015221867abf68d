/**
 * registry-lock-missing: not all of `server transfer prohibited`, `server update prohibited` and
 * `server delete prohibited` (RFC 8056 §2), the statuses a registry sets for a registry-lock
 * service. No RFC defines registry lock and registries set these statuses for other reasons too
 * (a dispute, a court order), so all three together are taken as "likely locked", never as
 * proof. Low by default: a paid service not every domain needs; a protected zone raises it.
 */
import { rdapSource, registrations } from '../registry-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const REGISTRY_LOCK = [
  'server transfer prohibited',
  'server update prohibited',
  'server delete prohibited',
] as const;

export const registryLockMissing: Rule = {
  id: 'registry-lock-missing',
  defaultSeverity: 'low',
  title: 'The domain has no registry lock',
  why: 'A registrar lock stops transfers, but whoever gets into the registrar account can lift it and change the nameservers in minutes. A registry lock (the server statuses) can only be lifted by the registry after an out-of-band check, so a phished or compromised registrar account cannot redirect the domain.',
  fix: 'For domains the business depends on, ask the registrar for registry lock (server transfer, update and delete prohibited); list the zone under protected-zones in .zoneguard.yml to weigh this finding higher.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const missing = REGISTRY_LOCK.filter((s) => !registration.status.includes(s));
      if (missing.length === 0) continue;
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no registry lock on ${fact.domain}: missing ${missing.join(', ')}.`,
        ...(location ? { location } : {}),
      });
    }
    return out;
  },
};

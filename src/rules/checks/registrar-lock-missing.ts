/**
 * registrar-lock-missing: the registry shows no `client transfer prohibited` status (RFC 8056
 * §2 maps EPP's clientTransferProhibited to it; RFC 9083 §10.2.2), so the domain can be
 * transferred away with the registrar account's password or auth code alone. Read over RDAP;
 * a fact about the world, reported as existing.
 */
import { rdapSource, registrations } from '../registry-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const registrarLockMissing: Rule = {
  id: 'registrar-lock-missing',
  defaultSeverity: 'medium',
  title: 'The domain has no registrar transfer lock',
  why: "Without `client transfer prohibited`, anyone holding the registrar account's password or the domain's auth code can move the domain to another registrar, and with it the power to change every nameserver and DS.",
  fix: "Turn on the transfer lock (often called 'domain lock' or 'registrar lock') in the registrar's control panel or API; it is free at most registrars.",
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      if (registration.status.includes('client transfer prohibited')) continue;
      const shown = registration.status.length ? registration.status.join(', ') : 'no status';
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no transfer lock on ${fact.domain} (status: ${shown}).`,
        ...(location ? { location } : {}),
      });
    }
    return out;
  },
};

/**
 * domain-expiring: the registry's `expiration` event (RFC 9083 §4.5, §10.2.3) is near: high
 * within 30 days (or past), medium within 90. An expired domain stops resolving when the
 * registry puts it on hold, and can be registered by someone else once it is released.
 */
import { rdapSource, registrations } from '../registry-facts.js';
import type { DraftFinding, Rule } from '../types.js';

const DAY = 86_400_000;
const HIGH_DAYS = 30;
const MEDIUM_DAYS = 90;

export const domainExpiring: Rule = {
  id: 'domain-expiring',
  defaultSeverity: 'high',
  title: 'The domain registration expires soon',
  why: 'When a registration lapses the registry takes the domain out of the DNS (every name stops resolving), and after the grace periods anyone may register it and receive its mail and traffic.',
  fix: 'Renew the domain at the registrar now, and turn on auto-renew with a payment method that will still work at the next renewal.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const dates = registration.events
        .filter((e) => e.action === 'expiration')
        .map((e) => Date.parse(e.date));
      if (dates.length === 0) continue;
      const expires = Math.min(...dates);
      const days = Math.floor((expires - ctx.now.getTime()) / DAY);
      if (days > MEDIUM_DAYS) continue;
      const when = new Date(expires).toISOString().slice(0, 10);
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        severity: days <= HIGH_DAYS ? 'high' : 'medium',
        message:
          expires <= ctx.now.getTime()
            ? `The registration of ${fact.domain} expired on ${when} (registry: ${rdapSource(fact)}).`
            : `The registration of ${fact.domain} expires on ${when}, in ${days} day${days === 1 ? '' : 's'} (registry: ${rdapSource(fact)}).`,
        ...(location ? { location } : {}),
      });
    }
    return out;
  },
};

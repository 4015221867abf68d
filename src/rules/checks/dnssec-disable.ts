/**
 * dnssec-disable: the change turns signing off (DNSControl AUTODNSSEC_OFF) or removes every
 * DNSKEY while the parent still publishes DS. Resolvers then expect signatures that no longer
 * come and answer SERVFAIL (Zonemaster DNSSEC11). The safe order is the reverse: remove the DS,
 * wait its TTL, then stop signing (RFC 6781 §4.3.5).
 */

import { sentence } from '../describe.js';
import { findRRset, liveZone, servedDnskeys, zonePairs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const dnssecDisable: Rule = {
  id: 'dnssec-disable',
  defaultSeverity: 'critical',
  title: 'DNSSEC is switched off while the parent still publishes DS',
  why: 'With a DS at the parent, validating resolvers require signatures. A zone that stops signing before the DS is gone (and its TTL has passed) fails validation: SERVFAIL for every name, for as long as resolvers cache the DS.',
  fix: 'First remove the DS at the registrar, wait at least the DS TTL (often a day), then turn signing off in a later change.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      if (!head) continue;
      const turnedOff = head.dnssec === 'off' && base?.dnssec !== 'off';
      const baseKeys = findRRset(base, apex, 'DNSKEY');
      const headKeys = findRRset(head, apex, 'DNSKEY');
      const keysRemoved = (baseKeys?.values.length ?? 0) > 0 && !headKeys;
      if (!turnedOff && !keysRemoved) continue;
      const what = turnedOff ? 'turns DNSSEC signing off' : 'removes every DNSKEY';
      const location = (keysRemoved ? baseKeys?.location : undefined) ?? head.location;
      const lz = liveZone(ctx, apex);
      if (lz?.delegation) {
        if (lz.delegation.ds.length === 0) continue; // no DS: turning signing off is safe
        const ttl = lz.delegation.dsTtl === undefined ? '' : ` (TTL ${lz.delegation.dsTtl} s)`;
        const signed = servedDnskeys(lz).length > 0 ? ' and the zone is signed today' : '';
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: 'DNSKEY',
          message: sentence(
            `This change ${what} for ${apex} while ${lz.delegation.parent} still publishes ${lz.delegation.ds.length} DS${ttl}${signed}`,
          ),
          ...(location ? { location } : {}),
        });
      } else {
        // Without the delegation we cannot tell; say so at a level below critical.
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: 'DNSKEY',
          severity: 'high',
          message: `This change ${what} for ${apex}; live DNS could not confirm whether the parent still publishes DS — check \`dig DS ${apex}\` before merging.`,
          ...(location ? { location } : {}),
        });
      }
    }
    return out;
  },
};

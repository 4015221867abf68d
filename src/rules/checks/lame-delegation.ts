/**
 * lame-delegation: a nameserver the parent delegates to does not answer authoritatively for
 * the zone (REFUSED, SERVFAIL, no AA bit, or no answer at all). Resolvers waste time on it,
 * and a provider that no longer hosts the zone may let someone else create it there
 * (NS-level takeover; see docs/rules.md). It is a fact of live DNS, so never `introduced`.
 */

import { sentence } from '../describe.js';
import { delegatedZonePairs, liveZone } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const lameDelegation: Rule = {
  id: 'lame-delegation',
  defaultSeverity: 'high',
  title: 'A delegated nameserver does not answer authoritatively',
  why: 'Resolvers that pick a lame server retry elsewhere (slow answers) or fail; a provider that no longer hosts the zone may let anyone claim it there and answer for your names.',
  fix: 'Make the server serve the zone again, or remove it from the NS set at the registrar and in the zone.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz?.delegation) continue; // only servers the parent delegates to are "delegated"
      const byName = new Map<string, { addresses: string[]; errors: string[]; silent: boolean }>();
      for (const s of lz.servers) {
        if (s.authoritative) continue;
        const e = byName.get(s.name) ?? { addresses: [], errors: [], silent: true };
        e.addresses.push(s.address);
        if (s.error) e.errors.push(s.error);
        if (s.responded) e.silent = false;
        byName.set(s.name, e);
      }
      for (const [name, e] of byName) {
        const how = e.silent
          ? 'does not answer at all'
          : `answers without authority (${[...new Set(e.errors)].join('; ')})`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'NS',
          key: name,
          message: sentence(
            `Nameserver ${name} (${e.addresses.join(', ')}), delegated by ${lz.delegation.parent}, ${how} for ${apex}`,
          ),
        });
      }
    }
    return out;
  },
};

/**
 * ns-count: fewer than two nameservers (RFC 1034 §4.1, RFC 2182 §5): one server is a single
 * point of failure for every name in the zone. Reads the config's apex NS when it has one,
 * otherwise what live DNS delegates to.
 */

import { sentence } from '../describe.js';
import { configuredNs, delegatedZonePairs, liveNs } from '../live-facts.js';
import type { DraftFinding, Rule } from '../types.js';

export const nsCount: Rule = {
  id: 'ns-count',
  defaultSeverity: 'high',
  title: 'Fewer than two nameservers',
  why: 'With a single nameserver, one outage or one network problem makes every name in the zone unresolvable; RFC 1034 and RFC 2182 ask for at least two, on separate networks.',
  fix: 'List at least two nameservers, ideally at two operators or networks.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = configuredNs(head) ?? live;
      if (!after || new Set(after).size >= 2) continue;
      const before = configuredNs(base) ?? live;
      const introduced = !before || new Set(before).size >= 2;
      const loc = head.rrsets.find((r) => r.name === apex && r.type === 'NS')?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: 'NS',
        message:
          after.length === 0
            ? `${apex} has no nameserver.`
            : sentence(`${apex} has a single nameserver, ${after[0]}`),
        ...(loc ? { location: loc } : {}),
      });
    }
    return out;
  },
};

/**
 * single-provider: every nameserver of the zone belongs to one operator, so one provider's
 * outage (or account problem) takes the zone down (RFC 2182 §3; Dyn 2016). The operator of a
 * nameserver comes from `live/providers.ts` (known patterns, policy patterns, registrable
 * domain); when the config names no nameservers, live DNS's delegation is used, and with
 * neither, the config's DNS providers.
 */

import type { Zone } from '../../model/zone.js';
import { listValues, sentence } from '../describe.js';
import { configuredNs, delegatedZonePairs, liveNs } from '../live-facts.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { identifyProvider } from './providers.js';

type Operators = { ids: Set<string>; from: string; hosts: readonly string[] };

function operators(
  ctx: RuleContext,
  zone: Zone | undefined,
  live: readonly string[] | undefined,
): Operators | undefined {
  if (!zone) return undefined;
  const hosts = configuredNs(zone) ?? live;
  if (hosts && hosts.length > 0) {
    const ids = new Set(hosts.map((h) => identifyProvider(h, ctx.policy.providers).id));
    return { ids, from: 'nameservers', hosts };
  }
  const used = zone.providers.filter((p) => p.nsCount !== 0);
  if (used.length === 0) return undefined;
  return { ids: new Set(used.map((p) => p.type ?? p.name)), from: 'DNS providers', hosts: [] };
}

export const singleProvider: Rule = {
  id: 'single-provider',
  defaultSeverity: 'medium',
  title: 'Every nameserver belongs to one provider',
  why: "When all nameservers belong to one operator, that operator's outage, DDoS or account problem takes every name in the zone offline; RFC 2182 asks for servers on separate networks.",
  fix: 'Add a second DNS provider (DNSControl: a second DnsProvider(); octoDNS: a second target) serving the same records, and list both sets of nameservers at the registrar. Sign with care (RFC 8901) or leave DNSSEC to one provider.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = operators(ctx, head, live);
      if (!after || after.ids.size !== 1) continue;
      const before = operators(ctx, base, live);
      const introduced = before !== undefined && before.ids.size > 1;
      const [id] = after.ids;
      const loc =
        head.rrsets.find((r) => r.name === apex && r.type === 'NS')?.location ?? head.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: 'NS',
        message:
          after.from === 'nameservers'
            ? sentence(
                `All nameservers of ${apex} (${listValues(after.hosts)}) belong to one provider: ${id}`,
              )
            : sentence(`${apex} is served by a single DNS provider: ${id}`),
        ...(loc ? { location: loc } : {}),
      });
    }
    return out;
  },
};

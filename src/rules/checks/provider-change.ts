/**
 * provider-change: the set of DNS providers that serve a zone changes (DNSControl DnsProvider,
 * octoDNS targets). Moving a zone between providers is a migration: the new provider must hold
 * every record before the delegation moves, and a signed zone needs its DS switched in step.
 */
import type { LiveSnapshot } from '../../live/types.js';
import type { ProviderRef, Zone } from '../../model/zone.js';
import type { DraftFinding, Rule } from '../types.js';

function describe(p: ProviderRef): string {
  return p.type ? `${p.name} (${p.type})` : p.name;
}

function providerSet(z: Zone): string[] {
  return z.providers.map(describe).sort();
}

/** Signed: DNSSEC on in the config, or a DS published at the parent (live). */
export function isSigned(zone: Zone, live: LiveSnapshot | undefined): boolean {
  if (zone.dnssec === 'on') return true;
  const lz = live?.zones.find((z) => z.zone === zone.name);
  return (lz?.delegation?.ds.length ?? 0) > 0;
}

export const providerChange: Rule = {
  id: 'provider-change',
  defaultSeverity: 'high',
  title: 'The DNS providers of a zone change',
  why: 'A zone moving to, or adding, a DNS provider is served by servers that may not hold every record yet; a removed provider stops answering. For a signed zone the new provider signs with other keys, so resolvers reject its answers until the DS at the parent matches.',
  fix: "Make sure the new provider serves the complete zone (compare its answers with the old one) before the delegation changes; for a signed zone, publish the new provider's DS (or go insecure first) and only then switch.",
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const before = providerSet(d.before);
      const after = providerSet(d.after);
      if (before.join('\n') === after.join('\n')) continue;
      const added = after.filter((p) => !before.includes(p));
      const removed = before.filter((p) => !after.includes(p));
      const signed = isSigned(d.before, ctx.live) || isSigned(d.after, ctx.live);
      const parts = [
        added.length ? `adds ${added.join(', ')}` : '',
        removed.length ? `removes ${removed.join(', ')}` : '',
      ].filter(Boolean);
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The DNS providers of ${d.name} change: ${parts.join(' and ')} (${before.join(', ') || 'none'} → ${after.join(', ') || 'none'})${signed ? '; the zone is signed, so the DS at the parent must follow' : ''}.`,
        ...(signed ? { severity: 'critical' as const } : {}),
        ...(d.after.location ? { location: d.after.location } : {}),
      });
    }
    return out;
  },
};

/**
 * zone-removed: a zone disappears from the config. What that does depends on the tool, and
 * the finding says what the repository's own tool does:
 * - a zone file: the server stops serving the zone once it no longer loads it, which takes
 *   every name in it off the internet (critical);
 * - DNSControl and octoDNS push only the zones their config names and never delete a zone at
 *   the provider: its records stay as they are, unmanaged from then on (medium: the zone
 *   drifts, and a zone meant to be deleted is not).
 */
import type { FormatId } from '../../model/zone.js';
import type { DraftFinding, Rule } from '../types.js';

const TOOL: Partial<Record<FormatId, string>> = {
  dnscontrol: 'dnscontrol push',
  octodns: 'octodns-sync',
};

export const zoneRemoved: Rule = {
  id: 'zone-removed',
  defaultSeverity: 'critical',
  title: 'A zone disappears from the config',
  why: 'A zone file that is no longer loaded takes every name in the zone off the internet. DNSControl and octoDNS instead stop managing the zone and leave its records at the provider, where they drift from then on.',
  fix: 'If the zone moves elsewhere, merge only once the new home serves it; otherwise restore the zone (see the rollback snippet).',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status !== 'removed' || !d.before) continue;
      const tool = TOOL[d.format];
      const count = `${d.before.rrsets.length} RRsets`;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        ...(tool
          ? {
              severity: 'medium' as const,
              message: `Zone ${d.zone} (${count}) is no longer in the ${d.format} config: ${tool} stops managing it and leaves its records at the provider as they are (it never deletes a zone).`,
              fix: 'If the zone is retired, delete it at the provider (and at the registrar) by hand; if it moved to another repository, make sure that one manages it now.',
            }
          : {
              message: `Zone ${d.zone} (${count}) is no longer in the ${d.format} config: a server that stops loading it stops answering for every name in it.`,
            }),
        ...(d.before.location ? { location: d.before.location } : {}),
      });
    }
    return out;
  },
};

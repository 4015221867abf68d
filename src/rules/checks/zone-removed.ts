/** zone-removed: a zone disappears from the config. */
import type { DraftFinding, Rule } from '../types.js';

export const zoneRemoved: Rule = {
  id: 'zone-removed',
  defaultSeverity: 'critical',
  title: 'A zone disappears from the config',
  why: 'Depending on the tool, a zone missing from the config is either left unmanaged (drifting from then on) or deleted at the provider, which takes every name in it off the internet.',
  fix: 'If the zone moves elsewhere, merge only once the new home serves it; otherwise restore the zone (see the rollback snippet).',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (d.status !== 'removed' || !d.before) continue;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `Zone ${d.zone} (${d.before.rrsets.length} RRsets) is no longer in the ${d.format} config.`,
        ...(d.before.location ? { location: d.before.location } : {}),
      });
    }
    return out;
  },
};

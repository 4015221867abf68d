/**
 * missing-glue: a nameserver whose name lies inside the zone it serves needs an address
 * record in that zone (glue, RFC 1034 §4.2.1), or resolvers cannot reach it: the name can
 * only be resolved through the server itself. Checked on the config (apex and child
 * delegations) and, when live DNS ran, on the referral the parent hands out. A special-use
 * zone's own delegation is not checked: no parent publishes it.
 */
import { isInZone } from '../../model/name.js';
import { specialUseZone } from '../../model/special-use.js';
import type { ZoneSet } from '../../model/zone.js';
import { zoneKey } from '../../model/zone.js';
import { delegatedZonePairs, liveZone } from '../live-facts.js';
import { compareStates } from '../state.js';
import type { DraftFinding, Rule } from '../types.js';
import { indexZone } from '../zone-index.js';

function configFindings(set: ZoneSet) {
  const out = [];
  for (const z of set.zones) {
    const index = indexZone(z);
    const hasAddress = index.addressOwners;
    // A special-use zone's own NS has no parent to hold its glue (model/special-use.ts); a
    // delegation inside it still needs glue from the zone's own servers.
    const local = specialUseZone(z.name) !== undefined;
    for (const r of index.ofType('NS')) {
      if (local && r.name === z.name) continue;
      for (const ns of r.values) {
        // In-bailiwick of the delegated name (or the apex) and inside this zone.
        if (!isInZone(ns, r.name) || !isInZone(ns, z.name) || hasAddress.has(ns)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: ns,
          ...(r.location ? { location: r.location } : {}),
          message: `Nameserver ${ns} of ${r.name} lies inside the zone but has no A or AAAA record there.`,
        });
      }
    }
  }
  return out;
}

export const missingGlue: Rule = {
  id: 'missing-glue',
  defaultSeverity: 'high',
  title: 'An in-zone nameserver name has no address record',
  why: 'A nameserver named inside the zone it serves can only be found through glue: without an address record resolvers cannot reach it, and the delegation fails once the other servers do.',
  fix: 'Add A/AAAA records for the nameserver name (and the same glue at the registrar), or use a nameserver name outside the zone.',
  check(ctx) {
    const out: DraftFinding[] = compareStates(ctx, configFindings);
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const d = liveZone(ctx, apex)?.delegation;
      if (!d) continue;
      for (const ns of d.ns) {
        if (!isInZone(ns, apex) || d.glue.some((g) => g.name === ns)) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: 'NS',
          key: `parent:${ns}`,
          message: `The parent ${d.parent} delegates ${apex} to ${ns}, inside the zone, without glue.`,
        });
      }
    }
    return out;
  },
};

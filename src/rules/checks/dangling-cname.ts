/**
 * dangling-cname: a CNAME the change adds or keeps points at a name that does not exist
 * (NXDOMAIN). Whoever registers that name, or claims it on the cloud service it belonged to,
 * serves content under our name: subdomain takeover (see docs/rules.md). Targets inside a zone of
 * the repository are judged on head's data (they may be added in the same change); others by
 * the recursive resolver's answer from the live phase. NODATA is not dangling: the name exists.
 */
import type { Change } from '../../diff/types.js';
import { isInZone, parentName } from '../../model/name.js';
import type { Zone } from '../../model/zone.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';

/** Whether `name` exists in a zone of the config: records at or below it, a wildcard, a cut. */
function existsInZone(zone: Zone, name: string): boolean {
  for (const r of zone.rrsets) {
    if (r.name === name || isInZone(r.name, name)) return true;
    if (r.type === 'NS' && r.name !== zone.name && isInZone(name, r.name)) return true;
  }
  // RFC 4592: a wildcard at the closest encloser's child synthesises the name.
  for (let n = name; n !== zone.name && n !== '.'; n = parentName(n))
    if (zone.rrsets.some((r) => r.name === `*.${parentName(n)}`)) return true;
  return false;
}

function liveRcode(ctx: RuleContext, target: string): string | undefined {
  for (const z of ctx.live?.zones ?? [])
    for (const t of z.targets ?? []) if (t.name === target) return t.rcode;
  return undefined;
}

export const danglingCname: Rule = {
  id: 'dangling-cname',
  defaultSeverity: 'high',
  title: 'A CNAME points to a name that does not resolve',
  why: 'A CNAME to a name that does not exist is a subdomain-takeover risk: whoever registers the target domain or claims the target on its cloud service controls what your name serves.',
  fix: 'Remove the CNAME, or point it at a name that exists and that you control; recreate the target resource first if it was deleted.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const changed = new Map<string, Change>();
      for (const c of d.changes) if (c.type === 'CNAME') changed.set(c.name, c);
      for (const rr of d.after.rrsets) {
        if (rr.type !== 'CNAME') continue;
        for (const target of rr.values) {
          if (target === '.') continue;
          const home = ctx.head.zones.find((z) => isInZone(target, z.name));
          let dangling: string | undefined;
          if (home) {
            if (!existsInZone(home, target)) dangling = `has no records in ${home.name}`;
          } else if (liveRcode(ctx, target) === 'NXDOMAIN') {
            dangling = 'does not exist (NXDOMAIN)';
          }
          if (!dangling) continue;
          const c = changed.get(rr.name);
          const introduced = c !== undefined && c.kind !== 'remove';
          out.push({
            introduced,
            zone: d.zone,
            name: rr.name,
            type: 'CNAME',
            key: target,
            message: `${rr.name} is a CNAME to ${target}, which ${dangling}.`,
            ...(rr.location ? { location: rr.location } : {}),
          });
        }
      }
    }
    return out;
  },
};

/**
 * dangling-cname: a CNAME the change adds or keeps points at a name that does not exist.
 *
 * Outside the repository's zones, a target that does not exist (NXDOMAIN, from the live
 * phase's recursive resolver) is a subdomain-takeover risk: whoever registers that name, or
 * claims it on the cloud service it belonged to, serves content under our name (see
 * docs/rules.md). Inside one of the repository's own zones nobody else can claim the target:
 * the name is simply broken (a typo or a record removed too early), so it is reported as
 * that, at medium, judged on head's data (the target may be added in the same change). A
 * target the zone's config declares hands-off (DNSControl `IGNORE("asgard")`, an octoDNS
 * `ignored` record or name filter: docs/push-scope.md) is managed elsewhere, so it counts as
 * existing. A target that lost its trailing dot in a zone file is missing-trailing-dot's.
 * NODATA is not dangling: the name exists.
 */
import type { Change } from '../../diff/types.js';
import { isInZone } from '../../model/name.js';
import { nameManagedElsewhere } from '../../model/scope.js';
import type { Zone } from '../../model/zone.js';
import { sentence } from '../describe.js';
import { lostTrailingDot } from '../relative-target.js';
import { nameIndex } from '../served.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';

function liveRcode(ctx: RuleContext, target: string): string | undefined {
  for (const z of ctx.live?.zones ?? [])
    for (const t of z.targets ?? []) if (t.name === target) return t.rcode;
  return undefined;
}

export const danglingCname: Rule = {
  id: 'dangling-cname',
  defaultSeverity: 'high',
  title: 'A CNAME points to a name that does not resolve',
  why: 'A CNAME to a name that does not exist makes its own name fail. When the target is outside your zones it is also a subdomain-takeover risk: whoever registers the target domain or claims the target on its cloud service controls what your name serves.',
  fix: 'Remove the CNAME, or point it at a name that exists and that you control; recreate the target resource first if it was deleted.',
  check(ctx) {
    const out: DraftFinding[] = [];
    const indexes = new Map<Zone, (name: string) => boolean>();
    const exists = (zone: Zone, name: string) => {
      let index = indexes.get(zone);
      if (!index) {
        index = nameIndex(zone);
        indexes.set(zone, index);
      }
      return index(name);
    };
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const changed = new Map<string, Change>();
      for (const c of d.changes) if (c.type === 'CNAME') changed.set(c.name, c);
      for (const rr of d.after.rrsets) {
        if (rr.type !== 'CNAME') continue;
        for (const target of rr.values) {
          if (target === '.') continue;
          const home = ctx.head.zones.find((z) => isInZone(target, z.name));
          const c = changed.get(rr.name);
          const draft = {
            introduced: c !== undefined && c.kind !== 'remove',
            zone: d.zone,
            name: rr.name,
            type: 'CNAME' as const,
            key: target,
            ...(rr.location ? { location: rr.location } : {}),
          };
          if (home) {
            if (
              exists(home, target) ||
              nameManagedElsewhere(target, home) ||
              lostTrailingDot(home, target)
            )
              continue;
            out.push({
              ...draft,
              severity: 'medium',
              message: `${rr.name} is a CNAME to ${target}, which has no records in ${home.name} (a zone of this repository): the name does not resolve. A typo, or a record removed too early?`,
              fix: `Add the records ${target} should have in ${home.name}, or point the CNAME at the right name.`,
            });
          } else if (liveRcode(ctx, target) === 'NXDOMAIN') {
            out.push({
              ...draft,
              message: sentence(
                `${rr.name} is a CNAME to ${target}, which does not exist (NXDOMAIN): whoever claims that name serves content under ${rr.name}`,
              ),
            });
          }
        }
      }
    }
    return out;
  },
};

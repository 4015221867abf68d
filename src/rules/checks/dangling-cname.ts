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
import { nameManagedElsewhere } from '../../model/scope.js';
import { sentence } from '../describe.js';
import { lostTrailingDot } from '../relative-target.js';
import type { DraftFinding, Rule, RuleContext } from '../types.js';
import { indexZone, indexZoneSet } from '../zone-index.js';

/** The live phase's answer (rcode) for each CNAME target it resolved, the first per name. */
function liveRcodes(ctx: RuleContext): ReadonlyMap<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const z of ctx.live?.zones ?? [])
    for (const t of z.targets ?? []) if (!out.has(t.name)) out.set(t.name, t.rcode);
  return out;
}

export const danglingCname: Rule = {
  id: 'dangling-cname',
  defaultSeverity: 'high',
  title: 'A CNAME points to a name that does not resolve',
  why: 'A CNAME to a name that does not exist makes its own name fail. When the target is outside your zones it is also a subdomain-takeover risk: whoever registers the target domain or claims the target on its cloud service controls what your name serves.',
  fix: 'Remove the CNAME, or point it at a name that exists and that you control; recreate the target resource first if it was deleted.',
  check(ctx) {
    const out: DraftFinding[] = [];
    const heads = indexZoneSet(ctx.head);
    const rcodes = liveRcodes(ctx);
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const changed = new Map<string, Change>();
      for (const c of d.changes) if (c.type === 'CNAME') changed.set(c.name, c);
      for (const rr of indexZone(d.after).ofType('CNAME')) {
        for (const target of rr.values) {
          if (target === '.') continue;
          const home = heads.zoneOf(target);
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
              indexZone(home).exists(target) ||
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
          } else if (rcodes.get(target) === 'NXDOMAIN') {
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

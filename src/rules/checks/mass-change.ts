/**
 * mass-change: octoDNS's safety thresholds, exactly: updates or deletes strictly over a share
 * (default 30%) of the zone's existing RRsets, checked only when it has at least 10.
 * The zone's own thresholds (octoDNS config) win over the policy's.
 */
import { percent } from '../describe.js';
import type { DraftFinding, Rule } from '../types.js';

export const massChange: Rule = {
  id: 'mass-change',
  defaultSeverity: 'high',
  title: 'A large share of a zone changes at once',
  why: 'Changing or deleting a large share of a zone in one push is how a bad generator, a wrong file or a mis-merge wipes a domain; octoDNS refuses such plans without --force for the same reason.',
  fix: 'Check the change is intended; split it into smaller pull requests, or accept the risk with the override label.',
  check(ctx) {
    const out: DraftFinding[] = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const t = { ...ctx.policy.massChange, ...d.after.thresholds };
      const existing = d.before.rrsets.length;
      if (existing < t.minExisting) continue;
      const updates = d.changes.filter((c) => c.kind === 'modify').length;
      const deletes = d.changes.filter((c) => c.kind === 'remove').length;
      const check = (count: number, limit: number, verb: string) => {
        const share = count / existing;
        if (share > limit)
          out.push({
            introduced: true,
            zone: d.zone,
            name: d.name,
            key: verb,
            message: `${count} of ${existing} RRsets ${verb}: ${percent(share)} > ${percent(limit)} (octoDNS refuses such a plan without --force).`,
            ...(d.after?.location ? { location: d.after.location } : {}),
          });
      };
      check(updates, t.updatePercent, 'updated');
      check(deletes, t.deletePercent, 'deleted');
    }
    return out;
  },
};
